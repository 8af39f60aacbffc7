#include "score/dates.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace ifpo::score {
namespace {

constexpr double kTol = 1e-9;
const double kExpMinusHalf = std::exp(-0.5);  // 0.6065306597...

// A photo at yyyy-mm-dd hh:mm UTC whose local date is the same day.
CaptureTime At(int y, int m, int d, int hh = 0, int mm = 0) {
  CaptureTime t;
  t.local_date = CivilDate{y, m, d};
  t.instant = std::chrono::sys_seconds{std::chrono::seconds{DaysFromCivil(t.local_date) * 86400L + hh * 3600L + mm * 60L}};
  return t;
}

DateTarget Yearless(int m, int d) { return DateTarget{DateTarget::Kind::kYearless, 0, m, d}; }
DateTarget FullDate(int y, int m, int d) { return DateTarget{DateTarget::Kind::kFull, y, m, d}; }
DateTarget Year(int y) { return DateTarget{DateTarget::Kind::kYear, y, 0, 0}; }

void ExpectTarget(const DateTarget& t, DateTarget::Kind kind, int y, int m, int d) {
  EXPECT_EQ(t.kind, kind);
  EXPECT_EQ(t.year, y);
  EXPECT_EQ(t.month, m);
  EXPECT_EQ(t.day, d);
}

// ---- Recency ----

TEST(Recency, FavorNewestHalvesEvery180Days) {
  EXPECT_NEAR(Recency(0, false), 1.0, kTol);
  EXPECT_NEAR(Recency(180, false), 0.5, kTol);   // 2^-1
  EXPECT_NEAR(Recency(360, false), 0.25, kTol);  // 2^-2
  EXPECT_NEAR(Recency(90, false), 0.7071067811865476, kTol);  // 2^-0.5
}

TEST(Recency, FutureAndUnknownCountAsNow) {
  EXPECT_NEAR(Recency(-30, false), 1.0, kTol);
  EXPECT_NEAR(Recency(-30, true), 1.0, kTol);
  EXPECT_NEAR(Recency(std::numeric_limits<double>::quiet_NaN(), false), 1.0, kTol);
}

TEST(Recency, FavorOldestGrowsAndStaysFinite) {
  EXPECT_NEAR(Recency(0, true), 1.0, kTol);
  EXPECT_NEAR(Recency(90, true), 1.4142135623730951, kTol);  // 2^0.5
  EXPECT_NEAR(Recency(180, true), 2.0, kTol);
  EXPECT_NEAR(Recency(360, true), 4.0, kTol);
  // Capped at 300 years: 2^(109500/180) = 2^608.33 ~ 1e183, still finite and ordered.
  const double capped = Recency(1e12, true);
  EXPECT_TRUE(std::isfinite(capped));
  EXPECT_DOUBLE_EQ(capped, Recency(365.0 * 300.0, true));
  EXPECT_NEAR(std::log2(capped), 109500.0 / 180.0, 1e-6);
  EXPECT_TRUE(std::isfinite(Recency(std::numeric_limits<double>::infinity(), true)));
}

// ---- Gaussian ----

TEST(Gaussian, WorkedValues) {
  EXPECT_NEAR(Gaussian(0, 7), 1.0, kTol);
  EXPECT_NEAR(Gaussian(7, 7), 0.6065306597126334, kTol);   // e^-0.5
  EXPECT_NEAR(Gaussian(-7, 7), 0.6065306597126334, kTol);
  EXPECT_NEAR(Gaussian(14, 7), 0.1353352832366127, kTol);  // e^-2
  EXPECT_NEAR(Gaussian(183, 183), kExpMinusHalf, kTol);
  EXPECT_NEAR(Gaussian(3.5, 7), std::exp(-0.125), kTol);   // 3.5^2/(2*49) = 0.125
}

TEST(Gaussian, DegenerateSigmaDoesNotDivideByZero) {
  EXPECT_EQ(Gaussian(0, 0), 1.0);
  EXPECT_EQ(Gaussian(1, 0), 0.0);
  EXPECT_EQ(Gaussian(1, -5), 0.0);
}

// ---- ParseDateTarget ----

TEST(ParseDateTarget, AcceptsTheThreeForms) {
  std::string err;
  auto full = ParseDateTarget("2024-12-25", &err);
  ASSERT_TRUE(full) << err;
  ExpectTarget(*full, DateTarget::Kind::kFull, 2024, 12, 25);
  auto yl = ParseDateTarget("12-25", &err);
  ASSERT_TRUE(yl) << err;
  ExpectTarget(*yl, DateTarget::Kind::kYearless, 0, 12, 25);
  auto y = ParseDateTarget("1999", &err);
  ASSERT_TRUE(y) << err;
  ExpectTarget(*y, DateTarget::Kind::kYear, 1999, 0, 0);
}

TEST(ParseDateTarget, LeapDays) {
  std::string err;
  EXPECT_TRUE(ParseDateTarget("2024-02-29", &err)) << err;
  EXPECT_TRUE(ParseDateTarget("2000-02-29", &err)) << err;
  EXPECT_TRUE(ParseDateTarget("02-29", &err)) << err;  // yearless: valid in a leap year
  EXPECT_FALSE(ParseDateTarget("2023-02-29", &err));
  EXPECT_EQ(err, "-d 2023-02-29: February 2023 has no day 29");
  EXPECT_FALSE(ParseDateTarget("1900-02-29", &err));
  EXPECT_EQ(err, "-d 1900-02-29: February 1900 has no day 29");
  EXPECT_FALSE(ParseDateTarget("02-30", &err));
  EXPECT_EQ(err, "-d 02-30: February has no day 30");
}

TEST(ParseDateTarget, RejectionsNameTheValueAndTheReason) {
  std::string err;
  EXPECT_FALSE(ParseDateTarget("2024-13-01", &err));
  EXPECT_EQ(err, "-d 2024-13-01: month 13 is not 1-12");
  EXPECT_FALSE(ParseDateTarget("2024-00-01", &err));
  EXPECT_EQ(err, "-d 2024-00-01: month 0 is not 1-12");
  EXPECT_FALSE(ParseDateTarget("04-31", &err));
  EXPECT_EQ(err, "-d 04-31: April has no day 31");
  EXPECT_FALSE(ParseDateTarget("01-00", &err));
  EXPECT_EQ(err, "-d 01-00: January has no day 0");
  EXPECT_FALSE(ParseDateTarget("99-01", &err));
  EXPECT_EQ(err, "-d 99-01: month 99 is not 1-12");
  EXPECT_FALSE(ParseDateTarget("0000", &err));
  EXPECT_EQ(err, "-d 0000: year 0 is not 1-9999");
  EXPECT_FALSE(ParseDateTarget("0000-01-01", &err));
  EXPECT_EQ(err, "-d 0000-01-01: year 0 is not 1-9999");
  EXPECT_FALSE(ParseDateTarget("abc", &err));
  EXPECT_EQ(err, "-d abc: expected yyyy-mm-dd, mm-dd or yyyy");
  EXPECT_FALSE(ParseDateTarget("", &err));
  EXPECT_EQ(err, "-d \"\": expected yyyy-mm-dd, mm-dd or yyyy");
}

TEST(ParseDateTarget, RejectsNearMisses) {
  for (const char* s : {"99", "199", "19999", "2024-1-01", "2024-01-1", "1-01", "12-5", "2024/12/25",
                        "12/25", "+999", "-999", " 1999", "1999 ", "2024-12-25T00:00", "12-25-2024",
                        "2024-12", "１９９９"}) {
    std::string err;
    EXPECT_FALSE(ParseDateTarget(s, &err)) << s;
    EXPECT_NE(err.find(s), std::string::npos) << "message must name the value: " << err;
  }
}

TEST(ParseDateTarget, NullErrorPointerIsAllowed) {
  EXPECT_FALSE(ParseDateTarget("02-30", nullptr));
  EXPECT_TRUE(ParseDateTarget("02-28", nullptr));
}

TEST(ToString, RoundTripsEachKind) {
  EXPECT_EQ(ToString(FullDate(2024, 2, 9)), "2024-02-09");
  EXPECT_EQ(ToString(Yearless(2, 9)), "02-09");
  EXPECT_EQ(ToString(Year(999)), "0999");
  for (const char* s : {"2024-12-25", "02-29", "1999"}) {
    auto t = ParseDateTarget(s, nullptr);
    ASSERT_TRUE(t) << s;
    EXPECT_EQ(ToString(*t), s);
  }
}

// ---- DaysFromTarget / DateBias ----

TEST(DaysFromTarget, FullDateIsFractionalUtcDays) {
  // 12:00 UTC on the target day is half a day after its 00:00 UTC.
  EXPECT_NEAR(DaysFromTarget(At(2024, 12, 25, 12), FullDate(2024, 12, 25)), 0.5, kTol);
  // 18:00 the evening before: 6 hours = 0.25 days, absolute.
  EXPECT_NEAR(DaysFromTarget(At(2024, 12, 24, 18), FullDate(2024, 12, 25)), 0.25, kTol);
  // Across the year: Dec 25 -> Jan 1 = 7 days.
  EXPECT_NEAR(DaysFromTarget(At(2025, 1, 1), FullDate(2024, 12, 25)), 7.0, kTol);
  // A full date is not yearless: a year later is 365 days off.
  EXPECT_NEAR(DaysFromTarget(At(2025, 12, 25), FullDate(2024, 12, 25)), 365.0, kTol);
}

TEST(DaysFromTarget, YearlessWrapsAroundTheYear) {
  // 2023-12-30 (day 364) vs 01-02 (day 2): 362 one way, 365-362 = 3 the other.
  EXPECT_NEAR(DaysFromTarget(At(2023, 12, 30), Yearless(1, 2)), 3.0, kTol);
  // 2024-01-02 (day 2) vs 12-30 (day 365 of leap 2024): 363, 366-363 = 3.
  EXPECT_NEAR(DaysFromTarget(At(2024, 1, 2), Yearless(12, 30)), 3.0, kTol);
  // 2025-01-01 (day 1) vs 12-25 (day 359 in common 2025): 358, 365-358 = 7.
  EXPECT_NEAR(DaysFromTarget(At(2025, 1, 1), Yearless(12, 25)), 7.0, kTol);
  // Any year works the same: 1987-12-18 is 7 days before Christmas.
  EXPECT_NEAR(DaysFromTarget(At(1987, 12, 18), Yearless(12, 25)), 7.0, kTol);
  // Mid-year: 06-01 (day 152 of 2023) vs 12-25 (359) = 207 forward, 365-207 = 158 via the wrap.
  EXPECT_NEAR(DaysFromTarget(At(2023, 6, 1), Yearless(12, 25)), 158.0, kTol);
}

TEST(DaysFromTarget, YearlessCountsTheLeapDay) {
  // 2024-03-01 (day 61) vs 02-28 (day 59): Feb 29 lies between, so 2 days.
  EXPECT_NEAR(DaysFromTarget(At(2024, 3, 1), Yearless(2, 28)), 2.0, kTol);
  // Same in 2023: day 60 vs 59 = 1 day.
  EXPECT_NEAR(DaysFromTarget(At(2023, 3, 1), Yearless(2, 28)), 1.0, kTol);
  // Feb 29 target in a leap year is itself.
  EXPECT_NEAR(DaysFromTarget(At(2024, 2, 29), Yearless(2, 29)), 0.0, kTol);
  EXPECT_NEAR(DaysFromTarget(At(2024, 3, 1), Yearless(2, 29)), 1.0, kTol);
  // ... and Feb 28 in a common year.
  EXPECT_NEAR(DaysFromTarget(At(2023, 2, 28), Yearless(2, 29)), 0.0, kTol);
  EXPECT_NEAR(DaysFromTarget(At(2023, 3, 1), Yearless(2, 29)), 1.0, kTol);
  EXPECT_NEAR(DaysFromTarget(At(2023, 2, 21), Yearless(2, 29)), 7.0, kTol);
}

TEST(DaysFromTarget, YearlessUsesTheLocalDateNotTheInstant) {
  // Taken at 00:30 on Christmas in UTC+01:00: the instant is Dec 24 23:30 UTC.
  CaptureTime t = At(2024, 12, 24, 23, 30);
  t.local_date = CivilDate{2024, 12, 25};
  EXPECT_NEAR(DaysFromTarget(t, Yearless(12, 25)), 0.0, kTol);
}

TEST(DaysFromTarget, YearTargetIsSecondOfJuly) {
  EXPECT_NEAR(DaysFromTarget(At(2024, 7, 2), Year(2024)), 0.0, kTol);
  // Jul 2 -> Dec 31 is 29+31+30+31+30+31 = 182 days; Jan 1 2025 is 183.
  EXPECT_NEAR(DaysFromTarget(At(2025, 1, 1), Year(2024)), 183.0, kTol);
  // Jan 1 2024 -> Jul 2 2024: 31+29+31+30+31+30 + 1 = 183 days.
  EXPECT_NEAR(DaysFromTarget(At(2024, 1, 1), Year(2024)), 183.0, kTol);
  EXPECT_NEAR(DaysFromTarget(At(2024, 7, 2, 12), Year(2024)), 0.5, kTol);
}

TEST(DateBias, ChristmasTargetsAcrossTheYearWrap) {
  // Yearless 12-25, sigma 7: one sigma either side of the wrap gives e^-0.5.
  EXPECT_NEAR(DateBias(At(2025, 1, 1), Yearless(12, 25), 7), kExpMinusHalf, kTol);
  EXPECT_NEAR(DateBias(At(2024, 12, 18), Yearless(12, 25), 7), kExpMinusHalf, kTol);
  EXPECT_NEAR(DateBias(At(2010, 12, 25), Yearless(12, 25), 7), 1.0, kTol);
  // 14 days: e^-2.
  EXPECT_NEAR(DateBias(At(2025, 1, 8), Yearless(12, 25), 7), std::exp(-2.0), kTol);
  // Full date 2024-12-25: Jan 1 2025 00:00Z is 7 days off; a year later is ~0.
  EXPECT_NEAR(DateBias(At(2025, 1, 1), FullDate(2024, 12, 25), 7), kExpMinusHalf, kTol);
  EXPECT_LT(DateBias(At(2025, 12, 25), FullDate(2024, 12, 25), 7), 1e-100);
  // Half a day off with sigma 7: exp(-0.25/98).
  EXPECT_NEAR(DateBias(At(2024, 12, 25, 12), FullDate(2024, 12, 25), 7), std::exp(-0.25 / 98.0), kTol);
}

TEST(DateBias, YearTargetIgnoresSigmaDays) {
  // sigma 183 regardless of -g: 183 days off -> e^-0.5.
  EXPECT_NEAR(DateBias(At(2025, 1, 1), Year(2024), 7), kExpMinusHalf, kTol);
  EXPECT_NEAR(DateBias(At(2024, 1, 1), Year(2024), 1), kExpMinusHalf, kTol);
  EXPECT_NEAR(DateBias(At(2024, 7, 2), Year(2024), 7), 1.0, kTol);
  // 366 days off = 2 sigma -> e^-2.
  EXPECT_NEAR(DateBias(At(2025, 7, 3), Year(2024), 7), std::exp(-2.0), kTol);
}

TEST(DateBias, SigmaDaysIsUsedForOtherTargets) {
  // 7 days off with sigma 14: exp(-49/392) = exp(-0.125).
  EXPECT_NEAR(DateBias(At(2025, 1, 1), Yearless(12, 25), 14), std::exp(-0.125), kTol);
}

// ---- BirthdayTarget ----

constexpr CivilDate kBirth{1990, 6, 15};
constexpr CivilDate kLeapBirth{2000, 2, 29};

TEST(BirthdayTarget, YearlessKeepsMonthAndDay) {
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kYearless, {2025, 1, 1}, std::nullopt, 0),
               DateTarget::Kind::kYearless, 0, 6, 15);
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kYearless, {2025, 1, 1}, std::nullopt, 0),
               DateTarget::Kind::kYearless, 0, 2, 29);
}

TEST(BirthdayTarget, LatestPastAroundToday) {
  using K = DateTarget::Kind;
  // The day before this year's birthday: last year's.
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kLatestPast, {2025, 6, 14}, std::nullopt, 0), K::kFull, 2024, 6,
               15);
  // On the birthday: today.
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kLatestPast, {2025, 6, 15}, std::nullopt, 0), K::kFull, 2025, 6,
               15);
  // The day after: this year's.
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kLatestPast, {2025, 6, 16}, std::nullopt, 0), K::kFull, 2025, 6,
               15);
  // New Year's Day: last year's.
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kLatestPast, {2025, 1, 1}, std::nullopt, 0), K::kFull, 2024, 6,
               15);
}

TEST(BirthdayTarget, LatestPastLeapBirthday) {
  using K = DateTarget::Kind;
  // Today in a common year after Feb 28: this year's Feb 28.
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kLatestPast, {2025, 3, 1}, std::nullopt, 0), K::kFull, 2025,
               2, 28);
  // On Feb 28 of a common year: today.
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kLatestPast, {2025, 2, 28}, std::nullopt, 0), K::kFull, 2025,
               2, 28);
  // Feb 27 of a common year: last year's, and 2024 was leap, so Feb 29.
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kLatestPast, {2025, 2, 27}, std::nullopt, 0), K::kFull, 2024,
               2, 29);
  // Feb 27 2026: the previous year 2025 is common, so Feb 28.
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kLatestPast, {2026, 2, 27}, std::nullopt, 0), K::kFull, 2025,
               2, 28);
  // On Feb 29 of a leap year: today.
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kLatestPast, {2024, 2, 29}, std::nullopt, 0), K::kFull, 2024,
               2, 29);
  // Feb 28 of a leap year: the birthday (Feb 29) is tomorrow, so last year's Feb 28.
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kLatestPast, {2024, 2, 28}, std::nullopt, 0), K::kFull, 2023,
               2, 28);
}

TEST(BirthdayTarget, FirstAfterOldestPhoto) {
  using K = DateTarget::Kind;
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kFirstAfterOldest, {2025, 1, 1}, CivilDate{2010, 6, 14}, 0),
               K::kFull, 2010, 6, 15);
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kFirstAfterOldest, {2025, 1, 1}, CivilDate{2010, 6, 15}, 0),
               K::kFull, 2010, 6, 15);
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kFirstAfterOldest, {2025, 1, 1}, CivilDate{2010, 6, 16}, 0),
               K::kFull, 2011, 6, 15);
  // Leap birthday, oldest photo after Feb 28 2023: the next is Feb 29 2024.
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kFirstAfterOldest, {2025, 1, 1}, CivilDate{2023, 3, 1}, 0),
               K::kFull, 2024, 2, 29);
  // Oldest photo on Feb 28 2023: that day counts.
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kFirstAfterOldest, {2025, 1, 1}, CivilDate{2023, 2, 28}, 0),
               K::kFull, 2023, 2, 28);
  // Oldest photo Mar 1 2024: next year's is common, Feb 28 2025.
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kFirstAfterOldest, {2025, 1, 1}, CivilDate{2024, 3, 1}, 0),
               K::kFull, 2025, 2, 28);
}

TEST(BirthdayTarget, FirstAfterOldestWithoutPhotosIsYearless) {
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kFirstAfterOldest, {2025, 1, 1}, std::nullopt, 0),
               DateTarget::Kind::kYearless, 0, 6, 15);
}

TEST(BirthdayTarget, SpecificYear) {
  using K = DateTarget::Kind;
  ExpectTarget(BirthdayTarget(kBirth, BirthdayMode::kYear, {2025, 1, 1}, std::nullopt, 2019), K::kFull, 2019, 6, 15);
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kYear, {2025, 1, 1}, std::nullopt, 2023), K::kFull, 2023, 2,
               28);
  ExpectTarget(BirthdayTarget(kLeapBirth, BirthdayMode::kYear, {2025, 1, 1}, std::nullopt, 2024), K::kFull, 2024, 2,
               29);
}

// ---- WithinWindow ----

TEST(WithinWindow, YearlessEdges) {
  const DateTarget xmas = Yearless(12, 25);
  EXPECT_TRUE(WithinWindow(At(2024, 12, 25), xmas, 7));
  EXPECT_TRUE(WithinWindow(At(2024, 12, 18), xmas, 7));   // exactly sigma before
  EXPECT_FALSE(WithinWindow(At(2024, 12, 17), xmas, 7));  // sigma + 1
  EXPECT_TRUE(WithinWindow(At(2025, 1, 1), xmas, 7));     // exactly sigma after, across the wrap
  EXPECT_FALSE(WithinWindow(At(2025, 1, 2), xmas, 7));
  EXPECT_TRUE(WithinWindow(At(1975, 12, 30), xmas, 7));   // any year
  EXPECT_FALSE(WithinWindow(At(2025, 6, 25), xmas, 7));
}

TEST(WithinWindow, FractionalAndZeroSigma) {
  const DateTarget xmas = Yearless(12, 25);
  EXPECT_TRUE(WithinWindow(At(2024, 12, 18), xmas, 7.5));
  EXPECT_FALSE(WithinWindow(At(2024, 12, 17), xmas, 7.5));
  EXPECT_TRUE(WithinWindow(At(2024, 12, 25), xmas, 0));
  EXPECT_FALSE(WithinWindow(At(2024, 12, 26), xmas, 0));
}

TEST(WithinWindow, LeapDayTarget) {
  const DateTarget leap = Yearless(2, 29);
  // Common year: the target is Feb 28, so Mar 7 is 7 days off and Mar 8 is 8.
  EXPECT_TRUE(WithinWindow(At(2023, 3, 7), leap, 7));
  EXPECT_FALSE(WithinWindow(At(2023, 3, 8), leap, 7));
  // Leap year: Mar 7 is 7 days after Feb 29.
  EXPECT_TRUE(WithinWindow(At(2024, 3, 7), leap, 7));
  EXPECT_FALSE(WithinWindow(At(2024, 3, 8), leap, 7));
}

TEST(WithinWindow, FullTargetUsesMonthAndDay) {
  // Random mode treats a full-date target by its month and day, like a birthday.
  const DateTarget t = FullDate(2020, 12, 25);
  EXPECT_TRUE(WithinWindow(At(2025, 1, 1), t, 7));
  EXPECT_FALSE(WithinWindow(At(2025, 1, 2), t, 7));
  EXPECT_TRUE(WithinWindow(At(2020, 12, 20), t, 7));
}

TEST(WithinWindow, YearTargetIsTheLocalYear) {
  const DateTarget y = Year(2024);
  EXPECT_TRUE(WithinWindow(At(2024, 1, 1), y, 7));
  EXPECT_TRUE(WithinWindow(At(2024, 12, 31), y, 7));
  EXPECT_FALSE(WithinWindow(At(2023, 12, 31), y, 7));
  // New Year's night in UTC+01:00: instant is still 2024 but the local date is 2025.
  CaptureTime t = At(2024, 12, 31, 23, 30);
  t.local_date = CivilDate{2025, 1, 1};
  EXPECT_FALSE(WithinWindow(t, y, 7));
}

}  // namespace
}  // namespace ifpo::score
