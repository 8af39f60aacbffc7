// The run's config is decided once from the options: each flag pair is one
// enum, -d is parsed once, the directories and the URL are resolved.
#include <gtest/gtest.h>

#include "organizer/config.h"
#include "unit/organizer/fake_immich.h"

namespace ifpo::organizer {
namespace {

RunConfig From(std::vector<std::string> args, std::chrono::sys_seconds now = testing::At("2026-11-27T12:00:00Z")) {
  std::vector<std::string> argv = {"organizer", "https://photos.example.com/", "test-key"};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<const char*> c;
  for (const std::string& a : argv) c.push_back(a.c_str());
  auto parsed = cli::Parse(static_cast<int>(c.size()), c.data());
  EXPECT_EQ(parsed.kind, cli::ParseOutcome::Kind::kRun) << parsed.output;
  auto config = Resolve(parsed.options, now);
  EXPECT_TRUE(config) << (config ? "" : config.error().message);
  return config ? *config : RunConfig{};
}

TEST(Config, EachFlagPairIsOneEnum) {
  EXPECT_EQ(From({}).score.sharpness, score::Sharpness::kIgnored);
  EXPECT_EQ(From({"-b"}).score.sharpness, score::Sharpness::kSharp);
  EXPECT_EQ(From({"-B"}).score.sharpness, score::Sharpness::kBlurry);
  EXPECT_EQ(From({}).score.recency, score::RecencyBias::kNone);
  EXPECT_EQ(From({"-t"}).score.recency, score::RecencyBias::kNewest);
  EXPECT_EQ(From({"-T"}).score.recency, score::RecencyBias::kOldest);
  EXPECT_EQ(From({"--classic"}).score.formula, score::Formula::kClassic);
  EXPECT_EQ(From({"-p"}).score.face_size, score::FaceSize::kSmall);
  EXPECT_EQ(From({"-r"}).pick, Pick::kRandom);
  EXPECT_FALSE(From({"-rb"}).MeasuresPixels());  // random mode never downloads
  EXPECT_TRUE(From({"-b"}).MeasuresPixels());
  EXPECT_FALSE(From({"-B"}).score.HasUpperBound());
  EXPECT_FALSE(From({"--classic", "-b"}).score.HasUpperBound());
  EXPECT_TRUE(From({"-b"}).score.HasUpperBound());
}

TEST(Config, WhoIsSelectedByName) {
  EXPECT_EQ(From({}).select.names_filter, Names::kNamed);  // by default only named people
  EXPECT_EQ(From({"-W"}).select.names_filter, Names::kUnnamed);
  EXPECT_EQ(From({"-s", "id1"}).select.names_filter, Names::kAll);  // picked people, named or not
  EXPECT_EQ(From({"-f"}).select.names_filter, Names::kAll);
  EXPECT_EQ(From({"-w", "-s", "id1"}).select.names_filter, Names::kNamed);
  EXPECT_TRUE(From({"-n"}).select.needs_birth_date);
}

TEST(Config, DateBiasIsParsedOnce) {
  const RunConfig c = From({"-d", "12-25", "-g", "3"});
  ASSERT_TRUE(c.score.date_target);
  EXPECT_EQ(c.score.date_target->kind, score::DateTarget::Kind::kYearless);
  EXPECT_EQ(c.score.date_target->month, 12);
  EXPECT_EQ(c.score.date_target->day, 25);
  EXPECT_EQ(c.score.sigma_days, 3.0);
  EXPECT_FALSE(From({}).score.date_target);
}

TEST(Config, AnUnparsableDateIsAnErrorNamingIt) {
  cli::Options o;
  o.api_url = "https://photos.example.com";
  o.api_key = "k";
  o.date_bias = "2024-02-30";
  auto c = Resolve(o, testing::At("2026-11-27T12:00:00Z"));
  ASSERT_FALSE(c);
  EXPECT_NE(c.error().message.find("2024-02-30"), std::string::npos) << c.error().message;
}

TEST(Config, UrlIsNormalisedAndABadOneNamed) {
  const RunConfig c = From({});
  EXPECT_EQ(c.server.api_url, "https://photos.example.com/api");
  EXPECT_EQ(c.server.web_url, "https://photos.example.com");
  cli::Options o;
  o.api_url = "ftp://photos.example.com";
  auto bad = Resolve(o, {});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("ftp://photos.example.com"), std::string::npos) << bad.error().message;
}

TEST(Config, ApplyRulesAndTimeout) {
  const RunConfig c = From({"-y", "-c", "--force", "--override-manual", "--timeout", "2.5"});
  EXPECT_TRUE(c.apply.dry_run);
  EXPECT_TRUE(c.apply.confirm_each);
  EXPECT_TRUE(c.apply.force);
  EXPECT_TRUE(c.apply.override_manual);
  EXPECT_TRUE(c.apply.ask_first);  // no -u
  EXPECT_EQ(c.server.timeout_ms, 2500);
  EXPECT_FALSE(From({"-u"}).apply.ask_first);
  EXPECT_EQ(From({}).apply.manual_pick_grace, std::chrono::minutes(15));
}

TEST(Config, StateLivesWithTheCacheOnlyWhenOnlyTheCacheDirIsGiven) {
  const RunConfig one = From({"--cache-dir", "/tmp/c"});
  EXPECT_EQ(one.storage.cache_dir, "/tmp/c");
  EXPECT_EQ(one.storage.state_dir, "/tmp/c");
  const RunConfig two = From({"--cache-dir", "/tmp/c", "--state-dir", "/tmp/s"});
  EXPECT_EQ(two.storage.state_dir, "/tmp/s");
  EXPECT_FALSE(From({"--no-cache"}).storage.enabled);
  EXPECT_TRUE(From({"--no-cache"}).storage.state_dir.empty());
}

TEST(Config, TodayIsTheUtcDateOfNow) {
  EXPECT_EQ(From({}, testing::At("2027-03-09T23:59:59Z")).today, (CivilDate{2027, 3, 9}));
  EXPECT_EQ(From({}, testing::At("2027-03-10T00:00:00Z")).today, (CivilDate{2027, 3, 10}));
}

}  // namespace
}  // namespace ifpo::organizer
