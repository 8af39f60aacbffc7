// Timeouts, stalls, body limits, TLS settings, interrupts and secrets.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
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

class LimitsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.server().Get("/hang", [this](const httplib::Request&, httplib::Response& res) {
      ++hits_;
      server_.Nap(1500);
      res.set_content("late", "text/plain");
    });
    // Headers, then silence. (curl averages speed over ~5 s, so a stall
    // after some body bytes is caught that much later; this one has none.)
    server_.server().Get("/stall", [this](const httplib::Request&, httplib::Response& res) {
      ++hits_;
      res.set_content_provider(100, "text/plain",
                               [this](size_t, size_t, httplib::DataSink&) {
                                 server_.Nap(3000);
                                 return false;
                               });
    });
    server_.server().Get("/big", [this](const httplib::Request&, httplib::Response& res) {
      ++hits_;
      res.set_content(std::string(5000, 'x'), "application/json");
    });
    server_.server().Get("/big-chunked", [this](const httplib::Request&, httplib::Response& res) {
      ++hits_;
      res.set_chunked_content_provider("application/json",
                                       [](size_t offset, httplib::DataSink& sink) {
                                         if (offset >= 5000) {
                                           sink.done();
                                           return true;
                                         }
                                         const std::string chunk(500, 'y');
                                         sink.write(chunk.data(), chunk.size());
                                         return true;
                                       });
    });
    server_.server().Get("/busy", [this](const httplib::Request&, httplib::Response& res) {
      ++hits_;
      res.status = 503;
      res.set_header("Retry-After", "1");
    });
    server_.Start();
  }

  Request Get(const std::string& path) {
    Request req;
    req.url = server_.Url(path);
    req.endpoint = "limits";
    return req;
  }

  LocalServer server_;
  std::atomic<int> hits_{0};
};

TEST_F(LimitsTest, SlowAnswerTimesOut) {
  Options options = Fast();
  options.timeout_ms = 200;
  options.max_retries = 0;
  auto transport = MakeCurlTransport(options);
  const auto start = std::chrono::steady_clock::now();
  const Response r = transport->Perform(Get("/hang"));
  EXPECT_LT(MsSince(start), 700);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.timed_out);
  EXPECT_EQ(r.failure, Failure::kTimeout);
  EXPECT_NE(r.error.find("/hang"), std::string::npos) << r.error;
  EXPECT_EQ(r.attempts, 1);
}

TEST_F(LimitsTest, TimeoutIsRetriedForIdempotentRequests) {
  Options options = Fast();
  options.timeout_ms = 150;
  options.max_retries = 1;
  auto transport = MakeCurlTransport(options);
  const Response r = transport->Perform(Get("/hang"));
  EXPECT_TRUE(r.timed_out);
  EXPECT_EQ(r.attempts, 2);
  EXPECT_EQ(hits_.load(), 2);
}

TEST_F(LimitsTest, StalledBodyIsCaughtByTheLowSpeedLimit) {
  Options options = Fast();
  options.timeout_ms = 10000;
  options.low_speed_time_s = 1;
  options.max_retries = 0;
  auto transport = MakeCurlTransport(options);
  const auto start = std::chrono::steady_clock::now();
  const Response r = transport->Perform(Get("/stall"));
  const long ms = MsSince(start);
  EXPECT_GE(ms, 900);
  EXPECT_LT(ms, 1900);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.timed_out);
  EXPECT_EQ(r.failure, Failure::kTimeout);
}

TEST_F(LimitsTest, BodyOverTheLimitAbortsWithoutRetry) {
  Options options = Fast();
  options.max_body_bytes = 1000;
  auto transport = MakeCurlTransport(options);
  for (const char* path : {"/big", "/big-chunked"}) {
    hits_ = 0;
    const Response r = transport->Perform(Get(path));
    EXPECT_EQ(r.status, 0) << path;
    EXPECT_EQ(r.failure, Failure::kTooLarge) << path;
    EXPECT_NE(r.error.find("larger than 1000 bytes"), std::string::npos) << r.error;
    EXPECT_EQ(r.attempts, 1) << path;
    EXPECT_EQ(hits_.load(), 1) << path;
  }
}

TEST_F(LimitsTest, BodyAtTheLimitIsFine) {
  Options options = Fast();
  options.max_body_bytes = 5000;
  auto transport = MakeCurlTransport(options);
  const Response r = transport->Perform(Get("/big-chunked"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, std::string(5000, 'y'));
}

TEST_F(LimitsTest, InterruptAbortsTransfersInFlight) {
  Options options = Fast();
  options.concurrency = 2;
  auto transport = MakeCurlTransport(options);
  std::atomic<bool> stop{false};
  transport->SetInterruptFlag(&stop);
  std::thread raiser([&stop] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    stop = true;
  });
  std::vector<Response> got;
  const auto start = std::chrono::steady_clock::now();
  transport->PerformMany({Get("/hang"), Get("/hang"), Get("/hang")},
                         [&got](size_t, Response r) { got.push_back(std::move(r)); });
  const long ms = MsSince(start);
  raiser.join();
  EXPECT_GE(ms, 90);
  EXPECT_LT(ms, 400);
  ASSERT_EQ(got.size(), 3u);
  for (const Response& r : got) {
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.failure, Failure::kInterrupted);
    EXPECT_EQ(r.error, "interrupted");
  }
  EXPECT_EQ(got[0].attempts, 1);  // two were in flight,
  EXPECT_EQ(got[2].attempts, 0);  // the third never started
}

// SIGTERM while a featured-photo PUT is on the wire: the PUT's answer is
// awaited (so the record knows whether Immich applied it), the read beside it
// and the PUT not yet started are dropped.
TEST_F(LimitsTest, InterruptLetsAWriteOnTheWireFinish) {
  std::atomic<int> puts{0};
  server_.server().Put("/slow-put", [&](const httplib::Request&, httplib::Response& res) {
    ++puts;
    server_.Nap(400);
    res.set_content("{}", "application/json");
  });
  Options options = Fast();
  options.concurrency = 2;
  auto transport = MakeCurlTransport(options);
  std::atomic<bool> stop{false};
  transport->SetInterruptFlag(&stop);
  std::thread raiser([&stop] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    stop = true;
  });
  Request put = Get("/slow-put");
  put.method = "PUT";
  put.body = "{}";
  put.finishes_when_interrupted = true;
  std::vector<Response> got(3);
  const auto start = std::chrono::steady_clock::now();
  transport->PerformMany({put, Get("/hang"), put}, [&got](size_t i, Response r) { got[i] = std::move(r); });
  const long ms = MsSince(start);
  raiser.join();
  EXPECT_EQ(got[0].status, 200) << got[0].error;
  EXPECT_EQ(got[1].failure, Failure::kInterrupted);
  EXPECT_EQ(got[2].failure, Failure::kInterrupted);
  EXPECT_EQ(got[2].attempts, 0);
  EXPECT_EQ(puts.load(), 1);
  EXPECT_GE(ms, 350);
  EXPECT_LT(ms, 1400) << "the read was not cut short";
}

TEST_F(LimitsTest, AWriteThatHangsAfterAnInterruptIsCutAfterTheGrace) {
  server_.server().Put("/hang-put", [&](const httplib::Request&, httplib::Response& res) {
    server_.Nap(1500);
    res.set_content("{}", "application/json");
  });
  Options options = Fast();
  options.interrupt_grace_ms = 200;
  auto transport = MakeCurlTransport(options);
  std::atomic<bool> stop{false};
  transport->SetInterruptFlag(&stop);
  std::thread raiser([&stop] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    stop = true;
  });
  Request put = Get("/hang-put");
  put.method = "PUT";
  put.finishes_when_interrupted = true;
  const auto start = std::chrono::steady_clock::now();
  const Response r = transport->Perform(put);
  const long ms = MsSince(start);
  raiser.join();
  EXPECT_EQ(r.failure, Failure::kInterrupted);
  EXPECT_LT(ms, 700);
}

TEST_F(LimitsTest, InterruptAlreadyRaisedSendsNothing) {
  auto transport = MakeCurlTransport(Fast());
  std::atomic<bool> stop{true};
  transport->SetInterruptFlag(&stop);
  const Response r = transport->Perform(Get("/big"));
  EXPECT_EQ(r.failure, Failure::kInterrupted);
  EXPECT_EQ(r.attempts, 0);
  EXPECT_EQ(hits_.load(), 0);
  // Clearing the hook makes the transport usable again.
  transport->SetInterruptFlag(nullptr);
  EXPECT_EQ(transport->Perform(Get("/big")).status, 200);
}

TEST_F(LimitsTest, InterruptCutsARetryWaitShort) {
  auto transport = MakeCurlTransport(Fast());
  std::atomic<bool> stop{false};
  transport->SetInterruptFlag(&stop);
  std::thread raiser([&stop] {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    stop = true;
  });
  const auto start = std::chrono::steady_clock::now();
  const Response r = transport->Perform(Get("/busy"));  // 503, Retry-After: 1
  const long ms = MsSince(start);
  raiser.join();
  EXPECT_LT(ms, 500);
  EXPECT_EQ(r.failure, Failure::kInterrupted);
  EXPECT_EQ(r.attempts, 1);
}

TEST_F(LimitsTest, TlsFailuresAreNotRetried) {
  Options options = Fast();
  options.ca_cert = "/nonexistent/ca.pem";
  auto transport = MakeCurlTransport(options);
  Request req = Get("/big");
  req.url = "https://127.0.0.1:" + std::to_string(server_.port()) + "/big";  // plain HTTP port
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.failure, Failure::kTls);
  EXPECT_EQ(r.attempts, 1);
}

TEST(SecretTest, KeyNeverAppearsInErrors) {
  const std::string key = "s3cr3t-KEY-value";
  Options options = Fast();
  options.secret = key;
  options.max_retries = 0;
  auto transport = MakeCurlTransport(options);
  Request req;
  req.url = "http://127.0.0.1:" + std::to_string(UnusedPort()) + "/api/" + key +
            "?apiKey=" + key + "&x=1";
  req.headers = {{"x-api-key", key}};
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 0);
  ASSERT_FALSE(r.error.empty());
  EXPECT_EQ(r.error.find(key), std::string::npos) << r.error;
  EXPECT_EQ(r.url.find(key), std::string::npos) << r.url;
  EXPECT_NE(r.error.find("/api/***?apiKey=***&x=1"), std::string::npos) << r.error;
}

TEST(SecretTest, ForeignApiKeyInUrlIsMaskedToo) {
  Options options = Fast();
  options.max_retries = 0;
  auto transport = MakeCurlTransport(options);  // no secret configured
  Request req;
  req.url = "http://127.0.0.1:" + std::to_string(UnusedPort()) + "/a?apiKey=other";
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.error.find("other"), std::string::npos) << r.error;
  EXPECT_NE(r.error.find("apiKey=***"), std::string::npos) << r.error;
}

}  // namespace
}  // namespace ifpo::net
