// Retry policy internals of the curl transport, exposed for unit tests.
#pragma once

#include <ctime>
#include <string>

#include "net/transport.h"

namespace ifpo::net::internal {

// Delay before retry number `retry` (1 = first retry): "full jitter", a uniform
// pick in [0, min(max_ms, initial_ms * 2^(retry-1))]; unit_random is in [0, 1).
long BackoffMs(int retry, long initial_ms, long max_ms, double unit_random);

// Retry-After as milliseconds from `now`: delta-seconds ("120") or an HTTP
// date. -1 when empty or unparseable; 0 for a date in the past.
long ParseRetryAfterMs(const std::string& value, std::time_t now);

// The longest Retry-After honoured: options.retry_after_cap_ms, or
// max(backoff_max_ms, 30 s) when that is 0.
long RetryAfterCapMs(const Options& options);

// The wait before retry number `retry`: the jittered backoff, raised to the
// server's Retry-After (capped) when it sent one.
long RetryDelayMs(int retry, const Options& options, const std::string& retry_after, double unit_random,
                  std::time_t now);

}  // namespace ifpo::net::internal
