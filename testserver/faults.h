// Internal: decides which requests get an injected fault. Thread-safe.
#pragma once

#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "test_server.h"

namespace ifpo::testserver {

class FaultInjector {
 public:
  void Add(FaultRule rule);
  void Clear();
  // The first rule that fires for this request, if any. Every matching rule
  // counts the request, so "the 3rd search" means the 3rd one seen.
  std::optional<FaultRule> Match(const std::string& method, const std::string& path);

 private:
  struct Entry {
    FaultRule rule;
    int seen = 0;
    std::mt19937 rng;
  };
  std::mutex mu_;
  std::vector<Entry> entries_;
};

}  // namespace ifpo::testserver
