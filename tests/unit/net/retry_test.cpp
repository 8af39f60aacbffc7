#include "net/retry.h"

#include <gtest/gtest.h>

#include <ctime>

#include "net/transport.h"

namespace ifpo::net {
namespace {

using internal::BackoffMs;
using internal::ParseRetryAfterMs;
using internal::RetryAfterCapMs;
using internal::RetryDelayMs;

TEST(BackoffTest, DoublesFromInitialUpToTheCap) {
  // unit_random 1.0 shows the ceiling of the jitter window.
  EXPECT_EQ(BackoffMs(1, 200, 5000, 1.0), 200);
  EXPECT_EQ(BackoffMs(2, 200, 5000, 1.0), 400);
  EXPECT_EQ(BackoffMs(3, 200, 5000, 1.0), 800);
  EXPECT_EQ(BackoffMs(5, 200, 5000, 1.0), 3200);
  EXPECT_EQ(BackoffMs(6, 200, 5000, 1.0), 5000);
  EXPECT_EQ(BackoffMs(200, 200, 5000, 1.0), 5000);  // no overflow
}

TEST(BackoffTest, FullJitterScalesTheWindow) {
  EXPECT_EQ(BackoffMs(3, 200, 5000, 0.0), 0);
  EXPECT_EQ(BackoffMs(3, 200, 5000, 0.25), 200);
  EXPECT_EQ(BackoffMs(3, 200, 5000, 0.5), 400);
}

TEST(BackoffTest, DegenerateInputs) {
  EXPECT_EQ(BackoffMs(0, 200, 5000, 1.0), 0);
  EXPECT_EQ(BackoffMs(1, 0, 5000, 1.0), 0);
}

TEST(RetryAfterTest, Seconds) {
  EXPECT_EQ(ParseRetryAfterMs("3", 0), 3000);
  EXPECT_EQ(ParseRetryAfterMs(" 0 ", 0), 0);
  EXPECT_EQ(ParseRetryAfterMs("", 0), -1);
  EXPECT_EQ(ParseRetryAfterMs("soon", 0), -1);
  EXPECT_EQ(ParseRetryAfterMs("-5", 0), -1);
}

TEST(RetryAfterTest, HttpDate) {
  // 1994-11-06 08:49:37 UTC = 784111777.
  const std::time_t now = 784111777 - 10;
  EXPECT_EQ(ParseRetryAfterMs("Sun, 06 Nov 1994 08:49:37 GMT", now), 10000);
  EXPECT_EQ(ParseRetryAfterMs("Sun, 06 Nov 1994 08:49:37 GMT", now + 100), 0);  // past
}

TEST(RetryAfterTest, CapDefaultsToAtLeastThirtySeconds) {
  Options options;
  options.backoff_max_ms = 5000;
  EXPECT_EQ(RetryAfterCapMs(options), 30000);
  options.backoff_max_ms = 45000;
  EXPECT_EQ(RetryAfterCapMs(options), 45000);
  options.retry_after_cap_ms = 2000;
  EXPECT_EQ(RetryAfterCapMs(options), 2000);
}

TEST(RetryDelayTest, RetryAfterRaisesTheBackoffUpToTheCap) {
  Options options;
  options.backoff_initial_ms = 200;
  options.backoff_max_ms = 5000;
  EXPECT_EQ(RetryDelayMs(2, options, "", 1.0, 0), 400);
  EXPECT_EQ(RetryDelayMs(2, options, "2", 1.0, 0), 2000);
  EXPECT_EQ(RetryDelayMs(2, options, "0", 1.0, 0), 400);  // never below our own backoff
  EXPECT_EQ(RetryDelayMs(2, options, "3600", 1.0, 0), 30000);
}

TEST(IsRetryableTest, StatusCodes) {
  Response r;
  for (int status : {408, 429, 500, 502, 503, 504}) {
    r.status = status;
    EXPECT_TRUE(IsRetryable(r)) << status;
    EXPECT_FALSE(IsRetryable(r, /*idempotent=*/false)) << status;
  }
  for (int status : {200, 302, 400, 401, 403, 404, 501, 505}) {
    r.status = status;
    EXPECT_FALSE(IsRetryable(r)) << status;
  }
}

TEST(IsRetryableTest, TransportFailures) {
  Response r;
  r.status = 0;
  for (Failure f : {Failure::kResolve, Failure::kConnect}) {
    r.failure = f;
    EXPECT_TRUE(IsRetryable(r, true));
    EXPECT_TRUE(IsRetryable(r, false));  // nothing was sent
  }
  for (Failure f : {Failure::kTimeout, Failure::kNetwork}) {
    r.failure = f;
    EXPECT_TRUE(IsRetryable(r, true));
    EXPECT_FALSE(IsRetryable(r, false));
  }
  for (Failure f : {Failure::kTls, Failure::kTooLarge, Failure::kRedirect, Failure::kInterrupted,
                    Failure::kOther}) {
    r.failure = f;
    EXPECT_FALSE(IsRetryable(r, true));
  }
}

}  // namespace
}  // namespace ifpo::net
