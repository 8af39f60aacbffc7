#include "core/dates.h"

#include <gtest/gtest.h>

namespace ifpo {
namespace {

long Secs(const CaptureTime& t) { return static_cast<long>(t.instant.time_since_epoch().count()); }

TEST(LeapYear, GregorianRules) {
  EXPECT_TRUE(IsLeapYear(2024));  // divisible by 4
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_FALSE(IsLeapYear(1900));  // century, not by 400
  EXPECT_TRUE(IsLeapYear(2000));   // by 400
  EXPECT_FALSE(IsLeapYear(2100));
}

TEST(DaysInMonth, FebruaryAndBadMonths) {
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2023, 4), 30);
  EXPECT_EQ(DaysInMonth(2023, 12), 31);
  EXPECT_EQ(DaysInMonth(2023, 0), 0);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
}

TEST(IsValidDate, Bounds) {
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
  EXPECT_FALSE(IsValidDate(2023, 2, 29));
  EXPECT_FALSE(IsValidDate(2023, 4, 31));
  EXPECT_FALSE(IsValidDate(2023, 1, 0));
  EXPECT_FALSE(IsValidDate(0, 1, 1));
  EXPECT_TRUE(IsValidDate(9999, 12, 31));
  EXPECT_FALSE(IsValidDate(10000, 1, 1));
}

TEST(DayOfYear, CommonAndLeapYears) {
  EXPECT_EQ(DayOfYear({2023, 1, 1}), 1);
  EXPECT_EQ(DayOfYear({2023, 3, 1}), 60);  // 31 + 28 + 1
  EXPECT_EQ(DayOfYear({2024, 3, 1}), 61);  // 31 + 29 + 1
  EXPECT_EQ(DayOfYear({2024, 2, 29}), 60);
  EXPECT_EQ(DayOfYear({2023, 12, 31}), 365);
  EXPECT_EQ(DayOfYear({2024, 12, 31}), 366);
  EXPECT_EQ(DayOfYear({2000, 12, 31}), 366);
  EXPECT_EQ(DayOfYear({1900, 12, 31}), 365);
}

TEST(DaysFromCivil, KnownDaysAndRoundTrip) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({1969, 12, 31}), -1);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);  // 30 years * 365 + 7 leap days + 31 + 29
  EXPECT_EQ(DaysFromCivil({2025, 1, 20}), 20108);
  EXPECT_EQ(DaysFromCivil({1, 1, 1}), -719162);
  for (long d = -800000; d <= 3000000; d += 997) {
    const CivilDate c = CivilFromDays(d);
    ASSERT_TRUE(IsValidDate(c.year, c.month, c.day) || c.year < 1 || c.year > 9999) << d;
    ASSERT_EQ(DaysFromCivil(c), d);
  }
  EXPECT_EQ(CivilFromDays(20108), (CivilDate{2025, 1, 20}));
  EXPECT_EQ(CivilFromDays(-1), (CivilDate{1969, 12, 31}));
}

TEST(DaysFromCivil, OutOfRangeMonthStaysDefined) {
  // Month 13 of 2023 is January 2024; the function must not hit chrono's unspecified case.
  EXPECT_EQ(DaysFromCivil({2023, 13, 1}), DaysFromCivil({2024, 1, 1}));
  EXPECT_EQ(DaysFromCivil({2024, 0, 1}), DaysFromCivil({2023, 12, 1}));
  // Day overflow is arithmetic: Feb 30 2023 is March 2.
  EXPECT_EQ(DaysFromCivil({2023, 2, 30}), DaysFromCivil({2023, 3, 2}));
}

TEST(FormatDate, ZeroPadded) {
  EXPECT_EQ(FormatDate({2025, 1, 2}), "2025-01-02");
  EXPECT_EQ(FormatDate({987, 12, 31}), "0987-12-31");
}

TEST(ParseDate, ExactFormOnly) {
  EXPECT_EQ(ParseDate("2024-02-29"), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(ParseDate("0001-01-01"), (CivilDate{1, 1, 1}));
  EXPECT_FALSE(ParseDate("2023-02-29"));
  EXPECT_FALSE(ParseDate("2024-13-01"));
  EXPECT_FALSE(ParseDate("2024-00-10"));
  EXPECT_FALSE(ParseDate("0000-01-01"));
  EXPECT_FALSE(ParseDate("2024-1-01"));
  EXPECT_FALSE(ParseDate("2024-01-1"));
  EXPECT_FALSE(ParseDate("2024/01/01"));
  EXPECT_FALSE(ParseDate("+024-01-01"));
  EXPECT_FALSE(ParseDate("2024-01-01T00:00:00Z"));
  EXPECT_FALSE(ParseDate(""));
  EXPECT_FALSE(ParseDate("abcd-ef-gh"));
}

// 2025-01-20 is day 20108 since the epoch: 20108 * 86400 = 1737331200.
constexpr long kJan20 = 1737331200L;

TEST(ParseTimestamp, ZuluWithMillis) {
  auto t = ParseTimestamp("2025-01-20T14:45:00.000Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(Secs(*t), kJan20 + 14 * 3600 + 45 * 60);
  EXPECT_EQ(t->local_date, (CivilDate{2025, 1, 20}));
  EXPECT_EQ(FormatTimestamp(t->instant), "2025-01-20T14:45:00Z");
}

TEST(ParseTimestamp, PlusZeroOffsetEqualsZulu) {
  auto a = ParseTimestamp("2025-01-20T14:45:00+00:00");
  auto b = ParseTimestamp("2025-01-20T14:45:00Z");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(Secs(*a), Secs(*b));
}

TEST(ParseTimestamp, PositiveOffsetIsSubtracted) {
  // 14:45 at +02:00 is 12:45 UTC; the local date stays the wall-clock date.
  auto t = ParseTimestamp("2025-01-20T14:45:00+02:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(Secs(*t), kJan20 + 12 * 3600 + 45 * 60);
  EXPECT_EQ(t->local_date, (CivilDate{2025, 1, 20}));
}

TEST(ParseTimestamp, OffsetCrossesMidnight) {
  // 01:00 at +02:00 is 23:00 UTC the day before; local date is still the 20th.
  auto t = ParseTimestamp("2025-01-20T01:00:00+02:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(Secs(*t), kJan20 - 3600);
  EXPECT_EQ(t->local_date, (CivilDate{2025, 1, 20}));
  // 23:30 at -05:30 is 05:00 UTC on the 21st.
  auto u = ParseTimestamp("2025-01-20T23:30:00-05:30");
  ASSERT_TRUE(u);
  EXPECT_EQ(Secs(*u), kJan20 + 86400 + 5 * 3600);
}

TEST(ParseTimestamp, OffsetForms) {
  auto a = ParseTimestamp("2025-01-20T14:45:00+0200");
  auto b = ParseTimestamp("2025-01-20T14:45:00+02");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(Secs(*a), kJan20 + 12 * 3600 + 45 * 60);
  EXPECT_EQ(Secs(*b), kJan20 + 12 * 3600 + 45 * 60);
}

TEST(ParseTimestamp, FractionalSecondsOfAnyLengthAreDropped) {
  for (const char* s : {"2025-01-20T14:45:07.5Z", "2025-01-20T14:45:07.123Z", "2025-01-20T14:45:07.123456Z",
                        "2025-01-20T14:45:07.123456789+00:00"}) {
    auto t = ParseTimestamp(s);
    ASSERT_TRUE(t) << s;
    EXPECT_EQ(Secs(*t), kJan20 + 14 * 3600 + 45 * 60 + 7) << s;
  }
}

TEST(ParseTimestamp, DateOnlyAndNoOffsetAreUtc) {
  auto d = ParseTimestamp("2025-01-20");
  ASSERT_TRUE(d);
  EXPECT_EQ(Secs(*d), kJan20);
  EXPECT_EQ(d->local_date, (CivilDate{2025, 1, 20}));
  auto n = ParseTimestamp("2025-01-20T14:45:00");
  ASSERT_TRUE(n);
  EXPECT_EQ(Secs(*n), kJan20 + 14 * 3600 + 45 * 60);
  auto m = ParseTimestamp("2025-01-20 14:45");  // space separator, no seconds
  ASSERT_TRUE(m);
  EXPECT_EQ(Secs(*m), kJan20 + 14 * 3600 + 45 * 60);
}

TEST(ParseTimestamp, LeapDayAndEpochEdges) {
  auto t = ParseTimestamp("2024-02-29T00:00:00Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->local_date, (CivilDate{2024, 2, 29}));
  EXPECT_EQ(FormatTimestamp(t->instant), "2024-02-29T00:00:00Z");
  auto e = ParseTimestamp("1969-12-31T23:59:59Z");
  ASSERT_TRUE(e);
  EXPECT_EQ(Secs(*e), -1);
  EXPECT_EQ(FormatTimestamp(e->instant), "1969-12-31T23:59:59Z");
}

TEST(ParseTimestamp, RejectsGarbage) {
  for (const char* s : {"",
                        "garbage",
                        "2025-01-20T",
                        "2025-01-20T14",
                        "2025-01-20T14:4",
                        "2025-01-20X14:45:00Z",
                        "2025-01-20T14:45:00ZZ",
                        "2025-01-20T14:45:00Q",
                        "2025-01-20T14:45:00.Z",
                        "2025-01-20T14:45:00+",
                        "2025-01-20T14:45:00+2",
                        "2025-01-20T14:45:00+02:",
                        "2025-01-20T14:45:00+02:0",
                        "2025-01-20T14:45:00+24:00",
                        "2025-01-20T14:45:00+02:60",
                        "2025-01-20T25:00:00Z",
                        "2025-01-20T24:30:00Z",
                        "2025-01-20T24:00:00Z",
                        "2025-01-20T14:60:00Z",
                        "2025-01-20T14:45:61Z",
                        "2025-01-20T14:45.5Z",
                        "2023-02-29T00:00:00Z",
                        "2025-01-20T14:45:00 ",
                        "2025-01-20T-1:45:00Z"}) {
    EXPECT_FALSE(ParseTimestamp(s)) << "accepted: '" << s << "'";
  }
}

// Found by fuzz_dates: an offset that moves the instant past year 9999 (or
// before year 1) gave an instant with no four-digit UTC spelling.
TEST(ParseTimestamp, OffsetMayNotLeaveYears1To9999) {
  EXPECT_FALSE(ParseTimestamp("9999-12-31T14:45:00,123456789-11:30"));
  EXPECT_FALSE(ParseTimestamp("0001-01-01T00:30:00+01:00"));
  auto last = ParseTimestamp("9999-12-31T12:00:00-11:59");
  ASSERT_TRUE(last);
  EXPECT_EQ(FormatTimestamp(last->instant), "9999-12-31T23:59:00Z");
  auto first = ParseTimestamp("0001-01-01T00:30:00+00:30");
  ASSERT_TRUE(first);
  EXPECT_EQ(FormatTimestamp(first->instant), "0001-01-01T00:00:00Z");
}

TEST(FormatTimestamp, NegativeRemainder) {
  EXPECT_EQ(FormatTimestamp(std::chrono::sys_seconds{std::chrono::seconds{-86400 - 1}}), "1969-12-30T23:59:59Z");
  EXPECT_EQ(FormatTimestamp(std::chrono::sys_seconds{std::chrono::seconds{0}}), "1970-01-01T00:00:00Z");
}

}  // namespace
}  // namespace ifpo
