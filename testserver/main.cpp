// immich-test-server: serves a demo or scaled library until SIGINT/SIGTERM.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "generate.h"
#include "test_server.h"
#include "tls.h"

namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

void Usage() {
  std::fprintf(stderr,
               "usage: immich-test-server [--port N] [--dialect 1.136|2.7|3.2] "
               "[--library demo|scaled]\n"
               "                          [--people N --photos N --seed N] [--latency-ms N] "
               "[--api-key K] [--version X.Y.Z]\n"
               "                          [--tls-dir DIR]  (HTTPS: writes a private CA's ca.pem and the\n"
               "                                            server's certificate into DIR)\n");
}

bool ParseInt(const char* s, long* out) {
  char* end = nullptr;
  *out = std::strtol(s, &end, 10);
  return *s != '\0' && *end == '\0';
}

}  // namespace

int main(int argc, char** argv) {
  ifpo::testserver::KeepFreedMemory();
  using namespace ifpo::testserver;
  long port = 0, people = 200, photos = 5000, seed = 1, latency = 0;
  std::string dialect = "2.7", library = "demo", api_key = "test-key", version, tls_dir;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    long n = 0;
    if (a == "--help" || a == "-h") {
      Usage();
      return 0;
    } else if (has_value && a == "--dialect") {
      dialect = argv[++i];
    } else if (has_value && a == "--library") {
      library = argv[++i];
    } else if (has_value && a == "--api-key") {
      api_key = argv[++i];
    } else if (has_value && a == "--version") {
      version = argv[++i];
    } else if (has_value && a == "--tls-dir") {
      tls_dir = argv[++i];
    } else if (has_value &&
               (a == "--port" || a == "--people" || a == "--photos" || a == "--seed" || a == "--latency-ms") &&
               ParseInt(argv[i + 1], &n) && n >= 0) {
      ++i;
      if (a == "--port") port = n;
      if (a == "--people") people = n;
      if (a == "--photos") photos = n;
      if (a == "--seed") seed = n;
      if (a == "--latency-ms") latency = n;
    } else {
      std::fprintf(stderr, "immich-test-server: bad argument '%s'\n", a.c_str());
      Usage();
      return 2;
    }
  }
  Dialect d;
  if (dialect == "1.136") {
    d = Dialect::kV1_136;
  } else if (dialect == "2.7") {
    d = Dialect::kV2_5;
  } else if (dialect == "3.2") {
    d = Dialect::kV3;
  } else {
    std::fprintf(stderr, "immich-test-server: --dialect must be 1.136, 2.7 or 3.2\n");
    return 2;
  }
  if (library != "demo" && library != "scaled") {
    std::fprintf(stderr, "immich-test-server: --library must be demo or scaled\n");
    return 2;
  }
  Library lib = library == "demo" ? MakeDemoLibrary()
                                  : MakeScaledLibrary(static_cast<int>(people), static_cast<int>(photos),
                                                      static_cast<uint32_t>(seed));
  Options opts;
  opts.api_key = api_key;
  opts.version = version;
  opts.latency_ms = static_cast<int>(latency);
  if (!tls_dir.empty()) {
    auto files = MakeTestCertificates(tls_dir);
    if (!files) {
      std::fprintf(stderr, "immich-test-server: %s\n", files.error().message.c_str());
      return 1;
    }
    opts.tls_cert_file = files->server_cert;
    opts.tls_key_file = files->server_key;
    std::printf("CA certificate: %s\n", files->ca_cert.c_str());
  }
  TestServer server(std::move(lib), d, opts);
  int bound = port > 0 ? server.StartOnPort(static_cast<int>(port)) : server.Start();
  if (bound <= 0) {
    std::fprintf(stderr, "immich-test-server: cannot listen on 127.0.0.1:%ld\n", port);
    return 1;
  }
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::printf("listening on %s\n", server.BaseUrl().c_str());
  std::fflush(stdout);
  while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  server.Stop();
  return 0;
}
