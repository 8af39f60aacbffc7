// A 5-field cron expression (minute hour day-of-month month day-of-week), as
// the container tools beside Immich take it in CRON_EXPRESSION: numbers,
// '*', lists, ranges, steps, month and day names, 7 for Sunday, and the
// @hourly/@daily/@weekly/@monthly/@yearly shorthands. As in Vixie cron, a
// day matches when day-of-month OR day-of-week matches if both are
// restricted.
#pragma once

#include <bitset>
#include <chrono>
#include <optional>
#include <string>

#include "core/result.h"

namespace ifpo {

struct CronSchedule {
  std::bitset<60> minutes;
  std::bitset<24> hours;
  std::bitset<32> days;     // 1-31
  std::bitset<13> months;   // 1-12
  std::bitset<7> weekdays;  // 0 = Sunday
  bool any_day = true;      // day-of-month was '*'
  bool any_weekday = true;  // day-of-week was '*'
};

// The error names the field and the bad value.
Result<CronSchedule> ParseCron(const std::string& expression);

// The first minute strictly after `after` that matches, in the local time
// zone (TZ). A wall-clock time skipped by a DST change does not occur; one
// that occurs twice matches twice. nullopt if none within 5 years (31 Feb).
std::optional<std::chrono::sys_seconds> NextRun(const CronSchedule& s, std::chrono::sys_seconds after);

}  // namespace ifpo
