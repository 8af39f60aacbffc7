// Typed Immich API client. The only place that knows Immich's JSON and how
// the API differs between versions (dialects).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/result.h"
#include "net/transport.h"

namespace ifpo::immich {

struct ServerVersion {
  int major = 0, minor = 0, patch = 0;
  std::string ToString() const;
};

// How the API behaves, by server version (immich-api.md §4.3, §9).
enum class Dialect {
  kV1_136,  // 1.136–2.4: faces in search results with withPeople or personIds
  kV2_5,    // 2.5–2.7: faces in search results only with withPeople
  kV3,      // 3.0+: no faces in asset responses; GET /faces per asset
};
const char* ToString(Dialect d);
// nullopt: older than 1.136 (unsupported).
std::optional<Dialect> DialectFor(const ServerVersion& v);

struct SearchQuery {
  std::vector<std::string> person_ids;  // AND semantics; empty = all assets
  int page_size = 1000;                 // 1..1000
  bool with_people = true;              // ask for faces (ignored by 3.x)
};

// "https://host/immich/" or ".../api" → "https://host/immich/api"; the
// server's web address (for /photos/<id> links) is the part before /api.
// Returns an error naming the value for anything but http(s)://host[:port][/path].
Result<std::string> NormalizeApiUrl(const std::string& url);
std::string WebUrlOf(const std::string& api_url);
// A request's error without the request ("GET /api/assets/<id>/thumbnail:
// Immich answered 403 (...)" -> "Immich answered 403 (...)"): the cause, the
// same for every photo or person, for one summary line per cause.
std::string CauseOf(const std::string& message);

// What the organizer asks of Immich: the port its stages talk to. Client
// speaks HTTP to a real server; tests put an in-memory library behind it
// (tests/unit/organizer/fake_immich.h).
class Api {
 public:
  virtual ~Api() = default;
  virtual Dialect dialect() const = 0;

  virtual Result<ServerVersion> Version() = 0;
  // Every person, paged on hasNextPage. with_hidden: include hidden people.
  // on_page(listed so far, the server's total or -1) after each page (progress).
  virtual Result<std::vector<Person>> ListPeople(int page_size, bool with_hidden,
                                                 const std::function<void(size_t listed, long total)>& on_page) = 0;
  Result<std::vector<Person>> ListPeople(int page_size, bool with_hidden) {
    return ListPeople(page_size, with_hidden, {});
  }
  virtual Result<Person> GetPerson(const std::string& id) = 0;
  // Timeline images matching the query, all pages, de-duplicated by id, in
  // server order.
  virtual Result<std::vector<Asset>> SearchAssets(const SearchQuery& q) = 0;
  // The same matches, handed to on_page a page at a time (1-based page
  // number, the page's assets in server order), so a library sweep never
  // holds the whole library. Pages may arrive in any order, and offset
  // paging may repeat an asset on two pages: de-duplicate in page order.
  virtual Status SweepAssets(const SearchQuery& q,
                             const std::function<void(int page, std::vector<Asset>&& assets)>& on_page) = 0;
  // GET /faces?id= for many assets at once. Fills faces and sets
  // faces_loaded on success; failures are returned per asset id.
  virtual std::vector<std::pair<std::string, Error>> LoadFaces(std::vector<Asset*> assets,
                                                               const std::function<void()>& on_done) = 0;
  std::vector<std::pair<std::string, Error>> LoadFaces(std::vector<Asset*> assets) {
    return LoadFaces(std::move(assets), {});
  }
  // Thumbnails (size "thumbnail" or "preview"); on_image is called on the
  // calling thread as each arrives.
  virtual void FetchImages(
      const std::vector<std::string>& asset_ids, const std::string& size, bool edited,
      const std::function<void(const std::string& asset_id, Result<std::string> bytes)>& on_image) = 0;
  // GET /people/{id}/thumbnail (the face crop Immich shows) for many people;
  // on_image is called on the calling thread as each arrives. A person
  // without a thumbnail yet is an error (kNotFound).
  struct PersonThumbnail {
    std::string bytes;
    // When Immich wrote the thumbnail file, in ms since the epoch: from the
    // ETag (Express's W/"<size hex>-<mtime ms hex>") or, truncated to the
    // second, from Last-Modified; -1 when neither says.
    long long modified_ms = -1;
  };
  virtual void FetchPersonThumbnails(
      const std::vector<std::string>& person_ids,
      const std::function<void(const std::string& person_id, Result<PersonThumbnail> thumbnail)>& on_image) = 0;
  // PUT /people/{id} {"featureFaceAssetId"} for many people at once; the
  // updated people in the order of `changes`.
  virtual std::vector<Result<Person>> SetFeaturePhotos(
      const std::vector<std::pair<std::string, std::string>>& changes) = 0;
};

class Client : public Api {
 public:
  Client(net::Transport& transport, std::string api_url, std::string api_key);

  void SetDialect(Dialect d) { dialect_ = d; }
  Dialect dialect() const override { return dialect_; }
  const std::string& api_url() const { return api_url_; }

  using Api::ListPeople;
  using Api::LoadFaces;
  Result<ServerVersion> Version() override;
  Result<std::vector<Person>> ListPeople(int page_size, bool with_hidden,
                                         const std::function<void(size_t listed, long total)>& on_page) override;
  Result<Person> GetPerson(const std::string& id) override;
  Result<std::vector<Asset>> SearchAssets(const SearchQuery& q) override { return SearchAssets(q, {}); }
  // on_page is called after each page (progress).
  Result<std::vector<Asset>> SearchAssets(const SearchQuery& q, const std::function<void(size_t total)>& on_page);
  // Pages are fetched concurrently when POST /search/statistics tells how
  // many there are.
  Status SweepAssets(const SearchQuery& q,
                     const std::function<void(int page, std::vector<Asset>&& assets)>& on_page) override;
  // POST /search/statistics: the number of matches of the query's filters.
  Result<long> CountAssets(const SearchQuery& q);
  std::vector<std::pair<std::string, Error>> LoadFaces(std::vector<Asset*> assets,
                                                       const std::function<void()>& on_done) override;
  void FetchImages(
      const std::vector<std::string>& asset_ids, const std::string& size, bool edited,
      const std::function<void(const std::string& asset_id, Result<std::string> bytes)>& on_image) override;
  void FetchPersonThumbnails(
      const std::vector<std::string>& person_ids,
      const std::function<void(const std::string& person_id, Result<PersonThumbnail> thumbnail)>& on_image) override;
  Result<Person> SetFeaturePhoto(const std::string& person_id, const std::string& asset_id);
  std::vector<Result<Person>> SetFeaturePhotos(
      const std::vector<std::pair<std::string, std::string>>& changes) override;

 private:
  net::Request MakeRequest(const std::string& method, const std::string& path, const std::string& endpoint,
                           std::string body = {}) const;
  Result<std::string> Call(const net::Request& request);

  net::Transport& transport_;
  std::string api_url_;
  std::string api_key_;
  Dialect dialect_ = Dialect::kV2_5;
};

// Maps an HTTP answer that is not 2xx to an Error with a message for the user
// (Immich's own message, the missing permission, what to do).
Error ErrorFromResponse(const net::Response& r, const std::string& what);

}  // namespace ifpo::immich
