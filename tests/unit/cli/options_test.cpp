#include "cli/options.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

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

// Sets variables for one test and removes them after.
struct Env {
  Env(std::initializer_list<std::pair<std::string, std::string>> vars) : vars_(vars) {
    for (const auto& [k, v] : vars_) setenv(k.c_str(), v.c_str(), 1);
  }
  ~Env() {
    for (const auto& [k, v] : vars_) unsetenv(k.c_str());
  }
  std::vector<std::pair<std::string, std::string>> vars_;
};

ParseOutcome PE(std::vector<std::string> args) {
  std::vector<const char*> argv = {"organizer"};
  for (const auto& a : args) argv.push_back(a.c_str());
  return Parse(static_cast<int>(argv.size()), argv.data());
}

TEST(Options, EveryOptionComesFromTheEnvironment) {
  Env env({{"IMMICH_INSTANCE_URL", "http://immich-server:2283/api"},
           {"IMMICH_API_KEY", "envkey"},
           {"DRY_RUN", "true"},
           {"UNATTENDED", "1"},
           {"DETECT_BLUR", "yes"},
           {"RECENCY_BIAS", "on"},
           {"LOW_PIXEL_MODE", "false"},
           {"PEOPLE_NAMES", "Mom, My Dad ,Mark"},
           {"PEOPLE_IDS", "id1,id2"},
           {"SIGMA_DAYS", "3.5"},
           {"FETCH_CHUNK_SIZE", "200"},
           {"LOG_LEVEL", "debug"},
           {"CACHE_DIR", "/data/cache"},
           {"STATE_DIR", "/data/state"},
           {"REPORT", "/data/report.html"},
           {"OUTPUT", "json"},
           {"TIMEOUT", "30"},
           {"CONCURRENCY", "4"},
           {"CLASSIC", ""},  // empty: as if not set
           {"CRON_EXPRESSION", "0 3 * * *"},
           {"RUN_ON_START", "true"}});
  auto o = PE({});
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  const Options& x = o.options;
  EXPECT_EQ(x.api_url, "http://immich-server:2283/api");
  EXPECT_EQ(x.api_key, "envkey");
  EXPECT_TRUE(x.dry_run && x.unattended && x.detect_blur && x.recency && x.run_on_start);
  EXPECT_FALSE(x.low_pixel || x.classic);
  EXPECT_EQ(x.people_names, (std::vector<std::string>{"Mom", "My Dad", "Mark"}));
  EXPECT_EQ(x.people_ids, (std::vector<std::string>{"id1", "id2"}));
  EXPECT_EQ(x.sigma_days, 3.5);
  EXPECT_EQ(x.chunk_size, 200);
  EXPECT_EQ(x.log_level, ui::Level::kDebug);
  EXPECT_EQ(x.cache_dir, "/data/cache");
  EXPECT_EQ(x.state_dir, "/data/state");
  EXPECT_EQ(x.report_path, "/data/report.html");
  EXPECT_EQ(x.output, OutputFormat::kJson);
  EXPECT_EQ(x.timeout_s, 30.0);
  EXPECT_EQ(x.concurrency, 4);
  EXPECT_EQ(x.schedule, "0 3 * * *");
}

TEST(Options, TheCommandLineWinsOverTheEnvironment) {
  Env env({{"IMMICH_URL", "https://env.example"}, {"IMMICH_API_KEY", "envkey"}, {"SIGMA_DAYS", "3"},
           {"PEOPLE_NAMES", "Env Person"}, {"LOG_LEVEL", "DEBUG"}});
  auto o = PE({"https://cli.example", "clikey", "-g", "9", "-S", "Cli Person", "-l", "ERROR"});
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  EXPECT_EQ(o.options.api_url, "https://cli.example");
  EXPECT_EQ(o.options.api_key, "clikey");
  EXPECT_EQ(o.options.sigma_days, 9.0);
  EXPECT_EQ(o.options.people_names, std::vector<std::string>{"Cli Person"});
  EXPECT_EQ(o.options.log_level, ui::Level::kError);
}

TEST(Options, BadEnvironmentValuesNameTheVariable) {
  {
    Env env({{"DETECT_BLUR", "maybe"}});
    auto o = P({"https://x", "k"});
    EXPECT_EQ(o.exit_code, 1);
    EXPECT_NE(o.output.find("DETECT_BLUR='maybe' is not true or false"), std::string::npos) << o.output;
  }
  {
    Env env({{"SIGMA_DAYS", "abc"}});
    auto o = P({"https://x", "k"});
    EXPECT_EQ(o.exit_code, 1);
    EXPECT_NE(o.output.find("environment variable SIGMA_DAYS"), std::string::npos) << o.output;
  }
  {
    Env env({{"CRON_EXPRESSION", "0 3 * *"}});
    auto o = P({"https://x", "k"});
    EXPECT_EQ(o.exit_code, 1);
    EXPECT_NE(o.output.find("CRON_EXPRESSION"), std::string::npos) << o.output;
    EXPECT_NE(o.output.find("4 fields"), std::string::npos) << o.output;
  }
  {
    Env env({{"RUN_ON_START", "true"}});
    auto o = P({"https://x", "k"});
    EXPECT_EQ(o.exit_code, 1);
    EXPECT_NE(o.output.find("needs --schedule"), std::string::npos) << o.output;
  }
}

TEST(Options, ScheduleImpliesUnattended) {
  auto o = P({"https://x", "k", "--schedule", "*/5 * * * *"});
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  EXPECT_TRUE(o.options.unattended);
  EXPECT_EQ(P({"https://x", "k", "--schedule", "@daily", "-c"}).exit_code, 1);
}

TEST(Options, SeveralKeysFromTheVariableOrTheFile) {
  auto o = P({"https://x", "key-one, key-two,,"});
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  EXPECT_EQ(o.options.api_keys, (std::vector<std::string>{"key-one", "key-two"}));
  EXPECT_EQ(o.options.api_key, "key-one");

  const std::string path = ::testing::TempDir() + "/keys";
  {
    std::ofstream f(path);
    f << "# the family\nkey-anna\n\nkey-ben\r\nkey-cleo\n";
  }
  o = P({"https://x", "--api-key-file", path});
  ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
  EXPECT_EQ(o.options.api_keys, (std::vector<std::string>{"key-anna", "key-ben", "key-cleo"}));
  {
    Env env({{"IMMICH_API_KEY_FILE", path}});
    o = P({"https://x"});
    ASSERT_EQ(o.kind, ParseOutcome::Kind::kRun) << o.output;
    EXPECT_EQ(o.options.api_keys.size(), 3u);
  }
  auto bad = P({"https://x", "good-key,bad key"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.output.find("API key 2 of 2 contains a space"), std::string::npos) << bad.output;
  EXPECT_EQ(bad.output.find("bad key"), std::string::npos) << "the key was echoed: " << bad.output;
  std::remove(path.c_str());
}

TEST(Options, AnUnusableKeyFileSaysWhy) {
  const std::string dir = ::testing::TempDir();
  auto says = [](const std::string& path, const std::string& why) {
    auto o = P({"https://x", "--api-key-file", path});
    EXPECT_EQ(o.exit_code, 1) << path;
    EXPECT_NE(o.output.find(why), std::string::npos) << o.output;
    EXPECT_NE(o.output.find(path), std::string::npos) << o.output;
  };
  says(dir + "/no-such-key-file", "does not exist");
  says(dir, "is a directory");
  const std::string empty = dir + "/empty-key";
  { std::ofstream f(empty); f << "\n\n"; }
  says(empty, "is empty");
  if (::geteuid() != 0) {  // root reads any file
    const std::string locked = dir + "/locked-key";
    { std::ofstream f(locked); f << "k\n"; }
    ::chmod(locked.c_str(), 0);
    says(locked, "permission denied");
    std::remove(locked.c_str());
  }
  std::remove(empty.c_str());
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
