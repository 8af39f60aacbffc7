// speed-bench: library-scale speed of the organizer (issue 3). For each size
// and API dialect it generates a library in the in-process test server (with
// per-request latency), runs the real binary as a child process in standard,
// date (-t) and blur (-b) modes, cold and warm, and prints a Markdown table
// (and JSON): wall time, client CPU, peak RSS, requests by endpoint, bytes
// downloaded and the request floor. See bench/speed/README.md.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <unordered_map>

#include <httplib.h>

#include "child.h"
#include "decode.h"
#include "generate.h"
#include "record.h"
#include "tally.h"
#include "test_server.h"

namespace fs = std::filesystem;
using namespace ifpo::bench;
namespace ts = ifpo::testserver;

namespace {

// The test server renders each photo's search JSON on first request and keeps
// it (testserver/item_cache.h), as Immich keeps its rows in Postgres. One pass
// over the pages the organizer will ask for makes it render them all, so the
// timed runs measure the client. Returns the pages read.
int PrimeSearch(const ts::TestServer& server) {
  httplib::Client http("127.0.0.1", server.Port());
  http.set_read_timeout(600);
  for (int page = 1;; ++page) {
    const std::string body = R"({"page":)" + std::to_string(page) +
                             R"(,"size":1000,"withPeople":true,"withExif":true,"visibility":"timeline"})";
    auto res = http.Post("/api/search/metadata", {{"x-api-key", "test-key"}}, body, "application/json");
    if (!res || res->status != 200 || res->body.find(R"("nextPage":null)") != std::string::npos) return page;
  }
}

struct Size {
  std::string name;
  int people = 0, photos = 0;
};

struct BenchOptions {
  std::vector<Size> sizes;
  std::vector<std::string> dialects = {"2.7"};
  std::vector<std::string> modes = {"standard", "date", "blur"};
  int latency_ms = 5;
  int concurrency = 8;
  uint32_t seed = 1;
  std::string bin;
  std::string json_path;
  std::string work_dir;
  bool prime = true;
  long server_cache_mb = 4096;
  int decode_samples = 40;
  bool keep = false;
};

const char* kUsage =
    "usage: speed-bench [--sizes S,M,L,PEOPLExPHOTOS] [--dialect 2.7,3.2] [--modes standard,date,blur]\n"
    "                   [--latency-ms 5] [--concurrency 8] [--seed 1] [--bin PATH] [--json FILE]\n"
    "                   [--work-dir DIR] [--keep] [--no-prime] [--server-cache-mb 4096] [--decode-samples 40]\n"
    "Defaults: --sizes S,M --dialect 2.7 --modes standard,date,blur. S = 50 people / 2k photos,\n"
    "M = 500 / 50k, L = 2000 / 200k (opt-in: several minutes).\n";

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

bool ParseSize(const std::string& s, Size* out) {
  if (s == "S")
    *out = {"S", 50, 2000};
  else if (s == "M")
    *out = {"M", 500, 50000};
  else if (s == "L")
    *out = {"L", 2000, 200000};
  else {
    int p = 0, n = 0;
    char tail = 0;
    if (std::sscanf(s.c_str(), "%dx%d%c", &p, &n, &tail) != 2 || p < 1 || n < 1) return false;
    *out = {s, p, n};
  }
  return true;
}

// Returns false (after printing why) on a bad command line.
bool ParseArgs(int argc, char** argv, BenchOptions* o) {
  std::vector<std::string> sizes = {"S", "M"};
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "speed-bench: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    auto number = [&]() -> long {
      const std::string v = value();
      char* end = nullptr;
      const long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || n < 0) {
        std::fprintf(stderr, "speed-bench: %s wants a non-negative number, got '%s'\n", a.c_str(), v.c_str());
        std::exit(2);
      }
      return n;
    };
    if (a == "--sizes")
      sizes = Split(value());
    else if (a == "--dialect")
      o->dialects = Split(value());
    else if (a == "--modes")
      o->modes = Split(value());
    else if (a == "--latency-ms")
      o->latency_ms = static_cast<int>(number());
    else if (a == "--concurrency")
      o->concurrency = static_cast<int>(number());
    else if (a == "--seed")
      o->seed = static_cast<uint32_t>(number());
    else if (a == "--bin")
      o->bin = value();
    else if (a == "--json")
      o->json_path = value();
    else if (a == "--work-dir")
      o->work_dir = value();
    else if (a == "--keep")
      o->keep = true;
    else if (a == "--no-prime")
      o->prime = false;
    else if (a == "--server-cache-mb")
      o->server_cache_mb = number();
    else if (a == "--decode-samples")
      o->decode_samples = static_cast<int>(number());
    else if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else {
      std::fprintf(stderr, "speed-bench: unknown option '%s'\n%s", a.c_str(), kUsage);
      return false;
    }
  }
  for (const std::string& s : sizes) {
    Size size;
    if (!ParseSize(s, &size)) {
      std::fprintf(stderr, "speed-bench: unknown size '%s' (S, M, L or PEOPLExPHOTOS)\n", s.c_str());
      return false;
    }
    o->sizes.push_back(size);
  }
  for (const std::string& d : o->dialects) {
    if (d != "2.7" && d != "3.2" && d != "1.136") {
      std::fprintf(stderr, "speed-bench: unknown dialect '%s' (1.136, 2.7 or 3.2)\n", d.c_str());
      return false;
    }
  }
  for (const std::string& m : o->modes) {
    if (m != "standard" && m != "date" && m != "blur") {
      std::fprintf(stderr, "speed-bench: unknown mode '%s' (standard, date, blur)\n", m.c_str());
      return false;
    }
  }
  if (o->concurrency < 1) o->concurrency = 1;
  return true;
}

ts::Dialect DialectOf(const std::string& d) {
  if (d == "3.2") return ts::Dialect::kV3;
  if (d == "1.136") return ts::Dialect::kV1_136;
  return ts::Dialect::kV2_5;
}

// Next to the bench, else the one it was built with.
std::string DefaultBin(const char* argv0) {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) self = fs::absolute(argv0);
  const fs::path beside = self.parent_path() / "immich-featured-photo-organizer";
  if (::access(beside.c_str(), X_OK) == 0) return beside.string();
#ifdef IFPO_ORGANIZER_BIN
  return IFPO_ORGANIZER_BIN;
#else
  return beside.string();
#endif
}

double SelfCpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::string Fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

struct Check {
  std::string what;
  bool pass = false;
  std::string detail;
};

class Bench {
 public:
  Bench(const BenchOptions& o, std::string self) : o_(o), self_(std::move(self)) {}

  void RunSize(const Size& size, const std::string& dialect) {
    std::fprintf(stderr, "[bench] %s (%d people / %d photos), API %s: generating...\n", size.name.c_str(), size.people,
                 size.photos, dialect.c_str());
    ts::Library lib = ts::MakeScaledLibrary(size.people, size.photos, o_.seed);
    const LibraryStats stats = ComputeStats(lib);
    std::fprintf(stderr, "[bench] %s: %ld faces, %ld people selected, %ld distinct photos of them\n", size.name.c_str(),
                 stats.faces, stats.selected, stats.candidate_assets);
    library_ = lib;  // kept for the decode estimate (the server owns its copy)
    assets_.clear();
    for (const auto& a : library_.assets) assets_[a.id] = &a;
    server_options_ = ts::Options{};
    server_options_.latency_ms = o_.latency_ms;
    server_options_.image_cache_bytes = static_cast<size_t>(o_.server_cache_mb) << 20;
    ts::TestServer server(std::move(lib), DialectOf(dialect), server_options_);
    if (server.Start() < 0) {
      std::fprintf(stderr, "[bench] could not start the test server\n");
      failed_ = true;
      return;
    }
    const std::string tag = size.name + "-" + dialect;
    auto has = [&](const char* m) { return std::find(o_.modes.begin(), o_.modes.end(), m) != o_.modes.end(); };
    const bool v3 = dialect == "3.2";
    if (o_.prime && (has("standard") || has("date"))) {
      const auto start = std::chrono::steady_clock::now();
      const int pages = PrimeSearch(server);
      std::fprintf(stderr, "[bench] %s %s: search pages primed (%d pages, %.1f s)\n", size.name.c_str(),
                   dialect.c_str(), pages,
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    if (has("standard")) {
      const size_t cold = Run(server, size, dialect, stats, "standard", {}, tag + "-standard", stats.settable, v3);
      // Immich's thumbnail job bumps updatedAt after each of our PUTs: the
      // next run compares each person's thumbnail with our photo once
      // (README "Photos picked by hand"); the warm run after it is the
      // steady state of a nightly cron.
      Run(server, size, dialect, stats, "standard re-run (checks thumbnails once)", {}, tag + "-standard", 0, v3);
      const size_t warm = Run(server, size, dialect, stats, "standard warm", {}, tag + "-standard", 0, v3);
      CheckStandard(runs_[cold], runs_[warm], dialect);
    }
    if (has("date")) {
      Run(server, size, dialect, stats, "-t", {"-t"}, tag + "-date", stats.settable, v3);
      Run(server, size, dialect, stats, "-t warm", {"-t"}, tag + "-date", 0, v3);
    }
    if (has("blur")) {
      if (o_.prime) {
        // A real server reads pre-made thumbnails from disk; the test server
        // renders them on first request. A dry run makes it render (and keep)
        // every image -b will ask for, so the timed runs measure the client.
        Run(server, size, dialect, stats, "-b prime (-y, server renders)", {"-b", "-y"}, tag + "-prime", 0, v3);
      }
      const size_t cold = Run(server, size, dialect, stats, "-b cold", {"-b"}, tag + "-blur", stats.settable, v3);
      runs_[cold].decode = EstimateDecode(assets_, last_requests_, server_options_, o_.decode_samples);
      Run(server, size, dialect, stats, "-b re-run (checks thumbnails once)", {"-b"}, tag + "-blur", 0, v3);
      const size_t warm = Run(server, size, dialect, stats, "-b warm", {"-b"}, tag + "-blur", 0, v3);
      CheckBlur(runs_[cold], runs_[warm]);
    }
    server.Stop();
  }

  int Finish() {
    std::string out = "\n" + MarkdownTable(runs_, o_.latency_ms, o_.concurrency);
    out += "machine: " + std::to_string(std::thread::hardware_concurrency()) + " cores";
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3) out += ", load average " + Fixed(load[0], 1) + " at the end";
    out += "\n\nTargets (issue 3):\n";
    for (const Check& c : checks_)
      out += std::string("- ") + (c.pass ? "PASS" : "MISS") + " " + c.what + ": " + c.detail + "\n";
    std::fputs(out.c_str(), stdout);
    if (!o_.json_path.empty()) {
      nlohmann::json j;
      j["latency_ms"] = o_.latency_ms;
      j["concurrency"] = o_.concurrency;
      j["cores"] = std::thread::hardware_concurrency();
      j["load_average_1m"] = load[0];
      j["runs"] = nlohmann::json::array();
      for (const RunRecord& r : runs_) j["runs"].push_back(ToJson(r));
      j["targets"] = nlohmann::json::array();
      for (const Check& c : checks_) j["targets"].push_back({{"what", c.what}, {"pass", c.pass}, {"detail", c.detail}});
      std::ofstream f(o_.json_path);
      f << j.dump(2) << "\n";
      if (!f) {
        std::fprintf(stderr, "speed-bench: cannot write %s\n", o_.json_path.c_str());
        return 1;
      }
    }
    return failed_ ? 1 : 0;
  }

 private:
  // Runs the organizer once; returns the index of its record in runs_.
  size_t Run(ts::TestServer& server, const Size& size, const std::string& dialect, const LibraryStats& stats,
             const std::string& mode, const std::vector<std::string>& flags, const std::string& cache_name, long puts,
             bool v3) {
    const fs::path cache = fs::path(o_.work_dir) / cache_name;
    const fs::path log = fs::path(o_.work_dir) / (cache_name + "-" + std::to_string(runs_.size()) + ".log");
    std::vector<std::string> args = {"-u", "--concurrency", std::to_string(o_.concurrency), "--cache-dir",
                                     cache.string()};
    args.insert(args.end(), flags.begin(), flags.end());
    std::vector<std::string> argv = {o_.bin, server.BaseUrl(), "test-key"};
    argv.insert(argv.end(), args.begin(), args.end());

    server.ClearRequests();
    const double cpu0 = SelfCpuSeconds();
    RunRecord r;
    r.size = size.name;
    r.dialect = dialect;
    r.mode = mode;
    r.args = args;
    r.library = stats;
    r.child = RunChildViaHelper(self_, argv, log.string(), log.string() + ".result");
    r.server_cpu_s = SelfCpuSeconds() - cpu0;
    last_requests_ = server.Requests();
    r.tally = TallyRequests(last_requests_);
    const bool blur = std::find(flags.begin(), flags.end(), "-b") != flags.end();
    const long images = blur ? r.tally.images - r.tally.duplicate_images : 0;
    // A warm run follows a run on the same cache: its face lists are known.
    const bool warm = mode.find("warm") != std::string::npos;
    const long face_lists = v3 && !warm ? stats.candidate_assets : 0;
    r.floor = RequestFloor(stats, face_lists, puts, images, o_.latency_ms, o_.concurrency);
    r.phases = ReadPhases(log.string());
    if (r.child.exit_code != 0) {
      failed_ = true;
      std::fprintf(stderr, "[bench] %s %s %s: exit %d %s (log: %s)\n", size.name.c_str(), dialect.c_str(), mode.c_str(),
                   r.child.exit_code, r.child.error.c_str(), log.c_str());
    }
    std::fprintf(stderr, "[bench] %s %s %-30s %7.2f s wall, %6.2f s CPU, %5ld MB, %ld requests\n", size.name.c_str(),
                 dialect.c_str(), mode.c_str(), r.child.wall_s, r.child.user_s + r.child.sys_s,
                 r.child.max_rss_kb / 1024, r.tally.total_requests);
    runs_.push_back(std::move(r));
    return runs_.size() - 1;
  }

  void CheckStandard(const RunRecord& cold, const RunRecord& warm, const std::string& dialect) {
    const std::string where = cold.size + " " + dialect;
    const double limit = 1.5 * cold.floor.seconds;
    checks_.push_back({where + " standard within 1.5× of its request floor", cold.child.wall_s <= limit,
                       Fixed(cold.child.wall_s, 2) + " s vs floor " + Fixed(cold.floor.seconds, 2) + " s (limit " +
                           Fixed(limit, 2) + " s); " + std::to_string(cold.tally.total_requests) +
                           " requests vs minimal " + std::to_string(cold.floor.requests)});
    const long puts = cold.tally.requests.count("put") ? cold.tally.requests.at("put") : 0;
    checks_.push_back(
        {where + " standard sets every named person once", puts == cold.library.settable,
         std::to_string(puts) + " PUTs for " + std::to_string(cold.library.settable) + " named people with photos"});
    const long warm_puts = warm.tally.requests.count("put") ? warm.tally.requests.at("put") : 0;
    checks_.push_back({where + " unchanged standard re-run PUTs nothing", warm_puts == 0,
                       std::to_string(warm_puts) + " PUTs, " + Fixed(warm.child.wall_s, 2) + " s"});
  }

  void CheckBlur(const RunRecord& cold, const RunRecord& warm) {
    const std::string where = cold.size + " " + cold.dialect;
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const double images = static_cast<double>(cold.tally.images);
    const double bound = images * o_.latency_ms / 1000.0 / o_.concurrency + cold.decode.total_s / cores;
    checks_.push_back({where + " -b cold within 2× of downloads × latency ÷ concurrency + decode ÷ cores",
                       cold.child.wall_s <= 2 * bound,
                       Fixed(cold.child.wall_s, 2) + " s vs " + Fixed(bound, 2) + " s (" +
                           std::to_string(cold.tally.images) + " images × " + std::to_string(o_.latency_ms) + " ms ÷ " +
                           std::to_string(o_.concurrency) + " + " + Fixed(cold.decode.total_s, 2) + " s decode ÷ " +
                           std::to_string(cores) + " cores; " + std::to_string(cold.decode.samples) +
                           " images sampled); limit " + Fixed(2 * bound, 2) + " s"});
    checks_.push_back(
        {where + " -b downloads each image at most once", cold.tally.duplicate_images == 0,
         std::to_string(cold.tally.duplicate_images) + " repeated of " + std::to_string(cold.tally.images)});
    const double speedup = warm.child.wall_s > 0 ? cold.child.wall_s / warm.child.wall_s : 0;
    checks_.push_back({where + " -b warm ≥ 20× faster than cold, zero downloads",
                       speedup >= 20 && warm.tally.images == 0,
                       Fixed(speedup, 1) + "× (" + Fixed(cold.child.wall_s, 2) + " s → " + Fixed(warm.child.wall_s, 2) +
                           " s), " + std::to_string(warm.tally.images) + " images downloaded"});
  }

  const BenchOptions& o_;
  std::string self_;  // this executable, the measuring helper
  ts::Library library_;
  std::unordered_map<std::string, const ts::TsAsset*> assets_;
  ts::Options server_options_;
  std::vector<ts::RecordedRequest> last_requests_;
  std::vector<RunRecord> runs_;
  std::vector<Check> checks_;
  bool failed_ = false;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--run-measured") return HelperMain(argc - 2, argv + 2);
  BenchOptions o;
  if (!ParseArgs(argc, argv, &o)) return 2;
  ifpo::testserver::KeepFreedMemory();  // the in-process server serves megabyte pages
  if (o.bin.empty()) o.bin = DefaultBin(argv[0]);
  if (::access(o.bin.c_str(), X_OK) != 0) {
    std::fprintf(stderr, "speed-bench: organizer binary not found: %s (use --bin)\n", o.bin.c_str());
    return 2;
  }
  bool temporary = false;
  if (o.work_dir.empty()) {
    char tmpl[] = "/tmp/ifpo-speed-XXXXXX";
    if (::mkdtemp(tmpl) == nullptr) {
      std::perror("speed-bench: mkdtemp");
      return 1;
    }
    o.work_dir = tmpl;
    temporary = !o.keep;
  } else {
    std::error_code ec;
    fs::create_directories(o.work_dir, ec);
  }
  std::fprintf(stderr, "[bench] organizer %s; logs and caches in %s\n", o.bin.c_str(), o.work_dir.c_str());
  std::error_code self_ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", self_ec);
  Bench bench(o, self_ec ? fs::absolute(argv[0]).string() : self.string());
  for (const Size& size : o.sizes)
    for (const std::string& d : o.dialects) bench.RunSize(size, d);
  const int code = bench.Finish();
  if (temporary) {
    std::error_code ec;
    fs::remove_all(o.work_dir, ec);
  }
  return code;
}
