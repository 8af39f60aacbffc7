// The live progress line: counts, percentage and time left, redrawn in place
// at most every 100 ms, and nothing at all when disabled (not a terminal).
#include "ui/progress.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace ifpo::ui {
namespace {

using namespace std::chrono_literals;

class ProgressTest : public ::testing::Test {
 protected:
  void SetUp() override { out_ = std::tmpfile(); }
  void TearDown() override { std::fclose(out_); }
  Progress Make(bool enabled) {
    return Progress(enabled, out_, [this] { return now_; });
  }
  std::string Shown() {
    std::fflush(out_);
    std::rewind(out_);
    std::string s;
    for (int c; (c = std::fgetc(out_)) != EOF;) s += static_cast<char>(c);
    return s;
  }
  std::FILE* out_ = nullptr;
  std::chrono::steady_clock::time_point now_{};
};

TEST_F(ProgressTest, CountsPercentAndTimeLeft) {
  Progress p = Make(true);
  p.Begin("faces", 100);
  now_ += 10s;
  p.Set(25);
  // 25 of 100 in 10 s: 30 s left.
  EXPECT_EQ(Shown(), "\r\033[Kfaces      0/100    0%\r\033[Kfaces      25/100   25%  ~30s left");
  now_ += 10s;
  p.Advance(25);
  EXPECT_NE(Shown().find("\r\033[Kfaces      50/100   50%  ~20s left"), std::string::npos);
  p.Finish();
  const std::string all = Shown();
  EXPECT_EQ(all.substr(all.size() - 1), "\n") << "the final count stays on screen";
}

TEST_F(ProgressTest, RedrawsAtMostEvery100Ms) {
  Progress p = Make(true);
  p.Begin("images", 1000);
  const size_t after_begin = Shown().size();
  for (int i = 0; i < 50; ++i) p.Advance();  // same instant: no redraw
  EXPECT_EQ(Shown().size(), after_begin);
  now_ += 150ms;
  p.Advance();
  EXPECT_NE(Shown().find("images     51/1000"), std::string::npos);
}

TEST_F(ProgressTest, UnknownTotalShowsCountAndElapsed) {
  Progress p = Make(true);
  p.Begin("photos", 0);
  now_ += 3s;
  p.Set(4000);
  EXPECT_NE(Shown().find("photos     4000  3s"), std::string::npos) << Shown();
  p.SetTotal(5000);
  now_ += 1s;
  p.Set(5000);
  EXPECT_NE(Shown().find("photos     5000/5000  100%"), std::string::npos) << Shown();
}

TEST_F(ProgressTest, ClearErasesTheLineForALogLine) {
  Progress p = Make(true);
  p.Begin("people", 10);
  p.Clear();
  const std::string s = Shown();
  EXPECT_EQ(s.substr(s.size() - 4), "\r\033[K");
}

TEST_F(ProgressTest, DisabledWritesNothing) {
  Progress p = Make(false);
  p.Begin("faces", 10);
  now_ += 5s;
  p.Set(5);
  p.Clear();
  p.Finish();
  EXPECT_EQ(Shown(), "");
}

}  // namespace
}  // namespace ifpo::ui
