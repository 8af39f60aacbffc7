// What the local record is for: re-runs that download nothing and PUT
// nothing new, --force, --revert, and photos picked by hand left alone.
#include <httplib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
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
  // Two picks of ours for Alice: the classic formula's big blurry face, then
  // with -b the medium sharp one; --revert has one step to go back.
  void TwoPicksOfAlice() {
    ASSERT_EQ(RunCached({"--classic", "-s", s_.alice}).exit_code, 0) << Diag();
    ASSERT_EQ(Featured(s_.alice), s_.a_big_blurry);
    ASSERT_EQ(RunCached({"--classic", "-b", "-s", s_.alice}).exit_code, 0) << Diag();
    ASSERT_EQ(Featured(s_.alice), s_.a_medium_sharp);
  }
  std::string cache_;
};

TEST_P(State, ReRunDownloadsNothingAndPutsNothing) {
  ASSERT_EQ(RunCached({"-b", "-s", s_.alice, s_.bob}).exit_code, 0) << Diag();
  EXPECT_GT(Thumbnails(), 0u);
  EXPECT_EQ(PutCount(), 2u);
  // Immich's thumbnail job bumped updatedAt: one run checks the thumbnails.
  ASSERT_EQ(RunCached({"-b", "-s", s_.alice, s_.bob}).exit_code, 0) << Diag();
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
  ASSERT_NO_FATAL_FAILURE(TwoPicksOfAlice());
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
  ASSERT_NO_FATAL_FAILURE(TwoPicksOfAlice());
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
  ASSERT_NO_FATAL_FAILURE(TwoPicksOfAlice());
  ASSERT_EQ(RunCached({"--classic", "-b", "-s", s_.alice, "--force"}).exit_code, 0) << Diag();
  server_->ClearRequests();
  ASSERT_EQ(RunCached({"--revert"}).exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 1u);
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry);
}

// Without -u, --revert asks like a run; with input closed it stops.
TEST_P(State, RevertAsksFirst) {
  ASSERT_NO_FATAL_FAILURE(TwoPicksOfAlice());
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
  ASSERT_NO_FATAL_FAILURE(TwoPicksOfAlice());
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

// Someone picks another photo in Immich's web UI (as the UI does: PUT).
void PickByHand(const testserver::TestServer& server, const std::string& person, const std::string& asset) {
  httplib::Client c(server.BaseUrl());
  auto res = c.Put("/api/people/" + person, httplib::Headers{{"x-api-key", "test-key"}},
                   "{\"featureFaceAssetId\":\"" + asset + "\"}", "application/json");
  ASSERT_TRUE(res && res->status == 200);
}

// A rename (or any other edit) bumps updatedAt but keeps the photo.
void Rename(const testserver::TestServer& server, const std::string& person, const std::string& name) {
  httplib::Client c(server.BaseUrl());
  auto res = c.Put("/api/people/" + person, httplib::Headers{{"x-api-key", "test-key"}},
                   nlohmann::json{{"name", name}}.dump(), "application/json");
  ASSERT_TRUE(res && res->status == 200);
}

size_t Lines(const std::string& text, const std::string& needle) {
  size_t n = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) n += line.find(needle) != std::string::npos;
  return n;
}

// Picked right after our PUT, no grace to wait for: Immich's thumbnail shows
// another photo than ours, so the person is left alone and named.
TEST_P(State, PhotoPickedByHandRightAwayIsKept) {
  ASSERT_EQ(RunCached({"-t", "-s", s_.bob}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.bob), s_.b_recent);
  PickByHand(*server_, s_.bob, s_.b_xmas2020);
  server_->ClearRequests();
  auto r = RunCached({"-T", "-s", s_.bob});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_xmas2020) << Diag();
  EXPECT_EQ(PutCount(), 0u) << Diag();
  EXPECT_EQ(CountRequests("GET", "/api/people/" + s_.bob + "/thumbnail"), 1u) << Diag();
  EXPECT_NE(r.err.find("picked by hand"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("override-manual"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("skipped=1"), std::string::npos) << Diag();
  EXPECT_EQ(r.err.find("could not compare"), std::string::npos) << Diag();
  // Still a hand pick on the next run (nothing recorded it as ours).
  EXPECT_EQ(RunCached({"-T", "-s", s_.bob}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_xmas2020) << Diag();
  ASSERT_EQ(RunCached({"-T", "-s", s_.bob, "--override-manual"}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_2015);
}

// --override-manual puts our pick back even when it is the photo we set
// last time (the record alone would call it unchanged).
TEST_P(State, OverrideManualPutsBackTheSamePick) {
  ASSERT_EQ(RunCached({"-t", "-s", s_.bob}).exit_code, 0) << Diag();
  PickByHand(*server_, s_.bob, s_.b_xmas2020);
  server_->ClearRequests();
  auto r = RunCached({"-t", "-s", s_.bob, "--override-manual"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_recent) << Diag();
  EXPECT_EQ(PutCount(), 1u) << Diag();
  // Where Immich still shows our photo, --override-manual PUTs nothing.
  server_->ClearRequests();
  ASSERT_EQ(RunCached({"-t", "-s", s_.bob, "--override-manual"}).exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 0u) << Diag();
}

// --revert leaves a hand pick alone too.
TEST_P(State, RevertKeepsAPhotoPickedByHand) {
  ASSERT_NO_FATAL_FAILURE(TwoPicksOfAlice());
  PickByHand(*server_, s_.alice, s_.a_small_sharp);
  server_->ClearRequests();
  auto r = RunCached({"--revert"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 0u) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_small_sharp);
  EXPECT_NE(r.err.find("picked by hand"), std::string::npos) << Diag();
  ASSERT_EQ(RunCached({"--revert", "--override-manual"}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry);
}

// A rename after our run bumps updatedAt; the thumbnail is still our photo,
// so a later run with other options changes the person.
TEST_P(State, RenameIsNotAPhotoPickedByHand) {
  ASSERT_EQ(RunCached({"-t", "-s", s_.bob}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.bob), s_.b_recent);
  // 20 minutes later: the old updatedAt rule would take this bump for a photo picked by hand.
  server_->AdvanceClock(std::chrono::minutes(20));
  Rename(*server_, s_.bob, "Robert");
  auto r = RunCached({"-T", "-s", s_.bob});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_2015) << Diag();
  EXPECT_EQ(r.err.find("picked by hand"), std::string::npos) << Diag();
}

// Immich's thumbnail job bumps updatedAt after our PUT: the next run looks
// once (one thumbnail, one preview) and records the new updatedAt; the run
// after that sends no image request at all.
TEST_P(State, ThumbnailJobIsCheckedOnceThenNoRequest) {
  ASSERT_EQ(RunCached({"-t", "-s", s_.bob}).exit_code, 0) << Diag();
  server_->ClearRequests();
  auto second = RunCached({"-t", "-s", s_.bob});
  ASSERT_EQ(second.exit_code, 0) << Diag();
  EXPECT_NE(second.err.find("unchanged=1"), std::string::npos) << Diag();
  EXPECT_EQ(CountRequests("GET", "/api/people/" + s_.bob + "/thumbnail"), 1u) << Diag();
  EXPECT_EQ(CountRequests("GET", "/api/assets/" + s_.b_recent + "/thumbnail"), 1u) << Diag();
  server_->ClearRequests();
  auto third = RunCached({"-t", "-s", s_.bob});
  ASSERT_EQ(third.exit_code, 0) << Diag();
  EXPECT_NE(third.err.find("unchanged=1"), std::string::npos) << Diag();
  for (const auto& req : server_->Requests()) {
    EXPECT_EQ(req.path.find("/thumbnail"), std::string::npos) << req.path;
    EXPECT_NE(req.method, "PUT");
  }
}

// Immich's thumbnail queue is slow: a run long after ours (the old rule's
// grace long past) still finds our photo, and while the queue has not
// cropped our latest photo yet the thumbnail shows the one before it; both
// are ours.
TEST_P(State, SlowThumbnailQueueIsNotAPhotoPickedByHand) {
  testserver::Options o;
  o.person_thumbnail_delay_ms = -1;  // jobs run only when the test says so
  Start(MakeScenario(), o);
  ASSERT_EQ(RunCached({"-t", "-s", s_.bob}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.bob), s_.b_recent);
  EXPECT_NE(server_->ThumbnailAssetOf(s_.bob), s_.b_recent);
  server_->AdvanceClock(std::chrono::minutes(20));
  server_->RunPersonThumbnailJobs();  // finishes 20 minutes late, bumping updatedAt
  ASSERT_EQ(server_->ThumbnailAssetOf(s_.bob), s_.b_recent);
  auto second = RunCached({"-T", "-s", s_.bob});
  ASSERT_EQ(second.exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.bob), s_.b_2015) << Diag();
  // The job for b_2015 is still queued; a rename 20 minutes later bumps updatedAt meanwhile.
  server_->AdvanceClock(std::chrono::minutes(20));
  Rename(*server_, s_.bob, "Robert");
  ASSERT_EQ(server_->ThumbnailAssetOf(s_.bob), s_.b_recent);
  server_->ClearRequests();
  auto third = RunCached({"-t", "-s", s_.bob});
  ASSERT_EQ(third.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_recent) << Diag();
  EXPECT_EQ(CountRequests("GET", "/api/assets/" + s_.b_recent + "/thumbnail"), 1u) << Diag();  // the previous photo
  EXPECT_EQ(third.err.find("picked by hand"), std::string::npos) << Diag();
}

// Our previous photo, picked again by hand: the thumbnail shows it as in a
// slow queue, but Immich wrote the thumbnail file after our PUT (its ETag).
TEST_P(State, OurPreviousPhotoPickedAgainByHandIsKept) {
  ASSERT_EQ(RunCached({"-t", "-s", s_.bob}).exit_code, 0) << Diag();
  ASSERT_EQ(RunCached({"-T", "-s", s_.bob}).exit_code, 0) << Diag();
  ASSERT_EQ(Featured(s_.bob), s_.b_2015);
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));  // past the clock slack
  PickByHand(*server_, s_.bob, s_.b_recent);
  auto r = RunCached({"-T", "-s", s_.bob});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_recent) << Diag();
  EXPECT_NE(r.err.find("picked by hand"), std::string::npos) << Diag();
}

// A key without asset.view cannot download our photo to compare: the
// updatedAt rule decides, said once for everyone.
TEST_P(State, KeyWithoutAssetViewFallsBackWithOneWarning) {
  if (GetParam() == testserver::Dialect::kV1_136) GTEST_SKIP() << "1.136 keys have no fine-grained permissions";
  testserver::Options o;
  o.permissions = {"person.read", "person.update", "asset.read", "face.read"};
  o.person_thumbnail_delay_ms = -1;
  Start(MakeScenario(), o);
  ASSERT_EQ(RunCached({"-t", "-s", s_.alice, s_.bob}).exit_code, 0) << Diag();
  // Immich's thumbnail jobs finish (and bump updatedAt) a second later (the
  // fallback compares updatedAt to the second).
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  server_->RunPersonThumbnailJobs();
  auto r = RunCached({"-t", "-s", s_.alice, s_.bob});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Lines(r.err, "could not compare"), 1u) << Diag();
  EXPECT_NE(r.err.find("people=2"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("asset.view"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("unchanged=2"), std::string::npos) << Diag();  // within the grace: ours
  // A change 20 minutes after our PUT is, for the fallback, a photo picked by hand.
  server_->AdvanceClock(std::chrono::minutes(20));
  Rename(*server_, s_.alice, "Alicia");
  Rename(*server_, s_.bob, "Robert");
  auto strict = RunCached({"-t", "-s", s_.alice, s_.bob});
  EXPECT_EQ(strict.exit_code, 0) << Diag();
  EXPECT_NE(strict.err.find("skipped=2"), std::string::npos) << Diag();
  EXPECT_EQ(Lines(strict.err, "could not compare"), 1u) << Diag();
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
