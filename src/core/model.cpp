#include "core/model.h"

#include <functional>
#include <mutex>
#include <unordered_set>

namespace ifpo {
namespace {

struct IdHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

std::string_view InternPersonId(std::string_view id) {
  if (id.empty()) return {};
  static std::mutex mu;
  // Leaked on purpose: views into it may be read until the process ends.
  static auto* pool = new std::unordered_set<std::string, IdHash, std::equal_to<>>();
  std::lock_guard lock(mu);
  auto it = pool->find(id);
  if (it == pool->end()) it = pool->emplace(id).first;
  return *it;
}

}  // namespace ifpo
