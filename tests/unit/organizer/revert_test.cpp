// --revert's stack of photos, rebuilt from the recorded history: runs push,
// reverts pop, a --force re-set of the same photo is no step.
#include <gtest/gtest.h>

#include "organizer/pipeline.h"
#include "unit/organizer/fake_immich.h"

namespace ifpo::organizer {
namespace {

store::Choice Pick(const std::string& asset, const std::string& previous) {
  return store::Choice{"p", asset, previous, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00Z"};
}
store::Choice Undo(const std::string& asset, const std::string& below) {
  store::Choice c = Pick(asset, below);
  c.previous_final = true;
  return c;
}
using Stack = std::vector<std::string>;

TEST(PhotoStack, RunsPushTheirPick) {
  EXPECT_EQ(PhotoStack({}), Stack{});
  EXPECT_EQ(PhotoStack({Pick("A", "")}), (Stack{"A"}));  // Immich's own choice is unknown
  EXPECT_EQ(PhotoStack({Pick("A", ""), Pick("B", "A")}), (Stack{"A", "B"}));
  EXPECT_EQ(PhotoStack({Pick("A", "P"), Pick("B", "A")}), (Stack{"P", "A", "B"}));
}

TEST(PhotoStack, RevertsPopSoASecondRevertGoesFurtherBack) {
  // P (recorded as our first pick's previous) -> A -> B, revert to A, revert to P.
  std::vector<store::Choice> h = {Pick("A", "P"), Pick("B", "A"), Undo("A", "P")};
  EXPECT_EQ(PhotoStack(h), (Stack{"P", "A"}));
  h.push_back(Undo("P", ""));
  EXPECT_EQ(PhotoStack(h), (Stack{"P"}));  // nothing left below: no toggling back to A
  h.push_back(Pick("C", "P"));             // a later run pushes again
  EXPECT_EQ(PhotoStack(h), (Stack{"P", "C"}));
}

TEST(PhotoStack, ForceReSettingTheSamePhotoIsNoStep) {
  EXPECT_EQ(PhotoStack({Pick("A", ""), Pick("B", "A"), Pick("B", "B")}), (Stack{"A", "B"}));
}

TEST(PhotoStack, ARunThatPicksThePhotoBelowTheTopPushesIt) {
  // A run's previous is the top, a revert's the photo below its target.
  EXPECT_EQ(PhotoStack({Pick("A", ""), Pick("B", "A"), Pick("A", "B")}), (Stack{"A", "B", "A"}));
}

// --revert in process over the fake: what it PUTs and what it says.
class RevertRun : public testing::InProcess {
 protected:
  void SetUp() override {
    immich_.people = {testing::Someone("alice", "Alice"), testing::Someone("bob", "Bob")};
    immich_.assets = {testing::Photo("b-new", "2026-10-01T10:00:00Z", {{"bob", 300}}),
                      testing::Photo("a-big", "2024-05-01T10:00:00Z", {{"alice", 400}}),
                      testing::Photo("b-old", "2015-06-01T10:00:00Z", {{"bob", 300}})};
  }
  ExitCode RevertWith(std::vector<std::string> args, bool unattended = true) {
    args.push_back("--revert");
    terminal_.printed.clear();
    return Revert(Configure(std::move(args), unattended));
  }
  using Puts = std::vector<std::pair<std::string, std::string>>;
};

TEST_F(RevertRun, EachRevertGoesOneRunBack) {
  RunAll({"-t", "-s", "bob"});  // b-new; what Immich had before is unknown
  RunAll({"-T", "-s", "bob"});  // b-old
  immich_.puts.clear();
  EXPECT_EQ(RevertWith({"--output", "json"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"bob", "b-new"}}));
  EXPECT_NE(terminal_.printed.find("\"action\":\"reverted\""), std::string::npos) << terminal_.printed;
  EXPECT_NE(terminal_.printed.find("\"chosen_asset\":\"b-new\""), std::string::npos) << terminal_.printed;
  EXPECT_NE(terminal_.printed.find("\"previous_asset\":\"b-old\""), std::string::npos) << terminal_.printed;
  immich_.puts.clear();
  EXPECT_EQ(RevertWith({"--output", "json"}), ExitCode::kOk);  // no toggling back to b-old
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_NE(terminal_.printed.find("no earlier photo recorded"), std::string::npos) << terminal_.printed;
}

TEST_F(RevertRun, DryRunAndSelectionAndTheQuestion) {
  RunAll({"-t"});
  RunAll({"-T", "--force"});
  immich_.puts.clear();
  EXPECT_EQ(RevertWith({"-y", "--output", "json"}), ExitCode::kOk);
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_NE(terminal_.printed.find("would_revert"), std::string::npos) << terminal_.printed;
  // Without -u it asks; input closed: nothing is put back.
  EXPECT_EQ(RevertWith({}, /*unattended=*/false), ExitCode::kError);
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_EQ(RevertWith({"-S", "Bob"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"bob", "b-new"}}));
}

TEST_F(RevertRun, APhotoPickedByHandSinceIsKept) {
  RunAll({"-t", "-s", "bob"});
  RunAll({"-T", "-s", "bob"});
  const auto ours = ParseTimestamp(store_->LastChoice("bob")->updated_at)->instant;
  immich_.Find("bob")->updated_at = FormatTimestamp(ours + std::chrono::minutes(20));
  immich_.puts.clear();
  EXPECT_EQ(RevertWith({}), ExitCode::kOk);
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_NE(Log().find("possibly a photo picked by hand"), std::string::npos) << Log();
  EXPECT_EQ(RevertWith({"--override-manual"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"bob", "b-new"}}));
}

TEST_F(RevertRun, NothingRecordedIsNothingToRevert) {
  EXPECT_EQ(RevertWith({}), ExitCode::kOk);
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_NE(Log().find("nothing to revert"), std::string::npos) << Log();
}

}  // namespace
}  // namespace ifpo::organizer
