#include "faults.h"

namespace ifpo::testserver {

void FaultInjector::Add(FaultRule rule) {
  std::lock_guard<std::mutex> lock(mu_);
  Entry e{std::move(rule), 0, std::mt19937(0)};
  e.rng.seed(e.rule.seed);
  entries_.push_back(std::move(e));
}

void FaultInjector::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  entries_.clear();
}

std::optional<FaultRule> FaultInjector::Match(const std::string& method, const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  std::optional<FaultRule> hit;
  for (Entry& e : entries_) {
    if (!e.rule.method.empty() && e.rule.method != method) continue;
    if (path.compare(0, e.rule.path_prefix.size(), e.rule.path_prefix) != 0) continue;
    int n = ++e.seen;
    bool fires;
    if (e.rule.probability > 0.0) {
      fires = std::uniform_real_distribution<double>(0.0, 1.0)(e.rng) < e.rule.probability;
    } else {
      fires = n >= e.rule.first_match && (e.rule.count < 0 || n < e.rule.first_match + e.rule.count);
    }
    if (fires && !hit) hit = e.rule;
  }
  return hit;
}

}  // namespace ifpo::testserver
