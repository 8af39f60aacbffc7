#include "test_server.h"

#include <malloc.h>

#include <chrono>
#include <csignal>
#include <thread>

#include <httplib.h>

#include "http_util.h"
#include "routes.h"
#include "sockets.h"
#include "state.h"

namespace ifpo::testserver {
namespace {

// Per-request fault effects that must outlive the pre-routing handler.
// cpp-httplib handles a request on one thread from routing to logging.
thread_local bool tl_truncate = false;
thread_local bool tl_closed = false;

const char* kProxyPage =
    "<html>\r\n<head><title>%d %s</title></head>\r\n<body>\r\n<center><h1>%d %s</h1></center>\r\n"
    "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

}  // namespace

struct TestServer::Impl {
  Impl(Library lib, Dialect d, Options o) : st(std::move(lib), d, std::move(o)) {
    if (!st.opts.tls_cert_file.empty()) {
      svr = std::make_unique<httplib::SSLServer>(st.opts.tls_cert_file.c_str(), st.opts.tls_key_file.c_str());
    } else {
      svr = std::make_unique<httplib::Server>();
    }
  }

  State st;
  std::unique_ptr<httplib::Server> svr;
  std::thread thread;
  int port = -1;

  httplib::Server::HandlerResponse PreRoute(const httplib::Request& req, httplib::Response& res);
  void Setup();
};

httplib::Server::HandlerResponse TestServer::Impl::PreRoute(const httplib::Request& req, httplib::Response& res) {
  using HR = httplib::Server::HandlerResponse;
  tl_truncate = false;
  tl_closed = false;
  if (int ms = st.latency_ms.load(); ms > 0) st.Sleep(ms);
  std::optional<FaultRule> f = st.faults.Match(req.method, req.path);
  if (!f) return HR::Unhandled;
  switch (f->action) {
    case FaultAction::kStatus:
      if (f->retry_after_s >= 0) res.set_header("Retry-After", std::to_string(f->retry_after_s));
      SendError(st, res, f->status, f->status == 500 ? "Internal server error" : StatusText(f->status));
      return HR::Handled;
    case FaultAction::kHtml: {
      int status = f->status >= 400 ? f->status : 502;
      char page[512];
      std::snprintf(page, sizeof page, kProxyPage, status, StatusText(status), status, StatusText(status));
      if (f->retry_after_s >= 0) res.set_header("Retry-After", std::to_string(f->retry_after_s));
      res.status = status;
      res.set_content(page, "text/html");
      return HR::Handled;
    }
    case FaultAction::kStall:
      st.Sleep(f->delay_ms);
      return HR::Unhandled;
    case FaultAction::kTruncatedJson:
      tl_truncate = true;
      return HR::Unhandled;
    case FaultAction::kCloseConnection:
      tl_closed = true;
      ShutdownSockets(req.local_port, req.remote_port);
      res.status = 500;
      return HR::Handled;
    case FaultAction::kRedirect:
      res.status = 302;
      res.set_header("Location", f->location.empty() ? req.target : f->location);
      return HR::Handled;
  }
  return HR::Unhandled;
}

void TestServer::Impl::Setup() {
  svr->new_task_queue = [] { return new httplib::ThreadPool(32); };
  svr->set_keep_alive_max_count(1000);
  svr->set_keep_alive_timeout(5);
  // Without it Nagle holds a short body until the client ACKs the headers
  // (delayed ACK): ~40 ms per answer on a reused connection. Immich (Node)
  // sends with TCP_NODELAY.
  svr->set_tcp_nodelay(true);
  svr->set_payload_max_length(10u << 20);  // Immich's 10 MB JSON limit
  svr->set_pre_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) { return PreRoute(req, res); });
  // Runs after the handler and before the answer is written, so a client
  // that has its answer also finds its request recorded.
  svr->set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (tl_truncate && !res.body.empty()) {
      // A whole HTTP answer whose JSON stops half-way (a proxy cut it).
      res.body.resize(res.body.size() / 2);
      res.headers.erase("Content-Length");
      res.set_header("Content-Length", std::to_string(res.body.size()));
    }
    RecordedRequest r;
    r.method = req.method;
    r.path = req.path;
    size_t q = req.target.find('?');
    if (q != std::string::npos) r.query = req.target.substr(q + 1);
    r.body = req.body;
    r.status = tl_closed ? 0 : res.status;
    r.response_bytes = tl_closed ? 0 : res.body.size();
    std::lock_guard<std::mutex> lock(st.log_mu);
    st.requests.push_back(std::move(r));
  });
  svr->set_error_handler(
      httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        if (res.status == 404) {
          SendError(st, res, 404, "Cannot " + req.method + " " + req.path);
        } else if (res.status == 413) {  // over the 10 MB body limit
          SendError(st, res, 413, "request entity too large");
        } else {
          return httplib::Server::HandlerResponse::Unhandled;
        }
        return httplib::Server::HandlerResponse::Handled;
      }));
  svr->set_exception_handler([this](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SendError(st, res, 500, "Internal server error");
  });
  RegisterServerRoutes(*svr, st);
  RegisterPeopleRoutes(*svr, st);
  RegisterSearchRoutes(*svr, st);
  RegisterAssetRoutes(*svr, st);
}

TestServer::TestServer(Library library, Dialect dialect, Options options)
    : impl_(std::make_unique<Impl>(std::move(library), dialect, std::move(options))) {
  impl_->Setup();
}

void KeepFreedMemory() {
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
}

TestServer::~TestServer() { Stop(); }

int TestServer::Start() { return StartOnPort(0); }

int TestServer::StartOnPort(int wanted) {
  if (impl_->port > 0) return impl_->port;
  if (!impl_->svr->is_valid()) return -1;  // TLS: the certificate or key could not be loaded
  // A client that hangs up mid-answer must not kill the process.
  std::signal(SIGPIPE, SIG_IGN);
  int port = wanted;
  if (wanted > 0) {
    if (!impl_->svr->bind_to_port("127.0.0.1", wanted)) return -1;
  } else {
    port = impl_->svr->bind_to_any_port("127.0.0.1");
  }
  if (port <= 0) return -1;
  impl_->port = port;
  impl_->st.stopping = false;
  impl_->thread = std::thread([this] { impl_->svr->listen_after_bind(); });
  for (int i = 0; i < 500 && !impl_->svr->is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  return port;
}

void TestServer::Stop() {
  if (!impl_->thread.joinable()) return;
  impl_->st.stopping = true;
  impl_->svr->stop();
  // Idle keep-alive connections would hold the workers for seconds.
  for (int i = 0; i < 50 && impl_->thread.joinable(); ++i) {
    ShutdownSockets(impl_->port, -1);
    if (!impl_->svr->is_running()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ShutdownSockets(impl_->port, -1);
  impl_->thread.join();
  impl_->port = -1;
}

int TestServer::Port() const { return impl_->port; }

std::string TestServer::BaseUrl() const {
  return (impl_->st.opts.tls_cert_file.empty() ? "http://127.0.0.1:" : "https://127.0.0.1:") +
         std::to_string(impl_->port);
}

std::vector<RecordedRequest> TestServer::Requests() const {
  std::lock_guard<std::mutex> lock(impl_->st.log_mu);
  return impl_->st.requests;
}

void TestServer::ClearRequests() {
  std::lock_guard<std::mutex> lock(impl_->st.log_mu);
  impl_->st.requests.clear();
}

std::vector<FeatureUpdate> TestServer::Updates() const {
  std::lock_guard<std::mutex> lock(impl_->st.log_mu);
  return impl_->st.updates;
}

std::string TestServer::FeatureAssetOf(const std::string& person_id) const {
  std::shared_lock lock(impl_->st.people_mu);
  const TsPerson* p = impl_->st.Person(person_id);
  return p ? p->feature_asset_id : "";
}

bool TestServer::GetPerson(const std::string& person_id, TsPerson* out) const {
  impl_->st.RunDueThumbnailJobs();
  std::shared_lock lock(impl_->st.people_mu);
  const TsPerson* p = impl_->st.Person(person_id);
  if (p == nullptr) return false;
  *out = *p;
  return true;
}

void TestServer::AdvanceClock(std::chrono::milliseconds by) { impl_->st.clock_offset_ms += by.count(); }

void TestServer::RunPersonThumbnailJobs() {
  std::unique_lock lock(impl_->st.people_mu);
  impl_->st.RunThumbnailJobsLocked(/*all=*/true);
}

std::string TestServer::ThumbnailAssetOf(const std::string& person_id) const {
  impl_->st.RunDueThumbnailJobs();
  std::shared_lock lock(impl_->st.people_mu);
  auto it = impl_->st.thumbnail_asset.find(person_id);
  return it != impl_->st.thumbnail_asset.end() ? it->second : "";
}

std::string TestServer::VersionString() const { return impl_->st.opts.version; }

void TestServer::SetLatency(int ms) { impl_->st.latency_ms = ms; }
void TestServer::InjectFault(FaultRule rule) { impl_->st.faults.Add(std::move(rule)); }
void TestServer::ClearFaults() { impl_->st.faults.Clear(); }

}  // namespace ifpo::testserver
