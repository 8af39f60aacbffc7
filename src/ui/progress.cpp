#include "ui/progress.h"

namespace ifpo::ui {

void Progress::Begin(const std::string& phase, long total) {
  Finish();
  std::lock_guard<std::mutex> lock(mu_);
  phase_ = phase;
  total_ = total;
  done_ = 0;
  active_ = true;
  start_ = now_();
  last_ = {};
  Draw(true);
}

void Progress::SetTotal(long total) {
  std::lock_guard<std::mutex> lock(mu_);
  total_ = total;
  Draw(false);
}

void Progress::Advance(long n) {
  std::lock_guard<std::mutex> lock(mu_);
  done_ += n;
  Draw(false);
}

void Progress::Set(long done) {
  std::lock_guard<std::mutex> lock(mu_);
  done_ = done;
  Draw(false);
}

void Progress::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  if (!active_) return;
  Draw(true);
  if (enabled_ && drawn_) std::fputc('\n', out_), std::fflush(out_);
  active_ = drawn_ = false;
}

void Progress::Clear() {
  if (!enabled_ || !drawn_) return;
  std::fputs("\r\033[K", out_);
  drawn_ = false;
}

void Progress::Draw(bool force) {
  if (!enabled_ || !active_) return;
  const auto now = now_();
  if (!force && drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  char line[160];
  if (total_ > 0) {
    const double frac = static_cast<double>(done_) / static_cast<double>(total_);
    char eta[32] = "";
    if (done_ > 0 && done_ < total_ && elapsed > 1) {
      std::snprintf(eta, sizeof eta, "  ~%.0fs left", elapsed * (1 - frac) / frac);
    }
    std::snprintf(line, sizeof line, "\r\033[K%-10s %ld/%ld  %3.0f%%%s", phase_.c_str(), done_, total_, frac * 100,
                  eta);
  } else {
    std::snprintf(line, sizeof line, "\r\033[K%-10s %ld  %.0fs", phase_.c_str(), done_, elapsed);
  }
  std::fputs(line, out_);
  std::fflush(out_);
  drawn_ = true;
}

}  // namespace ifpo::ui
