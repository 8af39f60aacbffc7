// Thin entry point: parse options, run the command (each key, once or on a
// schedule: app/app.h), map the outcome to an exit code. --demo starts the
// bundled test server first.
#include <malloc.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/app.h"
#include "cli/options.h"
#include "generate.h"
#include "organizer/pipeline.h"
#include "test_server.h"
#include "ui/terminal.h"

namespace {

std::atomic<bool> g_interrupted{false};

void OnSignal(int) { g_interrupted.store(true); }

void InstallSignalHandlers() {
  struct sigaction sa = {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking prompt returns at Ctrl-C
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
}

ifpo::testserver::Dialect DemoDialect(const std::string& v) {
  if (v == "1.136") return ifpo::testserver::Dialect::kV1_136;
  if (v == "3.2") return ifpo::testserver::Dialect::kV3;
  return ifpo::testserver::Dialect::kV2_5;
}

}  // namespace

int main(int argc, char** argv) {
  // One malloc arena for all threads: sweep pages are parsed on worker
  // threads, and memory they free (page buffers, parser tapes) must be
  // reusable by the main thread's candidates, not stranded in per-thread
  // arenas (+10 MB peak at a million faces).
  mallopt(M_ARENA_MAX, 1);
  auto parsed = ifpo::cli::Parse(argc, argv);
  if (parsed.kind == ifpo::cli::ParseOutcome::Kind::kExit) {
    std::FILE* out = parsed.exit_code == 0 ? stdout : stderr;
    std::fprintf(out, "%s\n", parsed.output.c_str());
    return parsed.exit_code;
  }
  InstallSignalHandlers();
  ifpo::cli::Options options = parsed.options;
  ifpo::ui::ConsoleTerminal terminal(&g_interrupted);

  std::unique_ptr<ifpo::testserver::TestServer> demo;
  if (options.demo) {
    ifpo::testserver::Options server_options;
    server_options.api_key = options.api_key;
    server_options.preview_size = 720;
    demo = std::make_unique<ifpo::testserver::TestServer>(ifpo::testserver::MakeDemoLibrary(),
                                                          DemoDialect(options.demo_dialect), server_options);
    if (demo->Start() < 0) {
      std::fprintf(stderr, "error: could not start the demo server on 127.0.0.1\n");
      return 1;
    }
    options.api_url = demo->BaseUrl();
    options.unattended = true;
    if (options.report_path.empty()) options.report_path = "immich-demo-report.html";
    if (options.cache_dir.empty()) options.no_cache = true;
    std::fprintf(stderr, "Demo: a sample Immich library (API %s) is served at %s\n", demo->VersionString().c_str(),
                 options.api_url.c_str());
  }
  const auto code = ifpo::app::RunCommand(
      options, [&](const ifpo::cli::Options& one) { return ifpo::organizer::Run(one, terminal, &g_interrupted); },
      &g_interrupted);
  if (demo) {
    std::error_code ec;
    const auto report = std::filesystem::absolute(options.report_path, ec);
    std::fprintf(stderr, "Demo report: %s\nOpen it in a browser to see the chosen faces.\n", report.c_str());
    demo->Stop();
  }
  return static_cast<int>(code);
}
