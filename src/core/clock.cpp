#include "core/clock.h"

namespace ifpo {

namespace {

class System : public Clock {
 public:
  std::chrono::sys_seconds Now() const override {
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

}  // namespace

const Clock& SystemClock() {
  static const System clock;
  return clock;
}

}  // namespace ifpo
