#include "tally.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace ifpo::bench {

namespace {

bool IsCandidate(const testserver::TsAsset& a) {
  return a.type == "IMAGE" && a.visibility == "timeline" && !a.is_trashed && !a.is_offline;
}

long CeilDiv(long a, long b) { return (a + b - 1) / b; }

}  // namespace

LibraryStats ComputeStats(const testserver::Library& lib) {
  LibraryStats s;
  s.people = static_cast<long>(lib.people.size());
  s.photos = static_cast<long>(lib.assets.size());
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < lib.people.size(); ++i) index[lib.people[i].id] = i;
  // As the server lists people: a named person needs one face on a
  // non-trashed timeline photo (unnamed ones are not processed by default).
  std::vector<int> qualifying(lib.people.size(), 0);
  std::vector<bool> has_candidate(lib.people.size(), false);
  for (const auto& a : lib.assets) {
    s.faces += static_cast<long>(a.faces.size());
    for (const auto& f : a.faces) {
      auto it = index.find(f.person_id);
      if (it == index.end()) continue;
      if (!a.is_trashed && a.visibility == "timeline") ++qualifying[it->second];
      if (IsCandidate(a)) has_candidate[it->second] = true;
    }
  }
  std::vector<bool> selected(lib.people.size(), false);
  for (size_t i = 0; i < lib.people.size(); ++i) {
    const auto& p = lib.people[i];
    selected[i] = !p.name.empty() && !p.is_hidden && qualifying[i] >= 1;
    if (selected[i]) ++s.selected;
    if (selected[i] && has_candidate[i]) ++s.settable;
  }
  for (const auto& a : lib.assets) {
    if (!IsCandidate(a)) continue;
    for (const auto& f : a.faces) {
      auto it = index.find(f.person_id);
      if (it != index.end() && selected[it->second]) {
        ++s.candidate_assets;
        break;
      }
    }
  }
  return s;
}

std::string EndpointOf(const testserver::RecordedRequest& r) {
  const std::string& p = r.path;
  auto starts = [&](const char* prefix) { return p.rfind(prefix, 0) == 0; };
  if (starts("/api/server/")) return "version";
  if (starts("/api/search/")) return "search";
  if (starts("/api/faces")) return "faces";
  if (starts("/api/people")) return r.method == "PUT" ? "put" : "people";
  if (starts("/api/assets/") && p.size() > 10 && p.compare(p.size() - 10, 10, "/thumbnail") == 0)
    return r.query.find("size=preview") != std::string::npos ? "preview" : "thumbnail";
  return "other";
}

Tally TallyRequests(const std::vector<testserver::RecordedRequest>& requests) {
  Tally t;
  std::set<std::string> seen_images;
  for (const auto& r : requests) {
    const std::string e = EndpointOf(r);
    ++t.requests[e];
    t.bytes[e] += static_cast<long>(r.response_bytes);
    ++t.total_requests;
    t.total_bytes += static_cast<long>(r.response_bytes);
    if (r.status == 0 || r.status >= 400) ++t.errors;
    if (e == "thumbnail" || e == "preview") {
      ++t.images;
      t.image_bytes += static_cast<long>(r.response_bytes);
      if (!seen_images.insert(r.path + "?" + e).second) ++t.duplicate_images;
    }
  }
  return t;
}

Floor RequestFloor(const LibraryStats& s, long face_lists, long puts, long images, int latency_ms, int concurrency) {
  Floor f;
  // Version and one more call (the "+ 2"), people and search pages.
  f.requests = CeilDiv(s.people, 1000) + CeilDiv(s.photos, 1000) + puts + 2 + images + face_lists;
  f.seconds = static_cast<double>(f.requests) * latency_ms / 1000.0 / std::max(concurrency, 1);
  return f;
}

}  // namespace ifpo::bench
