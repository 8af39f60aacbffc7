// Stage 3: download each needed image once, shared by every person on it,
// measure the faces on all cores, and remember the numbers in the store.
//
// Only what is needed: in the quality score the pixel factors (sharpness,
// exposure) are at most 1, so a candidate's score without them is an upper
// bound. Candidates are measured best bound first, a few per person per
// round; once a measured score beats every remaining bound, the rest of that
// person's candidates cannot win and are never downloaded. (--classic and -B
// have no such bound: everything is measured.)
//
// A photo that cannot be downloaded after retries leaves its score unknown:
// if it could still have won (its bound reaches the best measured score, or
// there is no bound), the person is failed and reported, never updated from
// partial data; otherwise it simply cannot win. A photo that downloads but
// cannot be decoded (corrupt, a bomb, not an image) is the server's broken
// data, which Immich cannot crop well either: it cannot win.
#include <algorithm>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <set>

#include "core/work_queue.h"
#include "image/analyze.h"
#include "organizer/pipeline.h"

namespace ifpo::organizer {

namespace {

// A face crop smaller than this in the 250 px thumbnail is measured on the
// preview instead: sharpness on a few dozen pixels means little.
constexpr double kMinThumbnailCropPx = 96.0;
constexpr double kThumbnailShortSide = 250.0;
// Candidates per person measured in one round of the bounded search.
constexpr size_t kPerRound = 3;
// Measurements written to the cache at least this often.
constexpr size_t kFlushEvery = 2000;

std::string FaceKey(const Candidate& c) {
  if (!c.face) return "whole";
  const FaceBox& b = c.face->box;
  return std::to_string(b.x1) + "," + std::to_string(b.y1) + "," + std::to_string(b.x2) + "," + std::to_string(b.y2) +
         "@" + std::to_string(b.image_width) + "x" + std::to_string(b.image_height);
}

double CropSideInThumbnail(const Candidate& c) {
  if (!c.face) return kThumbnailShortSide;
  const FaceBox& b = c.face->box;
  if (b.image_width <= 0 || b.image_height <= 0) return 0;
  const double scale = kThumbnailShortSide / std::min(b.image_width, b.image_height);
  return std::max(std::abs(b.x2 - b.x1), std::abs(b.y2 - b.y1)) * 1.1 * scale;
}

FaceBox WholeImage() { return FaceBox{0, 0, 1, 1, 1, 1}; }

std::string ImageVersion(const Asset& a) { return a.image_version; }

using CandidatesByAsset = std::map<std::string, std::vector<Candidate*>>;

// Downloads that failed, by cause: one warning line per cause with a count
// (a key without asset.view fails every photo the same way), and whether a
// cause ends the run (the key itself was refused).
struct DownloadFailures {
  struct Cause {
    size_t count = 0;
    std::string first_asset;
  };
  std::map<std::string, Cause> by_message;
  std::optional<Error> fatal;  // EndsTheRun: no other photo can be downloaded either
  size_t interrupted = 0;

  void Add(const std::string& asset_id, const Error& e) {
    if (e.kind == ErrorKind::kInterrupted) {
      ++interrupted;
      return;
    }
    if (EndsTheRun(e) && !fatal) fatal = e;
    Cause& c = by_message[immich::CauseOf(e.message)];
    if (c.count++ == 0) c.first_asset = asset_id;
  }
  void Log(ui::Logger& log) const {
    for (const auto& [message, c] : by_message)
      if (!fatal || message != immich::CauseOf(fatal->message))  // that one ends the run, in its own words
        log.Warn("could not download photos",
                 {{"count", std::to_string(c.count)}, {"error", message}, {"first_asset", c.first_asset}});
  }
};

// Downloads and measures the given candidates; an image, once downloaded, is
// measured for every person on it (every_candidate). Fills measures or
// measure_failed; returns how many images were downloaded.
size_t MeasureNow(Context& ctx, const std::vector<Candidate*>& cands, const CandidatesByAsset& every_candidate,
                  DownloadFailures& failures) {
  const bool classic = ctx.config.score.formula == score::Formula::kClassic;
  CandidatesByAsset by_asset;
  for (Candidate* c : cands) by_asset[c->asset->id] = every_candidate.at(c->asset->id);
  std::map<std::string, std::string> rendition;
  for (const auto& [asset_id, list] : by_asset)
    for (Candidate* c : list) {
      const bool preview = !classic && CropSideInThumbnail(*c) < kMinThumbnailCropPx;
      auto& r = rendition[c->asset->id];
      if (preview || r.empty()) r = preview ? "preview" : "thumbnail";
    }
  // Cached measurements first.
  std::map<std::string, std::vector<std::string>> to_fetch;  // rendition → asset ids
  std::vector<store::MeasureKey> keys;
  std::vector<Candidate*> keyed;
  for (auto& [asset_id, list] : by_asset)
    for (Candidate* c : list) {
      if (c->measures || c->measure_failed) continue;
      keys.push_back(store::MeasureKey{asset_id, ImageVersion(*c->asset), FaceKey(*c), rendition[asset_id]});
      keyed.push_back(c);
    }
  const auto cached = ctx.store->GetMeasures(keys);
  std::set<std::string> missing;
  for (size_t i = 0; i < keyed.size(); ++i) {
    if (i < cached.size() && cached[i]) {
      keyed[i]->measures = std::make_unique<const FaceMeasures>(*cached[i]);
    } else {
      missing.insert(keyed[i]->asset->id);
    }
  }
  for (const std::string& asset_id : missing) to_fetch[rendition[asset_id]].push_back(asset_id);
  size_t total = 0;
  for (auto& [r, ids] : to_fetch) total += ids.size();
  if (total == 0) return 0;

  std::mutex mu;
  std::vector<std::pair<store::MeasureKey, FaceMeasures>> fresh;
  {
    WorkQueue pool(std::max(1u, std::thread::hardware_concurrency()), 32);
    for (auto& [rend, ids] : to_fetch) {
      const std::string r = rend;
      ctx.immich->FetchImages(ids, r, /*edited=*/false, [&](const std::string& asset_id, Result<std::string> bytes) {
        auto list = by_asset[asset_id];
        {
          // Save progress now and then: an interrupted cold run keeps its work.
          std::lock_guard<std::mutex> lock(mu);
          if (fresh.size() >= kFlushEvery) {
            if (Status s = ctx.store->PutMeasures(fresh); !s)
              ctx.log->Warn("could not write the cache", {{"error", s.error().message}});
            fresh.clear();
          }
        }
        if (!bytes) {
          std::lock_guard<std::mutex> lock(mu);
          failures.Add(asset_id, bytes.error());
          for (Candidate* c : list) {
            if (c->measures) continue;
            c->measure_failed = c->download_failed = true;
            c->SetMeasureError(bytes.error().message);
          }
          ctx.progress->Advance();
          return;
        }
        pool.Submit([&, asset_id, list, r, data = std::move(bytes.value())] {
          // Classic blur is a property of the whole image: decode it once.
          std::optional<Result<double>> classic_sharpness;
          if (classic) classic_sharpness = image::ClassicSharpness(data);
          for (Candidate* c : list) {
            if (c->measures) continue;
            Result<FaceMeasures> m = FaceMeasures{};
            if (classic_sharpness) {
              if (*classic_sharpness) {
                m.value().classic_sharpness = classic_sharpness->value();
              } else {
                m = classic_sharpness->error();
              }
            } else {
              m = image::Measure(data, c->face ? c->face->box : WholeImage(), {.classic = false});
            }
            std::lock_guard<std::mutex> lock(mu);
            if (!m) {
              ctx.log->Warn("could not analyse a photo: the image on the server is broken; it cannot be chosen",
                            {{"asset", asset_id}, {"error", m.error().message}});
              c->measure_failed = c->image_broken = c->cannot_win = true;
              c->SetMeasureError(m.error().message);
              continue;
            }
            c->measures = std::make_unique<const FaceMeasures>(*m);
            fresh.emplace_back(store::MeasureKey{asset_id, ImageVersion(*c->asset), FaceKey(*c), r}, *m);
          }
          ctx.progress->Advance();
        });
      });
    }
    pool.Wait();
  }
  if (Status s = ctx.store->PutMeasures(fresh); !s)
    ctx.log->Warn("could not write the cache", {{"error", s.error().message}});
  return total;
}

}  // namespace

Status MeasureCandidates(Context& ctx, Gathered& g) {
  if (!ctx.config.MeasuresPixels()) return Ok{};
  DownloadFailures failures;

  const bool bounded = ctx.config.score.HasUpperBound();
  struct Plan {
    PersonResult* person;
    std::optional<score::DateTarget> target;
    std::vector<std::pair<double, Candidate*>> by_bound;  // best bound first
    size_t next = 0;
    double best = -1;  // the best score measured so far for this person
  };
  std::vector<Plan> plans;
  CandidatesByAsset every_candidate;
  size_t all = 0;
  for (PersonResult& p : g.people) {
    if (p.candidates.empty()) continue;
    Plan plan{&p, TargetFor(ctx, p), {}, 0, -1};
    for (Candidate& c : p.candidates) every_candidate[c.asset->id].push_back(&c);
    for (Candidate& c : p.candidates)
      plan.by_bound.emplace_back(bounded ? ScoreCandidate(ctx, plan.target, c, true).total : 0.0, &c);
    std::stable_sort(plan.by_bound.begin(), plan.by_bound.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    all += plan.by_bound.size();
    plans.push_back(std::move(plan));
  }
  // Each measured candidate is scored once, into its person's best: rescoring
  // every measured candidate each round made a warm M-size run spend half its
  // CPU here (bench/speed).
  std::map<const Candidate*, size_t> plan_of;
  for (size_t i = 0; i < plans.size(); ++i)
    for (const auto& [bound, c] : plans[i].by_bound) plan_of[c] = i;
  std::set<const Candidate*> scored;
  // Only real measurements count: a photo that failed has no known score.
  auto count_measured = [&](const Candidate* c) {
    if (!c->measures || c->measure_failed || !scored.insert(c).second) return;
    Plan& plan = plans[plan_of.at(c)];
    plan.best = std::max(plan.best, ScoreCandidate(ctx, plan.target, *c, false).total);
  };
  for (const auto& [c, i] : plan_of) count_measured(c);
  ctx.progress->Begin("images", 0);
  size_t downloaded = 0, measured = 0;
  for (;;) {
    if (ctx.Interrupted()) break;
    std::vector<Candidate*> round;
    std::set<Candidate*> in_round;
    for (Plan& plan : plans) {
      const double best = plan.best;
      size_t taken = 0;
      while (plan.next < plan.by_bound.size() && (!bounded || taken < kPerRound)) {
        auto [bound, c] = plan.by_bound[plan.next];
        if (bounded && bound <= best) {
          plan.next = plan.by_bound.size();  // nothing left can win
          break;
        }
        ++plan.next;
        if (c->measures || c->measure_failed) continue;
        if (in_round.insert(c).second) round.push_back(c), ++taken;
      }
    }
    if (round.empty()) break;
    downloaded += MeasureNow(ctx, round, every_candidate, failures);
    if (failures.fatal) break;
    // MeasureNow fills only candidates on the round's photos.
    for (const Candidate* c : round)
      for (const Candidate* other : every_candidate.at(c->asset->id)) count_measured(other);
    ctx.progress->Set(static_cast<long>(downloaded));
  }
  ctx.progress->Finish();
  failures.Log(*ctx.log);
  if (failures.fatal)
    return MakeError(
        failures.fatal->kind,
        std::string(failures.fatal->kind == ErrorKind::kConnection ? "photos cannot be downloaded"
                                                                   : "the API key cannot download photos") +
            ", which -b/-B need: " + immich::CauseOf(failures.fatal->message) + " Nothing was changed.");
  if (!ctx.Interrupted()) {
    // Photos that could not be downloaded: could they have won?
    for (Plan& plan : plans) {
      const Candidate* blocking = nullptr;
      size_t more = 0;
      for (const auto& [bound, c] : plan.by_bound) {
        if (!c->download_failed) continue;
        const double upper = bounded ? bound : std::numeric_limits<double>::infinity();
        if (upper < plan.best) {
          c->cannot_win = true;
          continue;
        }
        if (blocking) {
          ++more;
        } else {
          blocking = c;
        }
      }
      if (!blocking) continue;
      PersonResult& p = *plan.person;
      p.outcome = Failed("photo " + blocking->asset->id + " could not be downloaded (" + blocking->MeasureError() +
                         ") and could have been the best one" +
                         (more ? " (" + std::to_string(more) + " more such photo(s))" : "") +
                         "; not updated from partial data");
      p.data_incomplete = true;
    }
  }
  for (const auto& [asset_id, list] : every_candidate)
    for (const Candidate* c : list)
      if (c->measures) ++measured;
  ctx.log->Info("images measured", {{"faces", std::to_string(measured)},
                                    {"downloaded", std::to_string(downloaded)},
                                    {"not_needed", std::to_string(all - measured)}});
  return Ok{};
}

}  // namespace ifpo::organizer
