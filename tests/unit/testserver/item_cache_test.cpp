// The search cache splices text; it must give exactly what the nlohmann
// mapping gives, for every dialect and answer shape, and follow person changes.
#include "item_cache.h"

#include <gtest/gtest.h>

#include "generate.h"
#include "json_map.h"
#include "state.h"
#include "ts_fixture.h"

namespace ifpo::testserver {
namespace {

void ExpectSameAsMapping(State& st, const std::string& what) {
  for (size_t i = 0; i < st.lib.assets.size(); ++i) {
    for (bool exif : {false, true}) {
      for (bool faces : {false, true}) {
        std::string text;
        st.items.Append(st, i, exif, faces, text);
        ASSERT_EQ(text, AssetJson(st, st.lib.assets[i], exif, faces).dump())
            << what << ": asset " << i << " exif " << exif << " faces " << faces;
      }
    }
  }
}

TEST(ItemCacheTest, MatchesTheMappingInEveryDialect) {
  for (Dialect d : {Dialect::kV1_136, Dialect::kV2_5, Dialect::kV3}) {
    testing::Tiny ids;
    State tiny(testing::TinyLibrary(&ids), d, Options{});
    ExpectSameAsMapping(tiny, std::string("tiny ") + DefaultVersion(d));
    State demo(MakeDemoLibrary(), d, Options{});
    ExpectSameAsMapping(demo, std::string("demo ") + DefaultVersion(d));
  }
  State scaled(MakeScaledLibrary(40, 600, 7), Dialect::kV2_5, Options{});
  ExpectSameAsMapping(scaled, "scaled");
}

TEST(ItemCacheTest, FollowsPersonChanges) {
  testing::Tiny ids;
  State st(testing::TinyLibrary(&ids), Dialect::kV2_5, Options{});
  const size_t a1 = st.asset_index.at(ids.a1);
  std::string before;
  st.items.Append(st, a1, true, true, before);
  ASSERT_NE(before.find("\"Ann Lee\""), std::string::npos) << before;

  TsPerson* ann = st.MutablePerson(ids.ann);
  ann->name = "Ann Renamed";
  st.items.PersonChanged(st.person_index.at(ids.ann));
  std::string after;
  st.items.Append(st, a1, true, true, after);
  EXPECT_EQ(after, AssetJson(st, st.lib.assets[a1], true, true).dump());
  EXPECT_NE(after.find("\"Ann Renamed\""), std::string::npos) << after;
}

}  // namespace
}  // namespace ifpo::testserver
