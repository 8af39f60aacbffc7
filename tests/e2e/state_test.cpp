// What the local record is for: re-runs that download nothing and PUT
// nothing new, --force, --revert, and photos picked by hand left alone.
#include <httplib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "e2e/fixture.h"

namespace ifpo::e2e {
namespace {

class State : public E2E {
 protected:
  void SetUp() override {
    E2E::SetUp();
    cache_ = MakeTempDir();
  }
  RunResult RunCached(std::vector<std::string> args, const std::map<std::string, std::string>& env = {}) {
    args.push_back("--cache-dir");
    args.push_back(cache_);
    return Run(args, true, "", env);
  }
  size_t Thumbnails() { return CountRequests("GET", "/api/assets/"); }
  std::string cache_;
};

TEST_P(State, ReRunDownloadsNothingAndPutsNothing) {
  ASSERT_EQ(RunCached({"-b", "-s", s_.alice, s_.bob}).exit_code, 0) << Diag();
  EXPECT_GT(Thumbnails(), 0u);
  EXPECT_EQ(PutCount(), 2u);
  server_->ClearRequests();
  auto r = RunCached({"-b", "-s", s_.alice, s_.bob});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Thumbnails(), 0u) << Diag();
  EXPECT_EQ(PutCount(), 0u) << Diag();
  EXPECT_NE(r.err.find("unchanged=2"), std::string::npos) << Diag();
}

TEST_P(State, ForcePutsAgain) {
  ASSERT_EQ(RunCached({"-s", s_.bob}).exit_code, 0) << Diag();
  server_->ClearRequests();
  ASSERT_EQ(RunCached({"-s", s_.bob, "--force"}).exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 1u);
}

TEST_P(State, RevertRestoresThePreviousChoice) {
  ASSERT_EQ(RunCached({"--classic", "-s", s_.alice}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.alice), s_.a_big_blurry);
  ASSERT_EQ(RunCached({"--classic", "-b", "-s", s_.alice}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.alice), s_.a_medium_sharp);
  server_->ClearRequests();
  auto dry = RunCached({"--revert", "-y"});
  ASSERT_EQ(dry.exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 0u);
  EXPECT_EQ(Featured(s_.alice), s_.a_medium_sharp);
  ASSERT_EQ(RunCached({"--revert"}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry);
}

// Two changes, then --revert twice: back one photo, then nothing older is
// known. It never toggles between the last two picks.
TEST_P(State, SecondRevertGoesFurtherBackInsteadOfToggling) {
  ASSERT_EQ(RunCached({"--classic", "-s", s_.alice}).exit_code, 0) << Diag();
  ASSERT_EQ(RunCached({"--classic", "-b", "-s", s_.alice}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.alice), s_.a_medium_sharp);
  ASSERT_EQ(RunCached({"--revert"}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.alice), s_.a_big_blurry);
  server_->ClearRequests();
  auto again = RunCached({"--revert"});
  EXPECT_EQ(again.exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 0u) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry);
  EXPECT_NE(again.err.find("Immich does not say which"), std::string::npos) << Diag();
}

// --force re-sets the same photo; --revert still goes back to the photo
// before it instead of PUTting the same one again.
TEST_P(State, RevertAfterForceGoesBackToTheEarlierPhoto) {
  ASSERT_EQ(RunCached({"--classic", "-s", s_.alice}).exit_code, 0) << Diag();
  ASSERT_EQ(RunCached({"--classic", "-b", "-s", s_.alice}).exit_code, 0) << Diag();
  ASSERT_EQ(RunCached({"--classic", "-b", "-s", s_.alice, "--force"}).exit_code, 0) << Diag();
  server_->ClearRequests();
  ASSERT_EQ(RunCached({"--revert"}).exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 1u);
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry);
}

// Without -u, --revert asks like a run; with input closed it stops.
TEST_P(State, RevertAsksFirst) {
  ASSERT_EQ(RunCached({"--classic", "-s", s_.alice}).exit_code, 0) << Diag();
  ASSERT_EQ(RunCached({"--classic", "-b", "-s", s_.alice}).exit_code, 0) << Diag();
  server_->ClearRequests();
  auto closed = Run({"--revert", "--cache-dir", cache_}, /*unattended=*/false, "");
  EXPECT_EQ(closed.exit_code, 1) << Diag();
  EXPECT_EQ(PutCount(), 0u);
  EXPECT_NE(closed.err.find("1 people to put back to their previous photo"), std::string::npos) << Diag();
  auto yes = Run({"--revert", "--cache-dir", cache_}, /*unattended=*/false, "\n");
  EXPECT_EQ(yes.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry);
}

// -s/-S/-f choose whom --revert puts back, as they choose whom a run sets.
TEST_P(State, RevertOnlyTouchesTheSelectedPeople) {
  ASSERT_EQ(RunCached({"--classic", "-s", s_.alice}).exit_code, 0) << Diag();
  ASSERT_EQ(RunCached({"--classic", "-b", "-s", s_.alice}).exit_code, 0) << Diag();
  // Bob has two picks too, so a --revert of everyone would move him.
  ASSERT_EQ(RunCached({"-T", "-s", s_.bob}).exit_code, 0) << Diag();
  ASSERT_EQ(RunCached({"-t", "-s", s_.bob}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.bob), s_.b_recent);
  const std::string bob_now = Featured(s_.bob);
  server_->ClearRequests();
  ASSERT_EQ(RunCached({"--revert", "-S", "Alice"}).exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 1u) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry);
  EXPECT_EQ(Featured(s_.bob), bob_now);
}

TEST_P(State, RevertWithoutARecordSaysWhy) {
  auto no_cache = RunCached({"--revert", "--no-cache"});
  EXPECT_EQ(no_cache.exit_code, 1) << Diag();
  EXPECT_NE(no_cache.err.find("--no-cache"), std::string::npos) << Diag();
  ASSERT_EQ(Run({"-s", s_.bob, "--no-cache"}).exit_code, 0) << Diag();  // records nothing
  auto empty = RunCached({"--revert"});
  EXPECT_EQ(empty.exit_code, 0) << Diag();
  EXPECT_NE(empty.err.find("nothing to revert"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 1u);  // the --no-cache run's only
}

TEST_P(State, RevertReportsEachPersonAsJson) {
  ASSERT_EQ(RunCached({"--classic", "-s", s_.alice, s_.bob}).exit_code, 0) << Diag();
  ASSERT_EQ(RunCached({"--classic", "-b", "-s", s_.alice}).exit_code, 0) << Diag();
  auto r = RunCached({"--revert", "--output", "json"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  std::map<std::string, nlohmann::json> by_id;
  for (size_t at = 0; at < r.out.size();) {
    const size_t end = r.out.find('\n', at);
    const auto j = nlohmann::json::parse(r.out.substr(at, end - at));
    by_id[j["id"].get<std::string>()] = j;
    at = end == std::string::npos ? r.out.size() : end + 1;
  }
  ASSERT_EQ(by_id.size(), 2u) << r.out;
  EXPECT_EQ(by_id[s_.alice]["action"], "reverted");
  EXPECT_EQ(by_id[s_.alice]["chosen_asset"], s_.a_big_blurry);
  EXPECT_EQ(by_id[s_.alice]["previous_asset"], s_.a_medium_sharp);
  EXPECT_EQ(by_id[s_.alice]["name"], "Alice");
  EXPECT_EQ(by_id[s_.bob]["action"], "skipped");
  EXPECT_TRUE(by_id[s_.bob]["chosen_asset"].is_null());
  EXPECT_EQ(r.out.find("msg="), std::string::npos) << r.out;
}

TEST_P(State, RevertWithoutEarlierChoiceSaysSo) {
  ASSERT_EQ(RunCached({"-s", s_.bob}).exit_code, 0) << Diag();
  server_->ClearRequests();
  auto r = RunCached({"--revert"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 0u);
  EXPECT_NE(r.err.find("Immich does not say which"), std::string::npos) << Diag();
}

TEST_P(State, PhotoPickedByHandIsKept) {
  ASSERT_EQ(RunCached({"-t", "-s", s_.bob}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.bob), s_.b_recent);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  // Someone picks another photo in Immich's web UI.
  httplib::Client c(server_->BaseUrl());
  auto res = c.Put("/api/people/" + s_.bob, httplib::Headers{{"x-api-key", "test-key"}},
                   "{\"featureFaceAssetId\":\"" + s_.b_xmas2020 + "\"}", "application/json");
  ASSERT_TRUE(res && res->status == 200);
  const std::map<std::string, std::string> no_grace = {{"IFPO_MANUAL_PICK_GRACE_S", "0"}};
  auto r = RunCached({"-T", "-s", s_.bob}, no_grace);
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_xmas2020) << Diag();
  EXPECT_NE(r.err.find("override-manual"), std::string::npos) << Diag();
  ASSERT_EQ(RunCached({"-T", "-s", s_.bob, "--override-manual"}, no_grace).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_2015);
}

// The record of choices is state ($XDG_STATE_HOME), not cache, and does not
// depend on how the server's address is spelt.
TEST_P(State, RecordLivesInXdgStateHomeWhateverTheUrlSpelling) {
  const std::string state = MakeTempDir(), cache = MakeTempDir();
  const std::map<std::string, std::string> env = {{"XDG_STATE_HOME", state}, {"XDG_CACHE_HOME", cache}};
  std::string url = server_->BaseUrl();
  ASSERT_NE(url.find("127.0.0.1"), std::string::npos) << url;
  auto first = RunTool({url, "test-key", "-u", "-s", s_.bob}, env);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  size_t state_files = 0;
  for (const auto& e : std::filesystem::directory_iterator(state + "/immich-featured-photo-organizer"))
    state_files += e.path().string().find(".state.sqlite3") != std::string::npos;
  EXPECT_EQ(state_files, 1u);
  url.replace(url.find("127.0.0.1"), 9, "localhost");
  server_->ClearRequests();
  auto second = RunTool({url, "test-key", "-u", "-s", s_.bob}, env);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(PutCount(), 0u) << second.err;
  EXPECT_NE(second.err.find("unchanged=1"), std::string::npos) << second.err;
  RemoveTree(state);
  RemoveTree(cache);
}

// A cache or state directory that cannot be used stops the run (it would
// silently drop the lock, the record and the manual-pick protection);
// --no-cache is the way to run without them.
TEST_P(State, UnusableCacheDirectoryStopsTheRun) {
  const std::string dir = MakeTempDir();
  const std::string file = dir + "/not-a-dir";
  { std::ofstream(file) << "x"; }
  auto r = Run({"-s", s_.bob, "--cache-dir", file + "/cache"});
  EXPECT_EQ(r.exit_code, 1) << Diag();
  EXPECT_NE(r.err.find(file), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("--no-cache"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 0u);
  auto state = Run({"-s", s_.bob, "--state-dir", file + "/state"});
  EXPECT_EQ(state.exit_code, 1) << Diag();
  EXPECT_EQ(PutCount(), 0u);
  auto without = Run({"-s", s_.bob, "--no-cache", "--cache-dir", file + "/cache"});
  EXPECT_EQ(without.exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 1u);
  RemoveTree(dir);
}

TEST_P(State, TwoRunsAtOnceCannotInterleave) {
  // A run blocked at the prompt holds the lock; a second one says who.
  int in[2];
  ASSERT_EQ(pipe(in), 0);
  const pid_t first = fork();
  if (first == 0) {
    dup2(in[0], 0);
    close(in[1]);
    setenv("IFPO_NOW", kNow, 1);
    const std::string url = server_->BaseUrl();
    execl(std::getenv("IFPO_BIN"), "organizer", url.c_str(), "test-key", "--cache-dir", cache_.c_str(), nullptr);
    _exit(127);
  }
  close(in[0]);
  // Wait until the first run holds the lock (it lists people before asking).
  for (int i = 0; i < 100 && CountRequests("GET", "/api/people") == 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  auto second = RunCached({"-s", s_.bob});
  EXPECT_EQ(second.exit_code, 1) << Diag();
  EXPECT_NE(second.err.find("pid=" + std::to_string(first)), std::string::npos) << Diag();
  close(in[1]);  // the first run sees end of input and stops
  int status = 0;
  waitpid(first, &status, 0);
}

IFPO_ALL_DIALECTS(State);

}  // namespace
}  // namespace ifpo::e2e
