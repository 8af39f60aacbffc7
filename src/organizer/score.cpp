// Stages 4+5: score every candidate (README "How scoring works") and choose.
#include <algorithm>
#include <cmath>

#include "organizer/pipeline.h"
#include "score/classic.h"

namespace ifpo::organizer {

namespace {

// The pixel factors of a candidate that was not measured (pruned by the
// bounded search: it cannot win) rank it among the fallbacks for a photo
// Immich refuses: in the middle of the quality range.
constexpr double kNeutralQualityFactor = 0.5;

double DaysBetween(std::chrono::sys_seconds later, std::chrono::sys_seconds earlier) {
  return std::chrono::duration<double>(later - earlier).count() / 86400.0;
}

}  // namespace

// The target date of -n or -d for this person, if any.
std::optional<score::DateTarget> TargetFor(const Context& ctx, const PersonResult& p) {
  const cli::Options& o = ctx.settings.options;
  if (o.birthday_bias && p.person.birth_date) {
    score::BirthdayMode mode = score::BirthdayMode::kYearless;
    int year = 0;
    std::optional<CivilDate> oldest;
    if (o.recency) {
      mode = score::BirthdayMode::kLatestPast;
    } else if (o.recency_reversed) {
      mode = score::BirthdayMode::kFirstAfterOldest;
      for (const Candidate& c : p.candidates)
        if (c.asset->taken && (!oldest || c.asset->taken->local_date < *oldest)) oldest = c.asset->taken->local_date;
    } else if (ctx.settings.date_target && ctx.settings.date_target->kind == score::DateTarget::Kind::kYear) {
      mode = score::BirthdayMode::kYear;
      year = ctx.settings.date_target->year;
    }
    return score::BirthdayTarget(*p.person.birth_date, mode, ctx.settings.today, oldest, year);
  }
  return ctx.settings.date_target;
}

namespace {

double DateFactor(const Context& ctx, const PersonResult& p, const std::optional<score::DateTarget>& target,
                  const Asset& a) {
  const cli::Options& o = ctx.settings.options;
  if (!a.taken) return 1.0;
  double f = 1.0;
  if (o.birthday_bias) {
    // -t/-T only choose which birthday (README); they are not multiplied in.
    if (target) f *= score::DateBias(*a.taken, *target, o.sigma_days);
    return f;
  }
  if (o.recency || o.recency_reversed)
    f *= score::Recency(DaysBetween(ctx.settings.now, a.taken->instant), o.recency_reversed);
  if (target) f *= score::DateBias(*a.taken, *target, o.sigma_days);
  (void)p;
  return f;
}

ScoreParts ClassicParts(const cli::Options& o, const Candidate& c) {
  ScoreParts s;
  s.quality = false;
  s.face_known = c.face != nullptr;
  s.pixels_measured = (o.detect_blur || o.detect_blur_reversed) && c.measures && !c.measure_failed;
  s.face = c.face ? score::ClassicFaceSize(c.face->box, c.asset->exif_width, c.asset->exif_height) : 1.0;
  if (o.low_pixel) s.face = score::InvertFaceSize(s.face);
  if (o.detect_blur || o.detect_blur_reversed) {
    s.sharpness = c.measures && !c.measure_failed ? c.measures->classic_sharpness : 1.0;
    if (o.detect_blur_reversed) s.sharpness = score::InvertSharpness(s.sharpness);
  }
  return s;
}

ScoreParts QualityParts(const cli::Options& o, const Candidate& c, bool optimistic) {
  ScoreParts s;
  score::QualityInputs in;
  if (c.face) in.box = c.face->box;
  in.exif_width = c.asset->exif_width;
  in.exif_height = c.asset->exif_height;
  in.orientation = c.asset->orientation;
  for (const Face& f : c.asset->faces)
    if (&f != c.face) in.other_faces.push_back(f.box);
  const bool pixels = o.detect_blur || o.detect_blur_reversed;
  s.pixels_measured = pixels && c.measures && !c.measure_failed;
  s.face_known = c.face != nullptr;
  if (s.pixels_measured) in.pixels = *c.measures;
  const score::QualityParts q = score::Quality(in, o.detect_blur_reversed, o.low_pixel);
  s.face = q.size;
  s.border = q.border;
  s.crowd = q.crowd;
  s.shape = q.shape;
  s.sharpness = q.sharpness;
  s.exposure = q.exposure;
  // Not measured: the best it could be (a bound), or neutral when it failed or was pruned.
  if (pixels && (!c.measures || c.measure_failed)) s.sharpness = s.exposure = optimistic ? 1.0 : kNeutralQualityFactor;
  if (!c.face) s.face = s.border = s.crowd = s.shape = kNeutralQualityFactor;
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

ScoreParts ScoreCandidate(const Context& ctx, const PersonResult& p, const std::optional<score::DateTarget>& target,
                          const Candidate& c, bool optimistic) {
  const cli::Options& o = ctx.settings.options;
  ScoreParts s = o.classic ? ClassicParts(o, c) : QualityParts(o, c, optimistic);
  s.date = DateFactor(ctx, p, target, *c.asset);
  s.total = s.face * s.sharpness * s.date * s.exposure * s.border * s.crowd * s.shape;
  if (!std::isfinite(s.total)) s.total = 0;
  return s;
}

bool HasUpperBound(const cli::Options& o) { return !o.classic && !o.detect_blur_reversed; }

void ScoreAndChoose(Context& ctx, std::vector<PersonResult>& people) {
  const cli::Options& o = ctx.settings.options;
  for (PersonResult& p : people) {
    if (p.action == Action::kFailed) continue;
    if (p.candidates.empty()) {
      p.action = Action::kSkipped;
      p.note = "no usable photo (images on the timeline, not trashed or offline)";
      continue;
    }
    const auto target = TargetFor(ctx, p);
    if (o.random_mode) {
      std::vector<Candidate> pool;
      for (Candidate& c : p.candidates) {
        const bool windowed = o.birthday_bias || ctx.settings.date_target;
        if (windowed && target && (!c.asset->taken || !score::WithinWindow(*c.asset->taken, *target, o.sigma_days)))
          continue;
        pool.push_back(std::move(c));  // p.candidates becomes the pool below
      }
      if (pool.empty()) {
        p.action = Action::kSkipped;
        p.note = "no photo within " + std::to_string(static_cast<int>(o.sigma_days)) + " days of " +
                 (target ? score::ToString(*target) : std::string("the date"));
        p.candidates.clear();
        continue;
      }
      std::uniform_int_distribution<size_t> pick(0, pool.size() - 1);
      std::swap(pool[0], pool[pick(ctx.rng)]);
      p.candidates = std::move(pool);
      p.chosen = 0;
      continue;
    }
    for (Candidate& c : p.candidates) {
      const ScoreParts s = ScoreCandidate(ctx, p, target, c, /*optimistic=*/false);
      c.score = s;
      if (ctx.log->Enabled(ui::Level::kVerbose)) {
        ctx.log->Verbose("score", {{"person", p.person.id},
                                   {"asset", c.asset->id},
                                   {"total", std::to_string(s.total)},
                                   {"face", std::to_string(s.face)},
                                   {"sharpness", std::to_string(s.sharpness)},
                                   {"date", std::to_string(s.date)}});
      }
    }
    // Highest score first; ties keep the server's order (newest first), as the
    // original did. Photos that cannot win (broken, or unreadable and beaten:
    // MeasureCandidates) go last and are never chosen.
    std::stable_sort(p.candidates.begin(), p.candidates.end(), [](const Candidate& a, const Candidate& b) {
      if (a.cannot_win != b.cannot_win) return b.cannot_win;
      return a.score.total > b.score.total;
    });
    if (p.candidates.front().cannot_win) {
      p.action = Action::kSkipped;
      p.note = "no usable photo: every candidate image is broken on the server (" +
               p.candidates.front().MeasureError() + ")";
      continue;
    }
    p.chosen = 0;
  }
}

}  // namespace ifpo::organizer
