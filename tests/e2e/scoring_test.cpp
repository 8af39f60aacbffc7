// Every scoring option of the README, in every dialect: which photo each
// person ends up with.
#include "e2e/fixture.h"

namespace ifpo::e2e {
namespace {

using Scoring = E2E;

TEST_P(Scoring, ClassicFavoursTheBiggestFaceAndNeverNonCandidates) {
  auto r = Run({"--classic", "-s", s_.alice});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  // The trashed, archived, video and offline photos have bigger faces.
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry) << Diag();
}

TEST_P(Scoring, ClassicLowPixelFavoursTheSmallestFace) {
  auto r = Run({"--classic", "-p", "-s", s_.alice});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_small_sharp);
}

TEST_P(Scoring, QualityLowPixelFavoursTheSmallestFace) {
  // All three faces make a full 250 px crop; -p still prefers the smallest.
  auto r = Run({"-p", "-s", s_.alice});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_small_sharp) << Diag();
}

TEST_P(Scoring, ClassicBlurDetectionFavoursSharpness) {
  auto r = Run({"--classic", "-b", "-s", s_.alice});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_medium_sharp) << Diag();
}

TEST_P(Scoring, ClassicBlurReversedFavoursBlur) {
  auto r = Run({"--classic", "-B", "-s", s_.alice});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry);
}

TEST_P(Scoring, QualityWithBlurDetectionPicksTheSharpFace) {
  auto r = Run({"-b", "-s", s_.alice});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_medium_sharp) << Diag();
}

TEST_P(Scoring, QualityBlurReversedPicksTheBlurryFace) {
  auto r = Run({"-B", "-s", s_.alice});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_big_blurry) << Diag();
}

TEST_P(Scoring, RecencyFavoursNewest) {
  ASSERT_EQ(Run({"-t", "-s", s_.bob}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_recent);
}

TEST_P(Scoring, RecencyReversedFavoursOldest) {
  ASSERT_EQ(Run({"-T", "-s", s_.bob}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_2015);
}

TEST_P(Scoring, CombinedShortFlagsWork) {
  ASSERT_EQ(Run({"-bT", "-s", s_.bob}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_2015);
}

TEST_P(Scoring, YearlessDateBias) {
  // 12-25: 2020-12-25 is 0 days away, 2023-12-28 three.
  ASSERT_EQ(Run({"-d", "12-25", "-s", s_.bob}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_xmas2020);
}

TEST_P(Scoring, FullDateBias) {
  ASSERT_EQ(Run({"-d", "2023-12-27", "-s", s_.bob}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_xmas2023_evening);
}

TEST_P(Scoring, YearDateBias) {
  ASSERT_EQ(Run({"--date-bias", "2015", "-s", s_.bob}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.bob), s_.b_2015);
}

TEST_P(Scoring, WithoutBirthdayBiasTheBiggerFaceWins) {
  ASSERT_EQ(Run({"-s", s_.carol}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.carol), s_.c_far2024);
}

TEST_P(Scoring, BirthdayBiasYearless) {
  // Born 1990-03-10: the 2019-03-10 photo is on the day.
  ASSERT_EQ(Run({"-n", "-s", s_.carol}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.carol), s_.c_bday2019);
}

// -n -t (the latest birthday before today) depends on today: it is tested
// in-process with a fixed clock (tests/unit/organizer/choose_test.cpp).

TEST_P(Scoring, BirthdayBiasWithReversedRecencyUsesTheFirstBirthdayAfterTheOldestPhoto) {
  ASSERT_EQ(Run({"-n", "-T", "-s", s_.carol}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.carol), s_.c_bday2019);
}

TEST_P(Scoring, BirthdayBiasInAGivenYear) {
  ASSERT_EQ(Run({"-n", "-d", "2022", "-s", s_.carol}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.carol), s_.c_bday2022);
}

TEST_P(Scoring, LeapDayBirthdayFallsOnFeb28InCommonYears) {
  ASSERT_EQ(Run({"-n", "-s", s_.grace_feb29}).exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.grace_feb29), s_.grace_0228);
}

TEST_P(Scoring, BirthdayBiasSkipsPeopleWithoutBirthDate) {
  auto r = Run({"-n", "-s", s_.frank_nobday, s_.carol});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.frank_nobday), "");
  EXPECT_NE(r.err.find("no birth date"), std::string::npos) << Diag();
}

TEST_P(Scoring, RandomBirthdayOnlyPicksPhotosWithinSigma) {
  for (int seed = 1; seed <= 6; ++seed) {
    ASSERT_EQ(Run({"-rn", "--seed", std::to_string(seed), "-s", s_.carol}).exit_code, 0) << Diag();
    const std::string got = Featured(s_.carol);
    EXPECT_TRUE(got == s_.c_bday2026 || got == s_.c_bday2019 || got == s_.c_bday2022) << got;
  }
}

TEST_P(Scoring, RandomModePicksACandidateAndVaries) {
  std::set<std::string> seen;
  for (int seed = 1; seed <= 8; ++seed) {
    ASSERT_EQ(Run({"-r", "--seed", std::to_string(seed), "-s", s_.alice}).exit_code, 0) << Diag();
    const std::string got = Featured(s_.alice);
    EXPECT_TRUE(got == s_.a_small_sharp || got == s_.a_big_blurry || got == s_.a_medium_sharp) << got;
    seen.insert(got);
  }
  EXPECT_GE(seen.size(), 2u);
}

TEST_P(Scoring, DryRunSendsNoPut) {
  auto r = Run({"-y", "--classic"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 0u);
  EXPECT_NE(r.err.find("would set featured photo"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find(s_.a_big_blurry), std::string::npos) << Diag();
}

TEST_P(Scoring, JsonOutputHasOneObjectPerPerson) {
  auto r = Run({"--output", "json", "--classic", "-s", s_.alice, s_.bob});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  std::istringstream lines(r.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    ++n;
    if (line.find(s_.alice) != std::string::npos) {
      EXPECT_NE(line.find("\"chosen_asset\":\"" + s_.a_big_blurry + "\""), std::string::npos) << line;
      EXPECT_NE(line.find("\"action\":\"updated\""), std::string::npos) << line;
    }
  }
  EXPECT_EQ(n, 2) << r.out;
}

IFPO_ALL_DIALECTS(Scoring);

}  // namespace
}  // namespace ifpo::e2e
