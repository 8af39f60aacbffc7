// Date preferences (README "date_score"): recency, a target date, birthdays.
// Pure functions; days are counted as real durations (86400 s).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/dates.h"

namespace ifpo::score {

// Half-life of the recency decay (README: "half the highest score ... 180 days").
constexpr double kRecencyHalfLifeDays = 180.0;
// Sigma for a year target (-d yyyy): a year's photos around 2 July.
constexpr double kYearSigmaDays = 183.0;

// -d: "yyyy-mm-dd", yearless "mm-dd", or "yyyy".
struct DateTarget {
  enum class Kind { kFull, kYearless, kYear };
  Kind kind = Kind::kFull;
  int year = 0;   // kFull, kYear
  int month = 0;  // kFull, kYearless
  int day = 0;    // kFull, kYearless
};

// Parses -d. On failure returns nullopt and sets *error to a message naming
// the value and the accepted forms (e.g. "-d 02-30: February has no day 30").
std::optional<DateTarget> ParseDateTarget(std::string_view text, std::string* error);
std::string ToString(const DateTarget& t);

// exp(-ln2/half_life * days_ago) favouring newest; exp(+...) for favor_oldest
// (-T). Photos from the future count as taken now.
double Recency(double days_ago, bool favor_oldest);

// exp(-d^2 / (2 sigma^2)).
double Gaussian(double delta_days, double sigma_days);

// Distance in days between the photo and the target:
// kFull: |instant - target 00:00 UTC| in days (fractional);
// kYearless: circular distance in days between day-of-year of the photo's
//   local date and the target's day in that year (year length 365 or 366 of
//   the photo's year); Feb 29 targets fall on Feb 28 in common years;
// kYear: |instant - year-07-02 00:00 UTC|.
double DaysFromTarget(const CaptureTime& photo, const DateTarget& target);

// The date factor for -d: Gaussian(DaysFromTarget, sigma), sigma = 183 days
// for kYear targets and sigma_days otherwise.
double DateBias(const CaptureTime& photo, const DateTarget& target, double sigma_days);

// Which birthday -n aims at.
enum class BirthdayMode {
  kYearless,          // -n: the birthday of every year
  kLatestPast,        // -n -t: the latest birthday on or before today
  kFirstAfterOldest,  // -n -T: the first birthday on or after the oldest photo
  kYear,              // -n -d yyyy: the birthday in that year
};

// The target date of a birthday preference. Feb 29 birthdays fall on Feb 28 in
// common years. oldest_photo is required for kFirstAfterOldest (if absent,
// the yearless target is returned); year for kYear.
DateTarget BirthdayTarget(CivilDate birth, BirthdayMode mode, CivilDate today, std::optional<CivilDate> oldest_photo,
                          int year);

// -r with -n/-d: is the photo within sigma days of the target? For kYear
// targets: is it in that year (local date)?
bool WithinWindow(const CaptureTime& photo, const DateTarget& target, double sigma_days);

}  // namespace ifpo::score
