// Date parsing on arbitrary text: ParseDate, ParseTimestamp (Immich's
// timestamps) and ParseDateTarget (-d). Besides not crashing, what parses
// must be a real calendar date and survive a format/parse round trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "score/dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto d = ifpo::ParseDate(text)) {
    if (!ifpo::IsValidDate(d->year, d->month, d->day)) std::abort();
    if (ifpo::FormatDate(*d) != text) std::abort();  // "YYYY-MM-DD" exactly
    if (ifpo::CivilFromDays(ifpo::DaysFromCivil(*d)) != *d) std::abort();
  }
  if (auto t = ifpo::ParseTimestamp(text)) {
    if (!ifpo::IsValidDate(t->local_date.year, t->local_date.month, t->local_date.day)) std::abort();
    auto again = ifpo::ParseTimestamp(ifpo::FormatTimestamp(t->instant));
    if (!again || again->instant != t->instant) std::abort();
  }
  std::string why;
  if (auto target = ifpo::score::ParseDateTarget(text, &why)) {
    ifpo::CaptureTime photo;
    photo.local_date = {2024, 2, 29};
    photo.instant = std::chrono::sys_seconds(std::chrono::seconds(1709164800));
    const double d = ifpo::score::DaysFromTarget(photo, *target);
    if (!(d >= 0)) std::abort();  // also catches NaN
    (void)ifpo::score::DateBias(photo, *target, 7.0);
  } else if (why.empty()) {
    std::abort();  // a refusal must say why
  }
  return 0;
}
