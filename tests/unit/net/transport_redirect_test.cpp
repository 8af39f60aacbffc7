// Redirects are followed by the transport itself so the API key only goes
// where it was meant to go.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "net/transport.h"
#include "unit/net/local_server.h"

namespace ifpo::net {
namespace {

using testing::LocalServer;

void Echo(const httplib::Request& req, httplib::Response& res) {
  std::string out = req.method + " key=" +
                    (req.has_header("x-api-key") ? req.get_header_value("x-api-key") : "-") +
                    " accept=" + (req.has_header("Accept") ? req.get_header_value("Accept") : "-") +
                    " body=" + req.body;
  res.set_content(out, "text/plain");
}

void RedirectTo(httplib::Server& server, const std::string& path, int status,
                std::function<std::string()> location) {
  auto handler = [status, location](const httplib::Request&, httplib::Response& res) {
    res.status = status;
    const std::string where = location();
    if (!where.empty()) res.set_header("Location", where);
  };
  server.Get(path, handler);
  server.Post(path, handler);
}

class RedirectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (LocalServer* s : {&a_, &b_}) {
      s->server().Get("/echo", Echo);
      s->server().Post("/echo", Echo);
    }
    // Locations are computed per request: the ports are known only after Start().
    RedirectTo(a_.server(), "/same", 302, [] { return std::string("/echo"); });
    RedirectTo(a_.server(), "/other-port", 302, [this] { return b_.Url("/echo"); });
    RedirectTo(a_.server(), "/other-host", 302, [this] {
      return "http://localhost:" + std::to_string(a_.port()) + "/echo";
    });
    RedirectTo(a_.server(), "/via-b", 302, [this] { return b_.Url("/back"); });
    RedirectTo(b_.server(), "/back", 302, [this] { return a_.Url("/echo"); });
    RedirectTo(a_.server(), "/see-other", 303, [] { return std::string("/echo"); });
    RedirectTo(a_.server(), "/temporary", 307, [] { return std::string("/echo"); });
    RedirectTo(a_.server(), "/loop", 302, [] { return std::string("/loop"); });
    RedirectTo(a_.server(), "/no-location", 302, [] { return std::string(); });
    a_.Start();
    b_.Start();
  }

  Response Get(const std::string& url) {
    Request req;
    req.url = url;
    req.headers = {{"x-api-key", "K"}};
    req.endpoint = "r";
    return transport_->Perform(req);
  }

  LocalServer a_;
  LocalServer b_;
  std::unique_ptr<Transport> transport_ = MakeCurlTransport(Options{});
};

TEST_F(RedirectTest, SameOriginKeepsTheKey) {
  const Response r = Get(a_.Url("/same"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "GET key=K accept=application/json body=");
  EXPECT_EQ(r.url, a_.Url("/echo"));
  EXPECT_EQ(r.attempts, 1);  // a redirect hop is not a retry
  EXPECT_EQ(transport_->Stats()["r"].requests, 2);
}

TEST_F(RedirectTest, OtherPortDropsTheKey) {
  const Response r = Get(a_.Url("/other-port"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "GET key=- accept=application/json body=");
  EXPECT_EQ(r.url, b_.Url("/echo"));
}

TEST_F(RedirectTest, CrossOriginHopsWorkWithASingleConnectionSlot) {
  // With one connection allowed, the idle keep-alive connection to a must
  // make way for b (and back) instead of leaving the transfer pending.
  Options options;
  options.concurrency = 1;
  options.timeout_ms = 1500;
  transport_ = MakeCurlTransport(options);
  for (int i = 0; i < 3; ++i) {
    const Response r = Get(a_.Url("/via-b"));
    EXPECT_EQ(r.status, 200) << r.error;
  }
}

TEST_F(RedirectTest, OtherHostNameDropsTheKey) {
  const Response r = Get(a_.Url("/other-host"));  // localhost, same port
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "GET key=- accept=application/json body=");
}

TEST_F(RedirectTest, KeyStaysDroppedWhenAChainComesBack) {
  const Response r = Get(a_.Url("/via-b"));  // a → b → a
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "GET key=- accept=application/json body=");
}

TEST_F(RedirectTest, SeeOtherTurnsPostIntoGet) {
  Request req;
  req.method = "POST";
  req.url = a_.Url("/see-other");
  req.body = "{\"a\":1}";
  const Response r = transport_->Perform(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "GET key=- accept=application/json body=");
}

TEST_F(RedirectTest, TemporaryRedirectKeepsMethodAndBody) {
  Request req;
  req.method = "POST";
  req.url = a_.Url("/temporary");
  req.body = "{\"a\":1}";
  req.headers = {{"x-api-key", "K"}};
  const Response r = transport_->Perform(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "POST key=K accept=application/json body={\"a\":1}");
}

TEST_F(RedirectTest, LoopStopsAfterFiveHops) {
  const Response r = Get(a_.Url("/loop"));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.failure, Failure::kRedirect);
  EXPECT_NE(r.error.find("too many redirects (5)"), std::string::npos) << r.error;
  EXPECT_EQ(r.attempts, 1);  // not retried
  EXPECT_EQ(transport_->Stats()["r"].requests, 6);
}

TEST_F(RedirectTest, RedirectWithoutLocationIsReturnedAsIs) {
  const Response r = Get(a_.Url("/no-location"));
  EXPECT_EQ(r.status, 302);
  EXPECT_EQ(r.error, "");
}

}  // namespace
}  // namespace ifpo::net
