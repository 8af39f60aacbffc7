#include "score/dates.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ifpo::score {
namespace {

constexpr double kSecondsPerDay = 86400.0;
// -T grows without bound; 300 years keeps exp() far from overflow (~1e183).
constexpr double kMaxOldestDays = 365.0 * 300.0;

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

std::string Fail(std::string_view text, const std::string& why) {
  return "-d " + (text.empty() ? std::string("\"\"") : std::string(text)) + ": " + why;
}

// The birthday (or any month/day) in a given year; Feb 29 -> Feb 28 in common years.
CivilDate InYear(int year, int month, int day) {
  if (month == 2 && day == 29 && !IsLeapYear(year)) day = 28;
  return CivilDate{year, month, day};
}

DateTarget Full(const CivilDate& d) { return DateTarget{DateTarget::Kind::kFull, d.year, d.month, d.day}; }

double DaysBetween(std::chrono::sys_seconds instant, const CivilDate& target) {
  const double target_secs = static_cast<double>(DaysFromCivil(target)) * kSecondsPerDay;
  const double photo_secs = static_cast<double>(instant.time_since_epoch().count());
  return std::abs(photo_secs - target_secs) / kSecondsPerDay;
}

// Circular distance in whole days between the photo's local date and the
// target's month/day placed in the photo's year.
int YearlessDays(const CivilDate& photo, int month, int day) {
  const int year_len = IsLeapYear(photo.year) ? 366 : 365;
  const int a = DayOfYear(photo);
  const int b = DayOfYear(InYear(photo.year, month, day));
  const int d = std::abs(a - b);
  return std::min(d, year_len - d);
}

}  // namespace

std::optional<DateTarget> ParseDateTarget(std::string_view text, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<DateTarget> {
    if (error) *error = Fail(text, why);
    return std::nullopt;
  };
  DateTarget t;
  bool has_year = false;
  bool has_month_day = false;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && AllDigits(text.substr(0, 4)) &&
      AllDigits(text.substr(5, 2)) && AllDigits(text.substr(8, 2))) {
    t.kind = DateTarget::Kind::kFull;
    t.year = ToInt(text.substr(0, 4));
    t.month = ToInt(text.substr(5, 2));
    t.day = ToInt(text.substr(8, 2));
    has_year = has_month_day = true;
  } else if (text.size() == 5 && text[2] == '-' && AllDigits(text.substr(0, 2)) && AllDigits(text.substr(3, 2))) {
    t.kind = DateTarget::Kind::kYearless;
    t.month = ToInt(text.substr(0, 2));
    t.day = ToInt(text.substr(3, 2));
    has_month_day = true;
  } else if (text.size() == 4 && AllDigits(text)) {
    t.kind = DateTarget::Kind::kYear;
    t.year = ToInt(text);
    has_year = true;
  } else {
    return fail("expected yyyy-mm-dd, mm-dd or yyyy");
  }
  if (has_year && (t.year < 1 || t.year > 9999)) return fail("year " + std::to_string(t.year) + " is not 1-9999");
  if (has_month_day) {
    if (t.month < 1 || t.month > 12) return fail("month " + std::to_string(t.month) + " is not 1-12");
    // Yearless dates are checked against a leap year so 02-29 is allowed.
    const int check_year = has_year ? t.year : 2000;
    if (t.day < 1 || t.day > DaysInMonth(check_year, t.month)) {
      std::string where = kMonthNames[t.month - 1];
      if (has_year) where += " " + std::to_string(t.year);
      return fail(where + " has no day " + std::to_string(t.day));
    }
  }
  return t;
}

std::string ToString(const DateTarget& t) {
  char buf[32];
  switch (t.kind) {
    case DateTarget::Kind::kFull:
      return FormatDate(CivilDate{t.year, t.month, t.day});
    case DateTarget::Kind::kYearless:
      std::snprintf(buf, sizeof buf, "%02d-%02d", t.month, t.day);
      return buf;
    case DateTarget::Kind::kYear:
      std::snprintf(buf, sizeof buf, "%04d", t.year);
      return buf;
  }
  return "";
}

double Recency(double days_ago, bool favor_oldest) {
  // !(x > 0) also catches NaN: unknown or future ages count as "now".
  const double days = days_ago > 0 ? days_ago : 0.0;
  const double rate = std::log(2.0) / kRecencyHalfLifeDays;
  if (favor_oldest) return std::exp(rate * std::min(days, kMaxOldestDays));
  return std::exp(-rate * days);
}

double Gaussian(double delta_days, double sigma_days) {
  if (!(sigma_days > 0)) return delta_days == 0 ? 1.0 : 0.0;
  return std::exp(-(delta_days * delta_days) / (2.0 * sigma_days * sigma_days));
}

double DaysFromTarget(const CaptureTime& photo, const DateTarget& target) {
  switch (target.kind) {
    case DateTarget::Kind::kFull:
      return DaysBetween(photo.instant, CivilDate{target.year, target.month, target.day});
    case DateTarget::Kind::kYearless:
      return YearlessDays(photo.local_date, target.month, target.day);
    case DateTarget::Kind::kYear:
      return DaysBetween(photo.instant, CivilDate{target.year, 7, 2});
  }
  return 0;
}

double DateBias(const CaptureTime& photo, const DateTarget& target, double sigma_days) {
  const double sigma = target.kind == DateTarget::Kind::kYear ? kYearSigmaDays : sigma_days;
  return Gaussian(DaysFromTarget(photo, target), sigma);
}

DateTarget BirthdayTarget(CivilDate birth, BirthdayMode mode, CivilDate today, std::optional<CivilDate> oldest_photo,
                          int year) {
  const DateTarget yearless{DateTarget::Kind::kYearless, 0, birth.month, birth.day};
  switch (mode) {
    case BirthdayMode::kYearless:
      return yearless;
    case BirthdayMode::kLatestPast: {
      const CivilDate b = InYear(today.year, birth.month, birth.day);
      return Full(b <= today ? b : InYear(today.year - 1, birth.month, birth.day));
    }
    case BirthdayMode::kFirstAfterOldest: {
      if (!oldest_photo) return yearless;
      const CivilDate b = InYear(oldest_photo->year, birth.month, birth.day);
      return Full(b >= *oldest_photo ? b : InYear(oldest_photo->year + 1, birth.month, birth.day));
    }
    case BirthdayMode::kYear:
      return Full(InYear(year, birth.month, birth.day));
  }
  return yearless;
}

bool WithinWindow(const CaptureTime& photo, const DateTarget& target, double sigma_days) {
  if (target.kind == DateTarget::Kind::kYear) return photo.local_date.year == target.year;
  return YearlessDays(photo.local_date, target.month, target.day) <= sigma_days;
}

}  // namespace ifpo::score
