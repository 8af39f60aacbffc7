// Internal: everything the route handlers share. Not part of the public API.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "faults.h"
#include "images.h"
#include "item_cache.h"
#include "library.h"
#include "test_server.h"

namespace ifpo::testserver {

struct Version {
  int major = 0, minor = 0, patch = 0;
  bool AtLeast(int ma, int mi, int pa = 0) const {
    if (major != ma) return major > ma;
    if (minor != mi) return minor > mi;
    return patch >= pa;
  }
};
Version ParseVersion(const std::string& s);  // "2.7.5" or "v2.7.5"; 0.0.0 if unparsable

struct State {
  State(Library library, Dialect d, Options o);

  Library lib;
  Dialect dialect;
  Options opts;
  Version ver;
  std::string owner_id;

  // Indexes, built once (faces and assets never change while serving).
  std::unordered_map<std::string, size_t> person_index;
  std::unordered_map<std::string, size_t> asset_index;
  std::vector<int> qualifying_faces;                 // per person: faces on non-trashed timeline assets
  std::vector<std::vector<uint32_t>> person_assets;  // per person: asset indices, ascending, unique
  std::vector<uint32_t> by_created_desc;             // asset indices, fileCreatedAt descending

  // People change through PUT; guarded by people_mu (assets are read-only).
  mutable std::shared_mutex people_mu;
  // Person-thumbnail jobs (Options::person_thumbnail_delay_ms), guarded by
  // people_mu: person id and when it runs. The asset each person's thumbnail
  // was last rendered from (absent: the person's first face).
  struct ThumbnailJob {
    std::string person_id;
    std::chrono::steady_clock::time_point due;
  };
  std::vector<ThumbnailJob> thumbnail_jobs;
  std::unordered_map<std::string, std::string> thumbnail_asset;
  // When each person's thumbnail file was written (ms since the epoch; absent:
  // before the server started), served as ETag and Last-Modified like Express.
  std::unordered_map<std::string, int64_t> thumbnail_written_ms;
  std::atomic<int> queued_jobs{0};
  // Runs the jobs that are due (all: every one); caller holds people_mu exclusively.
  void RunThumbnailJobsLocked(bool all);
  // Takes people_mu and runs the due jobs, if any are queued; call before
  // reading people (so updatedAt and the thumbnail show the finished jobs).
  void RunDueThumbnailJobs();

  mutable std::mutex log_mu;  // requests and updates
  std::vector<RecordedRequest> requests;
  std::vector<FeatureUpdate> updates;

  std::atomic<int> latency_ms{0};
  std::atomic<bool> stopping{false};  // set by Stop(): ends stalls early
  std::atomic<uint64_t> correlation{0};
  FaultInjector faults;
  ImageCache images;
  mutable ItemCache items;  // search items as text
  // Search matches (asset indices in answer order) per query shape, so paging
  // does not re-walk the library for every page. Assets never change.
  mutable std::mutex match_mu;
  mutable std::map<std::string, std::shared_ptr<const std::vector<uint32_t>>> match_lists;

  bool Zod() const { return dialect == Dialect::kV3; }
  const TsPerson* Person(const std::string& id) const;
  TsPerson* MutablePerson(const std::string& id);
  const TsAsset* Asset(const std::string& id) const;
  std::string NextCorrelationId();
  // The server's clock: the system's plus what a test advanced it by.
  std::atomic<int64_t> clock_offset_ms{0};
  int64_t NowMs() const;
  std::string NowTimestamp();  // strictly increasing "....sssZ" timestamps
  void Sleep(int ms) const;    // returns early when the server stops
};

}  // namespace ifpo::testserver
