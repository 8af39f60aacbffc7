// Local state in SQLite, one file per server (XDG cache dir): per-asset image
// measurements (so re-runs download only new or changed photos) and the record
// of what we set for each person (skip unchanged choices, --revert, manual picks).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/measures.h"
#include "core/result.h"

namespace ifpo::store {

// A measurement is valid for one asset, one version of its image (the
// asset's checksum + thumbhash), one face box and one rendition.
struct MeasureKey {
  std::string asset_id;
  std::string image_version;  // checksum + "/" + thumbhash
  std::string face_key;       // e.g. "x1,y1,x2,y2@wxh"
  std::string rendition;      // "thumbnail" or "preview"
};

// What we set for a person in one run.
struct Choice {
  std::string person_id;
  std::string asset_id;           // the featured asset we PUT
  std::string previous_asset_id;  // our previous choice ("" if none)
  std::string updated_at;         // person.updatedAt the server returned after our PUT
  std::string set_at;             // when (ISO-8601 UTC)
};

class Store {
 public:
  // Opens or creates dir/<server_key>.sqlite3. A corrupt file or one of an
  // older format is moved aside and rebuilt; *warning then says so.
  static Result<std::unique_ptr<Store>> Open(const std::string& dir, const std::string& server_key,
                                             std::string* warning);
  // An in-memory store (--no-cache), same behaviour, nothing written to disk.
  static std::unique_ptr<Store> InMemory();
  ~Store();

  std::optional<FaceMeasures> GetMeasure(const MeasureKey& key);
  // Written in one transaction.
  Status PutMeasures(const std::vector<std::pair<MeasureKey, FaceMeasures>>& batch);
  // Drops measurements of assets not in keep (deleted assets).
  Status ForgetAssetsExcept(const std::vector<std::string>& keep_asset_ids);
  long MeasureCount();

  std::optional<Choice> LastChoice(const std::string& person_id);
  Status RecordChoices(const std::vector<Choice>& choices);  // one transaction
  std::map<std::string, Choice> AllChoices();

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The cache directory: --cache-dir, else $XDG_CACHE_HOME/immich-featured-photo-organizer,
// else ~/.cache/immich-featured-photo-organizer.
std::string DefaultCacheDir();
// A file-name-safe key for a server URL (host_port + short hash); no secrets.
std::string ServerKey(const std::string& base_url);

// An exclusive lock on dir/<server_key>.lock (flock), held while alive, so two
// runs against one server (cron overlap) cannot interleave. On failure the
// error says who holds it (pid and start time written in the lock file).
class RunLock {
 public:
  static Result<std::unique_ptr<RunLock>> Acquire(const std::string& dir, const std::string& server_key);
  ~RunLock();

 private:
  explicit RunLock(int fd);
  int fd_;
};

}  // namespace ifpo::store
