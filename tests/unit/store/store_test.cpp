#include "store/store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <limits>
#include <thread>

#include "unit/store/store_fixture.h"

namespace ifpo::store {
namespace {

namespace fs = std::filesystem;
using testing::DbPath;
using testing::kKey;
using testing::MustOpen;
using testing::RunSql;
using testing::TempDir;

MeasureKey Key(const std::string& asset, const std::string& version, const std::string& face = "10,20,110,140@640x480",
               const std::string& rendition = "thumbnail") {
  return MeasureKey{asset, version, face, rendition};
}

FaceMeasures Measures(double base) {
  FaceMeasures m;
  m.classic_sharpness = base + 0.125;
  m.face_sharpness = base * 2 + 0.5;
  m.dark_clip = 0.015625;
  m.bright_clip = 0.25;
  m.mean_luma = 0.4375;
  m.contrast = 0.1875;
  m.crop_pixels = static_cast<int>(base) + 64;
  return m;
}

void ExpectSame(const FaceMeasures& a, const FaceMeasures& b) {
  EXPECT_EQ(a.classic_sharpness, b.classic_sharpness);
  EXPECT_EQ(a.face_sharpness, b.face_sharpness);
  EXPECT_EQ(a.dark_clip, b.dark_clip);
  EXPECT_EQ(a.bright_clip, b.bright_clip);
  EXPECT_EQ(a.mean_luma, b.mean_luma);
  EXPECT_EQ(a.contrast, b.contrast);
  EXPECT_EQ(a.crop_pixels, b.crop_pixels);
}

std::vector<std::string> AsideFiles(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.find(".sqlite3.corrupt-") != std::string::npos && name.find("-wal") == std::string::npos &&
        name.find("-shm") == std::string::npos) {
      out.push_back(e.path().string());
    }
  }
  return out;
}

TEST(StoreTest, MeasuresRoundTripAcrossReopen) {
  TempDir tmp;
  const std::string dir = tmp.path() + "/cache/sub";  // created, with parents
  {
    auto store = MustOpen(dir);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->path(), DbPath(dir));
    EXPECT_FALSE(store->GetMeasure(Key("a1", "sum1/th1")).has_value());
    ASSERT_TRUE(store
                    ->PutMeasures({{Key("a1", "sum1/th1"), Measures(100)},
                                   {Key("a1", "sum1/th1", "0,0,50,50@640x480"), Measures(7)},
                                   {Key("a2", "sum2/th2", "1,2,3,4@100x100", "preview"), Measures(3)}})
                    .ok());
    EXPECT_EQ(store->MeasureCount(), 3);
  }
  std::string warning = "stale";
  auto store = MustOpen(dir, &warning);
  ASSERT_TRUE(store);
  EXPECT_EQ(warning, "");
  EXPECT_EQ(store->MeasureCount(), 3);
  auto a1 = store->GetMeasure(Key("a1", "sum1/th1"));
  ASSERT_TRUE(a1.has_value());
  ExpectSame(*a1, Measures(100));
  EXPECT_EQ(a1->classic_sharpness, 100.125);
  EXPECT_EQ(a1->crop_pixels, 164);
  auto a1b = store->GetMeasure(Key("a1", "sum1/th1", "0,0,50,50@640x480"));
  ASSERT_TRUE(a1b.has_value());
  EXPECT_EQ(a1b->face_sharpness, 14.5);
  // The rendition is part of the key.
  EXPECT_FALSE(store->GetMeasure(Key("a2", "sum2/th2", "1,2,3,4@100x100", "thumbnail")).has_value());
  ASSERT_TRUE(store->GetMeasure(Key("a2", "sum2/th2", "1,2,3,4@100x100", "preview")).has_value());

  // Directory and file are private.
  struct stat st {};
  ASSERT_EQ(stat(dir.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  ASSERT_EQ(stat(DbPath(dir).c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST(StoreTest, ChangedImageVersionIsAMissAndIsReplaced) {
  TempDir tmp;
  auto store = MustOpen(tmp.path());
  ASSERT_TRUE(store);
  ASSERT_TRUE(store
                  ->PutMeasures({{Key("a1", "v1"), Measures(10)},
                                 {Key("a1", "v1", "5,5,9,9@640x480"), Measures(11)},
                                 {Key("b", "v1"), Measures(12)}})
                  .ok());
  EXPECT_EQ(store->MeasureCount(), 3);
  // New checksum: the old row does not answer.
  EXPECT_FALSE(store->GetMeasure(Key("a1", "v2")).has_value());
  ASSERT_TRUE(store->PutMeasures({{Key("a1", "v2"), Measures(20)}}).ok());
  auto now = store->GetMeasure(Key("a1", "v2"));
  ASSERT_TRUE(now.has_value());
  EXPECT_EQ(now->classic_sharpness, 20.125);
  EXPECT_FALSE(store->GetMeasure(Key("a1", "v1")).has_value());
  // The other face of the old image went too; asset b is untouched.
  EXPECT_FALSE(store->GetMeasure(Key("a1", "v1", "5,5,9,9@640x480")).has_value());
  EXPECT_EQ(store->MeasureCount(), 2);
  EXPECT_TRUE(store->GetMeasure(Key("b", "v1")).has_value());
}

TEST(StoreTest, BatchLookupAnswersInOrder) {
  auto store = Store::InMemory();
  ASSERT_TRUE(store->PutMeasures({{Key("a", "v"), Measures(1)}, {Key("c", "v"), Measures(3)}}).ok());
  auto got = store->GetMeasures({Key("a", "v"), Key("b", "v"), Key("c", "v"), Key("c", "other")});
  ASSERT_EQ(got.size(), 4u);
  ASSERT_TRUE(got[0].has_value());
  EXPECT_EQ(got[0]->crop_pixels, 65);
  EXPECT_FALSE(got[1].has_value());
  ASSERT_TRUE(got[2].has_value());
  EXPECT_EQ(got[2]->crop_pixels, 67);
  EXPECT_FALSE(got[3].has_value());
}

TEST(StoreTest, LaterDuplicateInABatchWins) {
  auto store = Store::InMemory();
  ASSERT_TRUE(
      store->PutMeasures({{Key("z", "v"), Measures(1)}, {Key("a", "v"), Measures(2)}, {Key("z", "v"), Measures(3)}})
          .ok());
  EXPECT_EQ(store->MeasureCount(), 2);
  EXPECT_EQ(store->GetMeasure(Key("z", "v"))->crop_pixels, 67);
  EXPECT_EQ(store->GetMeasure(Key("a", "v"))->crop_pixels, 66);
}

// Keys in random order, some missing, some with a stale version, some
// repeated: each answer must land at its own index. Small batches probe,
// large ones (here 1200 keys against 667 rows) merge with a table scan.
void CheckBatchLookup(int n_keys, int expected_hits) {
  auto store = Store::InMemory();
  std::vector<std::pair<MeasureKey, FaceMeasures>> batch;
  std::vector<MeasureKey> keys;
  std::vector<int> ids;
  for (int i = 0; i < 1000; ++i) {
    const int id = (i * 7919) % 1000;  // a permutation of 0..999
    if (id % 3 != 0) batch.emplace_back(Key("asset-" + std::to_string(id), "v"), Measures(id));
  }
  ASSERT_TRUE(store->PutMeasures(batch).ok());
  for (int i = 0; i < n_keys; ++i) {
    const int id = (i * 7919) % 1000;
    ids.push_back(id);
    keys.push_back(Key("asset-" + std::to_string(id), id % 5 == 1 ? "stale" : "v"));
  }
  auto got = store->GetMeasures(keys);
  ASSERT_EQ(got.size(), keys.size());
  int hits = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    const int id = ids[i];
    ASSERT_EQ(got[i].has_value(), id % 3 != 0 && id % 5 != 1) << i;
    if (got[i]) {
      EXPECT_EQ(got[i]->crop_pixels, id + 64) << i;
      ++hits;
    }
  }
  EXPECT_EQ(hits, expected_hits);
}

TEST(StoreTest, BatchLookupByProbes) { CheckBatchLookup(50, 28); }

TEST(StoreTest, BatchLookupByMergeScan) {
  // 0..999 hold 533 ids stored with id % 5 != 1; the 200 repeated add 107.
  CheckBatchLookup(1200, 640);
}

TEST(StoreTest, NanIsStoredAsAMiss) {
  auto store = Store::InMemory();
  FaceMeasures m = Measures(1);
  m.face_sharpness = std::numeric_limits<double>::quiet_NaN();
  ASSERT_TRUE(store->PutMeasures({{Key("a", "v"), m}}).ok());
  EXPECT_FALSE(store->GetMeasure(Key("a", "v")).has_value());
}

TEST(StoreTest, CachedAssetsAreListedAndForgotten) {
  TempDir tmp;
  auto store = MustOpen(tmp.path());
  ASSERT_TRUE(store);
  ASSERT_TRUE(store
                  ->PutMeasures({{Key("keep1", "v"), Measures(1)},
                                 {Key("keep1", "v", "0,0,1,1@2x2"), Measures(2)},
                                 {Key("gone", "v"), Measures(3)},
                                 {Key("keep2", "v", "f", "preview"), Measures(4)}})
                  .ok());
  ASSERT_TRUE(store->PutFaceLists({{"listed", "v", {}}, {"keep2", "v", {}}}).ok());
  auto ids = store->CachedAssetIds();
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"gone", "keep1", "keep2", "listed"}));
  ASSERT_TRUE(store->ForgetAssets({"gone", "never-stored", "listed"}).ok());
  EXPECT_EQ(store->MeasureCount(), 3);
  EXPECT_FALSE(store->GetMeasure(Key("gone", "v")).has_value());
  EXPECT_TRUE(store->GetMeasure(Key("keep2", "v", "f", "preview")).has_value());
  EXPECT_FALSE(store->GetFaceLists({"listed"}, {"v"})[0].has_value());
  EXPECT_TRUE(store->GetFaceLists({"keep2"}, {"v"})[0].has_value());
  ASSERT_TRUE(store->ForgetAssets({}).ok());
  EXPECT_EQ(store->MeasureCount(), 3);
  ASSERT_TRUE(store->ForgetAssets({"keep1", "keep2"}).ok());
  EXPECT_EQ(store->MeasureCount(), 0);
  EXPECT_TRUE(store->CachedAssetIds().empty());
}

TEST(StoreTest, ForgetsAQuarterOf200kAssets) {
  TempDir tmp;
  auto store = MustOpen(tmp.path());
  ASSERT_TRUE(store);
  std::vector<std::pair<MeasureKey, FaceMeasures>> batch;
  std::vector<std::string> gone;
  for (int i = 0; i < 200000; ++i) {
    const std::string id = "asset-" + std::to_string(i);
    batch.emplace_back(Key(id, "v"), Measures(i % 100));
    if (i % 4 == 0) gone.push_back(id);
  }
  ASSERT_TRUE(store->PutMeasures(batch).ok());
  ASSERT_EQ(store->CachedAssetIds().size(), 200000u);
  ASSERT_TRUE(store->ForgetAssets(gone).ok());
  EXPECT_EQ(store->MeasureCount(), 150000);
  EXPECT_FALSE(store->GetMeasure(Key("asset-40", "v")).has_value());
  EXPECT_TRUE(store->GetMeasure(Key("asset-41", "v")).has_value());
}

TEST(StoreTest, ChoicesRoundTripWithHistory) {
  TempDir tmp;
  {
    auto store = MustOpen(tmp.path());
    ASSERT_TRUE(store);
    EXPECT_FALSE(store->LastChoice("p1").has_value());
    ASSERT_TRUE(store
                    ->RecordChoices({{"p1", "x1", "", "2025-01-01T00:00:00.000Z", "2025-01-01T00:00:01Z"},
                                     {"p2", "y1", "", "2025-01-01T00:00:00.500Z", "2025-01-01T00:00:01Z"}})
                    .ok());
    // Next run: p1 changes; the previous asset is filled from the record.
    ASSERT_TRUE(store->RecordChoices({{"p1", "x2", "", "2025-02-01T00:00:00.000Z", "2025-02-01T00:00:01Z"}}).ok());
  }
  auto store = MustOpen(tmp.path());
  ASSERT_TRUE(store);
  auto p1 = store->LastChoice("p1");
  ASSERT_TRUE(p1.has_value());
  EXPECT_EQ(p1->asset_id, "x2");
  EXPECT_EQ(p1->previous_asset_id, "x1");
  EXPECT_EQ(p1->updated_at, "2025-02-01T00:00:00.000Z");
  EXPECT_EQ(p1->set_at, "2025-02-01T00:00:01Z");
  auto all = store->AllChoices();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all.at("p2").asset_id, "y1");
  EXPECT_EQ(all.at("p2").previous_asset_id, "");
  auto history = store->ChoiceHistory("p1");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].asset_id, "x1");
  EXPECT_EQ(history[1].asset_id, "x2");
  EXPECT_EQ(history[1].previous_asset_id, "x1");
  EXPECT_TRUE(store->ChoiceHistory("nobody").empty());
  // An explicit previous (a revert) is kept as given.
  ASSERT_TRUE(store->RecordChoices({{"p1", "x1", "x2", "u", "s"}}).ok());
  EXPECT_EQ(store->LastChoice("p1")->previous_asset_id, "x2");
  EXPECT_EQ(store->ChoiceHistory("p1").size(), 3u);
}

// The record lives in its own file (state), apart from the cache: deleting
// or damaging the cache keeps the choices.
TEST(StoreTest, ChoicesLiveInTheStateFileApartFromTheCache) {
  TempDir cache, state;
  {
    auto opened = Store::Open(cache.path(), state.path(), kKey, nullptr);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    auto& store = *opened;
    ASSERT_TRUE(store->RecordChoices({{"p1", "a1", "", "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:01Z"}}).ok());
    EXPECT_EQ(store->state_path(), state.path() + "/" + kKey + ".state.sqlite3");
    EXPECT_EQ(store->path(), DbPath(cache.path()));
  }
  std::filesystem::remove(DbPath(cache.path()));  // the user clears the cache
  auto reopened = Store::Open(cache.path(), state.path(), kKey, nullptr);
  ASSERT_TRUE(reopened.ok());
  auto last = (*reopened)->LastChoice("p1");
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->asset_id, "a1");
}

// Older versions kept the choices in the cache file: they move to the state
// file once, history and all, and leave the cache file.
TEST(StoreTest, ChoicesInAnOldCacheFileMoveToTheStateFile) {
  TempDir cache, state;
  {
    auto old = MustOpen(cache.path());  // one directory: the state file is beside it
    ASSERT_TRUE(old);
    ASSERT_TRUE(old->RecordChoices({{"p1", "a1", "", "t1", "s1"}}).ok());
    ASSERT_TRUE(old->RecordChoices({{"p1", "a2", "a1", "t2", "s2"}}).ok());
  }
  // As an older version left it: the choices inside the cache file.
  const std::string old_state = cache.path() + "/" + kKey + ".state.sqlite3";
  RunSql(DbPath(cache.path()), ("ATTACH '" + old_state +
                                "' AS s; INSERT INTO choices SELECT * FROM s.choices; INSERT INTO "
                                "choice_history SELECT * FROM s.choice_history; DETACH s;")
                                   .c_str());
  std::filesystem::remove(old_state);
  auto opened = Store::Open(cache.path(), state.path(), kKey, nullptr);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  auto& store = *opened;
  auto last = store->LastChoice("p1");
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->asset_id, "a2");
  EXPECT_EQ(last->previous_asset_id, "a1");
  EXPECT_EQ(store->ChoiceHistory("p1").size(), 2u);
  // Moved, not copied: a second open finds them only in the state file.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(DbPath(cache.path()).c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM choices", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

// Files made under the legacy key (before loopback spellings were merged)
// take the new key, so an upgrade keeps the record.
TEST(StoreTest, FilesOfTheLegacyKeyAreAdopted) {
  TempDir dir;
  const std::string url = "http://127.0.0.1:2283";
  ASSERT_NE(LegacyServerKey(url), ServerKey(url));
  {
    auto opened = Store::Open(dir.path(), LegacyServerKey(url), nullptr);
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE((*opened)->RecordChoices({{"p1", "a1", "", "t", "s"}}).ok());
  }
  AdoptLegacyFiles(dir.path(), dir.path(), LegacyServerKey(url), ServerKey(url));
  auto opened = Store::Open(dir.path(), ServerKey(url), nullptr);
  ASSERT_TRUE(opened.ok());
  ASSERT_TRUE((*opened)->LastChoice("p1").has_value());
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/" + LegacyServerKey(url) + ".sqlite3"));
}

TEST(StoreTest, GarbageFileIsMovedAsideAndRebuilt) {
  TempDir tmp;
  {
    std::ofstream f(DbPath(tmp.path()), std::ios::binary);
    for (int i = 0; i < 8192; ++i) f.put(static_cast<char>((i * 131 + 7) & 0xff));
  }
  std::string warning;
  auto store = MustOpen(tmp.path(), &warning);
  ASSERT_TRUE(store);
  EXPECT_NE(warning.find(DbPath(tmp.path())), std::string::npos) << warning;
  EXPECT_NE(warning.find("not a SQLite database"), std::string::npos) << warning;
  auto aside = AsideFiles(tmp.path());
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(fs::file_size(aside[0]), 8192u);
  EXPECT_NE(warning.find(aside[0]), std::string::npos) << warning;
  // The new cache works.
  EXPECT_EQ(store->MeasureCount(), 0);
  ASSERT_TRUE(store->PutMeasures({{Key("a", "v"), Measures(1)}}).ok());
  EXPECT_TRUE(store->GetMeasure(Key("a", "v")).has_value());
  store.reset();
  // And it is trusted on the next open.
  std::string again;
  store = MustOpen(tmp.path(), &again);
  EXPECT_EQ(again, "");
  EXPECT_EQ(store->MeasureCount(), 1);
}

TEST(StoreTest, DamagedPagesAreDetectedByQuickCheck) {
  TempDir tmp;
  {
    auto store = MustOpen(tmp.path());
    ASSERT_TRUE(store);
    std::vector<std::pair<MeasureKey, FaceMeasures>> batch;
    for (int i = 0; i < 5000; ++i) batch.emplace_back(Key("asset-" + std::to_string(i), "v"), Measures(i));
    ASSERT_TRUE(store->PutMeasures(batch).ok());
  }  // closing checkpoints the WAL into the main file
  const auto size = fs::file_size(DbPath(tmp.path()));
  ASSERT_GT(size, 40000u);
  {
    std::fstream f(DbPath(tmp.path()), std::ios::binary | std::ios::in | std::ios::out);
    f.seekp(static_cast<std::streamoff>(size / 2));
    for (int i = 0; i < 16384; ++i) f.put(static_cast<char>(0xA5));
  }
  std::string warning;
  auto store = MustOpen(tmp.path(), &warning);
  ASSERT_TRUE(store);
  EXPECT_NE(warning.find(DbPath(tmp.path())), std::string::npos) << warning;
  EXPECT_EQ(store->MeasureCount(), 0);
  EXPECT_EQ(AsideFiles(tmp.path()).size(), 1u);
}

TEST(StoreTest, OtherFormatVersionIsRebuilt) {
  TempDir tmp;
  {
    auto store = MustOpen(tmp.path());
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutMeasures({{Key("a", "v"), Measures(1)}}).ok());
  }
  RunSql(DbPath(tmp.path()), "PRAGMA user_version = 99");
  std::string warning;
  auto store = MustOpen(tmp.path(), &warning);
  ASSERT_TRUE(store);
  EXPECT_NE(warning.find(DbPath(tmp.path())), std::string::npos) << warning;
  EXPECT_NE(warning.find("format version 99"), std::string::npos) << warning;
  EXPECT_EQ(store->MeasureCount(), 0);
  EXPECT_EQ(AsideFiles(tmp.path()).size(), 1u);
}

TEST(StoreTest, ForeignDatabaseWithoutVersionIsRebuilt) {
  TempDir tmp;
  RunSql(DbPath(tmp.path()), "CREATE TABLE measures(x); INSERT INTO measures VALUES (1);");
  std::string warning;
  auto store = MustOpen(tmp.path(), &warning);
  ASSERT_TRUE(store);
  EXPECT_NE(warning.find("format version 0"), std::string::npos) << warning;
  ASSERT_TRUE(store->PutMeasures({{Key("a", "v"), Measures(1)}}).ok());
  EXPECT_EQ(store->MeasureCount(), 1);
}

TEST(StoreTest, MissingTableIsRebuilt) {
  TempDir tmp;
  { ASSERT_TRUE(MustOpen(tmp.path())); }
  RunSql(DbPath(tmp.path()), "DROP TABLE choice_history");
  std::string warning;
  auto store = MustOpen(tmp.path(), &warning);
  ASSERT_TRUE(store);
  EXPECT_NE(warning.find("table choice_history missing"), std::string::npos) << warning;
  EXPECT_TRUE(store->RecordChoices({{"p", "a", "", "u", "s"}}).ok());
}

TEST(StoreTest, UnusableDirectoryIsAnIoErrorNamingThePath) {
  TempDir tmp;
  const std::string file = tmp.path() + "/plain-file";
  { std::ofstream(file) << "x"; }
  const std::string dir = file + "/cache";
  std::string warning;
  auto store = Store::Open(dir, kKey, &warning);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind, ErrorKind::kIo);
  EXPECT_NE(store.error().message.find(dir), std::string::npos) << store.error().message;
  EXPECT_EQ(warning, "");
}

TEST(StoreTest, BadKeyIsRejected) {
  TempDir tmp;
  for (const char* key : {"", "../escape", ".hidden"}) {
    auto store = Store::Open(tmp.path(), key, nullptr);
    ASSERT_FALSE(store.ok()) << key;
    EXPECT_EQ(store.error().kind, ErrorKind::kInvalidArgument);
  }
}

// A child writes batches of 500 rows plus a choice, reporting each commit on
// a pipe; SIGKILL lands after a few commits plus a delay, so mostly in the
// middle of a batch. Every reported batch must survive, the row count must be
// whole batches (transactions are atomic), and the file must stay usable.
// Several rounds with different delays on the same file.
TEST(StoreTest, KillDuringWritesLeavesAUsableCache) {
  constexpr int kBatch = 500;
  TempDir tmp;
  { ASSERT_TRUE(MustOpen(tmp.path())); }
  int round = 0;
  long expected_min = 0;
  for (const int delay_us : {0, 400, 1100, 2300, 3700, 6100}) {
    ++round;
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(fds[0]);
      auto opened = Store::Open(tmp.path(), kKey, nullptr);
      if (!opened.ok()) _exit(3);
      auto& store = *opened;
      for (int i = 0;; ++i) {
        const std::string asset = "r" + std::to_string(round) + "b" + std::to_string(i);
        std::vector<std::pair<MeasureKey, FaceMeasures>> batch;
        for (int j = 0; j < kBatch; ++j) batch.emplace_back(Key(asset, "v", "face" + std::to_string(j)), Measures(j));
        if (!store->PutMeasures(batch).ok()) _exit(4);
        if (!store->RecordChoices({{"p" + std::to_string(i % 7), asset, "", "u", "s"}}).ok()) _exit(5);
        if (write(fds[1], &i, sizeof i) != sizeof i) _exit(6);
      }
    }
    close(fds[1]);
    int last = -1, got;
    while (last < 3 && read(fds[0], &got, sizeof got) == sizeof got) last = got;
    if (delay_us > 0) std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    while (read(fds[0], &got, sizeof got) == sizeof got) last = got;  // commits before the kill
    close(fds[0]);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
    ASSERT_GE(last, 3);
    expected_min += (last + 1) * static_cast<long>(kBatch);

    std::string warning;
    auto store = MustOpen(tmp.path(), &warning);
    ASSERT_TRUE(store);
    EXPECT_EQ(warning, "");
    const long count = store->MeasureCount();
    EXPECT_GE(count, expected_min) << "round " << round;
    EXPECT_EQ(count % kBatch, 0) << "round " << round << ": a batch was half written";
    for (int i = 0; i <= last; ++i) {
      const std::string asset = "r" + std::to_string(round) + "b" + std::to_string(i);
      ASSERT_TRUE(store->GetMeasure(Key(asset, "v", "face" + std::to_string(kBatch - 1))).has_value()) << asset;
    }
    // Persons p0..p6 get batches in turn; at least the reported ones are recorded.
    EXPECT_GE(store->AllChoices().size(), static_cast<size_t>(std::min(last + 1, 7)));
    EXPECT_LE(store->AllChoices().size(), 7u);
    expected_min = count;
  }
  // And it is writable again.
  auto store = MustOpen(tmp.path());
  ASSERT_TRUE(store);
  EXPECT_TRUE(store->PutMeasures({{Key("after", "v"), Measures(1)}}).ok());
  EXPECT_EQ(AsideFiles(tmp.path()).size(), 0u);
}

TEST(StoreTest, InMemoryBehavesTheSame) {
  auto store = Store::InMemory();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->path(), ":memory:");
  ASSERT_TRUE(store->PutMeasures({{Key("a", "v1"), Measures(5)}, {Key("b", "v1"), Measures(6)}}).ok());
  EXPECT_EQ(store->GetMeasure(Key("a", "v1"))->crop_pixels, 69);
  EXPECT_FALSE(store->GetMeasure(Key("a", "v2")).has_value());
  ASSERT_TRUE(store->ForgetAssets({"a"}).ok());
  EXPECT_EQ(store->MeasureCount(), 1);
  ASSERT_TRUE(store->RecordChoices({{"p", "a", "", "u", "s"}, {"p", "b", "", "u2", "s2"}}).ok());
  EXPECT_EQ(store->LastChoice("p")->previous_asset_id, "a");
  // Two in-memory stores are independent.
  EXPECT_EQ(Store::InMemory()->MeasureCount(), 0);
}

TEST(StoreTest, ThreadsMayShareAStore) {
  TempDir tmp;
  auto store = MustOpen(tmp.path());
  ASSERT_TRUE(store);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&store, t] {
      for (int i = 0; i < 200; ++i) {
        const std::string id = "t" + std::to_string(t) + "-" + std::to_string(i);
        (void)store->PutMeasures({{Key(id, "v"), Measures(i)}});
        (void)store->GetMeasure(Key(id, "v"));
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(store->MeasureCount(), 800);
}

}  // namespace
}  // namespace ifpo::store
