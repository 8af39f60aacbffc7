// GET /api/people, GET/PUT /api/people/{id}, GET /api/people/{id}/{thumbnail,statistics},
// PUT /api/people (bulk), GET /api/search/person.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <shared_mutex>

#include "auth.h"
#include "http_util.h"
#include "images.h"
#include "json_map.h"
#include "routes.h"

namespace ifpo::testserver {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Listed by GET /api/people: a face on a non-trashed timeline asset, and
// unnamed people need min_faces of them (immich-api.md §3.1).
bool Listed(const State& st, size_t i) {
  int n = st.qualifying_faces[i];
  if (n < 1) return false;
  return !st.lib.people[i].name.empty() || n >= st.opts.min_faces;
}

// Immich's order: visible, favourites, named, face count desc, name.
bool PeopleOrder(const State& st, size_t a, size_t b) {
  const TsPerson& x = st.lib.people[a];
  const TsPerson& y = st.lib.people[b];
  if (x.is_hidden != y.is_hidden) return !x.is_hidden;
  if (x.is_favorite != y.is_favorite) return x.is_favorite;
  if (x.name.empty() != y.name.empty()) return !x.name.empty();
  if (st.qualifying_faces[a] != st.qualifying_faces[b]) return st.qualifying_faces[a] > st.qualifying_faces[b];
  if (x.name != y.name) return x.name < y.name;
  return a < b;
}

bool ValidDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// Field checks of PersonUpdateDto; messages appended to errors.
void ValidateUpdate(const nlohmann::json& item, const Messages& m, std::vector<std::string>& errors) {
  if (auto it = item.find("featureFaceAssetId"); it != item.end() && !it->is_null()) {
    if (!it->is_string() || !IsUuid(it->get<std::string>())) errors.push_back(m.NotUuid("featureFaceAssetId"));
  }
  if (auto it = item.find("name"); it != item.end() && !it->is_null() && !it->is_string())
    errors.push_back(m.NotString("name", JsonTypeName(*it)));
  if (auto it = item.find("color"); it != item.end() && !it->is_null() && !it->is_string())
    errors.push_back(m.NotString("color", JsonTypeName(*it)));
  if (auto it = item.find("birthDate"); it != item.end() && !it->is_null()) {
    if (!it->is_string() || !ValidDate(it->get<std::string>()))
      errors.push_back(m.zod ? "[birthDate] Invalid ISO date" : "birthDate must be a Date instance");
  }
  BodyBool(item, "isHidden", m, errors);
  BodyBool(item, "isFavorite", m, errors);
}

struct Outcome {
  int status = 200;
  std::string message;
};

// PersonService.update(): access, feature-face lookup, then the change.
// Caller holds people_mu exclusively and has validated the fields.
Outcome ApplyUpdate(State& st, const std::string& id, const nlohmann::json& item, bool bulk) {
  TsPerson* p = st.MutablePerson(id);
  if (p == nullptr) return {400, "Not found or no person.update access"};
  std::string asset_id;
  if (auto it = item.find("featureFaceAssetId"); it != item.end() && it->is_string()) {
    asset_id = it->get<std::string>();
    const TsAsset* a = st.Asset(asset_id);
    if (a == nullptr || a->visibility == "locked") return {400, "Not found or no asset.read access"};
    bool has_face = std::any_of(a->faces.begin(), a->faces.end(), [&](const TsFace& f) { return f.person_id == id; });
    if (st.ver.AtLeast(2, 6)) {
      if (!has_face || a->is_offline) return {400, "Invalid assetId for feature face or asset is offline"};
    } else {
      if (!has_face) return {400, "Invalid assetId for feature face"};
      if (a->is_offline && st.ver.AtLeast(1, 140)) return {400, "An offline asset cannot be used for feature face"};
    }
  }
  std::vector<std::string> ignored;
  Messages lenient;  // fields were validated; read them leniently
  if (auto it = item.find("name"); it != item.end() && it->is_string()) p->name = it->get<std::string>();
  if (auto it = item.find("birthDate"); it != item.end()) {
    if (it->is_null()) p->birth_date.reset();
    if (it->is_string()) p->birth_date = it->get<std::string>();
  }
  if (auto v = BodyBool(item, "isHidden", lenient, ignored)) p->is_hidden = *v;
  if (auto v = BodyBool(item, "isFavorite", lenient, ignored)) p->is_favorite = *v;
  // The bulk path drops color (immich-api.md §7.2).
  if (auto it = item.find("color"); !bulk && it != item.end() && it->is_string()) p->color = it->get<std::string>();
  p->updated_at = st.NowTimestamp();
  st.items.PersonChanged(static_cast<size_t>(p - st.lib.people.data()));
  if (!asset_id.empty()) {
    p->feature_asset_id = asset_id;
    // Immich queues the person-thumbnail job, which bumps updatedAt again.
    const int delay = std::max(0, st.opts.person_thumbnail_delay_ms);
    st.thumbnail_jobs.push_back({id, std::chrono::steady_clock::now() + std::chrono::milliseconds(delay)});
    st.queued_jobs = static_cast<int>(st.thumbnail_jobs.size());
    std::lock_guard<std::mutex> lock(st.log_mu);
    st.updates.push_back({id, asset_id, bulk});
  }
  return {};
}

void GetPeople(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kPersonRead)) return;
  st.RunDueThumbnailJobs();
  Messages m{st.Zod()};
  std::vector<std::string> errors;
  auto page = QueryInt(req, "page", 1, 1, 1L << 30, m, errors);
  auto size = QueryInt(req, "size", 500, 1, 1000, m, errors);
  auto with_hidden = QueryBool(req, "withHidden", false, m, errors);
  if (!errors.empty()) return SendValidation(st, res, errors);

  std::shared_lock lock(st.people_mu);
  long total = 0, hidden = 0;
  std::vector<size_t> listed;
  for (size_t i = 0; i < st.lib.people.size(); ++i) {
    if (st.qualifying_faces[i] < 1) continue;
    ++total;
    if (st.lib.people[i].is_hidden) ++hidden;
    if (!Listed(st, i) || (st.lib.people[i].is_hidden && !*with_hidden)) continue;
    listed.push_back(i);
  }
  std::sort(listed.begin(), listed.end(), [&](size_t a, size_t b) { return PeopleOrder(st, a, b); });
  size_t from = static_cast<size_t>((*page - 1) * *size);
  size_t to = std::min(listed.size(), from + static_cast<size_t>(*size));
  Json people = Json::array();
  for (size_t k = from; k < to; ++k) people.push_back(PersonJson(st, st.lib.people[listed[k]]));
  Json j;
  j["people"] = std::move(people);
  j["hasNextPage"] = to < listed.size();
  j["total"] = total;
  j["hidden"] = hidden;
  SendJson(res, j);
}

// Shared by the routes taking a person id in the path: validates it.
bool CheckPathId(State& st, const std::string& id, httplib::Response& res) {
  if (IsUuid(id)) return true;
  SendValidation(st, res, {Messages{st.Zod()}.NotUuid("id")});
  return false;
}

void GetPerson(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kPersonRead)) return;
  st.RunDueThumbnailJobs();
  std::string id = req.matches[1];
  if (!CheckPathId(st, id, res)) return;
  std::shared_lock lock(st.people_mu);
  const TsPerson* p = st.Person(id);
  if (p == nullptr) return SendError(st, res, 400, "Not found or no person.read access");
  SendJson(res, PersonJson(st, *p));
}

void GetPersonThumbnail(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kPersonRead)) return;
  st.RunDueThumbnailJobs();
  std::string id = req.matches[1];
  if (!CheckPathId(st, id, res)) return;
  std::string feature;
  int64_t written_ms = 1704067200000;  // 2024-01-01, before the server started
  {
    std::shared_lock lock(st.people_mu);
    const TsPerson* p = st.Person(id);
    if (p == nullptr) return SendError(st, res, 400, "Not found or no person.read access");
    // What the last thumbnail job rendered, not the feature face set since.
    auto it = st.thumbnail_asset.find(id);
    feature = it != st.thumbnail_asset.end() ? it->second : "";
    if (auto w = st.thumbnail_written_ms.find(id); w != st.thumbnail_written_ms.end()) written_ms = w->second;
  }
  // The crop comes from the feature face, else the person's first face.
  const TsAsset* asset = st.Asset(feature);
  if (asset == nullptr) {
    const auto& list = st.person_assets[st.person_index.at(id)];
    if (!list.empty()) asset = &st.lib.assets[list.front()];
  }
  const TsFace* face = nullptr;
  if (asset != nullptr)
    for (const TsFace& f : asset->faces)
      if (f.person_id == id && face == nullptr) face = &f;
  if (face == nullptr) return SendError(st, res, 404, "Not Found");
  int preview = st.opts.preview_size;
  auto bytes = st.images.Get("person:" + id + ":" + asset->id,
                             [&] { return RenderPersonThumbnailJpeg(*asset, *face, preview); });
  res.set_header("Cache-Control", "private, no-cache, no-transform");
  // Express's static-file headers: the file's size and mtime.
  char etag[64];
  std::snprintf(etag, sizeof etag, "W/\"%zx-%llx\"", bytes->size(), static_cast<unsigned long long>(written_ms));
  res.set_header("ETag", etag);
  const std::time_t secs = static_cast<std::time_t>(written_ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char date[64];
  std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  res.set_header("Last-Modified", date);
  res.set_content(*bytes, "image/jpeg");
}

// Distinct live timeline assets with a face of the person.
void GetPersonStatistics(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kPersonStatistics)) return;
  std::string id = req.matches[1];
  if (!CheckPathId(st, id, res)) return;
  auto it = st.person_index.find(id);
  if (it == st.person_index.end()) return SendError(st, res, 400, "Not found or no person.read access");
  long n = 0;
  for (uint32_t idx : st.person_assets[it->second]) {
    const TsAsset& a = st.lib.assets[idx];
    n += !a.is_trashed && a.visibility == "timeline";
  }
  SendJson(res, Json{{"assets", n}});
}

void PutPerson(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kPersonUpdate)) return;
  st.RunDueThumbnailJobs();
  std::string id = req.matches[1];
  if (!CheckPathId(st, id, res)) return;
  nlohmann::json body;
  if (!ParseBody(st, req, res, &body)) return;
  std::vector<std::string> errors;
  ValidateUpdate(body, Messages{st.Zod()}, errors);
  if (!errors.empty()) return SendValidation(st, res, errors);
  std::unique_lock lock(st.people_mu);
  Outcome o = ApplyUpdate(st, id, body, /*bulk=*/false);
  if (o.status != 200) return SendError(st, res, o.status, o.message);
  SendJson(res, PersonJson(st, *st.Person(id)));
}

void PutPeople(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kPersonUpdate)) return;
  st.RunDueThumbnailJobs();
  nlohmann::json body;
  if (!ParseBody(st, req, res, &body)) return;
  Messages m{st.Zod()};
  auto it = body.find("people");
  if (it == body.end() || !it->is_array())
    return SendValidation(st, res, {m.NotArray("people", it == body.end() ? "undefined" : JsonTypeName(*it))});
  std::vector<std::string> errors;
  for (size_t k = 0; k < it->size(); ++k) {
    const nlohmann::json& item = (*it)[k];
    if (!item.is_object() || !item.contains("id") || !item["id"].is_string() || item["id"].get<std::string>().empty())
      errors.push_back(m.zod ? "[people." + std::to_string(k) + ".id] Invalid input: expected string"
                             : "people." + std::to_string(k) + ".id should not be empty");
    else
      ValidateUpdate(item, m, errors);
  }
  if (!errors.empty()) return SendValidation(st, res, errors);
  Json out = Json::array();
  std::unique_lock lock(st.people_mu);
  for (const nlohmann::json& item : *it) {
    std::string id = item["id"].get<std::string>();
    Outcome o = ApplyUpdate(st, id, item, /*bulk=*/true);
    Json r;
    r["id"] = id;
    r["success"] = o.status == 200;
    if (o.status != 200) r["error"] = "unknown";  // whatever the cause (§7.2)
    out.push_back(std::move(r));
  }
  SendJson(res, out);
}

void SearchPerson(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kSearchPerson)) return;
  st.RunDueThumbnailJobs();
  Messages m{st.Zod()};
  std::vector<std::string> errors;
  std::string name = req.has_param("name") ? req.get_param_value("name") : "";
  if (name.empty()) errors.push_back(m.Empty("name"));
  auto with_hidden = QueryBool(req, "withHidden", false, m, errors);
  if (!errors.empty()) return SendValidation(st, res, errors);
  // Prefix match on the whole name or any word after a space (≤2.6 SQL LIKE);
  // the later trigram matching is not modelled.
  std::string q = Lower(name);
  size_t limit = st.ver.AtLeast(2, 7) ? 100 : 1000;
  std::shared_lock lock(st.people_mu);
  Json out = Json::array();
  for (const TsPerson& p : st.lib.people) {
    if (out.size() >= limit) break;
    if (p.is_hidden && !*with_hidden) continue;
    std::string n = Lower(p.name);
    if (n.compare(0, q.size(), q) == 0 || n.find(" " + q) != std::string::npos) out.push_back(PersonJson(st, p));
  }
  SendJson(res, out);
}

}  // namespace

void RegisterPeopleRoutes(httplib::Server& svr, State& st) {
  using R = const httplib::Request&;
  using W = httplib::Response&;
  svr.Get("/api/people", [&st](R req, W res) { GetPeople(st, req, res); });
  svr.Put("/api/people", [&st](R req, W res) { PutPeople(st, req, res); });
  svr.Get(R"(/api/people/([^/]+))", [&st](R req, W res) { GetPerson(st, req, res); });
  svr.Put(R"(/api/people/([^/]+))", [&st](R req, W res) { PutPerson(st, req, res); });
  svr.Get(R"(/api/people/([^/]+)/statistics)", [&st](R req, W res) { GetPersonStatistics(st, req, res); });
  svr.Get(R"(/api/people/([^/]+)/thumbnail)", [&st](R req, W res) { GetPersonThumbnail(st, req, res); });
  svr.Get("/api/search/person", [&st](R req, W res) { SearchPerson(st, req, res); });
}

}  // namespace ifpo::testserver
