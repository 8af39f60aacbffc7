// Stages 4+5: score every candidate (score/score.h) and choose the winner.
#include <algorithm>

#include "organizer/pipeline.h"

namespace ifpo::organizer {

std::optional<score::DateTarget> TargetFor(const Context& ctx, const PersonResult& p) {
  std::optional<CivilDate> oldest;
  for (const Candidate& c : p.candidates)
    if (c.asset->taken && (!oldest || c.asset->taken->local_date < *oldest)) oldest = c.asset->taken->local_date;
  return score::TargetFor(ctx.config.score, p.person.birth_date, ctx.config.today, oldest);
}

ScoreParts ScoreCandidate(const Context& ctx, const std::optional<score::DateTarget>& target, const Candidate& c,
                          bool optimistic) {
  score::Facts f;
  f.asset = c.asset;
  f.face = c.face;
  f.pixels = c.measures && !c.measure_failed ? c.measures.get() : nullptr;
  f.target = target;
  f.now = ctx.config.now;
  return score::Score(ctx.config.score, f, optimistic);
}

void ScoreAndChoose(Context& ctx, std::vector<PersonResult>& people) {
  const score::Rules& rules = ctx.config.score;
  for (PersonResult& p : people) {
    if (p.outcome.kind == Action::kFailed) continue;
    if (p.candidates.empty()) {
      p.outcome = Skipped("no usable photo (images on the timeline, not trashed or offline)");
      continue;
    }
    const auto target = TargetFor(ctx, p);
    if (ctx.config.Random()) {
      std::vector<Candidate> pool;
      for (Candidate& c : p.candidates) {
        const bool windowed = rules.birthdays || rules.date_target;
        if (windowed && target && (!c.asset->taken || !score::WithinWindow(*c.asset->taken, *target, rules.sigma_days)))
          continue;
        pool.push_back(std::move(c));  // p.candidates becomes the pool below
      }
      if (pool.empty()) {
        p.outcome = Skipped("no photo within " + std::to_string(static_cast<int>(rules.sigma_days)) + " days of " +
                            (target ? score::ToString(*target) : std::string("the date")));
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
      const ScoreParts s = ScoreCandidate(ctx, target, c, /*optimistic=*/false);
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
      p.outcome = Skipped("no usable photo: every candidate image is broken on the server (" +
                          p.candidates.front().MeasureError() + ")");
      continue;
    }
    p.chosen = 0;
  }
}

}  // namespace ifpo::organizer
