// Progress on a terminal: one live line per phase, redrawn in place, with
// counts that match what was done; and with stderr not a terminal, plain
// logfmt only (no carriage returns, no escape sequences).
#include <cmath>
#include <regex>
#include <sstream>

#include "e2e/fixture.h"

namespace ifpo::e2e {
namespace {

// More people than one search per person is worth (10): the library sweep.
constexpr int kPeople = 20, kPhotos = 90;
const std::string kRedraw = "\r\033[K";  // carriage return, erase line

struct PhaseLine {
  std::string phase;
  long done = 0, total = -1;  // total -1: unknown (a running count)
};

// "faces      3/12   25%  ~2s left" or "photos     90  0s".
std::optional<PhaseLine> ParseProgress(const std::string& s) {
  static const std::regex counted(R"(^(\w+) +(\d+)/(\d+) +(\d+)%(  ~\d+s left)?$)");
  static const std::regex running(R"(^(\w+) +(\d+)  \d+s$)");
  std::smatch m;
  if (std::regex_match(s, m, counted)) {
    PhaseLine p{m[1].str(), std::stol(m[2].str()), std::stol(m[3].str())};
    const long pct = std::stol(m[4].str());
    const long want = p.total > 0 ? std::lround(100.0 * static_cast<double>(p.done) / static_cast<double>(p.total)) : 0;
    if (p.done > p.total || std::abs(pct - want) > 1) return std::nullopt;
    return p;
  }
  if (std::regex_match(s, m, running)) return PhaseLine{m[1].str(), std::stol(m[2].str()), -1};
  return std::nullopt;
}

class Progress : public E2E {
 protected:
  void SetUp() override {
    Scenario s;
    s.lib = testserver::MakeScaledLibrary(kPeople, kPhotos, 11);
    Start(std::move(s), {});
  }
  std::vector<std::string> Args() const { return {server_->BaseUrl(), "test-key", "-u", "-b"}; }
  // Image downloads: GET /api/assets/{id}/thumbnail (either size).
  size_t Downloads() {
    size_t n = 0;
    for (const auto& q : server_->Requests()) {
      const std::string suffix = "/thumbnail";
      if (q.method == "GET" && q.path.rfind("/api/assets/", 0) == 0 && q.path.size() > suffix.size() &&
          q.path.compare(q.path.size() - suffix.size(), suffix.size(), suffix) == 0)
        ++n;
    }
    return n;
  }
};

TEST_P(Progress, LivePhaseLinesOnATerminal) {
  auto r = RunToolOnPty(Args());
  last_ = r;
  ASSERT_EQ(r.exit_code, 0) << Diag();
  ASSERT_GT(PutCount(), 0u);
  // Terminal rows ("\n" became "\r\n"); within a row the progress line is
  // redrawn after "\r\e[K". What stays visible of each drawing is either a
  // progress line or a complete logfmt line: they never run into each other.
  std::map<std::string, std::vector<PhaseLine>> drawn;  // phase → drawings in order
  std::vector<std::string> phase_order;
  size_t redraws = 0, log_lines = 0;
  std::string text = r.out;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find("\r\n", start);
    if (end == std::string::npos) end = text.size();
    const std::string row = text.substr(start, end - start);
    start = end + 2;
    size_t from = 0;
    for (;;) {
      const size_t next = row.find(kRedraw, from);
      const std::string piece = row.substr(from, next == std::string::npos ? std::string::npos : next - from);
      if (!piece.empty()) {
        if (auto p = ParseProgress(piece)) {
          if (drawn[p->phase].empty()) phase_order.push_back(p->phase);
          drawn[p->phase].push_back(*p);
        } else {
          auto kv = ParseLogfmt(piece);
          ASSERT_TRUE(kv && kv->count("time") && kv->count("level") && kv->count("msg"))
              << "neither a progress line nor logfmt: [" << piece << "]\n"
              << Diag();
          ++log_lines;
        }
      }
      if (next == std::string::npos) break;
      ++redraws;
      from = next + kRedraw.size();
    }
  }
  EXPECT_GT(log_lines, 3u);
  EXPECT_GT(redraws, 10u);
  // The phases, in pipeline order; 3.x sends no faces with the photos, so
  // only there are they read one photo at a time.
  std::vector<std::string> want = {"people", "photos"};
  if (GetParam() == testserver::Dialect::kV3) want.push_back("faces");
  for (const char* p : {"images", "planning", "applying"}) want.push_back(p);
  EXPECT_EQ(phase_order, want) << Diag();

  auto last = [&](const std::string& phase) { return drawn[phase].empty() ? PhaseLine{} : drawn[phase].back(); };
  // Counted phases start at 0/N and end at N/N, on the same line.
  std::vector<std::string> counted = {"planning", "applying"};
  if (GetParam() == testserver::Dialect::kV3) counted.push_back("faces");
  for (const std::string& phase : counted) {
    ASSERT_GE(drawn[phase].size(), 2u) << phase << Diag();
    EXPECT_EQ(drawn[phase].front().done, 0) << phase;
    EXPECT_GT(last(phase).total, 0) << phase;
    EXPECT_EQ(last(phase).done, last(phase).total) << phase;
    long previous = 0;
    for (const PhaseLine& p : drawn[phase]) {
      EXPECT_EQ(p.total, last(phase).total) << phase;
      EXPECT_GE(p.done, previous) << phase << ": counts go forward";
      previous = p.done;
    }
  }
  // The counts are what happened.
  EXPECT_EQ(last("applying").total, static_cast<long>(PutCount()));
  if (GetParam() == testserver::Dialect::kV3) {
    EXPECT_EQ(last("faces").total, static_cast<long>(CountRequests("GET", "/api/faces")));
  }
  EXPECT_EQ(last("images").total, -1);
  EXPECT_EQ(last("images").done, static_cast<long>(Downloads()));
  EXPECT_GT(last("images").done, 0);
  // The people list tells its total with the first page.
  EXPECT_GT(last("people").total, 0);
  EXPECT_EQ(last("people").done, last("people").total);
  EXPECT_GT(last("photos").done, kPhotos / 2);
  EXPECT_LE(last("photos").done, kPhotos);
}

TEST_P(Progress, PlainLogfmtWhenNotATerminal) {
  auto r = RunTool(Args());
  last_ = r;
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_TRUE(r.out.empty()) << Diag();
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << Diag();
  EXPECT_EQ(r.err.find('\033'), std::string::npos) << Diag();
  ASSERT_FALSE(r.err.empty());
  ASSERT_EQ(r.err.back(), '\n');
  std::istringstream in(r.err);
  size_t lines = 0;
  std::map<std::string, std::string> measured, done;
  for (std::string line; std::getline(in, line); ++lines) {
    auto kv = ParseLogfmt(line);
    ASSERT_TRUE(kv.has_value()) << "not logfmt: [" << line << "]";
    ASSERT_TRUE(std::regex_match((*kv)["time"], std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"))) << line;
    EXPECT_TRUE(std::regex_match((*kv)["level"], std::regex("VERBOSE|DEBUG|INFO|WARNING|ERROR|CRITICAL"))) << line;
    ASSERT_TRUE(kv->count("msg")) << line;
    if ((*kv)["msg"] == "images measured") measured = *kv;
    if ((*kv)["msg"] == "Done!") done = *kv;
    // No progress text leaked into the log.
    EXPECT_EQ(line.find("% "), std::string::npos) << line;
  }
  EXPECT_GT(lines, 3u);
  EXPECT_NE(r.err.find("msg=\"sweeping the library for faces\""), std::string::npos) << Diag();
  ASSERT_FALSE(measured.empty()) << Diag();
  EXPECT_EQ(measured["downloaded"], std::to_string(Downloads()));
  ASSERT_FALSE(done.empty()) << Diag();
  EXPECT_EQ(done["updated"], std::to_string(PutCount()));
}

IFPO_ALL_DIALECTS(Progress);

}  // namespace
}  // namespace ifpo::e2e
