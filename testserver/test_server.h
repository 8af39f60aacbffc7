// An in-process, Immich-compatible HTTP server for tests, --demo and the
// benchmark. It serves a Library on 127.0.0.1 the way the real server does
// (routes, field names and types, error bodies, status codes) in one of
// three API dialects, records what it was asked, and can inject faults.
#pragma once

#include <chrono>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "library.h"

namespace ifpo::testserver {

// The API generations that behave differently for this tool (immich-api.md §4.3, §9).
enum class Dialect {
  kV1_136,  // 1.136 .. 2.4: search returns faces with withPeople OR personIds
  kV2_5,    // 2.5 .. 2.7: faces only with withPeople
  kV3,      // 3.x: no faces in assets, strict booleans, zod-style errors
};

const char* DefaultVersion(Dialect d);  // "1.136.0", "2.7.5", "3.2.2"

// For a process that serves library-scale pages (the standalone server, the
// bench): keep freed memory for reuse instead of handing megabytes back to
// the kernel after every page and faulting them in again for the next one
// (a quarter of the server's CPU). Process-wide; call before serving.
void KeepFreedMemory();

struct Options {
  std::string api_key = "test-key";
  std::set<std::string> permissions = {"all"};  // the key's scopes
  std::string version;                          // "" = DefaultVersion(dialect)
  int latency_ms = 0;                           // added to every request
  int preview_size = 1440;                      // preview short side (never enlarged)
  int thumbnail_size = 250;                     // thumbnail short side
  int min_faces = 3;                            // unnamed people need this many faces to be listed (Immich default)
  size_t image_cache_bytes = 256u << 20;        // rendered images kept in memory
  // Immich's person-thumbnail job, queued by every PUT that sets a feature
  // face: when it runs, the person thumbnail shows the new face and
  // updatedAt is bumped again (as on a real 2.7.5). It runs this many ms
  // after the PUT (0: before the next request that reads people); < 0: only
  // when RunPersonThumbnailJobs() is called (a stalled queue).
  int person_thumbnail_delay_ms = 0;
  // HTTPS instead of http when tls_cert_file is set: PEM files, e.g. from
  // MakeTestCertificates() (tls.h). BaseUrl() then starts with https://.
  std::string tls_cert_file, tls_key_file;
};

struct RecordedRequest {
  std::string method;
  std::string path;   // without the query
  std::string query;  // raw query string, "" if none
  std::string body;
  int status = 0;             // status answered; 0 when the connection was closed without answer
  size_t response_bytes = 0;  // body bytes answered (the bench sums downloads)
};

struct FeatureUpdate {
  std::string person_id;
  std::string asset_id;
  bool bulk = false;  // via PUT /api/people
};

enum class FaultAction {
  kStatus,           // reply `status` with an Immich JSON error body (optional Retry-After)
  kHtml,             // reply `status` (default 502) with an HTML proxy error page
  kStall,            // wait delay_ms, then answer normally
  kTruncatedJson,    // answer normally but cut the body in half
  kCloseConnection,  // close the socket without sending anything
  kRedirect,         // 302 to `location` (default: the same URL)
};

// Matches method (empty = any) + path prefix. Fires for the matching requests
// number first_match .. first_match+count-1 (1-based; count < 0 = forever),
// or, when probability > 0, at random with a fixed seed.
struct FaultRule {
  std::string method;
  std::string path_prefix = "/api/";
  int first_match = 1;
  int count = 1;
  double probability = 0.0;
  uint32_t seed = 1;
  FaultAction action = FaultAction::kStatus;
  int status = 503;
  int retry_after_s = -1;  // >= 0 adds Retry-After
  int delay_ms = 0;        // for kStall
  std::string location;    // for kRedirect
};

class TestServer {
 public:
  TestServer(Library library, Dialect dialect, Options options = {});
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  // Binds 127.0.0.1 on a free port and serves from a thread; returns the port (-1 on failure).
  int Start();
  // Same on a given port (the command-line server); -1 if it is taken.
  int StartOnPort(int port);
  void Stop();
  int Port() const;
  std::string BaseUrl() const;  // http://127.0.0.1:PORT (https:// with TLS)

  std::vector<RecordedRequest> Requests() const;
  void ClearRequests();
  std::vector<FeatureUpdate> Updates() const;
  std::string FeatureAssetOf(const std::string& person_id) const;  // "" if none / unknown
  std::string VersionString() const;                               // "2.7.5"

  void SetLatency(int ms);
  void InjectFault(FaultRule rule);
  void ClearFaults();
  // A copy of a person as the server now has it (after updates); false if unknown.
  bool GetPerson(const std::string& person_id, TsPerson* out) const;
  // Moves the server's clock forward (updatedAt, thumbnail file times): "an
  // hour later" without waiting an hour.
  void AdvanceClock(std::chrono::milliseconds by);
  // Runs every queued person-thumbnail job now (Options::person_thumbnail_delay_ms).
  void RunPersonThumbnailJobs();
  // The asset whose face the person thumbnail shows ("" = the person's first face).
  std::string ThumbnailAssetOf(const std::string& person_id) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace ifpo::testserver
