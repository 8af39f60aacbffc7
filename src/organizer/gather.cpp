// Stage 2: gather each person's candidate photos and faces, with as few
// requests as the server version allows (README "Performance").
#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "organizer/pipeline.h"

namespace ifpo::organizer {

namespace {

// Up to this many people, one search per person is cheaper than sweeping the
// whole library; above it, one sweep serves everybody.
constexpr size_t kPerPersonSearchLimit = 10;

// The version of an asset's face list: its checksum and the people the search
// listed on it. "" when the search listed nobody (the list cannot be checked).
std::string FaceListVersion(const Asset& a) {
  if (a.person_ids.empty() || a.checksum().empty()) return {};
  std::vector<std::string> ids = a.person_ids;
  std::sort(ids.begin(), ids.end());
  std::string v(a.checksum());
  for (const std::string& id : ids) v += ' ' + id;
  return v;
}

// 3.x: faces of photos that did not change since the last run come from the
// cache instead of one GET /faces each. Returns the assets still to read.
std::vector<Asset*> FacesFromCache(Context& ctx, const std::vector<Asset*>& need) {
  constexpr size_t kBatch = 4096;  // bounds the lookup's temporary vectors
  std::vector<Asset*> rest;
  for (size_t at = 0; at < need.size(); at += kBatch) {
    const size_t end = std::min(need.size(), at + kBatch);
    std::vector<std::string> ids, versions;
    for (size_t i = at; i < end; ++i) {
      ids.push_back(need[i]->id);
      versions.push_back(FaceListVersion(*need[i]));
    }
    auto cached = ctx.store->GetFaceLists(ids, versions);
    for (size_t i = at; i < end; ++i) {
      auto& hit = cached[i - at];
      if (!hit || versions[i - at].empty()) {
        rest.push_back(need[i]);
        continue;
      }
      need[i]->faces = std::move(*hit);
      need[i]->faces_loaded = true;
      std::vector<std::string>().swap(need[i]->person_ids);  // only the cache key needed them
    }
  }
  if (rest.size() < need.size())
    ctx.log->Info("faces from the cache", {{"assets", std::to_string(need.size() - rest.size())}});
  return rest;
}

// Adds the asset to person_id's candidates if the person is selected (once per asset).
void NoteCandidate(std::unordered_map<std::string_view, std::vector<const Asset*>>& assets_of,
                   const std::unordered_set<std::string_view>& wanted, std::string_view person_id, const Asset* asset) {
  auto w = wanted.find(person_id);
  if (w == wanted.end()) return;
  auto& list = assets_of[*w];  // the interned id: person_id may be the asset's own string
  if (list.empty() || list.back() != asset) list.push_back(asset);
}

void RememberFaces(Context& ctx, const std::vector<Asset*>& read) {
  std::vector<std::tuple<std::string, std::string, std::vector<Face>>> batch;
  for (const Asset* a : read) {
    if (!a->faces_loaded) continue;
    std::string version = FaceListVersion(*a);
    if (!version.empty()) batch.emplace_back(a->id, std::move(version), a->faces);
  }
  if (Status s = ctx.store->PutFaceLists(batch); !s)
    ctx.log->Warn("could not cache face lists", {{"error", s.error().message}});
}

}  // namespace

Result<Gathered> GatherCandidates(Context& ctx, std::vector<Person> people) {
  const bool random = ctx.config.Random();
  Gathered g;
  // Keys view the ids of the assets g owns (heap objects: they never move).
  std::unordered_map<std::string_view, const Asset*> by_id;
  // person id (interned) → assets in server order (newest first)
  std::unordered_map<std::string_view, std::vector<const Asset*>> assets_of;
  std::map<std::string, Outcome> failed;  // person id → why their photos could not be read

  // Takes ownership of a if its id is new; returns the asset kept under that id.
  auto own = [&](Asset&& a) -> const Asset* {
    if (auto it = by_id.find(a.id); it != by_id.end()) return it->second;
    g.assets.push_back(std::make_unique<Asset>(std::move(a)));
    const Asset* kept = g.assets.back().get();
    by_id.emplace(kept->id, kept);
    return kept;
  };

  immich::SearchQuery q;
  q.page_size = ctx.config.server.page_size;
  q.with_people = true;
  const bool sweep = people.size() > kPerPersonSearchLimit;
  if (sweep) {
    ctx.log->Info("sweeping the library for faces", {{"people", std::to_string(people.size())}});
    ctx.progress->Begin("photos", 0);
    std::unordered_set<std::string_view> wanted;  // interned: outlives people
    for (const Person& p : people) wanted.insert(InternPersonId(p.id));
    // Cached assets the sweep does not see were deleted from the server.
    std::unordered_set<std::string> unseen;
    for (std::string& id : ctx.store->CachedAssetIds()) unseen.insert(std::move(id));
    // Pages are filtered as they arrive (in any order): only photos of
    // selected people are kept, so memory follows the selection, not the
    // library. They are then taken in page order, first occurrence wins.
    // Kept photos go to the heap as they arrive: moving them into the result
    // is then a pointer move, and no vector of whole assets grows by doubling.
    std::map<int, std::vector<std::unique_ptr<Asset>>> relevant_by_page;
    long seen = 0;
    Status swept = ctx.immich->SweepAssets(q, [&](int page, std::vector<Asset>&& assets) {
      seen += static_cast<long>(assets.size());
      ctx.progress->Set(seen);
      std::vector<std::unique_ptr<Asset>>& mine = relevant_by_page[page];
      for (Asset& a : assets) {
        if (!unseen.empty()) unseen.erase(a.id);
        auto on_it = [&](std::string_view pid) { return wanted.count(pid) != 0; };
        bool any = std::any_of(a.person_ids.begin(), a.person_ids.end(), on_it) ||
                   std::any_of(a.faces.begin(), a.faces.end(), [&](const Face& f) { return on_it(f.person_id); });
        if (!any) continue;
        // ≤2.7 faces carry the person ids; only 3.x needs the list (face-list cache).
        if (a.faces_loaded) std::vector<std::string>().swap(a.person_ids);
        // Keep what scoring reads: every face's box (crowding), the person only
        // when selected.
        for (Face& f : a.faces)
          if (!on_it(f.person_id)) f.person_id = {};
        a.faces.shrink_to_fit();  // growth by doubling left room for a face in ~1 photo of 3
        mine.push_back(std::make_unique<Asset>(std::move(a)));
      }
    });
    ctx.progress->Finish();
    if (!swept) return swept.error();
    ctx.log->Info("library swept", {{"photos", std::to_string(seen)}});
    // The sweep saw every photo: forget measurements of deleted ones.
    if (!unseen.empty()) {
      if (Status s = ctx.store->ForgetAssets({unseen.begin(), unseen.end()}); !s)
        ctx.log->Warn("could not clean the cache", {{"error", s.error().message}});
    }
    for (auto& [page, assets] : relevant_by_page) {
      for (std::unique_ptr<Asset>& a : assets) {
        const Asset* kept = a.get();
        if (!by_id.emplace(kept->id, kept).second) continue;  // seen on an earlier page
        g.assets.push_back(std::move(a));
        for (const std::string& pid : kept->person_ids) NoteCandidate(assets_of, wanted, pid, kept);
        for (const Face& f : kept->faces) NoteCandidate(assets_of, wanted, f.person_id, kept);
      }
      std::vector<std::unique_ptr<Asset>>().swap(assets);
    }
  } else {
    ctx.progress->Begin("people", static_cast<long>(people.size()));
    for (const Person& p : people) {
      if (ctx.Interrupted()) return MakeError(ErrorKind::kInterrupted, "interrupted");
      q.person_ids = {p.id};
      auto found = ctx.immich->SearchAssets(q);
      ctx.progress->Advance();
      if (!found) {
        if (EndsTheRun(found.error())) return found.error();
        failed[p.id] = Failed(found.error().message);
        ctx.log->Warn("could not read this person's photos",
                      {{"person", DisplayName(p)}, {"error", found.error().message}});
        continue;
      }
      std::vector<const Asset*>& mine = assets_of[InternPersonId(p.id)];
      for (Asset& a : found.value()) mine.push_back(own(std::move(a)));
    }
    ctx.progress->Finish();
  }

  // 3.x sends no faces with assets: one GET /faces per distinct candidate,
  // shared by every person on it. Random mode needs no faces at all.
  if (!random) {
    std::vector<Asset*> need;
    for (auto& a : g.assets)
      if (!a->faces_loaded && IsCandidateAsset(*a)) need.push_back(a.get());
    if (!need.empty()) need = FacesFromCache(ctx, need);
    if (!need.empty()) {
      ctx.log->Info("reading faces", {{"assets", std::to_string(need.size())}});
      ctx.progress->Begin("faces", static_cast<long>(need.size()));
      // In batches: each batch's lists reach the cache before the next one
      // starts (an interrupted run keeps them), and requests exist per batch.
      constexpr size_t kBatch = 2048;
      std::optional<Error> fatal;
      for (size_t at = 0; at < need.size() && !fatal; at += kBatch) {
        std::vector<Asset*> batch(need.begin() + static_cast<long>(at),
                                  need.begin() + static_cast<long>(std::min(need.size(), at + kBatch)));
        auto failures = ctx.immich->LoadFaces(batch, [&] { ctx.progress->Advance(); });
        RememberFaces(ctx, batch);
        for (Asset* a : batch) std::vector<std::string>().swap(a->person_ids);  // only the cache key needed them
        for (const auto& [asset_id, err] : failures) {
          if (EndsTheRun(err)) {
            fatal = err;
            break;
          }
          ctx.log->Warn("could not read the faces of a photo", {{"asset", asset_id}, {"error", err.message}});
        }
      }
      ctx.progress->Finish();
      if (fatal) return *fatal;
    }
  }

  // Memory goes to the candidates from here on (a million faces: ~100 MB):
  // the id index is done with, and image versions matter only to -b/-B.
  decltype(by_id)().swap(by_id);
  if (!ctx.config.MeasuresPixels()) {
    for (auto& a : g.assets) {
      a->SetVersion({}, {});
      a->image_version.shrink_to_fit();
    }
  }
  for (Person& p : people) {
    PersonResult r;
    r.person = std::move(p);
    if (auto f = failed.find(r.person.id); f != failed.end()) {
      r.outcome = f->second;
      r.data_incomplete = true;
      g.people.push_back(std::move(r));
      continue;
    }
    std::vector<const Asset*> mine;  // taken: the candidates replace it
    if (auto it = assets_of.find(InternPersonId(r.person.id)); it != assets_of.end()) mine = std::move(it->second);
    r.candidates.reserve(mine.size());
    for (const Asset* a : mine) {
      if (!IsCandidateAsset(*a)) continue;
      if (!random && !a->faces_loaded) {
        // Never choose from partial data: this person's faces are incomplete.
        r.data_incomplete = true;
        continue;
      }
      Candidate c;
      c.asset = a;
      c.face = FirstFaceOf(*a, r.person.id);
      if (!random && !c.face && a->faces_loaded) continue;  // not this person's face after all
      r.candidates.push_back(std::move(c));
    }
    if (r.data_incomplete) {
      r.outcome = Failed("some of this person's faces could not be read; not changed");
      r.candidates.clear();
    }
    g.people.push_back(std::move(r));
  }
  return g;
}

}  // namespace ifpo::organizer
