// The score of one candidate: the classic formulas or the quality factors,
// times the date preferences.
#include "score/score.h"

#include <cmath>

#include "score/classic.h"
#include "score/quality.h"

namespace ifpo::score {

namespace {

// The pixel factors of a candidate that was not measured (pruned by the
// bounded search: it cannot win) rank it among the fallbacks for a photo
// Immich refuses: in the middle of the quality range.
constexpr double kNeutralQualityFactor = 0.5;

double DaysBetween(std::chrono::sys_seconds later, std::chrono::sys_seconds earlier) {
  return std::chrono::duration<double>(later - earlier).count() / 86400.0;
}

double DateFactor(const Rules& r, const Facts& f) {
  const Asset& a = *f.asset;
  if (!a.taken) return 1.0;
  double factor = 1.0;
  if (r.birthdays) {
    // -t/-T only choose which birthday (README); they are not multiplied in.
    if (f.target) factor *= DateBias(*a.taken, *f.target, r.sigma_days);
    return factor;
  }
  if (r.recency != RecencyBias::kNone)
    factor *= score::Recency(DaysBetween(f.now, a.taken->instant), r.recency == RecencyBias::kOldest);
  if (f.target) factor *= DateBias(*a.taken, *f.target, r.sigma_days);
  return factor;
}

ScoreParts ClassicParts(const Rules& r, const Facts& f) {
  ScoreParts s;
  s.quality = false;
  s.face_known = f.face != nullptr;
  s.pixels_measured = r.ReadsPixels() && f.pixels;
  s.face = f.face ? ClassicFaceSize(f.face->box, f.asset->exif_width, f.asset->exif_height) : 1.0;
  if (r.face_size == FaceSize::kSmall) s.face = InvertFaceSize(s.face);
  if (r.ReadsPixels()) {
    s.sharpness = f.pixels ? f.pixels->classic_sharpness : 1.0;
    if (r.sharpness == Sharpness::kBlurry) s.sharpness = InvertSharpness(s.sharpness);
  }
  return s;
}

ScoreParts QualityFactors(const Rules& r, const Facts& f, bool optimistic) {
  ScoreParts s;
  QualityInputs in;
  if (f.face) in.box = f.face->box;
  in.exif_width = f.asset->exif_width;
  in.exif_height = f.asset->exif_height;
  in.orientation = f.asset->orientation;
  for (const Face& other : f.asset->faces)
    if (&other != f.face) in.other_faces.push_back(other.box);
  s.pixels_measured = r.ReadsPixels() && f.pixels;
  s.face_known = f.face != nullptr;
  if (s.pixels_measured) in.pixels = *f.pixels;
  const QualityParts q = Quality(in, r.sharpness == Sharpness::kBlurry, r.face_size == FaceSize::kSmall);
  s.face = q.size;
  s.border = q.border;
  s.crowd = q.crowd;
  s.shape = q.shape;
  s.sharpness = q.sharpness;
  s.exposure = q.exposure;
  // Not measured: the best it could be (a bound), or neutral when it failed or was pruned.
  if (r.ReadsPixels() && !f.pixels) s.sharpness = s.exposure = optimistic ? 1.0 : kNeutralQualityFactor;
  if (!f.face) s.face = s.border = s.crowd = s.shape = kNeutralQualityFactor;
  return s;
}

}  // namespace

std::vector<Factor> Factors(const ScoreParts& s) {
  auto known = [](bool yes, double v) { return yes ? std::optional<double>(v) : std::nullopt; };
  const bool box = s.quality && s.face_known;
  return {{"total", s.total},
          {"face", known(s.face_known, s.face)},
          {"sharpness", known(s.pixels_measured, s.sharpness)},
          {"exposure", known(s.quality && s.pixels_measured, s.exposure)},
          {"border", known(box, s.border)},
          {"crowd", known(box, s.crowd)},
          {"shape", known(box, s.shape)},
          {"date", s.date}};
}

ScoreParts Score(const Rules& rules, const Facts& facts, bool optimistic) {
  ScoreParts s =
      rules.formula == Formula::kClassic ? ClassicParts(rules, facts) : QualityFactors(rules, facts, optimistic);
  s.date = DateFactor(rules, facts);
  s.total = s.face * s.sharpness * s.date * s.exposure * s.border * s.crowd * s.shape;
  if (!std::isfinite(s.total)) s.total = 0;
  return s;
}

std::optional<DateTarget> TargetFor(const Rules& rules, std::optional<CivilDate> birth_date, CivilDate today,
                                    std::optional<CivilDate> oldest_photo) {
  if (!rules.birthdays || !birth_date) return rules.date_target;
  BirthdayMode mode = BirthdayMode::kYearless;
  int year = 0;
  if (rules.recency == RecencyBias::kNewest) {
    mode = BirthdayMode::kLatestPast;
  } else if (rules.recency == RecencyBias::kOldest) {
    mode = BirthdayMode::kFirstAfterOldest;
  } else if (rules.date_target && rules.date_target->kind == DateTarget::Kind::kYear) {
    mode = BirthdayMode::kYear;
    year = rules.date_target->year;
  }
  return BirthdayTarget(*birth_date, mode, today, mode == BirthdayMode::kFirstAfterOldest ? oldest_photo : std::nullopt,
                        year);
}

}  // namespace ifpo::score
