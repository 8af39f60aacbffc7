// The 3.x face-list cache: valid for one version of an asset, never trusted
// when malformed, dropped with deleted assets, and added to format-1 caches
// without losing their records.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/store.h"
#include "unit/store/store_fixture.h"

namespace ifpo::store {
namespace {

using testing::DbPath;
using testing::MustOpen;
using testing::RunSql;

std::vector<Face> TwoFaces() {
  Face a;
  a.person_id = "alice";
  a.box = {10, 20, 110, 140, 1440, 1080};
  Face b;  // unassigned, box past the frame
  b.box = {-5, 0, 2000, 1100, 1440, 1080};
  return {a, b};
}

void ExpectFaces(const std::optional<std::vector<Face>>& got, const std::vector<Face>& want) {
  ASSERT_TRUE(got.has_value());
  ASSERT_EQ(got->size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ((*got)[i].person_id, want[i].person_id);
    const FaceBox &g = (*got)[i].box, &w = want[i].box;
    EXPECT_EQ(std::tie(g.x1, g.y1, g.x2, g.y2, g.image_width, g.image_height),
              std::tie(w.x1, w.y1, w.x2, w.y2, w.image_width, w.image_height));
  }
}

TEST(FaceListsTest, RoundTripAcrossReopenForTheSameVersionOnly) {
  testing::TempDir tmp;
  {
    auto store = MustOpen(tmp.path());
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutFaceLists({{"a1", "sum1 alice", TwoFaces()}, {"a2", "sum2 alice bob", {}}}).ok());
  }
  auto store = MustOpen(tmp.path());
  ASSERT_TRUE(store);
  auto got = store->GetFaceLists({"a2", "a1", "a1", "a3"}, {"sum2 alice bob", "sum1 alice", "sum1 alice bob", "x"});
  ASSERT_EQ(got.size(), 4u);
  ExpectFaces(got[0], {});  // a photo without faces is a valid, empty list
  ExpectFaces(got[1], TwoFaces());
  EXPECT_FALSE(got[2].has_value()) << "other people on the photo: a miss";
  EXPECT_FALSE(got[3].has_value());
  // A new list replaces the old one.
  ASSERT_TRUE(store->PutFaceLists({{"a1", "sum9 alice", {TwoFaces()[0]}}}).ok());
  EXPECT_FALSE(store->GetFaceLists({"a1"}, {"sum1 alice"})[0].has_value());
  ExpectFaces(store->GetFaceLists({"a1"}, {"sum9 alice"})[0], {TwoFaces()[0]});
}

TEST(FaceListsTest, MalformedRowIsAMiss) {
  testing::TempDir tmp;
  {
    auto store = MustOpen(tmp.path());
    ASSERT_TRUE(store);
  }
  const std::string db = DbPath(tmp.path());
  RunSql(db,
         "INSERT INTO face_lists VALUES ('short', 'v', 'f1 alice 1 2 3\n'), ('text', 'v', 'f1 alice 1 2 x 4 5 6\n'), "
         "('unterminated', 'v', 'f1 alice 1 2 3 4 5 6'), ('huge', 'v', 'f1 alice 1 2 3 99999999999 5 6\n')");
  auto store = MustOpen(tmp.path());
  ASSERT_TRUE(store);
  for (const char* id : {"short", "text", "unterminated", "huge"})
    EXPECT_FALSE(store->GetFaceLists({id}, {"v"})[0].has_value()) << id;
}

TEST(FaceListsTest, DeletedAssetsAreForgotten) {
  testing::TempDir tmp;
  auto store = MustOpen(tmp.path());
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutFaceLists({{"keep", "v", TwoFaces()}, {"gone", "v", TwoFaces()}}).ok());
  ASSERT_TRUE(store->ForgetAssets({"gone"}).ok());
  EXPECT_TRUE(store->GetFaceLists({"keep"}, {"v"})[0].has_value());
  EXPECT_FALSE(store->GetFaceLists({"gone"}, {"v"})[0].has_value());
}

// A cache written by the first release (format 1, no face_lists) keeps its
// measurements and choices (--revert, manual picks) and gains the table.
TEST(FaceListsTest, FormatOneCacheIsUpgradedInPlace) {
  testing::TempDir tmp;
  {
    auto store = MustOpen(tmp.path());
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->RecordChoices({{"alice", "a1", "", "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:01Z"}}).ok());
  }
  const std::string db = DbPath(tmp.path());
  RunSql(db, "DROP TABLE face_lists; PRAGMA user_version = 1;");
  std::string warning;
  auto store = MustOpen(tmp.path(), &warning);
  ASSERT_TRUE(store);
  EXPECT_EQ(warning, "");
  auto choice = store->LastChoice("alice");
  ASSERT_TRUE(choice.has_value());
  EXPECT_EQ(choice->asset_id, "a1");
  ASSERT_TRUE(store->PutFaceLists({{"a1", "v", TwoFaces()}}).ok());
  ExpectFaces(store->GetFaceLists({"a1"}, {"v"})[0], TwoFaces());
}

// Format 2 measured sharpness on the whole crop: its measurements are dropped
// (they would be compared with face-only ones), its choices stay.
TEST(FaceListsTest, FormatTwoCacheLosesItsMeasurementsOnly) {
  testing::TempDir tmp;
  {
    auto store = MustOpen(tmp.path());
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->RecordChoices({{"alice", "a1", "", "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:01Z"}}).ok());
    FaceMeasures m;
    m.face_sharpness = 250;
    ASSERT_TRUE(store->PutMeasures({{MeasureKey{"a1", "v", "whole", "thumbnail"}, m}}).ok());
    ASSERT_EQ(store->MeasureCount(), 1);
  }
  RunSql(DbPath(tmp.path()), "PRAGMA user_version = 2;");
  std::string warning;
  auto store = MustOpen(tmp.path(), &warning);
  ASSERT_TRUE(store);
  EXPECT_EQ(warning, "");
  EXPECT_EQ(store->MeasureCount(), 0);
  EXPECT_FALSE(store->GetMeasure(MeasureKey{"a1", "v", "whole", "thumbnail"}).has_value());
  auto choice = store->LastChoice("alice");
  ASSERT_TRUE(choice.has_value());
  EXPECT_EQ(choice->asset_id, "a1");
}

TEST(FaceListsTest, InMemoryStoreWorksTheSame) {
  auto store = Store::InMemory();
  ASSERT_TRUE(store->PutFaceLists({{"a1", "v", TwoFaces()}}).ok());
  ExpectFaces(store->GetFaceLists({"a1"}, {"v"})[0], TwoFaces());
}

}  // namespace
}  // namespace ifpo::store
