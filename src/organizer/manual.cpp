// Photos picked by hand: did someone change a person's featured photo in
// Immich after our last PUT? Told from what Immich shows, the person
// thumbnail, against the crop our choice makes (README "From cron").
#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "core/work_queue.h"
#include "image/analyze.h"
#include "organizer/pipeline.h"

namespace ifpo::organizer {

namespace {

// The thumbnail file's time (Immich's file system) against updatedAt (its
// database): allowed to differ by this much.
constexpr long long kClockSlackMs = 2000;

// "2026-12-03T09:54:37.833Z" in ms since the epoch.
std::optional<long long> InstantMs(const std::string& iso) {
  auto t = ParseTimestamp(iso);
  if (!t) return std::nullopt;
  long long ms = static_cast<long long>(t->instant.time_since_epoch().count()) * 1000;
  const size_t dot = iso.find('.', iso.find('T'));
  if (dot == std::string::npos) return ms;
  int scale = 100;
  for (size_t k = dot + 1; k < iso.size() && scale > 0 && std::isdigit(static_cast<unsigned char>(iso[k])); ++k) {
    ms += static_cast<long long>(iso[k] - '0') * scale;
    scale /= 10;
  }
  return ms;
}

struct Compared {
  std::optional<image::CropSimilarity> ours, previous;  // the thumbnail against each crop
  std::string error;                                    // why a needed comparison could not be made
  bool previous_failed = false;                         // the previous photo could not be compared
  long long written_ms = -1;                            // when Immich wrote the thumbnail file, if it says
  void Fail(bool of_previous, const std::string& why) {
    if (error.empty()) error = why;
    if (of_previous) previous_failed = true;
  }
};

// The person's face on our photo and the previous one, where the caller did
// not know it (--revert, random mode, a photo no longer among the
// candidates): GET /faces for those photos.
void LoadMissingFaces(Context& ctx, std::vector<OwnershipCheck>& checks, const std::vector<size_t>& look,
                      std::vector<Compared>& compared) {
  std::map<std::string, std::unique_ptr<Asset>> assets;
  auto want = [&](const std::string& id) {
    if (id.empty()) return;
    auto& a = assets[id];
    if (!a) {
      a = std::make_unique<Asset>();
      a->id = id;
    }
  };
  for (size_t i : look) {
    if (!checks[i].ours) want(checks[i].last->asset_id);
    if (!checks[i].previous) want(checks[i].last->previous_asset_id);
  }
  if (assets.empty()) return;
  std::vector<Asset*> list;
  for (auto& [id, a] : assets) list.push_back(a.get());
  std::map<std::string, std::string> failed;
  for (auto& [id, e] : ctx.immich->LoadFaces(list)) failed[id] = e.message;
  auto face = [&](size_t i, const std::string& asset_id, bool previous) -> std::optional<FaceBox> {
    if (auto f = failed.find(asset_id); f != failed.end()) {
      compared[i].Fail(previous, f->second);
      return std::nullopt;
    }
    const Face* found = FirstFaceOf(*assets.at(asset_id), checks[i].person->id);
    return found ? std::optional<FaceBox>(found->box) : std::nullopt;
  };
  for (size_t i : look) {
    if (!checks[i].ours) checks[i].ours = face(i, checks[i].last->asset_id, false);
    if (!checks[i].previous && !checks[i].last->previous_asset_id.empty())
      checks[i].previous = face(i, checks[i].last->previous_asset_id, true);
  }
}

}  // namespace

bool ChangedSinceOurChoice(const Person& p, const store::Choice& last, std::chrono::seconds grace) {
  auto now = ParseTimestamp(p.updated_at);
  auto ours = ParseTimestamp(last.updated_at);
  if (!now || !ours) return false;
  return now->instant - ours->instant > grace;
}

std::vector<Owner> WhoChanged(Context& ctx, const std::vector<OwnershipCheck>& checks) {
  std::vector<Owner> out(checks.size(), Owner::kUs);
  std::vector<Compared> compared(checks.size());
  std::vector<OwnershipCheck> boxes;  // checks, with the face boxes the caller did not know
  std::vector<size_t> look;           // need the thumbnail
  for (size_t i = 0; i < checks.size(); ++i) {
    // Nothing happened since our PUT: ours, without a request.
    if (checks[i].person->updated_at != checks[i].last->updated_at) look.push_back(i);
  }
  boxes = checks;
  LoadMissingFaces(ctx, boxes, look, compared);
  std::erase_if(look, [&](size_t i) {
    if (boxes[i].ours) return false;
    if (compared[i].error.empty()) compared[i].error = "the person's face on our photo is gone";
    return true;
  });

  if (!look.empty()) {
    ctx.log->Info("checking who changed people since our last run", {{"people", std::to_string(look.size())}});
    // The thumbnails first (small); then each preview, compared with every
    // thumbnail that needs it as it arrives, so previews are not all held.
    std::map<std::string, std::vector<size_t>> by_person;
    for (size_t i : look) by_person[checks[i].person->id].push_back(i);
    std::vector<std::string> person_ids;
    for (const auto& [id, list] : by_person) person_ids.push_back(id);
    std::map<size_t, immich::Client::PersonThumbnail> thumbnails;
    ctx.progress->Begin("checking thumbnails", static_cast<long>(person_ids.size()));
    ctx.immich->FetchPersonThumbnails(person_ids,
                                      [&](const std::string& person_id, Result<immich::Client::PersonThumbnail> bytes) {
                                        ctx.progress->Advance();
                                        for (size_t i : by_person[person_id]) {
                                          if (bytes) {
                                            compared[i].written_ms = bytes->modified_ms;
                                            thumbnails[i] = *bytes;
                                          } else {
                                            compared[i].Fail(false, bytes.error().message);
                                          }
                                        }
                                      });
    // Asset → (check, is it our choice rather than the previous one).
    std::map<std::string, std::vector<std::pair<size_t, bool>>> by_asset;
    for (size_t i : look) {
      if (!thumbnails.count(i)) continue;
      by_asset[checks[i].last->asset_id].emplace_back(i, true);
      if (boxes[i].previous && !checks[i].last->previous_asset_id.empty())
        by_asset[checks[i].last->previous_asset_id].emplace_back(i, false);
    }
    std::vector<std::string> asset_ids;
    for (const auto& [id, list] : by_asset) asset_ids.push_back(id);
    std::mutex mu;
    {
      WorkQueue pool(std::max(1u, std::thread::hardware_concurrency()), 16);
      ctx.progress->SetTotal(static_cast<long>(person_ids.size() + asset_ids.size()));
      ctx.immich->FetchImages(
          asset_ids, "preview", /*edited=*/false, [&](const std::string& asset_id, Result<std::string> bytes) {
            ctx.progress->Advance();
            const auto& users = by_asset[asset_id];
            if (!bytes) {
              std::lock_guard<std::mutex> lock(mu);
              for (const auto& [i, ours] : users) compared[i].Fail(!ours, bytes.error().message);
              return;
            }
            pool.Submit([&, users, data = std::move(bytes.value())] {
              for (const auto& [i, ours] : users) {
                const OwnershipCheck& c = boxes[i];
                auto sim = image::SameCrop(thumbnails.at(i).bytes, data, ours ? *c.ours : *c.previous);
                std::lock_guard<std::mutex> lock(mu);
                if (!sim) {
                  compared[i].Fail(!ours, sim.error().message);
                } else {
                  (ours ? compared[i].ours : compared[i].previous) = *sim;
                }
              }
            });
          });
    }
    ctx.progress->Finish();
  }

  // Decide; a check that could not be made falls back to updatedAt.
  size_t fallbacks = 0;
  std::map<std::string, size_t> causes;
  for (size_t i = 0; i < checks.size(); ++i) {
    const OwnershipCheck& c = checks[i];
    if (c.person->updated_at == c.last->updated_at) continue;
    const Compared& m = compared[i];
    const bool ours = m.ours && m.ours->Same();
    const bool previous = m.previous && m.previous->Same();
    if (ours) {
      // A rename, a birth date, or Immich's thumbnail job: still our photo.
      // Remember this updatedAt so the next run takes the fast path.
      if (Status s = ctx.store->RefreshChoice(c.person->id, c.person->updated_at); !s)
        ctx.log->Warn("could not record the choices in the cache", {{"error", s.error().message}});
      continue;
    }
    if (previous) {
      // The photo before ours: Immich's thumbnail job has not cropped ours
      // yet (a slow queue); unless the thumbnail file was written after our
      // PUT: then someone picked that photo again by hand.
      const auto put = InstantMs(c.last->updated_at);
      if (put && m.written_ms >= 0 && m.written_ms > *put + kClockSlackMs) out[i] = Owner::kHand;
      continue;
    }
    if (m.ours && !m.previous_failed) {
      out[i] = Owner::kHand;
      auto show = [](const std::optional<image::CropSimilarity>& s) {
        return s ? "ncc=" + std::to_string(s->ncc) + " diff=" + std::to_string(s->mean_abs_diff) +
                       " detail=" + std::to_string(s->detail_ratio)
                 : std::string("-");
      };
      ctx.log->Debug("person thumbnail is not our photo",
                     {{"person", c.person->id}, {"ours", show(m.ours)}, {"previous", show(m.previous)}});
      continue;
    }
    ++fallbacks;
    ++causes[immich::CauseOf(m.error.empty() ? "no comparison" : m.error)];
    if (ChangedSinceOurChoice(*c.person, *c.last, ctx.config.apply.manual_pick_grace)) out[i] = Owner::kProbablyHand;
  }
  if (fallbacks > 0) {
    const long grace = static_cast<long>(ctx.config.apply.manual_pick_grace.count());
    const std::string after =
        grace >= 60 && grace % 60 == 0 ? std::to_string(grace / 60) + " minutes" : std::to_string(grace) + " seconds";
    std::string reasons;
    for (const auto& [cause, n] : causes) reasons += (reasons.empty() ? "" : "; ") + std::to_string(n) + "x " + cause;
    ctx.log->Warn("could not compare Immich's person thumbnails with our photos; for these people a change more than " +
                      after + " after our last run counts as a photo picked by hand",
                  {{"people", std::to_string(fallbacks)}, {"reason", reasons}});
  }
  return out;
}

}  // namespace ifpo::organizer
