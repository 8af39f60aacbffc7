#include "core/cron.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

namespace ifpo {
namespace {

using std::chrono::sys_seconds;

// Runs each test in a named zone, restored after.
class Cron : public ::testing::Test {
 protected:
  void SetZone(const char* tz) {
    setenv("TZ", tz, 1);
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
  void SetUp() override {
    if (const char* tz = std::getenv("TZ")) saved_ = tz;
    SetZone("UTC");
  }
  std::optional<std::string> saved_;
};

sys_seconds Utc(int y, int mo, int d, int h, int mi) {
  using namespace std::chrono;
  return sys_seconds(sys_days(year(y) / mo / d)) + hours(h) + minutes(mi);
}

sys_seconds Next(const std::string& expr, sys_seconds after) {
  auto s = ParseCron(expr);
  EXPECT_TRUE(s.ok()) << expr << ": " << (s ? "" : s.error().message);
  auto n = NextRun(*s, after);
  EXPECT_TRUE(n.has_value()) << expr;
  return n.value_or(sys_seconds{});
}

TEST_F(Cron, EveryMinuteIsTheNextWholeMinute) {
  EXPECT_EQ(Next("* * * * *", Utc(2026, 12, 4, 10, 0) + std::chrono::seconds(1)), Utc(2026, 12, 4, 10, 1));
  // Strictly after: a run at 10:01:00 does not start again at 10:01.
  EXPECT_EQ(Next("* * * * *", Utc(2026, 12, 4, 10, 1)), Utc(2026, 12, 4, 10, 2));
}

TEST_F(Cron, DailyAtThreeRollsToTomorrow) {
  EXPECT_EQ(Next("0 3 * * *", Utc(2026, 12, 4, 2, 59)), Utc(2026, 12, 4, 3, 0));
  EXPECT_EQ(Next("0 3 * * *", Utc(2026, 12, 4, 3, 0)), Utc(2026, 12, 5, 3, 0));
  EXPECT_EQ(Next("@daily", Utc(2026, 12, 31, 23, 59)), Utc(2027, 1, 1, 0, 0));
}

TEST_F(Cron, ListsRangesStepsAndNames) {
  EXPECT_EQ(Next("*/15 * * * *", Utc(2026, 12, 4, 10, 16)), Utc(2026, 12, 4, 10, 30));
  EXPECT_EQ(Next("5,35 9-17/4 * * *", Utc(2026, 12, 4, 10, 0)), Utc(2026, 12, 4, 13, 5));
  // 2026-12-04 is a Friday: the next Monday is the 7th.
  EXPECT_EQ(Next("30 4 * * mon", Utc(2026, 12, 4, 0, 0)), Utc(2026, 12, 7, 4, 30));
  EXPECT_EQ(Next("0 0 * * 7", Utc(2026, 12, 4, 0, 0)), Utc(2026, 12, 6, 0, 0));  // 7 = Sunday
  EXPECT_EQ(Next("0 0 1 jan *", Utc(2026, 12, 4, 0, 0)), Utc(2027, 1, 1, 0, 0));
  EXPECT_EQ(Next("0 12 29 feb *", Utc(2026, 12, 4, 0, 0)), Utc(2028, 2, 29, 12, 0));
}

TEST_F(Cron, DayOfMonthOrDayOfWeekWhenBothAreGiven) {
  // Vixie cron: the 15th, or any Monday; from Friday 4 Dec the Monday comes first.
  EXPECT_EQ(Next("0 0 15 * 1", Utc(2026, 12, 4, 0, 0)), Utc(2026, 12, 7, 0, 0));
  EXPECT_EQ(Next("0 0 15 * 1", Utc(2026, 12, 14, 1, 0)), Utc(2026, 12, 15, 0, 0));
}

TEST_F(Cron, LocalTimeFollowsTz) {
  SetZone("Europe/Berlin");  // UTC+1 in December
  EXPECT_EQ(Next("0 3 * * *", Utc(2026, 12, 4, 0, 0)), Utc(2026, 12, 4, 2, 0));
  // Spring forward on 2027-03-28: 02:30 does not exist that day; the next is the 29th (UTC+2).
  EXPECT_EQ(Next("30 2 * * *", Utc(2027, 3, 27, 12, 0)), Utc(2027, 3, 29, 0, 30));
  // The day after a 23-hour day keeps its first hour.
  EXPECT_EQ(Next("30 0 29 3 *", Utc(2027, 3, 27, 12, 0)), Utc(2027, 3, 28, 22, 30));
}

TEST_F(Cron, ImpossibleDateNeverMatches) {
  auto s = ParseCron("0 0 31 2 *");
  ASSERT_TRUE(s.ok());
  EXPECT_FALSE(NextRun(*s, Utc(2026, 12, 4, 0, 0)).has_value());
}

TEST_F(Cron, ErrorsNameTheField) {
  struct Case {
    const char* expr;
    const char* says;
  };
  for (const Case& c : {Case{"0 3 * *", "4 fields, not 5"}, Case{"60 * * * *", "minute field '60'"},
                        Case{"* 24 * * *", "hour field '24'"}, Case{"* * 0 * *", "day of month field '0'"},
                        Case{"* * * 13 *", "month field '13'"}, Case{"* * * * funday", "'funday'"},
                        Case{"*/0 * * * *", "bad step '0'"}, Case{"5-1 * * * *", "out of range"},
                        Case{"", "0 fields"}}) {
    auto s = ParseCron(c.expr);
    ASSERT_FALSE(s.ok()) << c.expr;
    EXPECT_NE(s.error().message.find(c.says), std::string::npos) << c.expr << ": " << s.error().message;
  }
}

}  // namespace
}  // namespace ifpo
