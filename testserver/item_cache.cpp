#include "item_cache.h"

#include "json_map.h"
#include "state.h"

namespace ifpo::testserver {

ItemCache::ItemCache(size_t assets, size_t people) : items_(assets), people_(people) {}

const std::string& ItemCache::PersonOpen(const State& st, long person_index) {
  const auto i = static_cast<size_t>(person_index);
  std::lock_guard lock(person_mu_[i % person_mu_.size()]);
  PersonText& p = people_[i];
  if (!p.ready) {
    p.open = PersonJson(st, st.lib.people[i], /*pg_time=*/true).dump();
    p.open.pop_back();
    p.ready = true;
  }
  return p.open;  // stable until PersonChanged, which needs people_mu exclusively
}

void ItemCache::Append(const State& st, size_t asset_index, bool with_exif, bool with_faces, std::string& out) {
  const TsAsset& a = st.lib.assets[asset_index];
  std::lock_guard lock(item_mu_[asset_index % item_mu_.size()]);
  Item& it = items_[asset_index];
  const int e = with_exif ? 1 : 0;
  if (!it.head_ready[e]) {
    it.head[e] = AssetHeadJson(st, a, with_exif).dump();
    it.head[e].pop_back();
    it.head_ready[e] = true;
  }
  if (!it.parts_ready) {
    it.tail = AssetTailJson(st, a).dump();
    it.tail.erase(0, 1);
    for (const FaceGroup& g : GroupFaces(st, a)) {
      Group group;
      group.person = g.person ? static_cast<long>(g.person - st.lib.people.data()) : -1;
      for (const TsFace* f : g.faces) {
        if (!group.faces.empty()) group.faces += ',';
        group.faces += FaceJson(*f).dump();
      }
      it.groups.push_back(std::move(group));
    }
    it.parts_ready = true;
  }
  const bool v3 = st.dialect == Dialect::kV3;
  const size_t before = out.size();
  out += it.head[e];
  out += ",\"people\":[";
  if (with_faces) {
    bool first = true;
    for (const Group& g : it.groups) {
      if (g.person < 0) continue;
      if (!first) out += ',';
      first = false;
      out += PersonOpen(st, g.person);
      if (!v3) {
        out += ",\"faces\":[";
        out += g.faces;
        out += ']';
      }
      out += '}';
    }
    out += ']';
    if (!v3) {
      out += ",\"unassignedFaces\":[";
      for (const Group& g : it.groups)
        if (g.person < 0) out += g.faces;
      out += ']';
    }
  } else {
    out += ']';
  }
  out += ',';
  out += it.tail;
  appended_bytes_.fetch_add(out.size() - before, std::memory_order_relaxed);
  appended_items_.fetch_add(1, std::memory_order_relaxed);
}

size_t ItemCache::AverageSize() const {
  const size_t n = appended_items_.load(std::memory_order_relaxed);
  if (n == 0) return 2560;  // a photo with exif and two people
  return appended_bytes_.load(std::memory_order_relaxed) / n * 9 / 8 + 16;
}

void ItemCache::PersonChanged(size_t person_index) {
  if (person_index < people_.size()) people_[person_index].ready = false;
}

}  // namespace ifpo::testserver
