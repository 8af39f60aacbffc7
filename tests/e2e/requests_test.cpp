// Issue 3: which requests each strategy sends (the library sweep, per-person
// searches, 3.x face lists) and what the local cache saves on a re-run.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "e2e/fixture.h"
#include "generate.h"

extern char** environ;

namespace ifpo::e2e {
namespace {

using testserver::Dialect;

class Requests : public ::testing::Test {
 protected:
  void TearDown() override {
    if (server_) server_->Stop();
  }
  // Serves lib; with port > 0 on that port, so the cache (keyed by URL) is the same.
  void Serve(const testserver::Library& lib, Dialect d, int port = 0, testserver::Options options = {}) {
    if (server_) server_->Stop();
    server_ = std::make_unique<testserver::TestServer>(lib, d, options);
    ASSERT_GT(port > 0 ? server_->StartOnPort(port) : server_->Start(), 0);
  }
  RunResult Run(std::vector<std::string> args) {
    std::vector<std::string> full = {server_->BaseUrl(), "test-key", "-u", "--cache-dir", cache_};
    full.insert(full.end(), args.begin(), args.end());
    last_ = RunTool(full);
    return last_;
  }
  size_t Count(const std::string& method, const std::string& path_prefix) {
    return CountRequests(*server_, method, path_prefix);
  }
  std::string Diag() const { return e2e::Diag(last_); }
  // Rows the cache holds for an asset (measurements and face list); -1 if there is no cache file
  // (the record of choices beside it, <key>.state.sqlite3, is not the cache).
  long CachedRows(const std::string& asset_id) const {
    std::string file;
    for (const auto& e : std::filesystem::recursive_directory_iterator(cache_))
      if (e.path().extension() == ".sqlite3" && e.path().stem().extension() != ".state") file = e.path().string();
    sqlite3* db = nullptr;
    if (file.empty() || sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(db);
      return -1;
    }
    sqlite3_stmt* st = nullptr;
    long n = -1;
    if (sqlite3_prepare_v2(db,
                           "SELECT (SELECT count(*) FROM measures WHERE asset_id = ?1) + "
                           "(SELECT count(*) FROM face_lists WHERE asset_id = ?1)",
                           -1, &st, nullptr) == SQLITE_OK) {
      sqlite3_bind_text(st, 1, asset_id.c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
  }
  static size_t Timeline(const testserver::Library& lib, const std::string& type = "") {
    size_t n = 0;
    for (const auto& a : lib.assets)
      if (a.visibility == "timeline" && !a.is_trashed && (type.empty() || a.type == type)) ++n;
    return n;
  }
  static size_t NamedWithPhotos(const testserver::Library& lib) {
    std::set<std::string> on_photos;
    for (const auto& a : lib.assets)
      if (a.type == "IMAGE" && a.visibility == "timeline" && !a.is_trashed && !a.is_offline)
        for (const auto& f : a.faces) on_photos.insert(f.person_id);
    size_t n = 0;
    for (const auto& p : lib.people)
      if (!p.name.empty() && !p.is_hidden && on_photos.count(p.id)) ++n;
    return n;
  }

  std::string cache_ = MakeTempDir();
  std::unique_ptr<testserver::TestServer> server_;
  RunResult last_;
};

size_t Pages(size_t items, size_t size) { return std::max<size_t>(1, (items + size - 1) / size); }

// ≤2.7, many people: one count, then every page of the library once, fetched
// concurrently; no per-person search and no /faces.
TEST_F(Requests, SweepReadsEachPageOnceAfterOneCount) {
  auto lib = testserver::MakeScaledLibrary(40, 900, 7);
  Serve(lib, Dialect::kV2_5);
  ASSERT_EQ(Run({"-C", "100"}).exit_code, 0) << Diag();
  const size_t named = NamedWithPhotos(lib);
  ASSERT_GT(named, 10u);
  EXPECT_EQ(Count("GET", "/api/server/version"), 1u);
  size_t people_pages = 0;
  for (const auto& r : server_->Requests()) people_pages += r.path == "/api/people" ? 1 : 0;
  EXPECT_GE(people_pages, 1u);
  EXPECT_LE(people_pages, Pages(lib.people.size(), 100) + 1) << Diag();
  EXPECT_EQ(Count("POST", "/api/search/statistics"), 1u);
  // The count includes videos (StatisticsSearchDto has no type): the pages
  // beyond the last photo are the only extra requests.
  const size_t pages = Count("POST", "/api/search/metadata");
  EXPECT_GE(pages, Pages(Timeline(lib, "IMAGE"), 100));
  EXPECT_LE(pages, Pages(Timeline(lib), 100));
  EXPECT_EQ(Count("GET", "/api/faces"), 0u);
  EXPECT_EQ(Count("PUT", "/api/people/"), named);
  for (const auto& r : server_->Requests()) {
    if (r.path != "/api/search/metadata") continue;
    EXPECT_EQ(r.body.find("personIds"), std::string::npos) << r.body;
  }
}

// Without the count (a key without asset.statistics, a proxy that blocks it),
// the sweep pages one at a time and chooses the same photos.
TEST_F(Requests, SweepWithoutCountPagesSequentiallyWithTheSameResult) {
  auto lib = testserver::MakeScaledLibrary(30, 500, 3);
  Serve(lib, Dialect::kV2_5);
  ASSERT_EQ(Run({"-C", "100", "-y"}).exit_code, 0) << Diag();
  const std::string with_count = last_.out;
  server_->ClearRequests();
  testserver::FaultRule refuse;
  refuse.method = "POST";
  refuse.path_prefix = "/api/search/statistics";
  refuse.count = -1;
  refuse.status = 403;
  server_->InjectFault(refuse);
  ASSERT_EQ(Run({"-C", "100", "-y"}).exit_code, 0) << Diag();
  EXPECT_EQ(last_.out, with_count);
  EXPECT_EQ(Count("POST", "/api/search/statistics"), 1u);  // refused once, not retried
  EXPECT_GE(Count("POST", "/api/search/metadata"), Pages(Timeline(lib, "IMAGE"), 100) - 1);
  EXPECT_LE(Count("POST", "/api/search/metadata"), Pages(Timeline(lib, "IMAGE"), 100));
}

// A few people: one search per person, no sweep and no count.
TEST_F(Requests, FewPeopleAreSearchedOneByOne) {
  Scenario s = MakeScenario();
  Serve(s.lib, Dialect::kV2_5);
  ASSERT_EQ(Run({"-s", s.alice, s.bob, s.carol}).exit_code, 0) << Diag();
  EXPECT_EQ(Count("POST", "/api/search/metadata"), 3u);
  EXPECT_EQ(Count("POST", "/api/search/statistics"), 0u);
  EXPECT_EQ(Count("PUT", "/api/people/"), 3u);
}

// 3.x: one GET /faces per distinct photo, shared by everyone on it; a re-run
// reads none; a changed photo or changed people on it are read again.
TEST_F(Requests, V3FaceListsAreReadOncePerPhotoAndCached) {
  Scenario s = MakeScenario();
  Serve(s.lib, Dialect::kV3);
  const int port = server_->Port();
  ASSERT_EQ(Run({"-s", s.alice, s.bob}).exit_code, 0) << Diag();
  std::set<std::string> asked;
  for (const auto& r : server_->Requests())
    if (r.path == "/api/faces") asked.insert(r.query);
  EXPECT_GT(asked.size(), 0u);
  EXPECT_EQ(Count("GET", "/api/faces"), asked.size()) << "a photo's faces were read twice";
  const std::string alice_choice = server_->FeatureAssetOf(s.alice);
  ASSERT_FALSE(alice_choice.empty()) << Diag();

  server_->ClearRequests();
  ASSERT_EQ(Run({"-s", s.alice, s.bob, "--force"}).exit_code, 0) << Diag();
  EXPECT_EQ(Count("GET", "/api/faces"), 0u) << Diag();
  EXPECT_EQ(server_->FeatureAssetOf(s.alice), alice_choice);

  auto faces_read = [&] {
    std::vector<std::string> ids;
    for (const auto& r : server_->Requests())
      if (r.path == "/api/faces") ids.push_back(r.query);
    return ids;
  };
  // A photo changed (new checksum): its faces are read again, only its.
  testserver::Library changed = s.lib;
  changed.FindAsset(s.a_small_sharp)->checksum = testserver::MakeChecksum(999);
  Serve(changed, Dialect::kV3, port);
  ASSERT_EQ(Run({"-s", s.alice, s.bob}).exit_code, 0) << Diag();
  EXPECT_EQ(faces_read(), std::vector<std::string>{"id=" + s.a_small_sharp}) << Diag();

  // Someone new was found on a photo: it is read again.
  testserver::Library added = changed;
  added.AddFace(s.a_small_sharp, s.carol, 10, 10, 60, 60, 4000, 3000);
  Serve(added, Dialect::kV3, port);
  ASSERT_EQ(Run({"-s", s.alice, s.bob}).exit_code, 0) << Diag();
  EXPECT_EQ(faces_read(), std::vector<std::string>{"id=" + s.a_small_sharp}) << Diag();

  // Alice's chosen face now belongs to Carol: no cached list gives it back.
  testserver::Library moved = added;
  for (auto& f : moved.FindAsset(alice_choice)->faces)
    if (f.person_id == s.alice) f.person_id = s.carol;
  Serve(moved, Dialect::kV3, port);
  ASSERT_EQ(Run({"-s", s.alice, s.bob}).exit_code, 0) << Diag();
  EXPECT_NE(server_->FeatureAssetOf(s.alice), alice_choice) << Diag();
  EXPECT_FALSE(server_->FeatureAssetOf(s.alice).empty()) << Diag();
}

// A photo deleted from the server is dropped from the cache by the next run
// that sweeps the whole library; the others stay.
TEST_F(Requests, DeletedPhotosAreForgottenByTheNextSweep) {
  auto lib = testserver::MakeScaledLibrary(15, 120, 5);
  Serve(lib, Dialect::kV3);
  const int port = server_->Port();
  ASSERT_EQ(Run({"-y"}).exit_code, 0) << Diag();
  ASSERT_GT(Count("POST", "/api/search/statistics"), 0u) << "expected a sweep\n" << Diag();
  // Two photos of selected people: their face lists are cached.
  std::vector<std::string> cached;
  for (const auto& a : lib.assets)
    if (cached.size() < 2 && CachedRows(a.id) > 0) cached.push_back(a.id);
  ASSERT_EQ(cached.size(), 2u) << Diag();

  testserver::Library next = lib;
  next.assets.erase(std::find_if(next.assets.begin(), next.assets.end(),
                                 [&](const testserver::TsAsset& a) { return a.id == cached[0]; }));
  Serve(next, Dialect::kV3, port);
  ASSERT_EQ(Run({"-y"}).exit_code, 0) << Diag();
  EXPECT_EQ(CachedRows(cached[0]), 0) << "the deleted photo is still cached";
  EXPECT_GT(CachedRows(cached[1]), 0) << "a photo still on the server was dropped";
}

// -b re-runs: nothing downloaded when nothing changed; a changed photo (new
// checksum) is measured again, a new photo measured, a deleted one forgotten.
TEST_F(Requests, ChangedAndNewPhotosAreMeasuredAgainOnly) {
  auto lib = testserver::MakeScaledLibrary(15, 120, 5);
  Serve(lib, Dialect::kV2_5);
  const int port = server_->Port();
  ASSERT_EQ(Run({"-b", "-y", "--output", "json"}).exit_code, 0) << Diag();
  ASSERT_GT(Count("GET", "/api/assets/"), 0u);
  // A chosen photo: it must be measured whenever it can win, so a changed
  // checksum has to bring a new download of it.
  std::string chosen;
  std::istringstream lines(last_.out);
  for (std::string line; std::getline(lines, line) && chosen.empty();) {
    const auto at = line.find("\"chosen_asset\":\"");
    if (at != std::string::npos) chosen = line.substr(at + 16, 36);
  }
  ASSERT_EQ(chosen.size(), 36u) << Diag();
  server_->ClearRequests();
  ASSERT_EQ(Run({"-b", "-y"}).exit_code, 0) << Diag();
  EXPECT_EQ(Count("GET", "/api/assets/"), 0u) << "warm re-run downloaded images\n" << Diag();

  testserver::Library next = lib;
  next.FindAsset(chosen)->checksum = testserver::MakeChecksum(777);
  // Replace another photo by a new one with the same faces.
  testserver::TsAsset* victim = nullptr;
  for (auto& a : next.assets)
    if (a.id != chosen && a.type == "IMAGE" && a.visibility == "timeline" && !a.is_trashed && !a.faces.empty())
      victim = &a;
  ASSERT_NE(victim, nullptr);
  const std::string old_id = victim->id;
  victim->id = testserver::MakeUuid(123456);
  victim->checksum = testserver::MakeChecksum(123456);
  for (size_t i = 0; i < victim->faces.size(); ++i) victim->faces[i].id = testserver::MakeUuid(223456 + i);
  const std::string fresh_id = victim->id;
  Serve(next, Dialect::kV2_5, port);
  ASSERT_EQ(Run({"-b", "-y"}).exit_code, 0) << Diag();
  std::set<std::string> downloaded;
  for (const auto& r : server_->Requests())
    if (r.method == "GET" && r.path.rfind("/api/assets/", 0) == 0) downloaded.insert(r.path.substr(12, 36));
  EXPECT_EQ(downloaded.count(chosen), 1u) << Diag();
  for (const auto& id : downloaded) EXPECT_TRUE(id == chosen || id == fresh_id) << id;
  EXPECT_EQ(downloaded.count(old_id), 0u);
}

// Ctrl-C in the middle of the downloads: the run stops with 130, and what it
// measured before is in the cache, so the next run downloads only the rest.
TEST_F(Requests, InterruptedRunLeavesAUsableCache) {
  auto lib = testserver::MakeScaledLibrary(15, 150, 9);
  testserver::Options slow;
  slow.latency_ms = 40;
  Serve(lib, Dialect::kV2_5, 0, slow);
  const int port = server_->Port();
  // A cold run on a separate cache: how many images a full run downloads.
  ASSERT_EQ(Run({"-b", "-y"}).exit_code, 0) << Diag();
  const size_t cold = Count("GET", "/api/assets/");
  ASSERT_GT(cold, 20u);
  cache_ = MakeTempDir();
  server_->ClearRequests();

  const char* bin = std::getenv("IFPO_BIN");
  ASSERT_NE(bin, nullptr);
  std::vector<std::string> args = {bin, server_->BaseUrl(), "test-key", "-u", "--cache-dir", cache_, "-b", "-y"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, bin, &fa, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&fa);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (Count("GET", "/api/assets/") < cold / 2 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  kill(pid, SIGINT);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 130);
  const size_t before = Count("GET", "/api/assets/");
  ASSERT_LT(before, cold) << "the run finished before it was interrupted";

  server_->ClearRequests();
  Serve(lib, Dialect::kV2_5, port);
  ASSERT_EQ(Run({"-b", "-y"}).exit_code, 0) << Diag();
  const size_t after = Count("GET", "/api/assets/");
  EXPECT_LT(after, cold) << "nothing measured before Ctrl-C was kept";
  EXPECT_LE(after + before / 2, cold) << "most images measured before Ctrl-C were downloaded again";
}

}  // namespace
}  // namespace ifpo::e2e
