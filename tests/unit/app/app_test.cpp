#include "app/app.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

namespace ifpo::app {
namespace {

using std::chrono::sys_seconds;

sys_seconds Utc(int y, int mo, int d, int h, int mi) {
  using namespace std::chrono;
  return sys_seconds(sys_days(year(y) / mo / d)) + hours(h) + minutes(mi);
}

// Captures what the log says.
struct CapturedLog {
  CapturedLog() : file(std::tmpfile()), log(ui::Level::kInfo, file) {}
  ~CapturedLog() { std::fclose(file); }
  std::string Text() {
    std::fflush(file);
    std::rewind(file);
    std::string s;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, file)) > 0) s.append(buf, n);
    return s;
  }
  std::FILE* file;
  ui::Logger log;
};

cli::Options ThreeKeys() {
  cli::Options o;
  o.api_url = "http://immich.test";
  o.api_keys = {"key-of-anna", "key-of-ben", "key-of-cleo"};
  o.api_key = o.api_keys.front();
  return o;
}

TEST(RunEachKey, EveryKeyRunsWithItsOwnRecordAndAFailureDoesNotStopTheOthers) {
  CapturedLog out;
  std::vector<std::string> keys;
  std::vector<bool> per_key;
  auto run = [&](const cli::Options& o) {
    keys.push_back(o.api_key);
    per_key.push_back(o.record_per_key);
    EXPECT_EQ(o.api_keys, std::vector<std::string>{o.api_key});
    return o.api_key == "key-of-ben" ? ExitCode::kError : ExitCode::kOk;
  };
  EXPECT_EQ(RunEachKey(ThreeKeys(), out.log, run, nullptr), ExitCode::kError);
  EXPECT_EQ(keys, (std::vector<std::string>{"key-of-anna", "key-of-ben", "key-of-cleo"}));
  EXPECT_EQ(per_key, (std::vector<bool>{true, true, true}));
  const std::string text = out.Text();
  EXPECT_NE(text.find("finished the run for API key 2/3\" user=2/3 exit_code=1"), std::string::npos) << text;
  EXPECT_NE(text.find("finished the run for API key 3/3\" user=3/3 exit_code=0"), std::string::npos) << text;
  EXPECT_EQ(text.find("key-of-"), std::string::npos) << "a key was printed: " << text;
}

TEST(RunEachKey, WorstCodeWinsAndAnInterruptionStops) {
  CapturedLog out;
  std::vector<ExitCode> codes = {ExitCode::kPartial, ExitCode::kOk, ExitCode::kOk};
  size_t i = 0;
  auto run = [&](const cli::Options&) { return codes[i++]; };
  EXPECT_EQ(RunEachKey(ThreeKeys(), out.log, run, nullptr), ExitCode::kPartial);
  codes = {ExitCode::kOk, ExitCode::kInterrupted, ExitCode::kOk};
  i = 0;
  EXPECT_EQ(RunEachKey(ThreeKeys(), out.log, run, nullptr), ExitCode::kInterrupted);
  EXPECT_EQ(i, 2u) << "the third user ran after an interruption";
}

TEST(RunEachKey, OneKeyKeepsTheSharedRecord) {
  CapturedLog out;
  cli::Options o = ThreeKeys();
  o.api_keys = {"only"};
  o.api_key = "only";
  bool per_key = true;
  auto run = [&](const cli::Options& one) {
    per_key = one.record_per_key;
    return ExitCode::kOk;
  };
  EXPECT_EQ(RunEachKey(o, out.log, run, nullptr), ExitCode::kOk);
  EXPECT_FALSE(per_key);
  EXPECT_EQ(out.Text(), "") << "one key needs no per-user lines";
}

class Schedule : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* tz = std::getenv("TZ")) saved_ = tz;
    setenv("TZ", "UTC", 1);
    tzset();
  }
  void TearDown() override {
    if (saved_) {
      setenv("TZ", saved_->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }
  std::optional<std::string> saved_;
};

TEST_F(Schedule, RunsAtEachTimeOneAfterTheOtherUntilStopped) {
  CapturedLog out;
  FixedClock clock(Utc(2026, 12, 4, 10, 20));
  std::atomic<bool> stop{false};
  std::vector<sys_seconds> waited_for, ran_at;
  auto sleep = [&](sys_seconds until) {
    waited_for.push_back(until);
    if (waited_for.size() == 4) {  // SIGTERM while waiting for the fourth
      stop = true;
      return false;
    }
    clock.Set(until);
    return true;
  };
  auto run = [&](const cli::Options&) {
    ran_at.push_back(clock.Now());
    // The second run outlasts the next time (11:00): that one is skipped, never overlapped.
    if (ran_at.size() == 2) clock.Set(clock.Now() + std::chrono::minutes(75));
    return ExitCode::kOk;
  };
  cli::Options o = ThreeKeys();
  o.api_keys = {"k"};
  o.schedule = "0 * * * *";
  EXPECT_EQ(RunOnSchedule(o, out.log, clock, sleep, run, &stop), ExitCode::kOk);
  EXPECT_EQ(ran_at, (std::vector<sys_seconds>{Utc(2026, 12, 4, 11, 0), Utc(2026, 12, 4, 12, 0),
                                               Utc(2026, 12, 4, 14, 0)}));
  EXPECT_EQ(waited_for.back(), Utc(2026, 12, 4, 15, 0));
  const std::string text = out.Text();
  EXPECT_NE(text.find("next run\" at=2026-12-04T11:00:00+0000"), std::string::npos) << text;
  EXPECT_NE(text.find("stopped while waiting"), std::string::npos) << text;
}

TEST_F(Schedule, RunOnStartRunsAtOnceAndAStoppedRunEndsTheLoop) {
  CapturedLog out;
  FixedClock clock(Utc(2026, 12, 4, 10, 20));
  std::atomic<bool> stop{false};
  int runs = 0, sleeps = 0;
  auto sleep = [&](sys_seconds until) {
    ++sleeps;
    clock.Set(until);
    return true;
  };
  auto run = [&](const cli::Options&) {
    ++runs;
    if (runs == 2) {
      stop = true;  // SIGTERM during the second run
      return ExitCode::kInterrupted;
    }
    return ExitCode::kOk;
  };
  cli::Options o = ThreeKeys();
  o.api_keys = {"k"};
  o.schedule = "@daily";
  o.run_on_start = true;
  EXPECT_EQ(RunOnSchedule(o, out.log, clock, sleep, run, &stop), ExitCode::kInterrupted);
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(sleeps, 1) << "--run-on-start runs before the first wait";
  EXPECT_NE(out.Text().find("stopped during a run"), std::string::npos);
}

TEST_F(Schedule, AFailedRunDoesNotEndTheSchedule) {
  CapturedLog out;
  FixedClock clock(Utc(2026, 12, 4, 10, 20));
  int runs = 0;
  auto sleep = [&](sys_seconds until) {
    if (runs == 3) return false;
    clock.Set(until);
    return true;
  };
  auto run = [&](const cli::Options&) {
    ++runs;
    return ExitCode::kError;  // Immich down at night: try again next time
  };
  cli::Options o = ThreeKeys();
  o.schedule = "*/5 * * * *";
  o.api_keys = {"k"};
  EXPECT_EQ(RunOnSchedule(o, out.log, clock, sleep, run, nullptr), ExitCode::kOk);
  EXPECT_EQ(runs, 3);
}

}  // namespace
}  // namespace ifpo::app
