// HTTP transport. Only net/ knows libcurl; the Immich client and the tests
// talk to this interface (tests may pass a fake).
#pragma once

#include <atomic>
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
  // When the interrupt flag rises, a request already on the wire with this
  // set is let finish (for up to Options::interrupt_grace_ms), so the caller
  // knows whether the server applied it: a featured-photo PUT must not end
  // half-known. Requests not yet started are never sent.
  bool finishes_when_interrupted = false;
  // A short name of the endpoint for statistics, e.g. "search/metadata".
  std::string endpoint;
};

// Why a request got no usable HTTP answer (Response::status == 0).
enum class Failure {
  kNone,         // an HTTP answer arrived
  kResolve,      // DNS failure: nothing was sent
  kConnect,      // connection refused / unreachable: nothing was sent
  kTimeout,      // connect timeout, whole-request timeout or stall
  kNetwork,      // reset, partial body, empty reply: the request may have been processed
  kTls,          // certificate or handshake failure
  kTooLarge,     // body exceeded Options::max_body_bytes
  kRedirect,     // too many redirects, or a redirect to a non-HTTP URL
  kInterrupted,  // the interrupt flag was raised
  kOther,
};

struct Response {
  int status = 0;  // HTTP status; 0 when no answer arrived
  std::string body;
  std::string content_type;
  std::string error;  // transport failure (status == 0), already redacted
  int attempts = 0;   // how many times it was sent (redirect hops not counted)
  bool timed_out = false;
  Failure failure = Failure::kNone;
  std::string retry_after;          // the raw Retry-After header of the last answer, if any
  std::string etag, last_modified;  // the raw ETag and Last-Modified headers, if any
  std::string url;                  // the final URL after redirects (redacted of ?apiKey=)
};

struct Options {
  int concurrency = 8;  // requests in flight at most
  long connect_timeout_ms = 10000;
  long timeout_ms = 120000;       // whole request
  long low_speed_time_s = 30;     // abort a stalled transfer after this long below 1 byte/s
  int max_retries = 4;            // extra attempts for retryable failures
  long backoff_initial_ms = 200;  // doubled each retry, with jitter, capped at backoff_max_ms
  long backoff_max_ms = 5000;
  std::string ca_cert;    // --ca-cert FILE
  bool insecure = false;  // --insecure: no TLS verification
  std::string secret;     // the API key: redacted from every message
  std::string user_agent = "immich-featured-photo-organizer";
  // A hostile server cannot make us buffer more than this per response.
  std::int64_t max_body_bytes = std::int64_t{256} << 20;
  int max_redirects = 5;
  long interrupt_grace_ms = 5000;  // see Request::finishes_when_interrupted
  // Longest Retry-After we honour; 0 means max(backoff_max_ms, 30 s).
  long retry_after_cap_ms = 0;
};

struct EndpointStats {
  long requests = 0;     // attempts sent, retries and redirect hops included
  long bytes = 0;        // response bytes received
  long connections = 0;  // new connections opened (CURLINFO_NUM_CONNECTS summed)
  long retries = 0;      // attempts that were retries
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
  // Thread-safe.
  virtual std::map<std::string, EndpointStats> Stats() const = 0;
  // When *flag becomes true (e.g. set by a SIGINT handler), transfers in flight
  // are aborted and every unfinished request completes with status 0,
  // Failure::kInterrupted and error "interrupted". nullptr disables it.
  virtual void SetInterruptFlag(const std::atomic<bool>* flag) { (void)flag; }
};

std::unique_ptr<Transport> MakeCurlTransport(const Options& options);

// Replaces every occurrence of secret in text by "***".
std::string Redact(std::string text, const std::string& secret);

// Redact(), plus the value of every apiKey= query parameter (the key may be
// there even when it is not the configured secret).
std::string RedactUrl(const std::string& url, const std::string& secret);

// Should this answer be retried (408, 429, 500, 502, 503, 504, transport
// errors other than TLS, too-large, redirect and interrupt failures)?
// The one-argument form assumes an idempotent request.
bool IsRetryable(const Response& response);
// For a non-idempotent request only failures before anything was sent
// (Failure::kResolve, Failure::kConnect) are retryable.
bool IsRetryable(const Response& response, bool idempotent);

// May a redirect from `from` to `to` carry the caller's headers (the API key)?
// Yes for the same scheme, host and port, and for an http→https upgrade on the
// same host; no otherwise (curl itself would forward custom headers anywhere).
bool SameOriginForSecrets(const std::string& from, const std::string& to);

// A URL's scheme, host and port (the default one if none is given), lower
// case, as libcurl parses it; false if it cannot.
struct Origin {
  std::string scheme;
  std::string host;
  std::string port;
};
bool ParseOrigin(const std::string& url, Origin* origin);
// Is the URL's host on this machine or a home network (loopback, private
// ranges, single-label names, .local/.lan/.home/.internal)? Plain http is
// warned about only for other hosts.
bool IsLocalOrPrivateHost(const std::string& url);

}  // namespace ifpo::net
