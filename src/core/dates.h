// Calendar dates and ISO-8601 timestamps as Immich writes them.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ifpo {

// A civil date without time zone (birth dates, targets of -d).
struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  // NOLINTNEXTLINE(modernize-use-nullptr): a clang-tidy 14 false positive on defaulted <=>
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// When a photo was taken: the instant (UTC) and the wall-clock date where it
// was taken. Yearless comparisons use the wall-clock date, like a person would.
struct CaptureTime {
  std::chrono::sys_seconds instant{};
  CivilDate local_date;
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);
int DayOfYear(const CivilDate& d);  // 1..366
// Days since 1970-01-01 of that date at 00:00 UTC.
long DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(long days);
std::string FormatDate(const CivilDate& d);  // YYYY-MM-DD

// "YYYY-MM-DD" exactly; nullopt otherwise.
std::optional<CivilDate> ParseDate(std::string_view s);
// ISO-8601 as Immich emits: "2025-01-20T14:45:00.000Z", "...+00:00",
// "2025-01-20T14:45:00+02:00", fractional seconds of any length, or a plain
// date. A missing offset is read as UTC.
std::optional<CaptureTime> ParseTimestamp(std::string_view s);
std::string FormatTimestamp(std::chrono::sys_seconds t);  // 2025-01-20T14:45:00Z

}  // namespace ifpo
