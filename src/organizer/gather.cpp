// Stage 2: gather each person's candidate photos and faces, with as few
// requests as the server version allows (README "Performance").
#include <map>
#include <set>

#include "organizer/pipeline.h"

namespace ifpo::organizer {

namespace {

// Up to this many people, one search per person is cheaper than sweeping the
// whole library; above it, one sweep serves everybody.
constexpr size_t kPerPersonSearchLimit = 10;

bool IsFatal(const Error& e) {
  return e.kind == ErrorKind::kAuth || e.kind == ErrorKind::kPermission || e.kind == ErrorKind::kConnection ||
         e.kind == ErrorKind::kInterrupted;
}

std::string Label(const Person& p) { return p.name.empty() ? p.id : p.name; }

}  // namespace

Result<Gathered> GatherCandidates(Context& ctx, std::vector<Person> people) {
  const cli::Options& o = ctx.settings.options;
  Gathered g;
  std::map<std::string, Asset*> by_id;
  // person id → asset ids in server order (newest first)
  std::map<std::string, std::vector<std::string>> assets_of;
  std::set<std::string> failed_people;
  std::map<std::string, std::string> failure_note;

  auto keep = [&](std::vector<Asset> found) -> std::vector<std::string> {
    std::vector<std::string> ids;
    for (Asset& a : found) {
      ids.push_back(a.id);
      if (by_id.count(a.id)) continue;
      g.assets.push_back(std::make_unique<Asset>(std::move(a)));
      by_id[g.assets.back()->id] = g.assets.back().get();
    }
    return ids;
  };

  immich::SearchQuery q;
  q.page_size = o.chunk_size;
  q.with_people = true;
  const bool sweep = people.size() > kPerPersonSearchLimit;
  if (sweep) {
    ctx.log->Info("sweeping the library for faces", {{"people", std::to_string(people.size())}});
    ctx.progress->Begin("photos", 0);
    auto found = ctx.client->SearchAssets(q, [&](size_t n) { ctx.progress->Set(static_cast<long>(n)); });
    ctx.progress->Finish();
    if (!found) return found.error();
    // The sweep saw every photo: forget measurements of deleted ones.
    std::vector<std::string> alive;
    alive.reserve(found->size());
    for (const Asset& a : *found) alive.push_back(a.id);
    if (Status s = ctx.store->ForgetAssetsExcept(alive); !s)
      ctx.log->Warn("could not clean the cache", {{"error", s.error().message}});
    std::set<std::string> wanted;
    for (const Person& p : people) wanted.insert(p.id);
    std::vector<Asset> relevant;
    for (Asset& a : *found) {
      std::set<std::string> on_asset(a.person_ids.begin(), a.person_ids.end());
      for (const Face& f : a.faces) on_asset.insert(f.person_id);
      bool any = false;
      for (const std::string& pid : on_asset) {
        if (wanted.count(pid)) {
          assets_of[pid].push_back(a.id);
          any = true;
        }
      }
      if (any) relevant.push_back(std::move(a));
    }
    keep(std::move(relevant));
  } else {
    ctx.progress->Begin("people", static_cast<long>(people.size()));
    for (const Person& p : people) {
      if (ctx.Interrupted()) return MakeError(ErrorKind::kInterrupted, "interrupted");
      q.person_ids = {p.id};
      auto found = ctx.client->SearchAssets(q);
      ctx.progress->Advance();
      if (!found) {
        if (IsFatal(found.error())) return found.error();
        failed_people.insert(p.id);
        failure_note[p.id] = found.error().message;
        ctx.log->Warn("could not read this person's photos", {{"person", Label(p)}, {"error", found.error().message}});
        continue;
      }
      assets_of[p.id] = keep(std::move(found.value()));
    }
    ctx.progress->Finish();
  }

  // 3.x sends no faces with assets: one GET /faces per distinct candidate,
  // shared by every person on it. Random mode needs no faces at all.
  if (!o.random_mode) {
    std::vector<Asset*> need;
    for (auto& a : g.assets)
      if (!a->faces_loaded && IsCandidateAsset(*a)) need.push_back(a.get());
    if (!need.empty()) {
      ctx.log->Info("reading faces", {{"assets", std::to_string(need.size())}});
      ctx.progress->Begin("faces", static_cast<long>(need.size()));
      auto failures = ctx.client->LoadFaces(need, [&] { ctx.progress->Advance(); });
      ctx.progress->Finish();
      for (const auto& [asset_id, err] : failures) {
        if (IsFatal(err)) return err;
        ctx.log->Warn("could not read the faces of a photo", {{"asset", asset_id}, {"error", err.message}});
      }
    }
  }

  for (Person& p : people) {
    PersonResult r;
    r.person = std::move(p);
    if (failed_people.count(r.person.id)) {
      r.action = Action::kFailed;
      r.data_incomplete = true;
      r.note = failure_note[r.person.id];
      g.people.push_back(std::move(r));
      continue;
    }
    for (const std::string& id : assets_of[r.person.id]) {
      const Asset* a = by_id[id];
      if (!a || !IsCandidateAsset(*a)) continue;
      if (!o.random_mode && !a->faces_loaded) {
        // Never choose from partial data: this person's faces are incomplete.
        r.data_incomplete = true;
        continue;
      }
      Candidate c;
      c.asset = a;
      c.face = FirstFaceOf(*a, r.person.id);
      if (!o.random_mode && !c.face && a->faces_loaded) continue;  // not this person's face after all
      r.candidates.push_back(c);
    }
    if (r.data_incomplete) {
      r.action = Action::kFailed;
      r.note = "some of this person's faces could not be read; not changed";
      r.candidates.clear();
    }
    g.people.push_back(std::move(r));
  }
  return g;
}

}  // namespace ifpo::organizer
