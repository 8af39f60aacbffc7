// The fault suite (issue 6): the real binary against a test server that
// injects faults. For every fault: the exit code, the summary, who ends up
// with which photo; across the whole suite: zero wrong PUTs (every update
// the server accepted is the photo the same run picks without faults) and
// the API key never appears in stdout or stderr.
#include <chrono>
#include <cstdio>
#include <random>

#include <nlohmann/json.hpp>

#include "e2e/fixture.h"

namespace ifpo::e2e {
namespace {

using testserver::Dialect;
using testserver::FaultAction;
using testserver::FaultRule;

// Distinctive, so a leak cannot hide behind a common word.
constexpr const char* kKey = "sEcReT-fAuLt-KeY-5f2c9e81d4a7";

struct Tally {
  long faults = 0, runs = 0, updates = 0, wrong = 0, leaks = 0;
};
Tally& Totals() {
  static Tally t;
  return t;
}

// One line for the README, printed once per test process.
class FaultSuiteSummary : public ::testing::Environment {
 public:
  void TearDown() override {
    const Tally& t = Totals();
    if (t.runs == 0) return;
    std::printf("fault suite: %ld faults injected, %ld runs, %ld wrong updates (%ld updates checked), %ld key leaks\n",
                t.faults, t.runs, t.wrong, t.updates, t.leaks);
  }
};
[[maybe_unused]] ::testing::Environment* const kSummary = ::testing::AddGlobalTestEnvironment(new FaultSuiteSummary);

using Choices = std::map<std::string, std::string>;  // person id → featured asset id

class Faults : public E2E {
 protected:
  void SetUp() override { Restart(); }
  void TearDown() override {
    Count();
    E2E::TearDown();
  }
  // Stops the server first: a stalled request is logged when it ends.
  void Count() {
    if (!server_ || counted_) return;
    server_->Stop();
    Totals().faults += Fired();
    counted_ = true;
  }

  // A fresh server (state, request log and faults) with the secret key.
  void Restart() {
    Count();
    rules_.clear();
    testserver::Options o;
    o.api_key = kKey;
    Start(MakeScenario(), o);
    counted_ = false;
  }

  void Inject(FaultRule rule) {
    rules_.push_back(rule);
    server_->InjectFault(std::move(rule));
  }

  // Unattended, most verbose logging (the most chances to leak the key).
  RunResult RunF(std::vector<std::string> args, const std::map<std::string, std::string>& env = {}) {
    std::vector<std::string> full = {server_->BaseUrl(), kKey, "-u", "-l", "VERBOSE"};
    full.insert(full.end(), args.begin(), args.end());
    const auto t0 = std::chrono::steady_clock::now();
    last_ = RunTool(full, env);
    last_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ++Totals().runs;
    const bool leaked = last_.out.find(kKey) != std::string::npos || last_.err.find(kKey) != std::string::npos;
    if (leaked) ++Totals().leaks;
    EXPECT_FALSE(leaked) << "the API key was printed\n" << Diag();
    return last_;
  }

  // How many requests the injected rules answered with a fault. Replays the
  // injector's rule (n-th match, or the seeded draw) over the request log.
  long Fired() const {
    if (!server_) return 0;
    const auto log = server_->Requests();
    long fired = 0;
    for (const FaultRule& r : rules_) {
      std::mt19937 rng(r.seed);
      int n = 0;
      for (const auto& q : log) {
        if (!r.method.empty() && r.method != q.method) continue;
        if (q.path.compare(0, r.path_prefix.size(), r.path_prefix) != 0) continue;
        ++n;
        if (r.probability > 0) {
          if (std::uniform_real_distribution<double>(0.0, 1.0)(rng) < r.probability) ++fired;
        } else if (n >= r.first_match && (r.count < 0 || n < r.first_match + r.count)) {
          ++fired;
        }
      }
    }
    return fired;
  }

  // What the same arguments choose without faults, on a fresh server of the
  // same scenario (cached per dialect and arguments).
  const Choices& Baseline(const std::vector<std::string>& args = {}) {
    static std::map<std::string, Choices> cache;
    std::string key = std::to_string(static_cast<int>(GetParam()));
    for (const auto& a : args) key += " " + a;
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    testserver::Options o;
    o.api_key = kKey;
    Scenario s = MakeScenario();
    testserver::TestServer base(s.lib, GetParam(), o);
    EXPECT_GT(base.Start(), 0);
    std::vector<std::string> full = {base.BaseUrl(), kKey, "-u"};
    full.insert(full.end(), args.begin(), args.end());
    RunResult r = RunTool(full);
    EXPECT_EQ(r.exit_code, 0) << "fault-free baseline failed\n" << r.err;
    Choices c;
    for (const auto& p : s.lib.people) c[p.id] = base.FeatureAssetOf(p.id);
    base.Stop();
    if (!args.empty() && args[0] == "--classic") {
      EXPECT_EQ(c[s.bob], s.b_recent) << "ties: the newest wins";
    }
    return cache[key] = c;
  }

  // The people a default run processes (named, visible).
  std::vector<std::string> Processed() const {
    return {s_.alice, s_.bob, s_.carol, s_.eve_fav, s_.frank_nobday, s_.grace_feb29};
  }

  // Zero wrong PUTs: every update the server accepted is the fault-free
  // choice, or the one given in `instead` for that person.
  void ExpectNoWrongUpdates(const Choices& baseline, const Choices& instead = {}) {
    for (const auto& u : server_->Updates()) {
      ++Totals().updates;
      auto it = instead.find(u.person_id);
      const std::string want = it != instead.end() ? it->second : baseline.at(u.person_id);
      if (u.asset_id != want) {
        ++Totals().wrong;
        ADD_FAILURE() << "wrong PUT: person " << u.person_id << " set to " << u.asset_id << ", expected " << want
                      << "\n"
                      << Diag();
      }
    }
  }

  // Everyone processed ends with the fault-free photo, except `failed`
  // (untouched: no photo at all) and `instead`.
  void ExpectFinal(const Choices& baseline, const std::set<std::string>& failed = {}, const Choices& instead = {}) {
    for (const std::string& id : Processed()) {
      std::string want = failed.count(id) ? "" : baseline.at(id);
      if (auto it = instead.find(id); it != instead.end()) want = it->second;
      EXPECT_EQ(Featured(id), want) << "person " << id << "\n" << Diag();
    }
    EXPECT_EQ(Featured(s_.dave_hidden), "");
    EXPECT_EQ(Featured(s_.unnamed), "");
    ExpectNoWrongUpdates(baseline, instead);
  }

  void ExpectSummary(int updated, int failed) {
    EXPECT_NE(last_.err.find("msg=Done! updated=" + std::to_string(updated) + " "), std::string::npos) << Diag();
    EXPECT_NE(last_.err.find(" failed=" + std::to_string(failed) + " "), std::string::npos) << Diag();
  }

  size_t PutsTo(const std::string& person) { return CountRequests("PUT", "/api/people/" + person); }

  // The person whose search the n-th POST /search/metadata was (1-based).
  std::string PersonOfSearch(int n) {
    int k = 0;
    for (const auto& r : server_->Requests()) {
      if (r.method != "POST" || r.path != "/api/search/metadata" || ++k != n) continue;
      auto j = nlohmann::json::parse(r.body, nullptr, false);
      if (j.is_object() && j.contains("personIds") && j["personIds"].size() == 1) return j["personIds"][0];
    }
    return "";
  }

  std::string NameOf(const std::string& id) const {
    for (const auto& p : s_.lib.people)
      if (p.id == id) return p.name;
    return "";
  }

  std::vector<FaultRule> rules_;
  bool counted_ = false;
  double last_seconds_ = 0;
};

FaultRule Rule(const std::string& method, const std::string& prefix, FaultAction action, int status = 503,
               int count = 1, int first = 1) {
  FaultRule r;
  r.method = method;
  r.path_prefix = prefix;
  r.action = action;
  r.status = status;
  r.count = count;
  r.first_match = first;
  return r;
}

// --- retried: transient server errors ---------------------------------------

TEST_P(Faults, TransientServerErrorsAreRetried) {
  struct Case {
    const char* method;
    const char* path;
    int status;
    int retry_after;
    int count;
    std::vector<std::string> args = {};  // -b: photos are downloaded
  };
  std::vector<Case> cases = {
      {"POST", "/api/search/metadata", 500, -1, 2}, {"POST", "/api/search/metadata", 502, 1, 1},
      {"GET", "/api/people", 503, -1, 2},           {"GET", "/api/people", 500, 1, 1},
      {"GET", "/api/server/version", 502, -1, 3},   {"GET", "/api/assets/", 503, 0, 4, {"-b"}},  // thumbnails
      {"GET", "/api/assets/", 502, 1, 2, {"-b"}},   {"", "/api/", 503, 1, 1},
  };
  if (GetParam() == Dialect::kV3) cases.push_back({"GET", "/api/faces", 500, -1, 3});
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.method) + " " + c.path + " " + std::to_string(c.status) +
                 " Retry-After=" + std::to_string(c.retry_after));
    const Choices& base = Baseline(c.args);
    Restart();
    FaultRule r = Rule(c.method, c.path, FaultAction::kStatus, c.status, c.count);
    r.retry_after_s = c.retry_after;
    Inject(r);
    RunF(c.args);
    EXPECT_EQ(last_.exit_code, 0) << Diag();
    EXPECT_EQ(Fired(), c.count);
    ExpectSummary(6, 0);
    ExpectFinal(base);
  }
}

TEST_P(Faults, TooManyRequestsWaitsForRetryAfter) {
  const Choices& base = Baseline();
  FaultRule r = Rule("POST", "/api/search/metadata", FaultAction::kStatus, 429, 2);
  r.retry_after_s = 1;
  Inject(r);
  RunF({});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  EXPECT_EQ(Fired(), 2);
  // Two answers of "Retry-After: 1" in a row: at least 2 s of waiting.
  EXPECT_GE(last_seconds_, 2.0) << Diag();
  ExpectSummary(6, 0);
  ExpectFinal(base);
}

// Retries are bounded: a search that always fails costs 5 attempts per person,
// everyone is reported failed, nothing is changed.
TEST_P(Faults, PersistentServerErrorFailsEveryoneAndChangesNothing) {
  if (GetParam() != Dialect::kV2_5) GTEST_SKIP() << "dialect-independent; run once";
  const Choices& base = Baseline();
  Inject(Rule("POST", "/api/search/metadata", FaultAction::kStatus, 503, -1));
  RunF({});
  EXPECT_EQ(last_.exit_code, 2) << Diag();
  EXPECT_EQ(CountRequests("POST", "/api/search/metadata"), 6u * 5u);
  EXPECT_EQ(PutCount(), 0u);
  ExpectSummary(0, 6);
  EXPECT_NE(last_.err.find("503"), std::string::npos) << Diag();
  EXPECT_NE(last_.err.find("after 5 attempt(s)"), std::string::npos) << Diag();
  const auto everyone = Processed();
  ExpectFinal(base, {everyone.begin(), everyone.end()});
}

// A PUT is not repeated after a server error (the server may have acted on
// it): that person is reported, everyone else is updated.
TEST_P(Faults, ServerErrorOnPutFailsOnlyThatPerson) {
  const Choices& base = Baseline();
  Inject(Rule("PUT", "/api/people/" + s_.bob, FaultAction::kStatus, 503, -1));
  RunF({});
  EXPECT_EQ(last_.exit_code, 2) << Diag();
  EXPECT_EQ(PutsTo(s_.bob), 1u);
  ExpectSummary(5, 1);
  EXPECT_NE(last_.err.find("msg=\"Failed: Bob\""), std::string::npos) << Diag();
  ExpectFinal(base, {s_.bob});
}

// --- connections --------------------------------------------------------------

TEST_P(Faults, ConnectionClosedWithoutAnswerIsRetriedForReads) {
  for (const char* path : {"/api/people", "/api/search/metadata", "/api/assets/", "/api/server/version"}) {
    SCOPED_TRACE(path);
    const std::vector<std::string> args =
        std::string(path) == "/api/assets/" ? std::vector<std::string>{"-b"} : std::vector<std::string>{};
    const Choices& base = Baseline(args);
    Restart();
    Inject(Rule("", path, FaultAction::kCloseConnection, 0, 2));
    RunF(args);
    EXPECT_EQ(last_.exit_code, 0) << Diag();
    EXPECT_EQ(Fired(), 2);
    ExpectSummary(6, 0);
    ExpectFinal(base);
  }
}

// A PUT whose connection closes without an answer is not repeated by our
// retry policy (the server may have acted on it); libcurl itself re-sends a
// request once when a reused keep-alive connection turns out dead before any
// answer. Either way: Alice ends with the right photo, or is reported.
TEST_P(Faults, ConnectionClosedOnPutIsReportedOrResent) {
  const Choices& base = Baseline();
  Inject(Rule("PUT", "/api/people/" + s_.alice, FaultAction::kCloseConnection, 0, 1));
  RunF({});
  if (Featured(s_.alice).empty()) {
    EXPECT_EQ(last_.exit_code, 2) << Diag();
    EXPECT_EQ(PutsTo(s_.alice), 1u);
    ExpectSummary(5, 1);
    ExpectFinal(base, {s_.alice});
  } else {
    EXPECT_EQ(last_.exit_code, 0) << Diag();
    EXPECT_EQ(PutsTo(s_.alice), 2u);
    ExpectSummary(6, 0);
    ExpectFinal(base);
  }
}

TEST_P(Faults, ShortStallIsWaitedFor) {
  const Choices& base = Baseline();
  FaultRule r = Rule("POST", "/api/search/metadata", FaultAction::kStall, 0, 1);
  r.delay_ms = 1500;
  Inject(r);
  RunF({});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  EXPECT_GE(last_seconds_, 1.5);
  ExpectSummary(6, 0);
  ExpectFinal(base);
}

// --timeout shortens the per-request timeout: the stalled request is
// abandoned after 1.5 s and the retry succeeds.
TEST_P(Faults, StalledReadTimesOutAndIsRetried) {
  const Choices& base = Baseline();
  FaultRule r = Rule("GET", "/api/people", FaultAction::kStall, 0, 1);
  r.delay_ms = 8000;
  Inject(r);
  RunF({"--timeout", "1.5"});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  EXPECT_LT(last_seconds_, 7.0) << "waited for the stalled answer\n" << Diag();
  ExpectSummary(6, 0);
  ExpectFinal(base);
  Count();  // the stalled request is logged once it ends
  EXPECT_EQ(CountRequests("GET", "/api/people"), 2u);
}

// --- answers that cannot be trusted ----------------------------------------------

TEST_P(Faults, TruncatedSearchFailsThatPersonOnly) {
  const Choices& base = Baseline();
  Inject(Rule("POST", "/api/search/metadata", FaultAction::kTruncatedJson, 0, 1, 2));
  RunF({});
  const std::string victim = PersonOfSearch(2);
  ASSERT_NE(victim, "") << Diag();
  EXPECT_EQ(last_.exit_code, 2) << Diag();
  EXPECT_EQ(PutsTo(victim), 0u) << "updated from partial data\n" << Diag();
  EXPECT_NE(last_.err.find("not valid JSON"), std::string::npos) << Diag();
  EXPECT_NE(last_.err.find("msg=\"Failed: " + NameOf(victim) + "\""), std::string::npos) << Diag();
  ExpectSummary(5, 1);
  ExpectFinal(base, {victim});
}

// 3.x: faces come from GET /faces per photo; a truncated answer leaves that
// photo's faces unknown, so everybody on it is skipped, never guessed.
TEST_P(Faults, TruncatedFacesFailEveryoneOnThatPhoto) {
  if (GetParam() != Dialect::kV3) GTEST_SKIP() << "only 3.x reads faces separately";
  const Choices& base = Baseline();
  Inject(Rule("GET", "/api/faces", FaultAction::kTruncatedJson, 0, 1, 3));
  RunF({"--concurrency", "1"});  // so the 3rd request logged is the 3rd served
  std::string asset;
  int k = 0;
  for (const auto& r : server_->Requests())
    if (r.method == "GET" && r.path == "/api/faces" && ++k == 3) asset = r.query.substr(r.query.find('=') + 1);
  ASSERT_NE(asset, "");
  std::set<std::string> victims;
  for (const auto& a : s_.lib.assets)
    if (a.id == asset)
      for (const auto& f : a.faces) victims.insert(f.person_id);
  ASSERT_EQ(victims.size(), 1u);
  EXPECT_EQ(last_.exit_code, 2) << Diag();
  for (const auto& v : victims) EXPECT_EQ(PutsTo(v), 0u) << Diag();
  ExpectSummary(5, 1);
  ExpectFinal(base, victims);
}

TEST_P(Faults, TruncatedPeopleListStopsBeforeAnyChange) {
  Inject(Rule("GET", "/api/people", FaultAction::kTruncatedJson, 0, 1));
  RunF({});
  EXPECT_EQ(last_.exit_code, 1) << Diag();
  EXPECT_NE(last_.err.find("not valid JSON"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 0u);
}

// The PUT was applied but its answer cut: the run cannot confirm it, so it
// reports Eve (exit 2); the photo the server holds is still the right one.
TEST_P(Faults, TruncatedPutAnswerIsReportedAndThePhotoIsRight) {
  const Choices& base = Baseline();
  Inject(Rule("PUT", "/api/people/" + s_.eve_fav, FaultAction::kTruncatedJson, 0, 1));
  RunF({});
  EXPECT_EQ(last_.exit_code, 2) << Diag();
  EXPECT_EQ(PutsTo(s_.eve_fav), 1u);
  ExpectSummary(5, 1);
  EXPECT_NE(last_.err.find("msg=\"Failed: Eve\""), std::string::npos) << Diag();
  ExpectFinal(base);  // Eve included: the server applied it
}

TEST_P(Faults, HtmlProxyPageIsRetriedThenExplained) {
  const Choices& base = Baseline();
  FaultRule once = Rule("POST", "/api/search/metadata", FaultAction::kHtml, 502, 1);
  Inject(once);
  RunF({});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  ExpectSummary(6, 0);
  ExpectFinal(base);

  // A proxy whose Immich is down: retried, then a clear fatal error.
  Restart();
  Inject(Rule("", "/api/", FaultAction::kHtml, 502, -1));
  RunF({});
  EXPECT_EQ(last_.exit_code, 1) << Diag();
  EXPECT_NE(last_.err.find("HTML page"), std::string::npos) << Diag();
  EXPECT_NE(last_.err.find("502"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 0u);
}

// --- images that cannot be read under -b -------------------------------------------

// What -b chooses when `asset` is not a candidate at all (trashed): the best
// valid photo, the oracle for a photo whose image is broken.
Choices BaselineWithout(Dialect dialect, const std::string& asset, const std::vector<std::string>& args) {
  testserver::Options o;
  o.api_key = kKey;
  Scenario s = MakeScenario();
  s.lib.FindAsset(asset)->is_trashed = true;
  testserver::TestServer base(s.lib, dialect, o);
  EXPECT_GT(base.Start(), 0);
  std::vector<std::string> full = {base.BaseUrl(), kKey, "-u"};
  full.insert(full.end(), args.begin(), args.end());
  RunResult r = RunTool(full);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  Choices c;
  for (const auto& p : s.lib.people) c[p.id] = base.FeatureAssetOf(p.id);
  base.Stop();
  return c;
}

// The photo that wins Alice's -b run cannot be downloaded (503 on every
// attempt): its score is unknown and it could have won, so Alice is skipped
// and reported with the photo named, never set to the runner-up; everyone
// else is updated; exit 2.
TEST_P(Faults, UnreadableWinnerFailsThatPerson) {
  const Choices& base = Baseline({"-b"});
  const std::string winner = base.at(s_.alice);
  ASSERT_FALSE(winner.empty());
  Inject(Rule("GET", "/api/assets/" + winner, FaultAction::kStatus, 503, -1));
  RunF({"-b"});
  EXPECT_EQ(last_.exit_code, 2) << Diag();
  EXPECT_EQ(CountRequests("GET", "/api/assets/" + winner), 5u) << "retried, bounded\n" << Diag();
  EXPECT_EQ(PutsTo(s_.alice), 0u) << "updated from partial data\n" << Diag();
  EXPECT_NE(last_.err.find("level=ERROR msg=\"person failed\" person=Alice"), std::string::npos) << Diag();
  EXPECT_NE(last_.err.find("reason=\"photo " + winner + " could not be downloaded"), std::string::npos) << Diag();
  EXPECT_NE(last_.err.find("could have been the best one; not updated from partial data"), std::string::npos) << Diag();
  ExpectSummary(5, 1);
  ExpectFinal(base, {s_.alice});
}

// Without an upper bound (--classic -b: the Laplacian variance is unbounded)
// any photo that cannot be downloaded could have won.
TEST_P(Faults, UnreadablePhotoWithoutBoundFailsThatPerson) {
  const std::vector<std::string> args = {"--classic", "-b"};
  const Choices& base = Baseline(args);
  const std::string loser = base.at(s_.alice) == s_.a_big_blurry ? s_.a_small_sharp : s_.a_big_blurry;
  Inject(Rule("GET", "/api/assets/" + loser, FaultAction::kStatus, 503, -1));
  RunF(args);
  EXPECT_EQ(last_.exit_code, 2) << Diag();
  EXPECT_EQ(PutsTo(s_.alice), 0u) << Diag();
  EXPECT_NE(last_.err.find("reason=\"photo " + loser + " could not be downloaded"), std::string::npos) << Diag();
  ExpectSummary(5, 1);
  ExpectFinal(base, {s_.alice});
}

// Carol's birthday photos have small faces: their bound (size 0.73) is below
// the measured score of her big sharp face, so a 503 on all of them (the
// ones downloaded in the first round fail; the rest are never needed) costs
// nothing: Carol is set to the right photo, exit 0.
TEST_P(Faults, UnreadablePhotoThatCannotWinIsHarmless) {
  const Choices& base = Baseline({"-b"});
  ASSERT_EQ(base.at(s_.carol), s_.c_far2024);
  for (const std::string& id : {s_.c_bday2026, s_.c_bday2019, s_.c_bday2022})
    Inject(Rule("GET", "/api/assets/" + id, FaultAction::kStatus, 503, -1));
  RunF({"-b"});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  EXPECT_GE(Fired(), 5) << "no birthday photo was requested: the test proves nothing\n" << Diag();
  // One line for the cause, with a count, not one per photo.
  EXPECT_NE(last_.err.find("msg=\"could not download photos\""), std::string::npos) << Diag();
  EXPECT_EQ(last_.err.find("could not download photos"), last_.err.rfind("could not download photos")) << Diag();
  ExpectSummary(6, 0);
  ExpectFinal(base);
}

// A thumbnail that downloads but is not an image (garbage bytes): refused
// cleanly with a warning naming it; it cannot win, so Alice gets the best
// valid photo: what -b picks when that photo is not a candidate at all. The
// corrupt photo is Alice's fault-free winner, so the rule is what decides.
TEST_P(Faults, CorruptImageCannotWin) {
  const Choices& base = Baseline({"-b"});
  const std::string corrupt = base.at(s_.alice);
  const Choices valid = BaselineWithout(GetParam(), corrupt, {"-b"});
  ASSERT_NE(valid.at(s_.alice), corrupt);
  Scenario s = MakeScenario();
  s.lib.FindAsset(corrupt)->image.corrupt = true;
  testserver::Options o;
  o.api_key = kKey;
  Start(std::move(s), o);
  RunF({"-b"});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  ExpectSummary(6, 0);
  EXPECT_NE(last_.err.find("the image on the server is broken; it cannot be chosen\" asset=" + corrupt),
            std::string::npos)
      << Diag();
  EXPECT_EQ(Featured(s_.alice), valid.at(s_.alice)) << Diag();
  ExpectFinal(base, {}, {{s_.alice, valid.at(s_.alice)}});
}

// Every photo of Eve (one) is corrupt: nothing valid to choose, so she is
// skipped (not failed: the server's data is what it is), nothing is PUT.
TEST_P(Faults, OnlyCorruptImagesSkipThePerson) {
  const Choices& base = Baseline({"-b"});
  Scenario s = MakeScenario();
  s.lib.FindAsset(s.eve_photo)->image.corrupt = true;
  testserver::Options o;
  o.api_key = kKey;
  Start(std::move(s), o);
  RunF({"-b"});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  EXPECT_EQ(PutsTo(s_.eve_fav), 0u) << Diag();
  EXPECT_NE(last_.err.find("msg=\"person skipped\" person=Eve"), std::string::npos) << Diag();
  EXPECT_NE(last_.err.find("every candidate image is broken on the server"), std::string::npos) << Diag();
  ExpectSummary(5, 0);
  ExpectFinal(base, {s_.eve_fav});
}

// --- redirects ---------------------------------------------------------------------

// A same-host redirect (what an http→https upgrade looks like without TLS) is
// followed with the key: the server would answer 401 without it.
TEST_P(Faults, SameHostRedirectIsFollowed) {
  for (const char* path : {"/api/server/version", "/api/people", "/api/assets/", "/api/search/metadata"}) {
    SCOPED_TRACE(path);
    const std::vector<std::string> args =
        std::string(path) == "/api/assets/" ? std::vector<std::string>{"-b"} : std::vector<std::string>{};
    const Choices& base = Baseline(args);
    Restart();
    Inject(Rule("", path, FaultAction::kRedirect, 302, 1));
    RunF(args);
    EXPECT_EQ(last_.exit_code, 0) << Diag();
    EXPECT_EQ(Fired(), 1);
    ExpectSummary(6, 0);
    ExpectFinal(base);
  }
}

// --- the key and its permissions -------------------------------------------------

TEST_P(Faults, KeyRejectedAtStartStopsBeforeAnyChange) {
  Inject(Rule("GET", "/api/people", FaultAction::kStatus, 401, -1));
  RunF({});
  EXPECT_EQ(last_.exit_code, 1) << Diag();
  EXPECT_NE(last_.err.find("API key was rejected"), std::string::npos) << Diag();
  EXPECT_EQ(CountRequests("GET", "/api/people"), 1u) << "401 must not be retried";
  EXPECT_EQ(PutCount(), 0u);
}

// The key is revoked (401) or loses person.update (403) mid-run, from the
// 3rd PUT on: two people are updated, the other four reported.
TEST_P(Faults, KeyRevokedOrForbiddenMidRunStopsTheUpdates) {
  for (int status : {401, 403}) {
    SCOPED_TRACE(status);
    Restart();
    Inject(Rule("PUT", "/api/people/", FaultAction::kStatus, status, -1, 3));
    RunF({});
    EXPECT_EQ(last_.exit_code, 2) << Diag();
    EXPECT_EQ(server_->Updates().size(), 2u);
    ExpectSummary(2, 4);
    EXPECT_NE(last_.err.find(status == 401 ? "API key was rejected" : "person.update"), std::string::npos) << Diag();
    ExpectNoWrongUpdates(Baseline());
  }
}

// --- a person or a face that went away --------------------------------------------

TEST_P(Faults, PersonDeletedBeforeUpdateIsReported) {
  const Choices& base = Baseline();
  // 404 from the API, or Immich's own 400 "Not found or no person.update
  // access" (the server cannot delete mid-run; a same-host redirect of the
  // PUT to an id it does not know gets exactly that answer).
  for (int variant = 0; variant < 2; ++variant) {
    SCOPED_TRACE(variant == 0 ? "404" : "400 Not found");
    Restart();
    if (variant == 0) {
      Inject(Rule("PUT", "/api/people/" + s_.carol, FaultAction::kStatus, 404, -1));
    } else {
      FaultRule r = Rule("PUT", "/api/people/" + s_.carol, FaultAction::kRedirect, 302, 1);
      r.location = "/api/people/00000000-0000-4000-8000-0000000dead0";
      Inject(r);
    }
    RunF({});
    EXPECT_EQ(last_.exit_code, 2) << Diag();
    EXPECT_EQ(PutsTo(s_.carol), 1u) << "a deleted person is not retried with other photos\n" << Diag();
    ExpectSummary(5, 1);
    if (variant == 1) {
      EXPECT_NE(last_.err.find("Not found or no person.update access"), std::string::npos) << Diag();
    }
    ExpectFinal(base, {s_.carol});
  }
}

// Immich refuses the photo (400: the face was reassigned or deleted): the
// next best one is set. --classic: Bob's faces are equal, the newest wins,
// so the runner-up is the next newest.
TEST_P(Faults, RefusedPhotoFallsBackToTheNextBest) {
  const Choices& base = Baseline({"--classic"});
  Inject(Rule("PUT", "/api/people/" + s_.bob, FaultAction::kStatus, 400, 1));
  RunF({"--classic"});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  EXPECT_EQ(PutsTo(s_.bob), 2u);
  ExpectSummary(6, 0);
  ExpectFinal(base, {}, {{s_.bob, s_.b_xmas2023_evening}});

  // Refused every time: three photos are tried, then Bob is reported.
  Restart();
  Inject(Rule("PUT", "/api/people/" + s_.bob, FaultAction::kStatus, 400, -1));
  RunF({"--classic"});
  EXPECT_EQ(last_.exit_code, 2) << Diag();
  EXPECT_EQ(PutsTo(s_.bob), 3u);
  ExpectSummary(5, 1);
  ExpectFinal(base, {s_.bob});
}

// --- many faults at once ---------------------------------------------------------------

// Pages of one (-C 1) make many requests; one at a time (--concurrency 1)
// makes the seeded draws fall on the same requests every run.
const std::vector<std::string> kManySmallRequests = {"-C", "1", "--concurrency", "1"};

// 25% of reads fail (503, closed connections, HTML pages): retries absorb them.
TEST_P(Faults, RandomReadFaultsChangeNothing) {
  const Choices& base = Baseline(kManySmallRequests);
  for (uint32_t seed : {11u, 12u}) {
    SCOPED_TRACE(seed);
    Restart();
    const FaultAction actions[] = {FaultAction::kStatus, FaultAction::kCloseConnection, FaultAction::kHtml};
    uint32_t k = 0;
    for (const char* method : {"GET", "POST"}) {
      FaultRule r = Rule(method, "/api/", actions[(seed + k) % 3], 503, -1);
      r.probability = 0.25;
      r.seed = seed * 10 + k++;
      Inject(r);
    }
    RunF(kManySmallRequests);
    EXPECT_GT(Fired(), 5);
    EXPECT_EQ(last_.exit_code, 0) << Diag();
    ExpectSummary(6, 0);
    ExpectFinal(base);
  }
}

// Faults on PUTs too: every person is either set to the right photo or
// reported failed; the exit code says which.
TEST_P(Faults, RandomFaultsEveryPersonRightOrReported) {
  const Choices& base = Baseline(kManySmallRequests);
  Inject([] {
    FaultRule r = Rule("", "/api/", FaultAction::kStatus, 502, -1);
    r.probability = 0.25;
    r.seed = 7;
    return r;
  }());
  RunF(kManySmallRequests);
  EXPECT_GT(Fired(), 5);
  int failed = 0;
  for (const std::string& id : Processed()) {
    if (Featured(id).empty()) {
      ++failed;
      EXPECT_NE(last_.err.find("level=ERROR msg=\"person failed\" person=" + NameOf(id)), std::string::npos)
          << NameOf(id) << " neither updated nor reported\n"
          << Diag();
    } else {
      EXPECT_EQ(Featured(id), base.at(id)) << Diag();
    }
  }
  EXPECT_EQ(last_.exit_code, failed ? 2 : 0) << Diag();
  ExpectNoWrongUpdates(base);
}

IFPO_ALL_DIALECTS(Faults);

}  // namespace
}  // namespace ifpo::e2e
