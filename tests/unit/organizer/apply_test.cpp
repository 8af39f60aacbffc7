// Stage 6 and the whole run, in-process: what is PUT, what is recorded, what
// ends the run, and what the user is asked.
#include <nlohmann/json.hpp>

#include "unit/organizer/fake_immich.h"

namespace ifpo::organizer {
namespace {

using testing::Photo;
using testing::Someone;
using Puts = std::vector<std::pair<std::string, std::string>>;

class Apply : public testing::InProcess {
 protected:
  void SetUp() override {
    immich_.people = {Someone("alice", "Alice"), Someone("bob", "Bob")};
    immich_.assets = {
        Photo("b-new", "2026-10-01T10:00:00Z", {{"bob", 300}}),
        Photo("a-small", "2025-01-01T10:00:00Z", {{"alice", 120}}),
        Photo("a-big", "2024-05-01T10:00:00Z", {{"alice", 400}}),
        Photo("b-old", "2015-06-01T10:00:00Z", {{"bob", 300}}),
    };
  }
  // person id → action, from --output json.
  std::map<std::string, std::string> Actions() {
    std::map<std::string, std::string> out;
    std::istringstream lines(terminal_.printed);
    for (std::string line; std::getline(lines, line);) {
      auto j = nlohmann::json::parse(line);
      out[j["id"].get<std::string>()] = j["action"].get<std::string>();
    }
    terminal_.printed.clear();
    return out;
  }
  using ActionsOf = std::map<std::string, std::string>;
};

TEST_F(Apply, DryRunSendsNoPut) {
  EXPECT_EQ(RunAll({"-y", "--output", "json"}), ExitCode::kOk);
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_EQ(Actions(), (ActionsOf{{"alice", "would_update"}, {"bob", "would_update"}}));
  EXPECT_FALSE(store_->LastChoice("alice"));
}

TEST_F(Apply, OurLastChoiceStandingIsUnchangedWithoutARequest) {
  EXPECT_EQ(RunAll({"--output", "json"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"alice", "a-big"}, {"bob", "b-new"}}));
  EXPECT_EQ(Actions(), (ActionsOf{{"alice", "updated"}, {"bob", "updated"}}));
  ASSERT_TRUE(store_->LastChoice("alice"));
  EXPECT_EQ(store_->LastChoice("alice")->asset_id, "a-big");
  immich_.puts.clear();
  EXPECT_EQ(RunAll({"--output", "json"}), ExitCode::kOk);
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_EQ(Actions(), (ActionsOf{{"alice", "unchanged"}, {"bob", "unchanged"}}));
  // Other options, another pick: PUT, and the record keeps what it replaced.
  EXPECT_EQ(RunAll({"-T", "-s", "bob"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"bob", "b-old"}}));
  EXPECT_EQ(store_->LastChoice("bob")->previous_asset_id, "b-new");
}

TEST_F(Apply, ForcePutsTheSamePhotoAgain) {
  RunAll({});
  immich_.puts.clear();
  EXPECT_EQ(RunAll({"--force", "-s", "alice"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"alice", "a-big"}}));
}

TEST_F(Apply, APhotoImmichRefusesGivesWayToTheNextBest) {
  immich_.put_errors["a-big"] = MakeError(ErrorKind::kBadRequest, "Immich answered 400 (face not found)");
  EXPECT_EQ(RunAll({"-s", "alice"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"alice", "a-big"}, {"alice", "a-small"}}));
  EXPECT_EQ(immich_.featured["alice"], "a-small");
  EXPECT_NE(Log().find("Immich refused this photo, trying the next best"), std::string::npos) << Log();
}

TEST_F(Apply, AKeyThatCannotUpdatePeopleEndsTheRunAfterOnePut) {
  for (const char* a : {"a-big", "b-new"})
    immich_.put_errors[a] = MakeError(ErrorKind::kPermission, "Immich answered 403: missing person.update");
  EXPECT_EQ(RunAll({}), ExitCode::kError);
  EXPECT_EQ(immich_.puts.size(), 1u);
  EXPECT_NE(Log().find("the API key cannot update people"), std::string::npos) << Log();
  EXPECT_NE(Log().find("Nothing was changed"), std::string::npos) << Log();
}

TEST_F(Apply, ALostServerOnTheFirstPutEndsTheRunToo) {
  immich_.put_errors["a-big"] = MakeError(ErrorKind::kConnection, "could not connect to immich.test");
  EXPECT_EQ(RunAll({}), ExitCode::kError);
  EXPECT_EQ(immich_.puts.size(), 1u);
  EXPECT_NE(Log().find("people cannot be updated: could not connect"), std::string::npos) << Log();
}

TEST_F(Apply, OnePersonFailingIsAPartialRun) {
  immich_.put_errors["b-new"] = MakeError(ErrorKind::kServer, "Immich answered 500");
  EXPECT_EQ(RunAll({"--output", "json"}), ExitCode::kPartial);
  EXPECT_EQ(Actions(), (ActionsOf{{"alice", "updated"}, {"bob", "failed"}}));
  EXPECT_TRUE(store_->LastChoice("alice"));
  EXPECT_FALSE(store_->LastChoice("bob"));
}

TEST_F(Apply, AChangeLongAfterOurPutThatCannotBeComparedIsKeptAsAHandPick) {
  RunAll({"-t", "-s", "bob"});
  ASSERT_EQ(immich_.featured["bob"], "b-new");
  // Someone edits Bob 20 minutes later; the fake has no thumbnails to compare.
  const auto ours = ParseTimestamp(store_->LastChoice("bob")->updated_at)->instant;
  immich_.Find("bob")->updated_at = FormatTimestamp(ours + std::chrono::minutes(20));
  immich_.puts.clear();
  EXPECT_EQ(RunAll({"-T", "-s", "bob", "--output", "json"}), ExitCode::kOk);
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_EQ(Actions(), (ActionsOf{{"bob", "skipped"}}));
  EXPECT_NE(Log().find("could not compare Immich's person thumbnails"), std::string::npos) << Log();
  // A longer grace takes the same edit for Immich's own thumbnail job.
  Context& ctx = Configure({"-T", "-s", "bob"});
  ctx.config.apply.manual_pick_grace = std::chrono::hours(1);
  EXPECT_EQ(RunStages(ctx), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"bob", "b-old"}}));
}

TEST_F(Apply, OverrideManualChangesAHandPickAnyway) {
  RunAll({"-t", "-s", "bob"});
  const auto ours = ParseTimestamp(store_->LastChoice("bob")->updated_at)->instant;
  immich_.Find("bob")->updated_at = FormatTimestamp(ours + std::chrono::minutes(20));
  immich_.puts.clear();
  EXPECT_EQ(RunAll({"-T", "-s", "bob", "--override-manual"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"bob", "b-old"}}));
}

TEST_F(Apply, ConfirmationAsksForEachPerson) {
  terminal_.answers = {"y", "n"};
  EXPECT_EQ(RunAll({"-c", "--output", "json"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"alice", "a-big"}}));
  EXPECT_EQ(Actions(), (ActionsOf{{"alice", "updated"}, {"bob", "declined"}}));
  EXPECT_NE(terminal_.prompted.find("About to change Alice (alice) to http://immich.test/photos/a-big"),
            std::string::npos)
      << terminal_.prompted;
}

TEST_F(Apply, ConfirmationWithInputClosedStopsBeforeAnyChange) {
  terminal_.answers = {"y"};  // then input ends: no answer for Bob
  EXPECT_EQ(RunAll({"-c"}), ExitCode::kError);
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_NE(Log().find("no answer at the -c confirmation prompt for Bob"), std::string::npos) << Log();
}

TEST_F(Apply, WithoutUnattendedTheRunAsksFirstAndListsOnP) {
  terminal_.answers = {"p", ""};
  EXPECT_EQ(RunAll({}, /*unattended=*/false), ExitCode::kOk);
  EXPECT_NE(terminal_.prompted.find("2 people identified."), std::string::npos) << terminal_.prompted;
  EXPECT_NE(terminal_.prompted.find("  Alice  (alice)\n  Bob  (bob)\n"), std::string::npos) << terminal_.prompted;
  EXPECT_EQ(immich_.puts.size(), 2u);
  terminal_ = {};
  immich_.puts.clear();
  EXPECT_EQ(RunAll({"--force"}, /*unattended=*/false), ExitCode::kError);  // input closed at once
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_NE(Log().find("run with -u/--unattended"), std::string::npos) << Log();
}

TEST_F(Apply, TheRecordTakesTheTimeFromTheClock) {
  clock_.Set(testing::At("2026-12-24T18:00:00Z"));
  RunAll({"-s", "alice"});
  EXPECT_EQ(store_->LastChoice("alice")->set_at, "2026-12-24T18:00:00Z");
}

TEST(EndsTheRun, KeyServerGoneOrInterruptedNothingElse) {
  for (ErrorKind k : {ErrorKind::kAuth, ErrorKind::kPermission, ErrorKind::kConnection, ErrorKind::kInterrupted})
    EXPECT_TRUE(EndsTheRun(MakeError(k, "x"))) << ToString(k);
  for (ErrorKind k : {ErrorKind::kNotFound, ErrorKind::kBadRequest, ErrorKind::kServer, ErrorKind::kProtocol})
    EXPECT_FALSE(EndsTheRun(MakeError(k, "x"))) << ToString(k);
}

}  // namespace
}  // namespace ifpo::organizer
