// POST /api/search/metadata (immich-api.md §4.1–4.3), POST /api/search/statistics.
#include <algorithm>
#include <shared_mutex>

#include "auth.h"
#include "http_util.h"
#include "json_map.h"
#include "routes.h"

namespace ifpo::testserver {
namespace {

struct Query {
  std::vector<std::string> person_ids;
  std::string visibility = "timeline";
  std::optional<std::string> type;
  bool with_exif = false, with_people = false, with_deleted = false;
  std::optional<bool> is_offline, is_favorite;
  long size = 250, page = 1;
  bool ascending = false;
  std::string taken_after, taken_before;  // on fileCreatedAt, ISO strings
};

const std::vector<std::string> kBoolFields = {"isEncoded", "isFavorite",  "isMotion", "isNotInAlbum", "isOffline",
                                              "isVisible", "withDeleted", "withExif", "withPeople",   "withStacked"};

// Reads and validates the body; false when errors were found.
bool ReadQuery(const nlohmann::json& body, const Messages& m, Query* q, std::vector<std::string>& errors) {
  for (const std::string& k : kBoolFields) {
    auto v = BodyBool(body, k, m, errors);
    if (!v) continue;
    if (k == "withExif") q->with_exif = *v;
    if (k == "withPeople") q->with_people = *v;
    if (k == "withDeleted") q->with_deleted = *v;
    if (k == "isOffline") q->is_offline = *v;
    if (k == "isFavorite") q->is_favorite = *v;
  }
  if (auto it = body.find("personIds"); it != body.end() && !it->is_null()) {
    if (!it->is_array()) {
      errors.push_back(m.NotArray("personIds", JsonTypeName(*it)));
    } else {
      for (size_t i = 0; i < it->size(); ++i) {
        const auto& v = (*it)[i];
        if (!v.is_string() || !IsUuid(v.get<std::string>())) {
          errors.push_back(m.EachNotUuid("personIds", i));
          break;
        }
        q->person_ids.push_back(v.get<std::string>());
      }
    }
  }
  if (auto v = BodyEnum(body, "visibility", {"archive", "timeline", "hidden", "locked"}, m, errors)) q->visibility = *v;
  q->type = BodyEnum(body, "type", {"IMAGE", "VIDEO", "AUDIO", "OTHER"}, m, errors);
  if (auto v = BodyEnum(body, "order", {"asc", "desc"}, m, errors)) q->ascending = *v == "asc";
  if (auto v = BodyInt(body, "size", 250, 1, 1000, m, errors)) q->size = *v;
  if (auto v = BodyInt(body, "page", 1, 1, 1L << 30, m, errors)) q->page = *v;
  for (const char* k : {"takenAfter", "takenBefore"}) {
    auto it = body.find(k);
    if (it == body.end() || it->is_null()) continue;
    if (!it->is_string()) {
      errors.push_back(m.NotString(k, JsonTypeName(*it)));
      continue;
    }
    (std::string(k) == "takenAfter" ? q->taken_after : q->taken_before) = it->get<std::string>();
  }
  std::sort(errors.begin(), errors.end());
  return errors.empty();
}

// Timestamps compare as text once normalised to "YYYY-MM-DDTHH:MM:SS".
std::string Key(const std::string& iso) { return iso.substr(0, 19); }

bool Matches(const State& st, const TsAsset& a, const Query& q) {
  if (a.visibility != q.visibility) return false;
  if (a.is_trashed && !q.with_deleted) return false;
  if (q.is_offline && a.is_offline != *q.is_offline) return false;
  if (q.is_favorite && a.is_favorite != *q.is_favorite) return false;
  if (q.type && a.type != *q.type) return false;
  if (!q.taken_after.empty() && Key(a.file_created_at) < Key(q.taken_after)) return false;
  if (!q.taken_before.empty() && Key(a.file_created_at) > Key(q.taken_before)) return false;
  for (const std::string& pid : q.person_ids) {  // AND: a face of every person
    bool found = false;
    for (const TsFace& f : a.faces) found = found || f.person_id == pid;
    if (!found) return false;
  }
  (void)st;
  return true;
}

// The indices of q's matches (page and size aside) in answer order:
// fileCreatedAt descending, or ascending with order=asc.
std::vector<uint32_t> FindMatches(const State& st, const Query& q) {
  // With personIds, walk only the assets of the person with the fewest.
  std::vector<uint32_t> candidates;
  const std::vector<uint32_t>* order = &st.by_created_desc;
  if (!q.person_ids.empty()) {
    const std::vector<uint32_t>* smallest = nullptr;
    for (const std::string& pid : q.person_ids) {
      auto it = st.person_index.find(pid);
      if (it == st.person_index.end()) return {};  // an unknown person matches nothing
      const auto& list = st.person_assets[it->second];
      if (smallest == nullptr || list.size() < smallest->size()) smallest = &list;
    }
    candidates = *smallest;
    std::stable_sort(candidates.begin(), candidates.end(), [&](uint32_t x, uint32_t y) {
      return st.lib.assets[x].file_created_at > st.lib.assets[y].file_created_at;
    });
    order = &candidates;
  }
  std::vector<uint32_t> matches;
  for (size_t k = 0; k < order->size(); ++k) {
    const uint32_t i = (*order)[q.ascending ? order->size() - 1 - k : k];
    if (Matches(st, st.lib.assets[i], q)) matches.push_back(i);
  }
  return matches;
}

// FindMatches, computed once per query shape: paging through a large library
// re-walked it for every page. Assets never change while serving.
std::shared_ptr<const std::vector<uint32_t>> MatchList(const State& st, const Query& q) {
  std::string key = q.visibility + '|' + q.type.value_or("*") + '|' + (q.with_deleted ? "d" : "") +
                    (q.is_offline ? (*q.is_offline ? "o1" : "o0") : "") +
                    (q.is_favorite ? (*q.is_favorite ? "f1" : "f0") : "") + (q.ascending ? "a" : "") + '|' +
                    q.taken_after + '|' + q.taken_before;
  for (const std::string& pid : q.person_ids) key += '|' + pid;
  std::lock_guard lock(st.match_mu);
  auto& slot = st.match_lists[key];
  if (!slot) slot = std::make_shared<const std::vector<uint32_t>>(FindMatches(st, q));
  return slot;
}

// Reads the body into q; false when an error answer was sent.
bool ReadSearch(State& st, const httplib::Request& req, httplib::Response& res, Query* q) {
  nlohmann::json body;
  if (!ParseBody(st, req, res, &body)) return false;
  std::vector<std::string> errors;
  if (!ReadQuery(body, Messages{st.Zod()}, q, errors)) {
    SendValidation(st, res, errors);
    return false;
  }
  if (q->visibility == "locked") {
    SendError(st, res, 401, "Elevated permission is required");
    return false;
  }
  if (q->is_offline.value_or(false)) q->with_deleted = true;  // as the server forces it
  return true;
}

void SearchMetadata(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kAssetRead)) return;
  Query q;
  if (!ReadSearch(st, req, res, &q)) return;
  bool with_faces = q.with_people || (st.dialect == Dialect::kV1_136 && !q.person_ids.empty());
  const size_t skip = static_cast<size_t>((q.page - 1) * q.size);
  const size_t want = static_cast<size_t>(q.size);
  std::shared_lock lock(st.people_mu);
  const auto matches = MatchList(st, q);
  const size_t begin = std::min(skip, matches->size());
  const size_t count = std::min(want, matches->size() - begin);
  const bool more = begin + count < matches->size();
  Json albums;
  albums["total"] = 0;
  albums["count"] = 0;
  albums["items"] = Json::array();
  albums["facets"] = Json::array();
  Json assets;
  assets["total"] = count;  // the page's count, as Immich reports it
  assets["count"] = count;
  assets["items"] = Json::array();  // spliced in below
  assets["facets"] = Json::array();
  assets["nextPage"] = more ? Json(std::to_string(q.page + 1)) : Json(nullptr);
  if (st.ver.AtLeast(3, 2)) assets["nextCursor"] = nullptr;
  Json out;
  out["albums"] = std::move(albums);
  out["assets"] = std::move(assets);
  const std::string frame = out.dump();
  const size_t at = frame.find("\"items\":[]", frame.find("\"assets\":")) + 9;
  // Built in one buffer of the right size: a page is megabytes, and growing
  // it by doubling (then inserting the items) cost more than the items.
  std::string body;
  body.reserve(frame.size() + count * st.items.AverageSize());
  body.append(frame, 0, at);
  for (size_t k = 0; k < count; ++k) {
    if (k > 0) body += ',';
    st.items.Append(st, (*matches)[begin + k], q.with_exif, with_faces, body);
  }
  body.append(frame, at);
  res.status = 200;
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

// POST /api/search/statistics: the real number of matches.
void SearchStatistics(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kAssetStatistics)) return;
  Query q;
  if (!ReadSearch(st, req, res, &q)) return;
  q.type.reset();  // StatisticsSearchDto has no `type`: the server strips it and counts every type
  std::shared_lock lock(st.people_mu);
  SendJson(res, Json{{"total", static_cast<long>(MatchList(st, q)->size())}});
}

}  // namespace

void RegisterSearchRoutes(httplib::Server& svr, State& st) {
  svr.Post("/api/search/metadata",
           [&st](const httplib::Request& req, httplib::Response& res) { SearchMetadata(st, req, res); });
  svr.Post("/api/search/statistics",
           [&st](const httplib::Request& req, httplib::Response& res) { SearchStatistics(st, req, res); });
}

}  // namespace ifpo::testserver
