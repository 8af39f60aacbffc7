#include "core/dates.h"

#include <charconv>
#include <cstdio>

namespace ifpo {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

int DayOfYear(const CivilDate& d) {
  int doy = d.day;
  for (int m = 1; m < d.month; ++m) doy += DaysInMonth(d.year, m);
  return doy;
}

// Howard Hinnant's civil-calendar algorithms: exact for any int year, unlike
// std::chrono::year_month_day whose conversion is unspecified for a month
// outside 1..12 and whose years wrap outside -32767..32767.
long DaysFromCivil(const CivilDate& d) {
  // Normalise the month so invalid input stays defined (month 13 = next January).
  long y = d.year;
  long m = d.month - 1;
  y += m >= 0 ? m / 12 : (m - 11) / 12;
  m = ((m % 12) + 12) % 12 + 1;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;                                        // [0, 399]
  const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d.day - 1;  // [0, 365]
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                // [0, 146096]
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long days) {
  const long z = days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long day = doy - (153 * mp + 2) / 5 + 1;
  const long month = mp < 10 ? mp + 3 : mp - 9;
  const long year = yoe + era * 400 + (month <= 2);
  return CivilDate{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

std::string FormatDate(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

namespace {

bool ReadInt(std::string_view s, size_t pos, size_t len, int& out) {
  if (pos + len > s.size()) return false;
  for (size_t i = pos; i < pos + len; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + len, out);
  return ec == std::errc{} && p == s.data() + pos + len;
}

}  // namespace

std::optional<CivilDate> ParseDate(std::string_view s) {
  CivilDate d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!ReadInt(s, 0, 4, d.year) || !ReadInt(s, 5, 2, d.month) || !ReadInt(s, 8, 2, d.day)) return std::nullopt;
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::optional<CaptureTime> ParseTimestamp(std::string_view s) {
  auto date = ParseDate(s.substr(0, 10));
  if (!date) return std::nullopt;
  int hh = 0, mm = 0, ss = 0, offset_min = 0;
  size_t pos = 10;
  if (pos < s.size()) {
    if (s[pos] != 'T' && s[pos] != ' ') return std::nullopt;
    if (!ReadInt(s, pos + 1, 2, hh) || s.size() < pos + 6 || s[pos + 3] != ':' || !ReadInt(s, pos + 4, 2, mm))
      return std::nullopt;
    pos += 6;
    if (pos < s.size() && s[pos] == ':') {
      if (!ReadInt(s, pos + 1, 2, ss)) return std::nullopt;
      pos += 3;
      // Fractional seconds only follow seconds; they are dropped (whole seconds suffice).
      if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        size_t digits = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos, ++digits;
        if (digits == 0) return std::nullopt;
      }
    }
    if (pos < s.size()) {
      if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
      } else if (s[pos] == '+' || s[pos] == '-') {
        const int sign = s[pos] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!ReadInt(s, pos + 1, 2, oh)) return std::nullopt;
        size_t next = pos + 3;
        const bool colon = next < s.size() && s[next] == ':';
        if (colon) ++next;
        // "+02", "+0200" and "+02:00"; a colon must be followed by minutes.
        if (colon || next < s.size()) {
          if (!ReadInt(s, next, 2, om)) return std::nullopt;
          next += 2;
        }
        if (oh > 23 || om > 59) return std::nullopt;
        offset_min = sign * (oh * 60 + om);
        pos = next;
      } else {
        return std::nullopt;
      }
    }
    // 60 seconds admits a leap second; hour 24 is not a wall-clock time.
    if (pos != s.size() || hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  }
  CaptureTime t;
  t.local_date = *date;
  const long secs = DaysFromCivil(*date) * 86400L + hh * 3600L + mm * 60L + ss - offset_min * 60L;
  // The offset can move the instant out of the years ParseDate accepts
  // (9999-12-31T23:00-11:00), where it has no UTC spelling: refuse it like any other bad date.
  const long utc_days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
  if (const CivilDate utc = CivilFromDays(utc_days); !IsValidDate(utc.year, utc.month, utc.day)) return std::nullopt;
  t.instant = std::chrono::sys_seconds{std::chrono::seconds{secs}};
  return t;
}

std::string FormatTimestamp(std::chrono::sys_seconds t) {
  const long secs = t.time_since_epoch().count();
  long days = secs / 86400;
  long rem = secs % 86400;
  if (rem < 0) rem += 86400, --days;
  const CivilDate d = CivilFromDays(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02ld:%02ld:%02ldZ", d.year, d.month, d.day, rem / 3600,
                (rem / 60) % 60, rem % 60);
  return buf;
}

}  // namespace ifpo
