// Who is processed: named by default, -w/-W, -s/-S/-f and their union,
// hidden people, unknown ids and names.
#include "e2e/fixture.h"

namespace ifpo::e2e {
namespace {

using Selection = E2E;

TEST_P(Selection, DefaultProcessesNamedVisiblePeopleOnly) {
  auto r = Run({"--classic"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  for (const auto& id : {s_.alice, s_.bob, s_.carol, s_.eve_fav, s_.frank_nobday, s_.grace_feb29})
    EXPECT_NE(Featured(id), "") << id << Diag();
  EXPECT_EQ(Featured(s_.unnamed), "");
  EXPECT_EQ(Featured(s_.dave_hidden), "");
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry);
}

TEST_P(Selection, WithoutNamesProcessesOnlyUnnamed) {
  auto r = Run({"-W"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.unnamed), s_.unnamed_best) << Diag();
  EXPECT_EQ(Featured(s_.alice), "");
  EXPECT_EQ(PutCount(), 1u);
}

TEST_P(Selection, IdsAndNamesAndFavouritesAreUnited) {
  auto r = Run({"-s", s_.alice, "-S", "Bob", "-f"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_NE(Featured(s_.alice), "");
  EXPECT_NE(Featured(s_.bob), "");
  EXPECT_NE(Featured(s_.eve_fav), "");
  EXPECT_EQ(Featured(s_.carol), "");
  EXPECT_EQ(PutCount(), 3u);
}

TEST_P(Selection, RepeatedMultiValueOptions) {
  auto r = Run({"-s", s_.alice, s_.bob, "-s", s_.carol});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 3u);
}

TEST_P(Selection, NamesMatchExactlyNotByPrefix) {
  // Immich's own search would match "Al" to Alice.
  auto r = Run({"-S", "Al", "-S", "Bob"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), "");
  EXPECT_NE(Featured(s_.bob), "");
  EXPECT_NE(r.err.find("name=Al"), std::string::npos) << Diag();
}

TEST_P(Selection, UnknownIdIsAWarningThatNamesIt) {
  const std::string ghost = "00000000-0000-4000-8000-00000000dead";
  auto r = Run({"-s", ghost, s_.bob});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_NE(r.err.find(ghost), std::string::npos) << Diag();
  EXPECT_NE(Featured(s_.bob), "");
}

TEST_P(Selection, NobodyLeftIsAnError) {
  auto r = Run({"-S", "Nobody Here"});
  EXPECT_EQ(r.exit_code, 1) << Diag();
  EXPECT_NE(r.err.find("Nobody Here"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("nobody to process"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 0u);
}

TEST_P(Selection, HiddenPeopleAreSkippedEvenWhenAskedFor) {
  auto r = Run({"-s", s_.dave_hidden, s_.bob});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.dave_hidden), "");
  EXPECT_NE(r.err.find("hidden"), std::string::npos) << Diag();
}

TEST_P(Selection, WithNamesFiltersAnExplicitSelection) {
  auto r = Run({"-w", "-s", s_.unnamed, s_.bob});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.unnamed), "");
  EXPECT_NE(Featured(s_.bob), "");
}

TEST_P(Selection, EnvironmentAndKeyFileReplaceThePositionals) {
  const std::string dir = MakeTempDir();
  const std::string key_file = dir + "/key";
  FILE* f = fopen(key_file.c_str(), "w");
  ASSERT_TRUE(f);
  fputs("test-key\n", f);
  fclose(f);
  last_ = RunTool({"-u", "-s", s_.bob, "--api-key-file", key_file}, {{"IMMICH_URL", server_->BaseUrl()}});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  last_ =
      RunTool({"-u", "-s", s_.alice}, {{"IMMICH_URL", server_->BaseUrl() + "/api/"}, {"IMMICH_API_KEY", "test-key"}});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  EXPECT_NE(Featured(s_.bob), "");
  EXPECT_NE(Featured(s_.alice), "");
}

IFPO_ALL_DIALECTS(Selection);

}  // namespace
}  // namespace ifpo::e2e
