// libcurl implementation of Transport: one multi handle drives up to
// `concurrency` transfers; retries wait on a timer inside the same loop so a
// backing-off request never blocks the others. Redirects are followed here,
// not by curl, because curl 7.88 forwards custom headers (our x-api-key) to
// any host a redirect names.
//
// Policy, in one place:
// - Retried: HTTP 408/429/500/502/503/504 and timeouts/resets/partial bodies,
//   for idempotent requests only; DNS and connect failures (nothing sent) for
//   every request. At most max_retries extra attempts, waiting full-jitter
//   exponential backoff, raised to Retry-After (capped, see retry.h).
// - Redirects (max_redirects hops) restart from the original URL on a retry.
//   301/302/307/308 keep the method and body; 303 turns the request into a GET.
//   The caller's headers go along only to the same origin or an http→https
//   upgrade of the same host; once dropped they stay dropped.
// - Stalls: curl averages speed over ~5 s, so a transfer that stops after
//   sending some bytes is aborted after up to ~5 s + low_speed_time_s.
#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "net/retry.h"
#include "net/transport.h"

namespace ifpo::net {
namespace {

using Clock = std::chrono::steady_clock;

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool EqualsNoCase(const std::string& a, const char* b) {
  const size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string Trim(const std::string& s) {
  size_t begin = 0;
  size_t end = s.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(s[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(s[end - 1]))) --end;
  return s.substr(begin, end - begin);
}

// One request on its way through attempts and redirect hops.
struct Transfer {
  size_t index = 0;
  const Request* request = nullptr;
  Response response;  // attempts accumulate; the rest is the latest answer

  // The current hop.
  std::string url;
  std::string method;
  bool send_body = true;     // false once a 303 (or 301/302 of a POST) became a GET
  bool keep_headers = true;  // false once a redirect left the origin
  int redirects = 0;
  CURL* easy = nullptr;
  curl_slist* header_list = nullptr;
  char error_buffer[CURL_ERROR_SIZE] = {};

  // What the current hop received.
  std::string body;
  std::string content_type;
  std::string retry_after;
  std::string etag, last_modified;
  bool too_large = false;
  std::int64_t max_body_bytes = 0;
  const std::atomic<const std::atomic<bool>*>* interrupt = nullptr;

  Clock::time_point retry_at;
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t n = size * count;
  if (static_cast<std::int64_t>(t->body.size() + n) > t->max_body_bytes) {
    t->too_large = true;
    return 0;  // makes curl fail with CURLE_WRITE_ERROR
  }
  t->body.append(data, n);
  return n;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t n = size * count;
  const std::string line(data, n);
  if (line.rfind("HTTP/", 0) == 0) {  // a new header block (e.g. after 100 Continue)
    t->content_type.clear();
    t->retry_after.clear();
    t->etag.clear();
    t->last_modified.clear();
    return n;
  }
  const size_t colon = line.find(':');
  if (colon == std::string::npos) return n;
  const std::string name = Trim(line.substr(0, colon));
  if (EqualsNoCase(name, "content-type")) {
    t->content_type = Trim(line.substr(colon + 1));
  } else if (EqualsNoCase(name, "retry-after")) {
    t->retry_after = Trim(line.substr(colon + 1));
  } else if (EqualsNoCase(name, "etag")) {
    t->etag = Trim(line.substr(colon + 1));
  } else if (EqualsNoCase(name, "last-modified")) {
    t->last_modified = Trim(line.substr(colon + 1));
  } else if (EqualsNoCase(name, "content-length") && t->body.empty()) {
    // Room for the whole body at once: search pages are megabytes, and
    // growing by doubling copied each one twice over. Capped, as the header
    // is the server's word (the body limit is enforced in OnBody). 64 bytes
    // more let the JSON parser read past the end in place (SIMD padding)
    // instead of copying the body.
    constexpr std::int64_t kMaxReserve = 64LL << 20, kPadding = 64;
    const std::int64_t length = std::strtoll(Trim(line.substr(colon + 1)).c_str(), nullptr, 10);
    if (length > 0) t->body.reserve(static_cast<size_t>(std::min({length, t->max_body_bytes, kMaxReserve}) + kPadding));
  }
  return n;
}

int OnProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* t = static_cast<const Transfer*>(user);
  if (t->request->finishes_when_interrupted) return 0;  // the loop bounds its grace
  const std::atomic<bool>* flag = t->interrupt->load();
  return (flag != nullptr && flag->load()) ? 1 : 0;  // non-zero aborts the transfer
}

bool HasHeader(const Request& request, const char* name) {
  for (const auto& [key, value] : request.headers) {
    if (EqualsNoCase(Trim(key), name)) return true;
  }
  return false;
}

Failure Classify(CURLcode code, bool too_large, bool nothing_sent) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return Failure::kResolve;
    case CURLE_COULDNT_CONNECT:
      return Failure::kConnect;
    case CURLE_OPERATION_TIMEDOUT:
      return nothing_sent ? Failure::kConnect : Failure::kTimeout;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
      return nothing_sent ? Failure::kConnect : Failure::kNetwork;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_USE_SSL_FAILED:
      return Failure::kTls;
    case CURLE_FILESIZE_EXCEEDED:
      return Failure::kTooLarge;
    case CURLE_WRITE_ERROR:
      return too_large ? Failure::kTooLarge : Failure::kOther;
    case CURLE_ABORTED_BY_CALLBACK:
      return Failure::kInterrupted;
    case CURLE_TOO_MANY_REDIRECTS:
      return Failure::kRedirect;
    default:
      return Failure::kOther;
  }
}

bool IsRedirect(long status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

class CurlTransport;

// A multi handle with its idle easy handles. The transport keeps one for
// connection reuse; a nested or concurrent PerformMany gets a temporary one.
struct Session {
  CURLM* multi = nullptr;
  std::vector<CURL*> idle;

  explicit Session(int concurrency) {
    multi = curl_multi_init();
    if (multi != nullptr) {
      curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(concurrency));
      curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(concurrency));
    }
  }
  ~Session() {
    for (CURL* easy : idle) curl_easy_cleanup(easy);
    if (multi != nullptr) curl_multi_cleanup(multi);
  }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  CURL* Acquire() {
    if (idle.empty()) return curl_easy_init();
    CURL* easy = idle.back();
    idle.pop_back();
    return easy;
  }
  void Release(CURL* easy) {
    if (easy != nullptr) idle.push_back(easy);
  }
};

class CurlTransport : public Transport {
 public:
  explicit CurlTransport(const Options& options) : options_(options) {
    GlobalInit();
    options_.concurrency = std::max(1, options_.concurrency);
    options_.max_retries = std::max(0, options_.max_retries);
    options_.max_redirects = std::max(0, options_.max_redirects);
    primary_ = std::make_unique<Session>(options_.concurrency);
  }

  Response Perform(const Request& request) override {
    Response result;
    PerformMany({request}, [&result](size_t, Response response) { result = std::move(response); });
    return result;
  }

  void PerformMany(const std::vector<Request>& requests,
                   const std::function<void(size_t index, Response response)>& on_done) override;

  std::map<std::string, EndpointStats> Stats() const override {
    std::lock_guard<std::mutex> lock(stats_mutex_);
    return stats_;
  }

  void SetInterruptFlag(const std::atomic<bool>* flag) override { interrupt_.store(flag); }

 private:
  friend class Loop;

  bool Interrupted() const {
    const std::atomic<bool>* flag = interrupt_.load();
    return flag != nullptr && flag->load();
  }

  void CountSend(const std::string& endpoint, bool retry) {
    std::lock_guard<std::mutex> lock(stats_mutex_);
    EndpointStats& s = stats_[endpoint];
    ++s.requests;
    if (retry) ++s.retries;
  }

  void CountReceived(const std::string& endpoint, long bytes, long connections) {
    std::lock_guard<std::mutex> lock(stats_mutex_);
    EndpointStats& s = stats_[endpoint];
    s.bytes += bytes;
    s.connections += connections;
  }

  Options options_;
  std::unique_ptr<Session> primary_;
  std::atomic<bool> primary_busy_{false};
  std::atomic<const std::atomic<bool>*> interrupt_{nullptr};
  mutable std::mutex stats_mutex_;
  std::map<std::string, EndpointStats> stats_;
};

// The state of one PerformMany call.
class Loop {
 public:
  Loop(CurlTransport& transport, Session& session, const std::vector<Request>& requests,
       const std::function<void(size_t, Response)>& on_done)
      : t_(transport), s_(session), on_done_(on_done), transfers_(requests.size()) {
    std::random_device seed;
    rng_.seed(seed());
    for (size_t i = 0; i < requests.size(); ++i) {
      Transfer& x = transfers_[i];
      x.index = i;
      x.request = &requests[i];
      x.max_body_bytes = t_.options_.max_body_bytes;
      x.interrupt = &t_.interrupt_;
      ResetToOriginal(x);
      pending_.push_back(i);
    }
  }

  ~Loop() {
    // Only reached with transfers still active if on_done threw.
    for (Transfer* x : active_) Detach(*x);
  }

  Loop(const Loop&) = delete;
  Loop& operator=(const Loop&) = delete;

  void Run() {
    if (s_.multi == nullptr) {
      FailAll("cannot create a curl multi handle", Failure::kOther);
      return;
    }
    std::optional<Clock::time_point> interrupted_at;
    while (done_ < transfers_.size()) {
      if (t_.Interrupted()) {
        // Nothing new starts; writes on the wire get a short grace to finish.
        if (!interrupted_at) {
          interrupted_at = Clock::now();
          FailUnstartedAndReads();
        }
        if (active_.empty() || Clock::now() - *interrupted_at > std::chrono::milliseconds(opt().interrupt_grace_ms)) {
          FailAll("interrupted", Failure::kInterrupted);
          return;
        }
      } else {
        StartReady();
      }
      int running = 0;
      curl_multi_perform(s_.multi, &running);
      ProcessMessages();
      if (done_ == transfers_.size()) break;
      // Fill the slots just freed now: a new handle makes curl's timeout 0, so
      // the poll below returns at once instead of idling.
      if (!interrupted_at) StartReady();
      curl_multi_poll(s_.multi, nullptr, 0, static_cast<int>(PollTimeoutMs()), nullptr);
    }
  }

 private:
  const Options& opt() const { return t_.options_; }

  static void ResetToOriginal(Transfer& x) {
    x.url = x.request->url;
    x.method = x.request->method.empty() ? "GET" : x.request->method;
    std::transform(x.method.begin(), x.method.end(), x.method.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    x.send_body = true;
    x.keep_headers = true;
    x.redirects = 0;
  }

  // Starts due retries first, then new requests, while slots are free.
  void StartReady() {
    const auto now = Clock::now();
    while (active_.size() < static_cast<size_t>(opt().concurrency)) {
      auto due = std::min_element(waiting_.begin(), waiting_.end(), [this](size_t a, size_t b) {
        return transfers_[a].retry_at < transfers_[b].retry_at;
      });
      if (due != waiting_.end() && transfers_[*due].retry_at <= now) {
        const size_t index = *due;
        waiting_.erase(due);
        StartAttempt(transfers_[index]);
      } else if (!pending_.empty()) {
        const size_t index = pending_.front();
        pending_.pop_front();
        StartAttempt(transfers_[index]);
      } else {
        break;
      }
    }
  }

  long PollTimeoutMs() const {
    long timeout = 100;  // also bounds how late we notice the interrupt flag
    if (!waiting_.empty() && active_.size() < static_cast<size_t>(opt().concurrency)) {
      const auto now = Clock::now();
      for (size_t index : waiting_) {
        const auto wait =
            std::chrono::duration_cast<std::chrono::milliseconds>(transfers_[index].retry_at - now).count();
        timeout = std::min(timeout, std::max(0L, static_cast<long>(wait)));
      }
    }
    return timeout;
  }

  void StartAttempt(Transfer& x) {
    ++x.response.attempts;
    t_.CountSend(x.request->endpoint, x.response.attempts > 1);
    StartHop(x);
  }

  void StartHop(Transfer& x) {
    x.body.clear();
    x.content_type.clear();
    x.retry_after.clear();
    x.etag.clear();
    x.last_modified.clear();
    x.too_large = false;
    x.error_buffer[0] = '\0';
    x.easy = s_.Acquire();
    if (x.easy == nullptr) {
      Finish(x, FailedResponse(x, "cannot create a curl handle", Failure::kOther));
      return;
    }
    Configure(x);
    if (curl_multi_add_handle(s_.multi, x.easy) != CURLM_OK) {
      curl_slist_free_all(x.header_list);
      x.header_list = nullptr;
      s_.Release(x.easy);
      x.easy = nullptr;
      Finish(x, FailedResponse(x, "cannot start a transfer", Failure::kOther));
      return;
    }
    active_.push_back(&x);
  }

  void Configure(Transfer& x) {
    CURL* e = x.easy;
    const Options& o = opt();
    curl_easy_reset(e);  // keeps the connection, DNS and TLS session caches
    curl_easy_setopt(e, CURLOPT_URL, x.url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, &x);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_UNRESTRICTED_AUTH, 0L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x.error_buffer);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &x);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &x);
    curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, &OnProgress);
    curl_easy_setopt(e, CURLOPT_XFERINFODATA, &x);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, o.connect_timeout_ms);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, o.timeout_ms);
    if (o.low_speed_time_s > 0) {
      curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
      curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, o.low_speed_time_s);
    }
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // gzip/deflate JSON when offered
    curl_easy_setopt(e, CURLOPT_USERAGENT, o.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(o.max_body_bytes));
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, o.insecure ? 0L : 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, o.insecure ? 0L : 2L);
    if (!o.ca_cert.empty()) curl_easy_setopt(e, CURLOPT_CAINFO, o.ca_cert.c_str());

    const Request& r = *x.request;
    const bool with_body = x.send_body && !r.body.empty();
    if (x.method == "GET") {
      curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (x.method == "HEAD") {
      curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else {
      // POST machinery sends the body for PUT/PATCH/DELETE too.
      const std::string& payload = x.send_body ? r.body : kEmpty;
      curl_easy_setopt(e, CURLOPT_POSTFIELDS, payload.c_str());
      curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(payload.size()));
      if (x.method != "POST") curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, x.method.c_str());
    }

    curl_slist* list = nullptr;
    if (x.keep_headers) {
      for (const auto& [key, value] : r.headers) {
        const std::string line = key + ": " + value;
        list = curl_slist_append(list, line.c_str());
      }
    }
    if (!x.keep_headers || !HasHeader(r, "accept")) {
      list = curl_slist_append(list, "Accept: application/json");
    }
    if (with_body && (!x.keep_headers || !HasHeader(r, "content-type"))) {
      list = curl_slist_append(list, "Content-Type: application/json");
    }
    if (!with_body && x.method != "GET" && x.method != "HEAD") {
      // curl would otherwise add application/x-www-form-urlencoded.
      list = curl_slist_append(list, "Content-Type:");
    }
    list = curl_slist_append(list, "Expect:");  // no 100-continue round trip
    x.header_list = list;
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, list);
  }

  void ProcessMessages() {
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(s_.multi, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      Transfer* x = nullptr;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &x);
      if (x == nullptr) continue;
      OnHopDone(*x, msg->data.result);
    }
  }

  void Detach(Transfer& x) {
    active_.erase(std::remove(active_.begin(), active_.end(), &x), active_.end());
    if (x.easy != nullptr) {
      curl_multi_remove_handle(s_.multi, x.easy);
      s_.Release(x.easy);
      x.easy = nullptr;
    }
    curl_slist_free_all(x.header_list);
    x.header_list = nullptr;
  }

  void OnHopDone(Transfer& x, CURLcode code) {
    CURL* e = x.easy;
    long status = 0;
    long connects = 0;
    long request_size = 0;
    char* redirect_url = nullptr;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(e, CURLINFO_NUM_CONNECTS, &connects);
    curl_easy_getinfo(e, CURLINFO_REQUEST_SIZE, &request_size);
    curl_easy_getinfo(e, CURLINFO_REDIRECT_URL, &redirect_url);
    const std::string next_url = redirect_url != nullptr ? redirect_url : "";
    const std::string curl_message = x.error_buffer[0] != '\0' ? x.error_buffer : curl_easy_strerror(code);
    t_.CountReceived(x.request->endpoint, static_cast<long>(x.body.size()), connects);
    Detach(x);

    Response r;
    r.attempts = x.response.attempts;
    r.url = RedactUrl(x.url, opt().secret);
    if (code != CURLE_OK) {
      const Failure failure = Classify(code, x.too_large, request_size == 0);
      std::string message = curl_message;
      if (failure == Failure::kTooLarge) {
        message = "response body larger than " + std::to_string(opt().max_body_bytes) + " bytes";
      } else if (failure == Failure::kInterrupted) {
        message = "interrupted";
      }
      r = FailedResponse(x, message, failure);
      r.timed_out = code == CURLE_OPERATION_TIMEDOUT;
    } else if (IsRedirect(status) && !next_url.empty() && x.method != "HEAD") {
      if (x.redirects >= opt().max_redirects) {
        Finish(x, FailedResponse(x, "too many redirects (" + std::to_string(x.redirects) + ")", Failure::kRedirect));
        return;
      }
      FollowRedirect(x, status, next_url);
      return;
    } else {
      r.status = static_cast<int>(status);
      r.body = std::move(x.body);
      r.content_type = std::move(x.content_type);
      r.retry_after = std::move(x.retry_after);
      r.etag = std::move(x.etag);
      r.last_modified = std::move(x.last_modified);
    }

    if (x.response.attempts <= opt().max_retries && IsRetryable(r, x.request->idempotent) && !t_.Interrupted()) {
      std::uniform_real_distribution<double> unit(0.0, 1.0);
      const long delay =
          internal::RetryDelayMs(x.response.attempts, opt(), r.retry_after, unit(rng_), std::time(nullptr));
      x.retry_at = Clock::now() + std::chrono::milliseconds(delay);
      ResetToOriginal(x);
      waiting_.push_back(x.index);
      return;
    }
    Finish(x, std::move(r));
  }

  void FollowRedirect(Transfer& x, long status, const std::string& next_url) {
    if (next_url.rfind("http://", 0) != 0 && next_url.rfind("https://", 0) != 0) {
      Finish(x, FailedResponse(x, "redirect to a non-HTTP URL", Failure::kRedirect));
      return;
    }
    // Once the key has been dropped it stays dropped, even if a later hop returns.
    x.keep_headers = x.keep_headers && SameOriginForSecrets(x.url, next_url);
    // Only 303 means "fetch the result with GET". A 301/302 keeps the method
    // and body (curl's CURL_REDIR_POST_ALL): an API POST turned into a GET
    // is never what was meant, and a proxy's http→https 301 must not make
    // every search fail.
    if (status == 303) {
      x.method = "GET";
      x.send_body = false;
    }
    x.url = next_url;
    ++x.redirects;
    t_.CountSend(x.request->endpoint, false);
    StartHop(x);
  }

  Response FailedResponse(const Transfer& x, const std::string& message, Failure failure) const {
    Response r;
    r.attempts = x.response.attempts;
    r.failure = failure;
    r.url = RedactUrl(x.url, opt().secret);
    r.error = RedactUrl(message + " (" + x.method + " " + x.url + ")", opt().secret);
    if (failure == Failure::kInterrupted) r.error = "interrupted";
    return r;
  }

  void Finish(Transfer& x, Response response) {
    ++done_;
    on_done_(x.index, std::move(response));
  }

  // Completes every unfinished request with the same failure.
  // On interrupt: requests not started, waiting to be retried, or reading.
  void FailUnstartedAndReads() {
    std::vector<Transfer*> rest;
    for (Transfer* x : std::vector<Transfer*>(active_.begin(), active_.end())) {
      if (x->request->finishes_when_interrupted) continue;
      Detach(*x);
      rest.push_back(x);
    }
    for (size_t index : waiting_) rest.push_back(&transfers_[index]);
    for (size_t index : pending_) rest.push_back(&transfers_[index]);
    waiting_.clear();
    pending_.clear();
    for (Transfer* x : rest) Finish(*x, FailedResponse(*x, "interrupted", Failure::kInterrupted));
  }

  void FailAll(const std::string& message, Failure failure) {
    std::vector<Transfer*> rest(active_.begin(), active_.end());
    for (Transfer* x : rest) Detach(*x);
    for (size_t index : waiting_) rest.push_back(&transfers_[index]);
    for (size_t index : pending_) rest.push_back(&transfers_[index]);
    waiting_.clear();
    pending_.clear();
    for (Transfer* x : rest) Finish(*x, FailedResponse(*x, message, failure));
  }

  static inline const std::string kEmpty;

  CurlTransport& t_;
  Session& s_;
  const std::function<void(size_t, Response)>& on_done_;
  std::vector<Transfer> transfers_;
  std::deque<size_t> pending_;
  std::vector<size_t> waiting_;
  std::vector<Transfer*> active_;
  size_t done_ = 0;
  std::mt19937_64 rng_;
};

void CurlTransport::PerformMany(const std::vector<Request>& requests,
                                const std::function<void(size_t, Response)>& on_done) {
  if (requests.empty()) return;
  // Reuse the long-lived session (and its open connections) unless another
  // call is already driving it, e.g. Perform() from inside on_done.
  bool expected = false;
  if (primary_busy_.compare_exchange_strong(expected, true)) {
    struct Release {
      std::atomic<bool>& busy;
      ~Release() { busy.store(false); }
    } release{primary_busy_};
    Loop loop(*this, *primary_, requests, on_done);
    loop.Run();
    return;
  }
  Session temporary(options_.concurrency);
  Loop loop(*this, temporary, requests, on_done);
  loop.Run();
}

}  // namespace

std::unique_ptr<Transport> MakeCurlTransport(const Options& options) {
  return std::make_unique<CurlTransport>(options);
}

}  // namespace ifpo::net
