// The curl transport against a local cpp-httplib server: methods, headers,
// bodies, statistics, connection reuse, concurrency.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "net/transport.h"
#include "unit/net/local_server.h"

namespace ifpo::net {
namespace {

using testing::LocalServer;

// Echoes what arrived, one "name=value" per line.
void Echo(const httplib::Request& req, httplib::Response& res) {
  std::string out = "method=" + req.method + "\n";
  out += "path=" + req.path + "\n";
  for (const char* name : {"x-api-key", "Accept", "Content-Type", "X-Extra"}) {
    out += std::string(name) + "=" + (req.has_header(name) ? req.get_header_value(name) : "-") +
           "\n";
  }
  out += "body=" + req.body;
  res.set_content(out, "text/plain; charset=utf-8");
}

Options Fast() {
  Options options;
  options.backoff_initial_ms = 10;
  options.backoff_max_ms = 40;
  options.connect_timeout_ms = 1000;
  options.timeout_ms = 2000;
  return options;
}

class TransportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.server().Get("/echo", Echo);
    server_.server().Post("/echo", Echo);
    server_.server().Put("/echo", Echo);
    server_.server().Get("/json", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(R"({"ok":true})", "application/json");
    });
  }
  LocalServer server_;
};

TEST_F(TransportTest, GetSendsCallerHeadersAndAcceptJson) {
  server_.Start();
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.url = server_.Url("/echo");
  req.headers = {{"x-api-key", "k-123"}, {"X-Extra", "yes"}};
  req.endpoint = "echo";
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.attempts, 1);
  EXPECT_EQ(r.error, "");
  EXPECT_EQ(r.failure, Failure::kNone);
  EXPECT_EQ(r.content_type, "text/plain; charset=utf-8");
  EXPECT_EQ(r.body,
            "method=GET\npath=/echo\nx-api-key=k-123\nAccept=application/json\n"
            "Content-Type=-\nX-Extra=yes\nbody=");
}

TEST_F(TransportTest, PostAndPutSendJsonBodies) {
  server_.Start();
  auto transport = MakeCurlTransport(Fast());
  Request post;
  post.method = "POST";
  post.url = server_.Url("/echo");
  post.body = R"({"page":2})";
  const Response a = transport->Perform(post);
  EXPECT_EQ(a.status, 200);
  EXPECT_EQ(a.body,
            "method=POST\npath=/echo\nx-api-key=-\nAccept=application/json\n"
            "Content-Type=application/json\nX-Extra=-\nbody={\"page\":2}");

  Request put = post;
  put.method = "PUT";
  put.idempotent = false;
  put.body = R"({"featureFaceAssetId":"a1"})";
  const Response b = transport->Perform(put);
  EXPECT_EQ(b.status, 200);
  EXPECT_NE(b.body.find("method=PUT\n"), std::string::npos);
  EXPECT_NE(b.body.find("body={\"featureFaceAssetId\":\"a1\"}"), std::string::npos);
}

TEST_F(TransportTest, CallerAcceptAndContentTypeWin) {
  server_.Start();
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.method = "POST";
  req.url = server_.Url("/echo");
  req.body = "x";
  req.headers = {{"Accept", "image/webp"}, {"Content-Type", "text/plain"}};
  const Response r = transport->Perform(req);
  EXPECT_NE(r.body.find("Accept=image/webp\n"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("Content-Type=text/plain\n"), std::string::npos) << r.body;
}

TEST_F(TransportTest, LargeBinaryBodyArrivesIntact) {
  std::string blob(3 << 20, '\0');
  for (size_t i = 0; i < blob.size(); ++i) blob[i] = static_cast<char>(i * 7 % 251);
  server_.server().Get("/blob", [&blob](const httplib::Request&, httplib::Response& res) {
    res.set_content(blob, "image/jpeg");
  });
  server_.Start();
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.url = server_.Url("/blob");
  req.endpoint = "blob";
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "image/jpeg");
  EXPECT_TRUE(r.body == blob);
  EXPECT_EQ(transport->Stats()["blob"].bytes, 3L << 20);
}

TEST_F(TransportTest, StatsCountRequestsBytesAndOneReusedConnection) {
  std::mutex mu;
  std::set<int> client_ports;
  server_.server().Get("/port", [&](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mu);
    client_ports.insert(req.remote_port);
    res.set_content("12345", "text/plain");  // 5 bytes
  });
  server_.Start();
  Options options = Fast();
  options.concurrency = 1;
  auto transport = MakeCurlTransport(options);
  Request req;
  req.url = server_.Url("/port");
  req.endpoint = "port";
  std::vector<Request> batch(6, req);
  int done = 0;
  transport->PerformMany(batch, [&](size_t, Response r) {
    EXPECT_EQ(r.status, 200);
    ++done;
  });
  // Separate calls reuse the same connection too.
  EXPECT_EQ(transport->Perform(req).status, 200);
  EXPECT_EQ(transport->Perform(req).status, 200);
  EXPECT_EQ(done, 6);
  const EndpointStats s = transport->Stats()["port"];
  EXPECT_EQ(s.requests, 8);
  EXPECT_EQ(s.bytes, 8 * 5);
  EXPECT_EQ(s.retries, 0);
  EXPECT_EQ(s.connections, 1);
  std::lock_guard<std::mutex> lock(mu);
  EXPECT_EQ(client_ports.size(), 1u);
}

TEST_F(TransportTest, ConcurrencyIsCappedAndUsed) {
  std::atomic<int> in_flight{0};
  std::atomic<int> max_in_flight{0};
  server_.server().Get("/slow", [&](const httplib::Request&, httplib::Response& res) {
    const int now = ++in_flight;
    int seen = max_in_flight.load();
    while (now > seen && !max_in_flight.compare_exchange_weak(seen, now)) {
    }
    server_.Nap(100);
    --in_flight;
    res.set_content("ok", "text/plain");
  });
  server_.Start();
  Options options = Fast();
  options.concurrency = 4;
  auto transport = MakeCurlTransport(options);
  Request req;
  req.url = server_.Url("/slow");
  req.endpoint = "slow";
  std::vector<Request> batch(20, req);
  std::vector<int> seen(20, 0);
  const auto start = std::chrono::steady_clock::now();
  transport->PerformMany(batch, [&](size_t index, Response r) {
    EXPECT_EQ(r.status, 200);
    ++seen.at(index);
  });
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - start)
                      .count();
  EXPECT_EQ(max_in_flight.load(), 4);
  EXPECT_EQ(std::count(seen.begin(), seen.end(), 1), 20);  // each exactly once
  // 20 requests / 4 at a time = 5 waves of 100 ms.
  EXPECT_GE(ms, 480);
  EXPECT_LT(ms, 800);
  EXPECT_LE(transport->Stats()["slow"].connections, 4);
}

TEST_F(TransportTest, NestedPerformInsideOnDoneWorks) {
  server_.Start();
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.url = server_.Url("/json");
  std::vector<int> inner;
  transport->PerformMany({req, req}, [&](size_t, Response r) {
    EXPECT_EQ(r.status, 200);
    inner.push_back(transport->Perform(req).status);
  });
  EXPECT_EQ(inner, (std::vector<int>{200, 200}));
}

TEST_F(TransportTest, EmptyBatchCallsNothing) {
  auto transport = MakeCurlTransport(Fast());
  int calls = 0;
  transport->PerformMany({}, [&](size_t, Response) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST_F(TransportTest, BadUrlIsAnErrorValue) {
  auto transport = MakeCurlTransport(Fast());
  Request req;
  req.url = "ftp://127.0.0.1/x";
  const Response r = transport->Perform(req);
  EXPECT_EQ(r.status, 0);
  EXPECT_FALSE(r.error.empty());
  EXPECT_EQ(r.attempts, 1);
}

}  // namespace
}  // namespace ifpo::net
