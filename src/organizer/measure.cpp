// Stage 3: download each needed image once, shared by every person on it,
// measure the faces on all cores, and remember the numbers in the store.
#include <algorithm>
#include <map>
#include <mutex>

#include "core/work_queue.h"
#include "image/analyze.h"
#include "organizer/pipeline.h"

namespace ifpo::organizer {

namespace {

// A face crop smaller than this in the 250 px thumbnail is measured on the
// preview instead: sharpness on a few dozen pixels means little.
constexpr double kMinThumbnailCropPx = 96.0;
constexpr double kThumbnailShortSide = 250.0;

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

}  // namespace

void MeasureCandidates(Context& ctx, Gathered& g) {
  const cli::Options& o = ctx.settings.options;
  if (!(o.detect_blur || o.detect_blur_reversed) || o.random_mode) return;

  // asset id → the candidates (of every person) that need its pixels
  std::map<std::string, std::vector<Candidate*>> wanted;
  std::map<std::string, std::string> rendition;
  for (PersonResult& p : g.people)
    for (Candidate& c : p.candidates) {
      wanted[c.asset->id].push_back(&c);
      const bool preview = !o.classic && CropSideInThumbnail(c) < kMinThumbnailCropPx;
      auto& r = rendition[c.asset->id];
      if (preview || r.empty()) r = preview ? "preview" : "thumbnail";
    }

  // Cached measurements first.
  std::map<std::string, std::vector<std::string>> to_fetch;  // rendition → asset ids
  long cached = 0;
  for (auto& [asset_id, cands] : wanted) {
    bool all = true;
    for (Candidate* c : cands) {
      const store::MeasureKey key{asset_id, c->asset->checksum + "/" + c->asset->thumbhash, FaceKey(*c),
                                  rendition[asset_id]};
      if (auto m = ctx.store->GetMeasure(key)) {
        c->measures = *m;
      } else {
        all = false;
      }
    }
    if (all) {
      ++cached;
    } else {
      to_fetch[rendition[asset_id]].push_back(asset_id);
    }
  }
  size_t total = 0;
  for (auto& [r, ids] : to_fetch) total += ids.size();
  ctx.log->Info("measuring images", {{"cached", std::to_string(cached)}, {"to_download", std::to_string(total)}});
  if (total == 0) return;

  std::mutex mu;
  std::vector<std::pair<store::MeasureKey, FaceMeasures>> fresh;
  ctx.progress->Begin("images", static_cast<long>(total));
  {
    WorkQueue pool(std::max(1u, std::thread::hardware_concurrency()), 32);
    for (auto& [rend, ids] : to_fetch) {
      const std::string r = rend;
      ctx.client->FetchImages(ids, r, /*edited=*/false, [&](const std::string& asset_id, Result<std::string> bytes) {
        auto cands = wanted[asset_id];
        if (!bytes) {
          ctx.log->Warn("could not download a photo; it scores neutrally",
                        {{"asset", asset_id}, {"error", bytes.error().message}});
          for (Candidate* c : cands) c->measure_failed = true;
          ctx.progress->Advance();
          return;
        }
        pool.Submit([&, asset_id, cands, r, data = std::move(bytes.value())] {
          // Classic blur is a property of the whole image: decode it once.
          std::optional<Result<double>> classic;
          if (o.classic) classic = image::ClassicSharpness(data);
          for (Candidate* c : cands) {
            if (c->measures) continue;
            Result<FaceMeasures> m = FaceMeasures{};
            if (classic) {
              if (*classic) {
                m.value().classic_sharpness = classic->value();
              } else {
                m = classic->error();
              }
            } else {
              m = image::Measure(data, c->face ? c->face->box : WholeImage());
            }
            std::lock_guard<std::mutex> lock(mu);
            if (!m) {
              ctx.log->Warn("could not analyse a photo; it scores neutrally",
                            {{"asset", asset_id}, {"error", m.error().message}});
              c->measure_failed = true;
              continue;
            }
            c->measures = *m;
            fresh.emplace_back(
                store::MeasureKey{asset_id, c->asset->checksum + "/" + c->asset->thumbhash, FaceKey(*c), r}, *m);
          }
          ctx.progress->Advance();
        });
      });
    }
    pool.Wait();
  }
  ctx.progress->Finish();
  if (Status s = ctx.store->PutMeasures(fresh); !s)
    ctx.log->Warn("could not write the cache", {{"error", s.error().message}});
}

}  // namespace ifpo::organizer
