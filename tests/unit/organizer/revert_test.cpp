// --revert's stack of photos, rebuilt from the recorded history: runs push,
// reverts pop, a --force re-set of the same photo is no step.
#include <gtest/gtest.h>

#include "organizer/pipeline.h"

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

}  // namespace
}  // namespace ifpo::organizer
