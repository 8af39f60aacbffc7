#include "cli/options.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace ifpo::cli {
namespace {

ParseOutcome P(std::vector<std::string> args) {
  unsetenv("IMMICH_URL");
  unsetenv("IMMICH_API_KEY");
  std::vector<const char*> argv = {"organizer"};
  for (const auto& a : args) argv.push_back(a.c_str());
  return Parse(static_cast<int>(argv.size()), argv.data());
}

TEST(Options, DefaultsMatchTheReadme) {
  auto o = P({"https://immich.example.com", "key"});
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  EXPECT_EQ(o.options.sigma_days, 7.0);
  EXPECT_EQ(o.options.chunk_size, 1000);
  EXPECT_EQ(o.options.log_level, ui::Level::kInfo);
  EXPECT_EQ(o.options.concurrency, 8);
  EXPECT_EQ(o.options.timeout_s, 120.0);
  EXPECT_FALSE(o.options.unattended);
  EXPECT_FALSE(o.options.classic);
}

TEST(Options, RepeatedAndMultiValueLists) {
  auto o = P({"u://x", "k", "-s", "id1", "id2", "-s", "id3", "-S", "Mom", "My Dad", "-S", "Mark"});
  // u://x is validated later by the organizer, not here.
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  EXPECT_EQ(o.options.people_ids, (std::vector<std::string>{"id1", "id2", "id3"}));
  EXPECT_EQ(o.options.people_names, (std::vector<std::string>{"Mom", "My Dad", "Mark"}));
}

TEST(Options, CombinedShortFlags) {
  auto o = P({"https://x", "k", "-bt"});
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  EXPECT_TRUE(o.options.detect_blur);
  EXPECT_TRUE(o.options.recency);
  o = P({"https://x", "k", "-rn", "-yu"});
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  EXPECT_TRUE(o.options.random_mode);
  EXPECT_TRUE(o.options.birthday_bias);
  EXPECT_TRUE(o.options.dry_run);
  EXPECT_TRUE(o.options.unattended);
}

TEST(Options, LongNamesOfTheOriginal) {
  auto o = P({"https://x",
              "k",
              "--unattended",
              "--people-ids",
              "a",
              "--people-names",
              "B",
              "--favorite-people",
              "--random-mode",
              "--low-pixel-mode",
              "--detect-blur-reversed",
              "--recency-bias-reversed",
              "--date-bias",
              "2020",
              "--birthday-bias",
              "--sigma-days",
              "3.5",
              "--fetch-chunk-size",
              "200",
              "--log-level",
              "DEBUG",
              "--dry-run",
              "--confirmation",
              "--with-names"});
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  const Options& x = o.options;
  EXPECT_TRUE(x.unattended && x.favorite_people && x.random_mode && x.low_pixel && x.detect_blur_reversed &&
              x.recency_reversed && x.birthday_bias && x.dry_run && x.confirmation && x.with_names);
  EXPECT_EQ(x.people_ids, std::vector<std::string>{"a"});
  EXPECT_EQ(x.people_names, std::vector<std::string>{"B"});
  EXPECT_EQ(x.date_bias, "2020");
  EXPECT_EQ(x.sigma_days, 3.5);
  EXPECT_EQ(x.chunk_size, 200);
  EXPECT_EQ(x.log_level, ui::Level::kDebug);
}

TEST(Options, LogLevelsIncludeVerboseAndAreCaseInsensitive) {
  EXPECT_EQ(P({"https://x", "k", "-l", "VERBOSE"}).options.log_level, ui::Level::kVerbose);
  EXPECT_EQ(P({"https://x", "k", "-l", "warning"}).options.log_level, ui::Level::kWarning);
  auto bad = P({"https://x", "k", "-l", "LOUD"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.output.find("LOUD"), std::string::npos);
}

struct Rejection {
  std::vector<std::string> args;
  std::string must_mention;
};

class Rejections : public ::testing::TestWithParam<Rejection> {};

TEST_P(Rejections, NameTheBadValue) {
  std::vector<std::string> args = {"https://x", "k"};
  for (const auto& a : GetParam().args) args.push_back(a);
  auto o = P(args);
  EXPECT_EQ(o.kind, ParseOutcome::Kind::kExit);
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.output.find(GetParam().must_mention), std::string::npos) << o.output;
}

INSTANTIATE_TEST_SUITE_P(
    All, Rejections,
    ::testing::Values(Rejection{{"-d", "02-30"}, "02-30"}, Rejection{{"-d", "2024-13-01"}, "month 13"},
                      Rejection{{"-d", "2023-02-29"}, "2023-02-29"}, Rejection{{"-d", "yesterday"}, "yesterday"},
                      Rejection{{"-g", "0"}, "sigma"}, Rejection{{"-g", "-3"}, "sigma"},
                      Rejection{{"-g", "abc"}, "abc"}, Rejection{{"-C", "5000"}, "5000"},
                      Rejection{{"-C", "0"}, "1-1000"}, Rejection{{"-b", "-B"}, "--detect-blur-reversed"},
                      Rejection{{"-t", "-T"}, "--recency-bias-reversed"}, Rejection{{"-w", "-W"}, "--without-names"},
                      Rejection{{"-n", "-d", "12-25"}, "year"}, Rejection{{"--output", "xml"}, "xml"},
                      Rejection{{"--concurrency", "1000"}, "1000"}, Rejection{{"--bogus"}, "--bogus"},
                      Rejection{{"--timeout", "0"}, "--timeout 0"}, Rejection{{"--timeout", "x"}, "x"},
                      Rejection{{"--insecure", "--ca-cert", "x.pem"}, "--ca-cert"}));

TEST(Options, MissingUrlOrKeyIsExplained) {
  auto o = P({});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.output.find("IMMICH_URL"), std::string::npos);
  o = P({"https://x"});
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_NE(o.output.find("IMMICH_API_KEY"), std::string::npos);
}

TEST(Options, EnvironmentSuppliesUrlAndKey) {
  setenv("IMMICH_URL", "https://env.example", 1);
  setenv("IMMICH_API_KEY", "envkey", 1);
  const char* argv[] = {"organizer", "-u"};
  auto o = Parse(2, argv);
  unsetenv("IMMICH_URL");
  unsetenv("IMMICH_API_KEY");
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  EXPECT_EQ(o.options.api_url, "https://env.example");
  EXPECT_EQ(o.options.api_key, "envkey");
}

TEST(Options, HelpAndVersionExitZero) {
  auto h = P({"--help"});
  EXPECT_EQ(h.kind, ParseOutcome::Kind::kExit);
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.output.find("--birthday-bias"), std::string::npos);
  auto v = P({"--version"});
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_NE(v.output.find("immich-featured-photo-organizer"), std::string::npos);
}

}  // namespace
}  // namespace ifpo::cli
