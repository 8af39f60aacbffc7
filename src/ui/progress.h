// One live line per phase on a terminal ("faces  1200/5000  24%  ~8s left");
// nothing when stderr is not a terminal (logs stay plain logfmt).
#pragma once

#include <chrono>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>

namespace ifpo::ui {

class Progress {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  // now: the clock for rates and "time left" (tests pass a fake one).
  explicit Progress(bool enabled, std::FILE* out = stderr, Clock now = &std::chrono::steady_clock::now)
      : enabled_(enabled), out_(out), now_(std::move(now)) {}
  ~Progress() { Finish(); }
  // Starts a phase; total 0 = unknown.
  void Begin(const std::string& phase, long total);
  void Advance(long n = 1);
  void Set(long done);
  // The total became known during the phase (e.g. from the first page).
  void SetTotal(long total);
  // Ends the live line (keeps the final count on screen).
  void Finish();
  // Clears the line so a log line can be written; the next update redraws it.
  void Clear();
  static void ClearThunk(void* self) { static_cast<Progress*>(self)->Clear(); }

 private:
  void Draw(bool force);
  bool enabled_;
  std::FILE* out_;
  Clock now_;
  std::mutex mu_;
  std::string phase_;
  long total_ = 0, done_ = 0;
  bool active_ = false, drawn_ = false;
  std::chrono::steady_clock::time_point start_{}, last_{};
};

}  // namespace ifpo::ui
