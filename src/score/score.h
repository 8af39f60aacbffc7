// One candidate's score (README "How scoring works"): the factors, their
// product, and which of them rest on a measurement.
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "core/dates.h"
#include "core/measures.h"
#include "core/model.h"
#include "score/rules.h"

namespace ifpo::score {

struct ScoreParts {
  double face = 1;                                        // classic: face_size; quality: size factor
  double sharpness = 1;                                   // classic: blur_score; quality: sharpness factor
  double date = 1;                                        // date_score
  double exposure = 1, border = 1, crowd = 1, shape = 1;  // quality only
  double total = 1;
  // What the numbers above rest on; a factor without it is a stand-in (1, or
  // neutral) that the user must not read as a measurement.
  bool quality = true;           // false: --classic, which has no exposure, border, crowd, shape
  bool face_known = true;        // the person's face box is on the photo
  bool pixels_measured = false;  // -b/-B measured this photo's image
};

// The factors in the order users see them, for --output json and the report
// alike: a factor that was not measured is nullopt, never 1.
struct Factor {
  const char* name;
  std::optional<double> value;
};
std::vector<Factor> Factors(const ScoreParts& s);

// What one candidate's score is computed from.
struct Facts {
  const Asset* asset = nullptr;
  const Face* face = nullptr;            // the person's face on it; null if unknown
  const FaceMeasures* pixels = nullptr;  // -b/-B: the image's measures; null if not measured
  std::optional<DateTarget> target;      // TargetFor
  std::chrono::sys_seconds now{};        // recency is counted back from here
};

// optimistic: unmeasured pixel factors count as their best (1), which makes
// the result an upper bound of the real score (Rules::HasUpperBound).
ScoreParts Score(const Rules& rules, const Facts& facts, bool optimistic);

// The target date of -n or -d for a person: their birthday (which one: -t,
// -T, -d yyyy) when -n is given and they have one, else -d. oldest_photo is
// the date of their oldest candidate (-n -T).
std::optional<DateTarget> TargetFor(const Rules& rules, std::optional<CivilDate> birth_date, CivilDate today,
                                    std::optional<CivilDate> oldest_photo);

}  // namespace ifpo::score
