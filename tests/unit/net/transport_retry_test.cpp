// Retries: which failures are retried, how often, how long we wait, and that
// a waiting retry does not hold up the other requests.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <vector>

#include "net/transport.h"
#include "unit/net/local_server.h"

namespace ifpo::net {
namespace {

using testing::LocalServer;
using testing::UnusedPort;

Options Fast() {
  Options options;
  options.backoff_initial_ms = 10;
  options.backoff_max_ms = 40;
  options.connect_timeout_ms = 1000;
  options.timeout_ms = 2000;
  return options;
}

long MsSince(std::chrono::steady_clock::time_point start) {
  return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::steady_clock::now() - start)
                               .count());
}

// Answers `status` (with optional Retry-After) for the first `failures` hits,
// then 200 "ok".
void FailFirst(LocalServer& server, const std::string& path, int failures, int status,
               std::atomic<int>& hits, const std::string& retry_after = "") {
  server.server().Get(path, [&hits, failures, status, retry_after](const httplib::Request&,
                                                                    httplib::Response& res) {
    if (++hits <= failures) {
      res.status = status;
      if (!retry_after.empty()) res.set_header("Retry-After", retry_after);
      res.set_content("fail " + std::to_string(hits.load()), "text/plain");
      return;
    }
    res.set_content("ok", "text/plain");
  });
}

TEST(TransportRetryTest, ServiceUnavailableThenOk) {
  LocalServer server;
  std::atomic<int> hits{0};
  FailFirst(server, "/x", 1, 503, hits);
  server.Start();
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.url = server.Url("/x");
  req.endpoint = "x";
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "ok");
  EXPECT_EQ(r.attempts, 2);
  EXPECT_EQ(hits.load(), 2);
  EXPECT_EQ(transport->Stats()["x"].requests, 2);
  EXPECT_EQ(transport->Stats()["x"].retries, 1);
}

TEST(TransportRetryTest, TooManyRequestsThenOk) {
  LocalServer server;
  std::atomic<int> hits{0};
  FailFirst(server, "/x", 2, 429, hits);
  server.Start();
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.url = server.Url("/x");
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.attempts, 3);
}

TEST(TransportRetryTest, RetryAfterSecondsIsHonoured) {
  LocalServer server;
  std::atomic<int> hits{0};
  FailFirst(server, "/x", 1, 503, hits, "1");
  server.Start();
  auto transport = MakeCurlTransport(Fast());  // own backoff ≤ 40 ms
  Request req;
  req.url = server.Url("/x");
  const auto start = std::chrono::steady_clock::now();
  const Response r = transport->Perform(req);
  const long ms = MsSince(start);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.attempts, 2);
  EXPECT_GE(ms, 1000);
  EXPECT_LT(ms, 1500);
}

TEST(TransportRetryTest, RetryAfterIsCapped) {
  LocalServer server;
  std::atomic<int> hits{0};
  FailFirst(server, "/x", 1, 429, hits, "3600");
  server.Start();
  Options options = Fast();
  options.retry_after_cap_ms = 150;
  auto transport = MakeCurlTransport(options);
  Request req;
  req.url = server.Url("/x");
  const auto start = std::chrono::steady_clock::now();
  const Response r = transport->Perform(req);
  const long ms = MsSince(start);
  EXPECT_EQ(r.status, 200);
  EXPECT_GE(ms, 150);
  EXPECT_LT(ms, 600);
}

TEST(TransportRetryTest, PersistentServerErrorExhaustsRetries) {
  LocalServer server;
  std::atomic<int> hits{0};
  FailFirst(server, "/x", 1000, 500, hits, "0");
  server.Start();
  Options options = Fast();
  options.max_retries = 3;
  auto transport = MakeCurlTransport(options);
  Request req;
  req.url = server.Url("/x");
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "fail 4");  // the last answer
  EXPECT_EQ(r.retry_after, "0");
  EXPECT_EQ(r.attempts, 4);
  EXPECT_EQ(hits.load(), 4);
  EXPECT_EQ(r.error, "");  // an HTTP answer, not a transport failure
}

TEST(TransportRetryTest, NotImplementedAndClientErrorsAreNotRetried) {
  LocalServer server;
  std::atomic<int> hits501{0};
  std::atomic<int> hits404{0};
  FailFirst(server, "/a", 1000, 501, hits501);
  FailFirst(server, "/b", 1000, 404, hits404);
  server.Start();
  auto transport = MakeCurlTransport(Fast());
  Request a;
  a.url = server.Url("/a");
  Request b;
  b.url = server.Url("/b");
  EXPECT_EQ(transport->Perform(a).status, 501);
  EXPECT_EQ(transport->Perform(b).status, 404);
  EXPECT_EQ(hits501.load(), 1);
  EXPECT_EQ(hits404.load(), 1);
}

TEST(TransportRetryTest, NonIdempotentPutIsNotRetriedOnServerError) {
  LocalServer server;
  std::atomic<int> hits{0};
  server.server().Put("/p", [&hits](const httplib::Request&, httplib::Response& res) {
    ++hits;
    res.status = 503;
  });
  server.Start();
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.method = "PUT";
  req.url = server.Url("/p");
  req.body = "{}";
  req.idempotent = false;
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.attempts, 1);
  EXPECT_EQ(hits.load(), 1);
}

TEST(TransportRetryTest, ConnectionRefusedIsBoundedForAnyMethod) {
  Options options = Fast();
  options.max_retries = 2;
  auto transport = MakeCurlTransport(options);
  Request req;
  req.url = "http://127.0.0.1:" + std::to_string(UnusedPort()) + "/x";
  req.endpoint = "x";
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.failure, Failure::kConnect);
  EXPECT_EQ(r.attempts, 3);
  EXPECT_FALSE(r.error.empty());
  EXPECT_FALSE(r.timed_out);
  // Nothing was sent, so a non-idempotent PUT is retried as well.
  req.method = "PUT";
  req.idempotent = false;
  EXPECT_EQ(transport->Perform(req).attempts, 3);
  EXPECT_EQ(transport->Stats()["x"].requests, 6);
  EXPECT_EQ(transport->Stats()["x"].bytes, 0);
}

TEST(TransportRetryTest, ConnectionClosedMidBodyIsRetried) {
  LocalServer server;
  std::atomic<int> hits{0};
  server.server().Get("/cut", [&hits](const httplib::Request&, httplib::Response& res) {
    if (++hits == 1) {
      // Promise 1000 bytes, send 10, then drop the connection.
      res.set_content_provider(1000, "application/json",
                               [](size_t offset, size_t, httplib::DataSink& sink) {
                                 if (offset > 0) return false;
                                 sink.write("0123456789", 10);
                                 return true;
                               });
      return;
    }
    res.set_content("complete", "application/json");
  });
  server.Start();
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.url = server.Url("/cut");
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "complete");
  EXPECT_EQ(r.attempts, 2);
  EXPECT_EQ(hits.load(), 2);
}

TEST(TransportRetryTest, ConnectionClosedMidBodyIsNotRetriedForNonIdempotent) {
  LocalServer server;
  std::atomic<int> hits{0};
  server.server().Put("/cut", [&hits](const httplib::Request&, httplib::Response& res) {
    ++hits;
    res.set_content_provider(1000, "application/json",
                             [](size_t offset, size_t, httplib::DataSink& sink) {
                               if (offset > 0) return false;
                               sink.write("0123456789", 10);
                               return true;
                             });
  });
  server.Start();
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.method = "PUT";
  req.body = "{}";
  req.idempotent = false;
  req.url = server.Url("/cut");
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.failure, Failure::kNetwork);
  EXPECT_EQ(r.attempts, 1);
  EXPECT_EQ(hits.load(), 1);
}

TEST(TransportRetryTest, WaitingRetryDoesNotBlockOthers) {
  LocalServer server;
  std::atomic<int> hits{0};
  FailFirst(server, "/slowretry", 1, 503, hits, "1");
  server.server().Get("/fast", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("fast", "text/plain");
  });
  server.Start();
  Options options = Fast();
  options.concurrency = 2;
  auto transport = MakeCurlTransport(options);
  Request retrying;
  retrying.url = server.Url("/slowretry");
  Request fast;
  fast.url = server.Url("/fast");
  std::vector<Request> batch = {retrying, fast, fast, fast, fast};
  std::vector<size_t> order;
  std::vector<long> done_ms;
  const auto start = std::chrono::steady_clock::now();
  transport->PerformMany(batch, [&](size_t index, Response r) {
    EXPECT_EQ(r.status, 200);
    order.push_back(index);
    done_ms.push_back(MsSince(start));
  });
  ASSERT_EQ(order.size(), 5u);
  EXPECT_EQ(order.back(), 0u);  // the one waiting 1 s finishes last
  EXPECT_LT(done_ms[3], 500);   // the four others did not wait for it
  EXPECT_GE(done_ms[4], 1000);
}

}  // namespace
}  // namespace ifpo::net
