// soak-bench: the load soak of issue 6 (item 5). Generates a scaled library
// in the in-process test server, runs the real organizer once without faults
// (the oracle: who gets which photo) and once with faults injected at random
// into a share of all requests (503, connections closed without an answer,
// HTML proxy pages; PUTs included), sampling the organizer's RSS while it
// runs. It then checks that every person the fault-free run updated is either
// set to the same photo or reported failed, and that no PUT set a wrong photo.
// Exit 0 when that holds, 1 when it does not, 2 on a bad command line.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "generate.h"
#include "test_server.h"

namespace fs = std::filesystem;
namespace ts = ifpo::testserver;

namespace {

struct SoakOptions {
  std::string size = "M";
  int people = 500, photos = 50000;
  std::string dialect = "2.7";
  std::string mode = "standard";  // standard | date | blur
  int latency_ms = 5;
  int concurrency = 8;
  double fault_rate = 0.05;
  uint32_t seed = 1;
  int sample_ms = 250;
  std::string bin = IFPO_ORGANIZER_BIN;
  std::string work_dir;
  bool keep = false;
};

const char* kUsage =
    "usage: soak-bench [--size S|M|L|PEOPLExPHOTOS] [--dialect 1.136|2.7|3.2] [--mode standard|date|blur]\n"
    "                  [--fault-rate 0.05] [--seed 1] [--latency-ms 5] [--concurrency 8] [--sample-ms 250]\n"
    "                  [--bin PATH] [--work-dir DIR] [--keep]\n"
    "Defaults: --size M --dialect 2.7 --mode standard --fault-rate 0.05. S = 50 people / 2k photos,\n"
    "M = 500 / 50k, L = 2000 / 200k. Two runs of the organizer: without faults (the oracle), then with\n"
    "faults on --fault-rate of all requests; prints the RSS of the faulted run over time.\n";

bool ParseSize(const std::string& s, SoakOptions* o) {
  o->size = s;
  if (s == "S") {
    o->people = 50, o->photos = 2000;
  } else if (s == "M") {
    o->people = 500, o->photos = 50000;
  } else if (s == "L") {
    o->people = 2000, o->photos = 200000;
  } else {
    char tail = 0;
    if (std::sscanf(s.c_str(), "%dx%d%c", &o->people, &o->photos, &tail) != 2 || o->people < 1 || o->photos < 1)
      return false;
  }
  return true;
}

bool ParseArgs(int argc, char** argv, SoakOptions* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    }
    if (a == "--keep") {
      o->keep = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "soak-bench: %s needs a value\n%s", a.c_str(), kUsage);
      return false;
    }
    const std::string v = argv[++i];
    char* end = nullptr;
    const double n = std::strtod(v.c_str(), &end);
    const bool numeric = !v.empty() && *end == '\0' && n >= 0;
    if (a == "--size") {
      if (!ParseSize(v, o)) return std::fprintf(stderr, "soak-bench: bad --size '%s'\n", v.c_str()), false;
    } else if (a == "--dialect" && (v == "1.136" || v == "2.7" || v == "3.2")) {
      o->dialect = v;
    } else if (a == "--mode" && (v == "standard" || v == "date" || v == "blur")) {
      o->mode = v;
    } else if (a == "--fault-rate" && numeric && n <= 1) {
      o->fault_rate = n;
    } else if (a == "--seed" && numeric) {
      o->seed = static_cast<uint32_t>(n);
    } else if (a == "--latency-ms" && numeric) {
      o->latency_ms = static_cast<int>(n);
    } else if (a == "--concurrency" && numeric && n >= 1) {
      o->concurrency = static_cast<int>(n);
    } else if (a == "--sample-ms" && numeric && n >= 10) {
      o->sample_ms = static_cast<int>(n);
    } else if (a == "--bin") {
      o->bin = v;
    } else if (a == "--work-dir") {
      o->work_dir = v;
    } else {
      std::fprintf(stderr, "soak-bench: bad option or value: %s %s\n%s", a.c_str(), v.c_str(), kUsage);
      return false;
    }
  }
  return true;
}

ts::Dialect DialectOf(const std::string& d) {
  if (d == "1.136") return ts::Dialect::kV1_136;
  if (d == "3.2") return ts::Dialect::kV3;
  return ts::Dialect::kV2_5;
}

// VmRSS (now) and VmHWM (peak so far) of a running process, in kB.
std::pair<long, long> RssKb(pid_t pid) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  long rss = 0, hwm = 0;
  while (std::getline(f, line)) {
    if (line.rfind("VmRSS:", 0) == 0) rss = std::atol(line.c_str() + 6);
    if (line.rfind("VmHWM:", 0) == 0) hwm = std::atol(line.c_str() + 6);
  }
  return {rss, hwm};
}

struct Sample {
  double t = 0;
  long rss_kb = 0;
};

struct RunOut {
  int exit_code = -1;
  double wall_s = 0;
  long peak_kb = 0;
  std::vector<Sample> samples;
  std::string log;
};

// Runs argv with stdout+stderr into log_path, sampling VmRSS and VmHWM from
// /proc (the organizer's own image, not the forking bench's, which ru_maxrss
// would report). The peak is the last VmHWM seen: a run shorter than one
// sample interval reads low.
RunOut RunSampled(const std::vector<std::string>& argv, const std::string& log_path, int sample_ms) {
  RunOut out;
  const auto t0 = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int fd = open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) dup2(fd, 1), dup2(fd, 2), close(fd);
    const int null = open("/dev/null", O_RDONLY);
    if (null >= 0) dup2(null, 0), close(null);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  for (;;) {
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // Until execv the child is a copy of this process (the test server and its
    // library): its VmHWM is ours. Sample only once /proc shows the organizer.
    std::error_code ec;
    const bool execd = fs::equivalent(fs::read_symlink("/proc/" + std::to_string(pid) + "/exe", ec), argv[0], ec);
    const auto [rss, hwm] = execd ? RssKb(pid) : std::pair<long, long>{0, 0};
    if (rss > 0) out.samples.push_back({t, rss}), out.peak_kb = hwm;  // VmHWM only grows after exec
    // Sleep in small steps so a short run ends promptly.
    bool done = false;
    for (int waited = 0; waited < sample_ms && !done; waited += 10) {
      done = waitpid(pid, &status, WNOHANG) == pid;
      if (!done) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (done) break;
  }
  out.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  out.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream f(log_path);
  std::stringstream ss;
  ss << f.rdbuf();
  out.log = ss.str();
  return out;
}

// Person ids of the organizer's `msg="person failed" ... id=ID` log lines.
std::set<std::string> ReportedFailed(const std::string& log) {
  std::set<std::string> ids;
  std::istringstream in(log);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find("msg=\"person failed\"") == std::string::npos) continue;
    const size_t at = line.find(" id=");
    if (at == std::string::npos) continue;
    const size_t from = at + 4, to = line.find(' ', from);
    ids.insert(line.substr(from, to == std::string::npos ? std::string::npos : to - from));
  }
  return ids;
}

std::vector<std::string> OrganizerArgs(const SoakOptions& o, const std::string& url, const std::string& cache) {
  std::vector<std::string> a = {o.bin,         url,  "test-key", "-u", "--concurrency", std::to_string(o.concurrency),
                                "--cache-dir", cache};
  if (o.mode == "date") a.push_back("-t");
  if (o.mode == "blur") a.push_back("-b");
  return a;
}

}  // namespace

int main(int argc, char** argv) {
  SoakOptions o;
  if (!ParseArgs(argc, argv, &o)) return 2;
  const bool own_dir = o.work_dir.empty();
  if (own_dir) {
    char tmpl[] = "/tmp/ifpo-soak-XXXXXX";
    if (!mkdtemp(tmpl)) return std::perror("mkdtemp"), 2;
    o.work_dir = tmpl;
  }
  fs::create_directories(o.work_dir);
  std::fprintf(stderr, "soak: generating %d people / %d photos (seed %u)...\n", o.people, o.photos, o.seed);
  const ts::Library lib = ts::MakeScaledLibrary(o.people, o.photos, o.seed);
  ts::Options so;
  so.latency_ms = o.latency_ms;

  // 1. Without faults: the oracle.
  std::map<std::string, std::string> oracle;
  RunOut base;
  {
    ts::TestServer server(lib, DialectOf(o.dialect), so);
    if (server.Start() <= 0) return std::fprintf(stderr, "soak: the test server did not start\n"), 1;
    std::fprintf(stderr, "soak: fault-free run...\n");
    base = RunSampled(OrganizerArgs(o, server.BaseUrl(), o.work_dir + "/cache-base"), o.work_dir + "/base.log",
                      o.sample_ms);
    server.Stop();
    for (const auto& p : lib.people) oracle[p.id] = server.FeatureAssetOf(p.id);
    if (base.exit_code != 0) {
      std::fprintf(stderr, "soak: the fault-free run failed (exit %d); see %s/base.log\n", base.exit_code,
                   o.work_dir.c_str());
      return 1;
    }
  }

  // 2. With faults on fault_rate of all requests, split over three kinds.
  ts::TestServer server(lib, DialectOf(o.dialect), so);
  if (server.Start() <= 0) return std::fprintf(stderr, "soak: the test server did not start\n"), 1;
  const ts::FaultAction kinds[] = {ts::FaultAction::kStatus, ts::FaultAction::kCloseConnection, ts::FaultAction::kHtml};
  // Rules draw in turn (the first that fires wins): p each so that 1-(1-p)^3 = rate.
  const double p = 1.0 - std::pow(1.0 - o.fault_rate, 1.0 / 3.0);
  for (uint32_t k = 0; k < 3 && o.fault_rate > 0; ++k) {
    ts::FaultRule r;
    r.path_prefix = "/api/";
    r.action = kinds[k];
    r.status = kinds[k] == ts::FaultAction::kHtml ? 502 : 503;
    r.count = -1;
    r.probability = p;
    r.seed = o.seed * 100 + k;
    server.InjectFault(r);
  }
  std::fprintf(stderr, "soak: run with faults on %.1f%% of requests...\n", o.fault_rate * 100);
  const RunOut soak =
      RunSampled(OrganizerArgs(o, server.BaseUrl(), o.work_dir + "/cache-soak"), o.work_dir + "/soak.log", o.sample_ms);
  server.Stop();

  // 3. Every person: right photo, or reported.
  const auto failed = ReportedFailed(soak.log);
  long processed = 0, right = 0, reported = 0, unaccounted = 0, wrong = 0, faults = 0;
  for (const auto& person : lib.people) {
    const std::string want = oracle[person.id];
    if (want.empty()) continue;  // not processed (unnamed, hidden) or nothing to choose
    ++processed;
    const std::string got = server.FeatureAssetOf(person.id);
    if (got == want) {
      ++right;
    } else if (failed.count(person.id)) {
      ++reported;
    } else {
      ++unaccounted;
      if (unaccounted <= 5) std::fprintf(stderr, "soak: %s neither set right nor reported\n", person.id.c_str());
    }
  }
  for (const auto& u : server.Updates())
    if (u.asset_id != oracle[u.person_id]) ++wrong;
  const auto requests = server.Requests();
  // The test server answers 502, 503 or nothing only when a fault fires.
  for (const auto& r : requests)
    if (r.status == 0 || r.status == 502 || r.status == 503) ++faults;
  const int want_exit = reported > 0 ? 2 : 0;

  std::printf("soak: %s (%d people / %d photos), API %s, mode %s, %d ms latency, concurrency %d, seed %u\n",
              o.size.c_str(), o.people, o.photos, o.dialect.c_str(), o.mode.c_str(), o.latency_ms, o.concurrency,
              o.seed);
  std::printf("requests %zu, faults injected %ld (%.1f%%)\n", requests.size(), faults,
              requests.empty() ? 0.0 : 100.0 * static_cast<double>(faults) / static_cast<double>(requests.size()));
  std::printf(
      "people processed %ld: set right %ld, reported failed %ld, neither %ld; wrong PUTs %ld; exit %d (want %d)\n",
      processed, right, reported, unaccounted, wrong, soak.exit_code, want_exit);
  std::printf("wall s: fault-free %.1f, with faults %.1f\n", base.wall_s, soak.wall_s);
  std::printf("peak RSS MB: fault-free %.0f, with faults %.0f\n", static_cast<double>(base.peak_kb) / 1024.0,
              static_cast<double>(soak.peak_kb) / 1024.0);
  // RSS over time: the peak so far at every tenth of the faulted run.
  std::printf("RSS over time (with faults), MB at each tenth of the run:");
  long peak_so_far = 0;
  size_t next = 0;
  for (int tenth = 1; tenth <= 10; ++tenth) {
    const double until = soak.wall_s * tenth / 10.0;
    long now = 0;
    for (; next < soak.samples.size() && soak.samples[next].t <= until; ++next) {
      now = soak.samples[next].rss_kb;
      peak_so_far = std::max(peak_so_far, now);
    }
    std::printf(" %.0f%s", static_cast<double>(now ? now : peak_so_far) / 1024.0, tenth < 10 ? "," : "\n");
  }
  const bool ok = unaccounted == 0 && wrong == 0 && soak.exit_code == want_exit;
  std::printf("%s\n",
              ok ? "PASS: every person set right or reported, 0 wrong PUTs" : "FAIL: see the lines above and the logs");
  if (!o.keep && own_dir && ok)
    fs::remove_all(o.work_dir);
  else
    std::printf("logs: %s/base.log, %s/soak.log\n", o.work_dir.c_str(), o.work_dir.c_str());
  return ok ? 0 : 1;
}
