// Internal: search results as text. A page of 1000 photos with exif and faces
// is ~2 MB of JSON; building it through nlohmann on every request made the
// stand-in server, not the organizer, the bench's bottleneck. Each photo's
// fixed parts are rendered once and each person's JSON once per change, and
// items are spliced from them: byte for byte what AssetJson().dump() gives.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

namespace ifpo::testserver {

struct State;

class ItemCache {
 public:
  ItemCache(size_t assets, size_t people);
  // Appends AssetJson(st, st.lib.assets[asset_index], with_exif, with_faces).dump().
  // Caller holds st.people_mu (shared); safe from several threads.
  void Append(const State& st, size_t asset_index, bool with_exif, bool with_faces, std::string& out);
  // Bytes an item took so far, on average, with some room: to size a page.
  size_t AverageSize() const;
  // The person's fields changed. Caller holds st.people_mu exclusively.
  void PersonChanged(size_t person_index);

 private:
  struct Group {
    long person = -1;   // index into st.lib.people; -1: the unassigned faces
    std::string faces;  // FaceJson dumps joined by ','
  };
  struct Item {
    bool head_ready[2] = {false, false};
    std::string head[2];  // by with_exif: AssetHeadJson without its closing brace
    bool parts_ready = false;
    std::string tail;  // AssetTailJson without its opening brace
    std::vector<Group> groups;
  };
  struct PersonText {
    bool ready = false;
    std::string open;  // PersonJson(pg_time) without its closing brace
  };
  const std::string& PersonOpen(const State& st, long person_index);

  std::atomic<size_t> appended_bytes_{0}, appended_items_{0};
  std::vector<Item> items_;
  std::vector<PersonText> people_;
  std::array<std::mutex, 64> item_mu_, person_mu_;  // striped by index; item before person
};

}  // namespace ifpo::testserver
