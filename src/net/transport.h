// HTTP transport. Only net/ knows libcurl; the Immich client and the tests
// talk to this interface (tests may pass a fake).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ifpo::net {

struct Request {
  std::string method = "GET";  // GET, POST, PUT
  std::string url;             // absolute
  std::string body;            // sent as application/json when not empty
  std::vector<std::pair<std::string, std::string>> headers;
  // Safe to send again after a failure (GET, search POSTs). PUTs of the
  // featured face are idempotent too, but only retried on connection errors
  // that happened before the request was sent.
  bool idempotent = true;
  // A short name of the endpoint for statistics, e.g. "search/metadata".
  std::string endpoint;
};

struct Response {
  int status = 0;             // HTTP status; 0 when no answer arrived
  std::string body;
  std::string content_type;
  std::string error;          // transport failure (status == 0), already redacted
  int attempts = 0;           // how many times it was sent
  bool timed_out = false;
};

struct Options {
  int concurrency = 8;            // requests in flight at most
  long connect_timeout_ms = 10000;
  long timeout_ms = 120000;       // whole request
  long low_speed_time_s = 30;     // abort a stalled transfer after this long below 1 byte/s
  int max_retries = 4;            // extra attempts for retryable failures
  long backoff_initial_ms = 200;  // doubled each retry, with jitter, capped at backoff_max_ms
  long backoff_max_ms = 5000;
  std::string ca_cert;            // --ca-cert FILE
  bool insecure = false;          // --insecure: no TLS verification
  std::string secret;             // the API key: redacted from every message
  std::string user_agent = "immich-featured-photo-organizer";
};

struct EndpointStats {
  long requests = 0;  // attempts sent, retries included
  long bytes = 0;     // response bytes received
};

class Transport {
 public:
  virtual ~Transport() = default;
  virtual Response Perform(const Request& request) = 0;
  // Runs all requests with at most Options::concurrency in flight, reusing
  // connections. on_done is called once per request, in completion order, on
  // the calling thread.
  virtual void PerformMany(const std::vector<Request>& requests,
                           const std::function<void(size_t index, Response response)>& on_done) = 0;
  virtual std::map<std::string, EndpointStats> Stats() const = 0;
};

std::unique_ptr<Transport> MakeCurlTransport(const Options& options);

// Replaces every occurrence of secret in text by "***".
std::string Redact(std::string text, const std::string& secret);

// Should this answer be retried (5xx except 501, 429, 408, transport errors)?
bool IsRetryable(const Response& response);

}  // namespace ifpo::net
