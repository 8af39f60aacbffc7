// Stages 2-5, in-process: which photo each person ends up with, for every
// scoring option (README "How scoring works"), with "now" fixed.
#include "unit/organizer/fake_immich.h"

namespace ifpo::organizer {
namespace {

using testing::At;
using testing::Photo;
using testing::Someone;

class Choosing : public testing::InProcess {
 protected:
  void SetUp() override {
    immich_.people = {Someone("alice", "Alice"), Someone("bob", "Bob"),
                      Someone("carol", "Carol", CivilDate{1990, 3, 10}), Someone("dave", "Dave")};
    Asset trashed = Photo("a-trashed", "2026-09-01T10:00:00Z", {{"alice", 900}});
    trashed.is_trashed = true;
    Asset video = Photo("a-video", "2026-08-01T10:00:00Z", {{"alice", 900}});
    video.is_image = false;
    Asset archived = Photo("a-archived", "2026-07-01T10:00:00Z", {{"alice", 900}});
    archived.on_timeline = false;
    Asset offline = Photo("d-offline", "2026-07-01T10:00:00Z", {{"dave", 900}});
    offline.is_offline = true;
    // Newest first, as Immich sorts search results.
    immich_.assets = {
        Photo("c-2027", "2027-03-12T10:00:00Z", {{"carol", 150}}),
        trashed,
        video,
        archived,
        offline,
        Photo("b-2026", "2026-10-01T10:00:00Z", {{"bob", 300}}),
        Photo("c-2026", "2026-03-10T10:00:00Z", {{"carol", 150}}),
        Photo("a-small", "2025-01-01T10:00:00Z", {{"alice", 60}}),
        Photo("a-big", "2024-05-01T10:00:00Z", {{"alice", 400}}),
        Photo("c-summer", "2024-08-01T10:00:00Z", {{"carol", 600}}),
        Photo("b-xmas2023", "2023-12-28T10:00:00Z", {{"bob", 300}}),
        Photo("c-2022", "2022-03-10T10:00:00Z", {{"carol", 150}}),
        Photo("b-xmas2020", "2020-12-25T10:00:00Z", {{"bob", 300}}),
        Photo("c-2019", "2019-03-10T10:00:00Z", {{"carol", 150}}),
        Photo("b-2015", "2015-06-01T10:00:00Z", {{"bob", 300}}),
    };
  }
  std::string Pick(const std::string& person, std::vector<std::string> args) {
    args.insert(args.end(), {"-s", person});
    return ChosenFor(Choose(args), person);
  }
};

TEST_F(Choosing, TheBiggestFaceWinsAndNonCandidatesNever) {
  // The trashed, video, archived photos have bigger faces.
  EXPECT_EQ(Pick("alice", {}), "a-big");
  EXPECT_EQ(Pick("alice", {"--classic"}), "a-big");
}

TEST_F(Choosing, LowPixelModeFavoursTheSmallestFace) {
  EXPECT_EQ(Pick("alice", {"-p"}), "a-small");
  EXPECT_EQ(Pick("alice", {"--classic", "-p"}), "a-small");
}

TEST_F(Choosing, RecencyFavoursTheNewestOrTheOldest) {
  EXPECT_EQ(Pick("bob", {"-t"}), "b-2026");
  EXPECT_EQ(Pick("bob", {"-T"}), "b-2015");
}

TEST_F(Choosing, DateBiasAimsAtTheDate) {
  EXPECT_EQ(Pick("bob", {"-d", "12-25"}), "b-xmas2020");       // yearless: 0 days against 3
  EXPECT_EQ(Pick("bob", {"-d", "2023-12-27"}), "b-xmas2023");  // a full date
  EXPECT_EQ(Pick("bob", {"-d", "2015"}), "b-2015");            // a year
}

TEST_F(Choosing, EqualScoresKeepTheServerOrder) {
  // c-2026, c-2022 and c-2019 are all on the birthday with the same face: the newest wins.
  EXPECT_EQ(Pick("carol", {"-n"}), "c-2026");
}

TEST_F(Choosing, WithoutBirthdayBiasTheBiggerFaceWins) { EXPECT_EQ(Pick("carol", {}), "c-summer"); }

TEST_F(Choosing, BirthdayWithRecencyAimsAtTheLatestBirthdayBeforeToday) {
  clock_.Set(At("2026-11-27T12:00:00Z"));  // latest birthday: 2026-03-10
  EXPECT_EQ(Pick("carol", {"-n", "-t"}), "c-2026");
  clock_.Set(At("2027-04-01T12:00:00Z"));  // latest birthday: 2027-03-10, two days before c-2027
  EXPECT_EQ(Pick("carol", {"-n", "-t"}), "c-2027");
  clock_.Set(At("2027-03-09T12:00:00Z"));  // the day before: still 2026
  EXPECT_EQ(Pick("carol", {"-n", "-t"}), "c-2026");
}

TEST_F(Choosing, BirthdayWithReversedRecencyAimsAtTheFirstBirthdayOfTheOldestPhoto) {
  EXPECT_EQ(Pick("carol", {"-n", "-T"}), "c-2019");
}

TEST_F(Choosing, BirthdayInAGivenYear) { EXPECT_EQ(Pick("carol", {"-n", "-d", "2022"}), "c-2022"); }

TEST_F(Choosing, RandomBirthdayPicksOnlyWithinSigmaAndRepeatsWithTheSeed) {
  std::set<std::string> seen;
  for (int seed = 1; seed <= 24; ++seed) {
    const std::string got = Pick("carol", {"-rn", "--seed", std::to_string(seed)});
    EXPECT_NE(got, "c-summer") << seed;
    EXPECT_EQ(got, Pick("carol", {"-rn", "--seed", std::to_string(seed)})) << seed;
    seen.insert(got);
  }
  EXPECT_GE(seen.size(), 3u);  // random indeed: not always the same photo
}

TEST_F(Choosing, RandomWithNoPhotoInTheWindowSkipsAndSaysWhere) {
  auto people = Choose({"-r", "-d", "01-15", "-g", "3", "-s", "bob"});
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].outcome.kind, Action::kSkipped);
  EXPECT_NE(people[0].outcome.message.find("no photo within 3 days of"), std::string::npos)
      << people[0].outcome.message;
}

TEST_F(Choosing, APersonWithoutUsablePhotosIsSkipped) {
  auto people = Choose({"-s", "dave"});
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].chosen, -1);
  EXPECT_EQ(people[0].outcome.kind, Action::kSkipped);
  EXPECT_NE(people[0].outcome.message.find("no usable photo"), std::string::npos);
}

TEST_F(Choosing, CandidatesAreRankedBestFirstWithTheirFactors) {
  auto people = Choose({"-s", "alice"});
  ASSERT_EQ(people.size(), 1u);
  ASSERT_EQ(people[0].candidates.size(), 2u);
  const ScoreParts& best = people[0].candidates[0].score;
  const ScoreParts& worse = people[0].candidates[1].score;
  EXPECT_GT(best.total, worse.total);
  EXPECT_GT(best.face, worse.face);
  EXPECT_FALSE(best.pixels_measured);  // no -b: sharpness is not a measurement
  EXPECT_FALSE(Factors(best)[2].value.has_value());
  EXPECT_STREQ(Factors(best)[2].name, "sharpness");
}

TEST_F(Choosing, ManyPeopleAreGatheredByOneSweepFewByASearchEach) {
  Choose({"-s", "alice", "bob"});
  EXPECT_EQ(immich_.sweeps, 0);
  EXPECT_EQ(immich_.searches, (std::vector<std::string>{"alice", "bob"}));
  for (int i = 0; i < 11; ++i) immich_.people.push_back(Someone("x" + std::to_string(i), "X" + std::to_string(i)));
  immich_.searches.clear();
  auto people = Choose({});
  EXPECT_EQ(immich_.sweeps, 1);
  EXPECT_TRUE(immich_.searches.empty());
  EXPECT_EQ(ChosenFor(people, "alice"), "a-big");
  EXPECT_EQ(ChosenFor(people, "x0"), "");  // no photo
}

}  // namespace
}  // namespace ifpo::organizer
