#include "net/retry.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace ifpo::net {

bool IsRetryable(const Response& response, bool idempotent) {
  if (response.status == 0) {
    switch (response.failure) {
      case Failure::kResolve:
      case Failure::kConnect:
        return true;  // nothing reached the server: safe for any method
      case Failure::kTimeout:
      case Failure::kNetwork:
        return idempotent;  // the server may have acted on it
      default:
        return false;  // TLS, too large, redirects, interrupt: retrying won't help
    }
  }
  if (!idempotent) return false;
  switch (response.status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
      return true;
    default:
      return false;
  }
}

bool IsRetryable(const Response& response) { return IsRetryable(response, true); }

namespace internal {

long BackoffMs(int retry, long initial_ms, long max_ms, double unit_random) {
  if (retry < 1 || initial_ms <= 0 || max_ms <= 0) return 0;
  // 2^(retry-1) in double so large retry counts cannot overflow.
  const double ceiling =
      std::min(static_cast<double>(max_ms), static_cast<double>(initial_ms) * std::pow(2.0, std::min(retry - 1, 62)));
  const double u = std::clamp(unit_random, 0.0, 1.0);
  return static_cast<long>(std::llround(ceiling * u));
}

long ParseRetryAfterMs(const std::string& value, std::time_t now) {
  size_t begin = 0;
  size_t end = value.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(value[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(value[end - 1]))) --end;
  if (begin == end) return -1;
  const std::string v = value.substr(begin, end - begin);
  if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (v.size() > 9) return std::numeric_limits<long>::max() / 2;  // absurd: the cap applies
    return std::stol(v) * 1000;
  }
  const std::time_t when = curl_getdate(v.c_str(), nullptr);
  if (when == static_cast<std::time_t>(-1)) return -1;
  if (when <= now) return 0;
  const double ms = std::difftime(when, now) * 1000.0;
  return ms > 1e12 ? std::numeric_limits<long>::max() / 2 : static_cast<long>(ms);
}

long RetryAfterCapMs(const Options& options) {
  if (options.retry_after_cap_ms > 0) return options.retry_after_cap_ms;
  return std::max(options.backoff_max_ms, 30000L);
}

long RetryDelayMs(int retry, const Options& options, const std::string& retry_after, double unit_random,
                  std::time_t now) {
  long delay = BackoffMs(retry, options.backoff_initial_ms, options.backoff_max_ms, unit_random);
  const long server_ms = ParseRetryAfterMs(retry_after, now);
  if (server_ms >= 0) delay = std::max(delay, std::min(server_ms, RetryAfterCapMs(options)));
  return delay;
}

}  // namespace internal
}  // namespace ifpo::net
