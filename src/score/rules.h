// What the user asked the score to prefer, resolved once from the command
// line (organizer/config.h): one enum per choice instead of flag pairs.
#pragma once

#include <optional>

#include "score/dates.h"

namespace ifpo::score {

enum class Formula { kQuality, kClassic };           // --classic: the README's formulas exactly
enum class Sharpness { kIgnored, kSharp, kBlurry };  // -b, -B
enum class FaceSize { kLarge, kSmall };              // -p favours small faces
enum class RecencyBias { kNone, kNewest, kOldest };  // -t, -T

struct Rules {
  Formula formula = Formula::kQuality;
  Sharpness sharpness = Sharpness::kIgnored;
  FaceSize face_size = FaceSize::kLarge;
  RecencyBias recency = RecencyBias::kNone;
  std::optional<DateTarget> date_target;  // -d, parsed once
  bool birthdays = false;                 // -n: aim at the person's birthday
  double sigma_days = 7.0;                // -g

  bool ReadsPixels() const { return sharpness != Sharpness::kIgnored; }
  // Pixel factors are <= 1 in the quality score (not under -B, not
  // --classic): a candidate whose optimistic score is below a measured one
  // cannot win, so it need not be downloaded.
  bool HasUpperBound() const { return formula == Formula::kQuality && sharpness != Sharpness::kBlurry; }
};

}  // namespace ifpo::score
