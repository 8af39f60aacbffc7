// The time of day, behind an interface: what "now" is decides recency and
// birthdays, so tests pin it instead of waiting for a date.
#pragma once

#include <chrono>

namespace ifpo {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::sys_seconds Now() const = 0;
};

// The system's clock.
const Clock& SystemClock();

// A clock that says what it is told (tests).
class FixedClock : public Clock {
 public:
  explicit FixedClock(std::chrono::sys_seconds t) : t_(t) {}
  std::chrono::sys_seconds Now() const override { return t_; }
  void Set(std::chrono::sys_seconds t) { t_ = t; }

 private:
  std::chrono::sys_seconds t_;
};

}  // namespace ifpo
