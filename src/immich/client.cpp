#include "immich/client.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/work_queue.h"
#include "immich/json.h"
#include "immich/search_page.h"

namespace ifpo::immich {

using nlohmann::json;

std::string ServerVersion::ToString() const {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

const char* ToString(Dialect d) {
  switch (d) {
    case Dialect::kV1_136:
      return "1.136-2.4";
    case Dialect::kV2_5:
      return "2.5-2.7";
    case Dialect::kV3:
      return "3.x";
  }
  return "?";
}

std::optional<Dialect> DialectFor(const ServerVersion& v) {
  if (v.major < 1 || (v.major == 1 && v.minor < 136)) return std::nullopt;
  if (v.major >= 3) return Dialect::kV3;
  if (v.major == 2 && v.minor >= 5) return Dialect::kV2_5;
  return Dialect::kV1_136;
}

std::string CauseOf(const std::string& message) {
  const size_t space = message.find(' ');
  const bool request = space != std::string::npos && space + 1 < message.size() && message[space + 1] == '/';
  const size_t colon = request ? message.find(": ", space) : std::string::npos;
  return colon == std::string::npos ? message : message.substr(colon + 2);
}

Result<std::string> NormalizeApiUrl(const std::string& url) {
  auto bad = [&](const std::string& why) {
    return MakeError(ErrorKind::kInvalidArgument,
                     "invalid Immich URL '" + url + "': " + why + " (expected e.g. https://immich.example.com)");
  };
  std::string u = url;
  while (!u.empty() && (u.back() == ' ' || u.back() == '\t')) u.pop_back();
  size_t scheme_end = u.find("://");
  if (scheme_end == std::string::npos) return bad("it has no http:// or https:// scheme");
  std::string scheme = u.substr(0, scheme_end);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != "http" && scheme != "https") return bad("the scheme must be http or https");
  std::string rest = u.substr(scheme_end + 3);
  if (rest.find_first_of("?#") != std::string::npos) return bad("it must not carry a query or fragment");
  for (char c : rest)
    if (static_cast<unsigned char>(c) <= ' ') return bad("it contains a space or control character");
  const size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  std::string path = slash == std::string::npos ? "" : rest.substr(slash);
  if (authority.find('@') != std::string::npos)
    return bad("credentials in the URL are not supported; pass the API key");
  if (authority.empty()) return bad("the host is missing");
  std::string host = authority;
  if (host.front() == '[') {
    const size_t close = host.find(']');
    if (close == std::string::npos) return bad("unterminated IPv6 address");
    if (close + 1 < host.size()) {
      if (host[close + 1] != ':') return bad("junk after the IPv6 address");
      const std::string port = host.substr(close + 2);
      if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
          std::stol(port) < 1 || std::stol(port) > 65535)
        return bad("the port '" + port + "' is not 1-65535");
    }
  } else if (const size_t colon = host.find(':'); colon != std::string::npos) {
    const std::string port = host.substr(colon + 1);
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
        std::stol(port) < 1 || std::stol(port) > 65535)
      return bad("the port '" + port + "' is not 1-65535");
    host = host.substr(0, colon);
    if (host.empty()) return bad("the host is missing");
  }
  while (!path.empty() && path.back() == '/') path.pop_back();
  if (path.size() < 4 || path.compare(path.size() - 4, 4, "/api") != 0) path += "/api";
  return scheme + "://" + authority + path;
}

std::string WebUrlOf(const std::string& api_url) {
  return api_url.size() >= 4 ? api_url.substr(0, api_url.size() - 4) : api_url;
}

Error ErrorFromResponse(const net::Response& r, const std::string& what) {
  if (r.status == 0 && r.failure == net::Failure::kInterrupted) {
    return MakeError(ErrorKind::kInterrupted, what + ": interrupted");
  }
  if (r.status == 0 && r.failure == net::Failure::kTls) {
    return MakeError(
        ErrorKind::kConnection,
        what + ": TLS failed (" + r.error + "). For a private CA pass --ca-cert FILE; --insecure skips the check.");
  }
  if (r.status == 0 && r.failure == net::Failure::kTooLarge) {
    return MakeError(ErrorKind::kProtocol, what + ": the answer is too large (" + r.error + ")");
  }
  if (r.status == 0) {
    return MakeError(ErrorKind::kConnection, what + ": could not reach Immich (" + r.error +
                                                 "). Check the URL and that the server is running.");
  }
  std::string msg = ErrorMessageOf(r.body);
  const bool html = r.content_type.find("html") != std::string::npos;
  if (msg.empty()) {
    msg = html ? "an HTML page, probably from a reverse proxy, not Immich's API" : "no Immich error message";
  }
  const std::string head = what + ": Immich answered " + std::to_string(r.status) + " (" + msg + ")";
  switch (r.status) {
    case 401:
      return MakeError(ErrorKind::kAuth,
                       head + ". The API key was rejected: create one in Immich under Account Settings > API Keys.",
                       r.status);
    case 403:
      return MakeError(ErrorKind::kPermission,
                       head +
                           ". Give the API key this permission. The minimal set is: person.read, person.update, "
                           "asset.read, asset.view, face.read (Immich 1.136 needs 'all').",
                       r.status);
    case 404:
      return MakeError(ErrorKind::kNotFound, head, r.status);
    case 400:
      if (msg.rfind("Not found or no", 0) == 0) return MakeError(ErrorKind::kNotFound, head, r.status);
      return MakeError(ErrorKind::kBadRequest, head, r.status);
    default:
      break;
  }
  if (r.status >= 500 || r.status == 429) {
    return MakeError(ErrorKind::kServer,
                     head + " after " + std::to_string(r.attempts > 0 ? r.attempts : 1) + " attempt(s)", r.status);
  }
  if (r.status >= 300 && r.status < 400) {
    return MakeError(ErrorKind::kProtocol, head + ": an unexpected redirect; check the URL", r.status);
  }
  return MakeError(ErrorKind::kProtocol, head, r.status);
}

Client::Client(net::Transport& transport, std::string api_url, std::string api_key)
    : transport_(transport), api_url_(std::move(api_url)), api_key_(std::move(api_key)) {}

net::Request Client::MakeRequest(const std::string& method, const std::string& path, const std::string& endpoint,
                                 std::string body) const {
  net::Request r;
  r.method = method;
  r.url = api_url_ + path;
  r.body = std::move(body);
  r.endpoint = endpoint;
  r.idempotent = method != "PUT";
  r.finishes_when_interrupted = method == "PUT";
  if (!api_key_.empty()) r.headers.emplace_back("x-api-key", api_key_);
  return r;
}

Result<std::string> Client::Call(const net::Request& request) {
  net::Response r = transport_.Perform(request);
  if (r.status < 200 || r.status >= 300)
    return ErrorFromResponse(r, request.method + " /api" + request.url.substr(api_url_.size()));
  return std::move(r.body);
}

namespace {

Result<json> ParseBody(const std::string& body, const std::string& what) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded()) {
    return MakeError(ErrorKind::kProtocol,
                     what + ": the answer is not valid JSON (truncated, or not Immich's API behind this URL)");
  }
  return j;
}

}  // namespace

Result<ServerVersion> Client::Version() {
  auto body = Call(MakeRequest("GET", "/server/version", "server/version"));
  if (!body) return body.error();
  auto j = ParseBody(*body, "GET /api/server/version");
  if (!j) return j.error();
  ServerVersion v;
  try {
    v.major = j->at("major").get<int>();
    v.minor = j->at("minor").get<int>();
    v.patch = j->value("patch", 0);
  } catch (const json::exception&) {
    return MakeError(ErrorKind::kProtocol,
                     "GET /api/server/version: no version numbers in the answer; is this Immich?");
  }
  return v;
}

Result<std::vector<Person>> Client::ListPeople(int page_size, bool with_hidden,
                                               const std::function<void(size_t, long)>& on_page) {
  std::vector<Person> people;
  std::set<std::string> seen;
  for (int page = 1; page < 1000000; ++page) {
    const std::string path = "/people?page=" + std::to_string(page) + "&size=" + std::to_string(page_size) +
                             "&withHidden=" + (with_hidden ? "true" : "false");
    auto body = Call(MakeRequest("GET", path, "people"));
    if (!body) return body.error();
    auto j = ParseBody(*body, "GET /api/people");
    if (!j) return j.error();
    auto list = j->find("people");
    if (list == j->end() || !list->is_array())
      return MakeError(ErrorKind::kProtocol, "GET /api/people: the answer has no 'people' list");
    for (const json& pj : *list) {
      auto p = ParsePerson(pj);
      if (!p) return p.error();
      if (seen.insert(p->id).second) people.push_back(std::move(p.value()));
    }
    if (on_page) {
      auto total = j->find("total");
      on_page(people.size(), total != j->end() && total->is_number_integer() ? total->get<long>() : -1L);
    }
    const bool more = j->value("hasNextPage", false);
    if (!more || list->empty()) break;
  }
  return people;
}

Result<Person> Client::GetPerson(const std::string& id) {
  auto body = Call(MakeRequest("GET", "/people/" + id, "people/{id}"));
  if (!body) return body.error();
  auto j = ParseBody(*body, "GET /api/people/" + id);
  if (!j) return j.error();
  return ParsePerson(*j);
}

namespace {

constexpr const char* kSearchWhat = "POST /api/search/metadata";

// StatisticsSearchDto has no `type` (1.136–3.2), so the count includes videos
// and may ask for a few empty pages at the end of a sweep.
json SearchFilter(const SearchQuery& q) {
  json filter = {{"visibility", "timeline"}};
  if (!q.person_ids.empty()) filter["personIds"] = q.person_ids;
  return filter;
}

json SearchBody(const SearchQuery& q, int page) {
  json body = SearchFilter(q);
  body["type"] = "IMAGE";
  body["withExif"] = true;
  body["size"] = q.page_size;
  body["order"] = "desc";
  body["page"] = page;
  if (q.with_people) body["withPeople"] = true;
  return body;
}

// Offset paging has no tie-breaker: assets can repeat across pages.
void DropSeen(std::vector<Asset>& assets, std::unordered_set<std::string>& seen) {
  std::erase_if(assets, [&](const Asset& a) { return !seen.insert(a.id).second; });
}

}  // namespace

Result<std::vector<Asset>> Client::SearchAssets(const SearchQuery& q, const std::function<void(size_t)>& on_page) {
  std::vector<Asset> assets;
  std::unordered_set<std::string> seen;
  for (int page = 1; page < 10000000; ++page) {
    auto text = Call(MakeRequest("POST", "/search/metadata", "search/metadata", SearchBody(q, page).dump()));
    if (!text) return text.error();
    auto parsed = ParseSearchPage(*text);
    if (!parsed) return parsed.error();
    DropSeen(parsed->assets, seen);
    for (Asset& a : parsed->assets) assets.push_back(std::move(a));
    if (on_page) on_page(assets.size());
    if (!parsed->has_next) break;
  }
  return assets;
}

Result<long> Client::CountAssets(const SearchQuery& q) {
  auto text = Call(MakeRequest("POST", "/search/statistics", "search/statistics", SearchFilter(q).dump()));
  if (!text) return text.error();
  json j = json::parse(*text, nullptr, false);
  if (j.is_object()) {
    if (auto t = j.find("total"); t != j.end() && t->is_number_integer() && t->get<long>() >= 0) return t->get<long>();
  }
  return MakeError(ErrorKind::kProtocol, "POST /api/search/statistics: the answer has no 'total' count");
}

Status Client::SweepAssets(const SearchQuery& q, const std::function<void(int page, std::vector<Asset>&&)>& on_page) {
  // With the number of matches known, every page is requested at once (the
  // transport bounds how many are in flight) and handed on as it arrives, so
  // a slow or retried page holds nothing else back. Without the count (older
  // key permissions, a proxy), pages go one at a time.
  int first_sequential = 1;
  if (auto total = CountAssets(q); total) {
    const long size = std::max(1, q.page_size);
    const int pages = static_cast<int>(std::max(1L, (*total + size - 1) / size));
    std::vector<net::Request> requests;
    requests.reserve(static_cast<size_t>(pages));
    for (int page = 1; page <= pages; ++page)
      requests.push_back(MakeRequest("POST", "/search/metadata", "search/metadata", SearchBody(q, page).dump()));
    // Pages are parsed on all cores while the transport receives the next
    // ones: parsing a 2 MB page costs as much CPU as receiving it, and on
    // one thread it held the next transfers back. on_page sees one page at a
    // time (under mu), in completion order.
    std::mutex mu;
    std::optional<Error> failed;
    bool last_has_next = false;
    {
      WorkQueue parsers(std::max(1u, std::thread::hardware_concurrency()), 2);  // ≤ 2 bodies waiting
      transport_.PerformMany(requests, [&](size_t i, net::Response r) {
        {
          std::lock_guard lock(mu);  // not held into Submit, which waits for room
          if (failed) return;
          if (r.status < 200 || r.status >= 300) {
            failed = ErrorFromResponse(r, kSearchWhat);
            return;
          }
        }
        parsers.Submit([&, i, body = std::move(r.body)]() mutable {
          auto parsed = ParseSearchPage(body);
          std::lock_guard lock(mu);
          if (failed) return;
          if (!parsed) {
            failed = parsed.error();
            return;
          }
          if (i + 1 == requests.size()) last_has_next = parsed->has_next;
          on_page(static_cast<int>(i) + 1, std::move(parsed->assets));
        });
      });
    }  // waits for the parsers
    if (failed) return *failed;
    // The library grew since it was counted: read on from the next page.
    if (!last_has_next) return Ok{};
    first_sequential = pages + 1;
  } else if (total.error().kind == ErrorKind::kInterrupted || total.error().kind == ErrorKind::kConnection ||
             total.error().kind == ErrorKind::kAuth) {
    return total.error();
  }
  for (int page = first_sequential; page < 10000000; ++page) {
    auto text = Call(MakeRequest("POST", "/search/metadata", "search/metadata", SearchBody(q, page).dump()));
    if (!text) return text.error();
    auto parsed = ParseSearchPage(*text);
    if (!parsed) return parsed.error();
    const bool more = parsed->has_next;
    on_page(page, std::move(parsed->assets));
    if (!more) break;
  }
  return Ok{};
}

std::vector<std::pair<std::string, Error>> Client::LoadFaces(std::vector<Asset*> assets,
                                                             const std::function<void()>& on_done) {
  std::vector<net::Request> requests;
  requests.reserve(assets.size());
  for (const Asset* a : assets) requests.push_back(MakeRequest("GET", "/faces?id=" + a->id, "faces"));
  std::vector<std::pair<std::string, Error>> failures;
  transport_.PerformMany(requests, [&](size_t i, const net::Response& r) {
    Asset& a = *assets[i];
    if (r.status < 200 || r.status >= 300) {
      failures.emplace_back(a.id, ErrorFromResponse(r, "GET /api/faces?id=" + a.id));
    } else {
      json j = json::parse(r.body, nullptr, false);
      auto faces = j.is_discarded() ? Result<std::vector<Face>>(MakeError(
                                          ErrorKind::kProtocol, "GET /api/faces?id=" + a.id + ": invalid JSON"))
                                    : ParseFaceList(j);
      if (!faces) {
        failures.emplace_back(a.id, faces.error());
      } else {
        a.faces = std::move(faces.value());
        a.faces_loaded = true;
      }
    }
    if (on_done) on_done();
  });
  return failures;
}

void Client::FetchImages(const std::vector<std::string>& asset_ids, const std::string& size, bool edited,
                         const std::function<void(const std::string&, Result<std::string>)>& on_image) {
  std::vector<net::Request> requests;
  requests.reserve(asset_ids.size());
  for (const std::string& id : asset_ids) {
    std::string path = "/assets/" + id + "/thumbnail?size=" + size;
    if (edited) path += "&edited=true";
    net::Request r = MakeRequest("GET", path, "assets/{id}/thumbnail");
    r.headers.emplace_back("Accept", "image/*");
    requests.push_back(std::move(r));
  }
  transport_.PerformMany(requests, [&](size_t i, net::Response r) {
    if (r.status < 200 || r.status >= 300) {
      on_image(asset_ids[i], ErrorFromResponse(r, "GET /api/assets/" + asset_ids[i] + "/thumbnail"));
    } else {
      on_image(asset_ids[i], std::move(r.body));
    }
  });
}

namespace {

// W/"f7c-1a23b53e24b" (Express, for a file: size and mtime in ms, in hex).
long long EtagMtimeMs(const std::string& etag) {
  const size_t open = etag.find('"');
  const size_t dash = etag.find('-', open == std::string::npos ? 0 : open);
  const size_t close = etag.rfind('"');
  if (open == std::string::npos || dash == std::string::npos || close == std::string::npos || close <= dash + 1)
    return -1;
  const std::string hex = etag.substr(dash + 1, close - dash - 1);
  if (hex.size() > 15 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return -1;
  return std::stoll(hex, nullptr, 16);
}

// "Thu, 03 Dec 2026 09:54:42 GMT" (IMF-fixdate) in ms; -1 otherwise.
long long HttpDateMs(const std::string& value) {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char month[4] = {};
  int day = 0, year = 0, h = 0, m = 0, s = 0;
  if (std::sscanf(value.c_str(), "%*3s, %d %3s %d %d:%d:%d GMT", &day, month, &year, &h, &m, &s) != 6) return -1;
  unsigned mon = 0;
  for (unsigned i = 0; i < 12; ++i)
    if (std::string(month) == kMonths[i]) mon = i + 1;
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{mon},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (mon == 0 || !date.ok()) return -1;
  const auto t =
      std::chrono::sys_days{date} + std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{s};
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

}  // namespace

void Client::FetchPersonThumbnails(const std::vector<std::string>& person_ids,
                                   const std::function<void(const std::string&, Result<PersonThumbnail>)>& on_image) {
  std::vector<net::Request> requests;
  requests.reserve(person_ids.size());
  for (const std::string& id : person_ids) {
    net::Request r = MakeRequest("GET", "/people/" + id + "/thumbnail", "people/{id}/thumbnail");
    r.headers.emplace_back("Accept", "image/*");
    requests.push_back(std::move(r));
  }
  transport_.PerformMany(requests, [&](size_t i, net::Response r) {
    if (r.status < 200 || r.status >= 300) {
      on_image(person_ids[i], ErrorFromResponse(r, "GET /api/people/" + person_ids[i] + "/thumbnail"));
      return;
    }
    PersonThumbnail t;
    t.bytes = std::move(r.body);
    t.modified_ms = EtagMtimeMs(r.etag);
    if (t.modified_ms < 0) t.modified_ms = HttpDateMs(r.last_modified);
    on_image(person_ids[i], std::move(t));
  });
}

Result<Person> Client::SetFeaturePhoto(const std::string& person_id, const std::string& asset_id) {
  return SetFeaturePhotos({{person_id, asset_id}}).front();
}

std::vector<Result<Person>> Client::SetFeaturePhotos(const std::vector<std::pair<std::string, std::string>>& changes) {
  std::vector<net::Request> requests;
  requests.reserve(changes.size());
  for (const auto& [person_id, asset_id] : changes) {
    const json body = {{"featureFaceAssetId", asset_id}};
    requests.push_back(MakeRequest("PUT", "/people/" + person_id, "people/{id} PUT", body.dump()));
  }
  std::vector<Result<Person>> results(changes.size(), Result<Person>(MakeError(ErrorKind::kProtocol, "not sent")));
  transport_.PerformMany(requests, [&](size_t i, const net::Response& r) {
    const std::string what = "PUT /api/people/" + changes[i].first;
    if (r.status < 200 || r.status >= 300) {
      results[i] = ErrorFromResponse(r, what);
      return;
    }
    auto j = ParseBody(r.body, what);
    results[i] = j ? ParsePerson(*j) : Result<Person>(j.error());
  });
  return results;
}

}  // namespace ifpo::immich
