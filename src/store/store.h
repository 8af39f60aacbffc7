// Local state in SQLite, one file per server (XDG cache dir): per-asset image
// measurements (so re-runs download only new or changed photos) and the record
// of what we set for each person (skip unchanged choices, --revert, manual picks).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/measures.h"
#include "core/model.h"
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
  // previous_asset_id is final even when empty (a --revert back to the photo
  // Immich had chosen); otherwise an empty one is filled in (RecordChoices).
  bool previous_final = false;
};

// Calls are serialised by an internal mutex, so worker threads may share one Store.
class Store {
 public:
  // Opens or creates dir/<server_key>.sqlite3 (dir is created 0700). A file
  // that is not a database, is corrupt or has another format version is moved
  // aside (<file>.corrupt-<UTC time>) and rebuilt; *warning (may be null) then
  // names the file. An unusable directory or file is an Error (kIo) naming the
  // path: fall back to InMemory() with a warning.
  static Result<std::unique_ptr<Store>> Open(const std::string& dir, const std::string& server_key,
                                             std::string* warning);
  // The cache in cache_dir/<key>.sqlite3, the record of our choices in
  // state_dir/<key>.state.sqlite3 (same rules for each file). Choices that an
  // older version kept in the cache file move to the state file.
  static Result<std::unique_ptr<Store>> Open(const std::string& cache_dir, const std::string& state_dir,
                                             const std::string& server_key, std::string* warning);
  // An in-memory store (--no-cache), same behaviour, nothing written to disk.
  static std::unique_ptr<Store> InMemory();
  ~Store();

  // A stored measurement with another image_version is a miss.
  std::optional<FaceMeasures> GetMeasure(const MeasureKey& key);
  // Many lookups in one read transaction (faster); result[i] answers keys[i].
  std::vector<std::optional<FaceMeasures>> GetMeasures(const std::vector<MeasureKey>& keys);
  // Written in one transaction. Rows of the same asset with another
  // image_version are dropped first (the image changed).
  Status PutMeasures(const std::vector<std::pair<MeasureKey, FaceMeasures>>& batch);
  // The assets with a measurement or a face list. A library sweep checks them
  // off as it sees them; what is left was deleted from the server.
  std::vector<std::string> CachedAssetIds();
  // Drops the measurements and face lists of these assets, in one transaction.
  Status ForgetAssets(const std::vector<std::string>& asset_ids);
  long MeasureCount();

  // The faces of an asset as GET /faces returned them (3.x reads them one
  // request per photo), valid for one `version` of the asset: its checksum and
  // the people the search listed on it, so a changed photo, a reassigned or
  // deleted face, or a merged person is a miss. result[i] answers asset_ids[i].
  std::vector<std::optional<std::vector<Face>>> GetFaceLists(const std::vector<std::string>& asset_ids,
                                                             const std::vector<std::string>& versions);
  // One transaction; replaces each asset's list.
  Status PutFaceLists(const std::vector<std::tuple<std::string, std::string, std::vector<Face>>>& batch);

  std::optional<Choice> LastChoice(const std::string& person_id);
  // One transaction; each choice replaces the person's current one and is
  // appended to the history. An empty previous_asset_id is filled with the
  // person's current recorded asset, if any.
  Status RecordChoices(const std::vector<Choice>& choices);
  std::map<std::string, Choice> AllChoices();  // by person_id
  // Every choice recorded for the person, oldest first.
  std::vector<Choice> ChoiceHistory(const std::string& person_id);

  // The cache file and the state file, or ":memory:".
  const std::string& path() const;
  const std::string& state_path() const;

  // The person's current choice now stands for this updatedAt (Immich's
  // thumbnail job or a rename bumped it, and it still shows our photo): no
  // history entry. A person without a recorded choice is left alone.
  Status RefreshChoice(const std::string& person_id, const std::string& updated_at);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The cache directory: --cache-dir, else $XDG_CACHE_HOME/immich-featured-photo-organizer,
// else ~/.cache/immich-featured-photo-organizer.
// Empty only when neither variable is set and the user has no home directory.
std::string DefaultCacheDir();
// Where the record of our choices and the run lock live: --state-dir, else
// $XDG_STATE_HOME/immich-featured-photo-organizer, else
// ~/.local/state/immich-featured-photo-organizer.
std::string DefaultStateDir();
// A file-name-safe key for a server URL: "<host>_<port>-<12 hex>", the hex
// from an FNV-1a 64 hash of the normalised URL (lowercase scheme and host,
// default port made explicit, trailing "/" and "/api" dropped). User info,
// query and fragment are stripped first, so no secret reaches a file name.
// Every loopback spelling (localhost, 127.0.0.1, [::1]) is one host.
std::string ServerKey(const std::string& base_url);
// With several API keys (one per Immich user), each key's own record, cache
// and lock: "<server key>-user-<12 hex>", the hex from a hash of the API key,
// so the key never reaches a file name. A new key starts a new record.
std::string AccountKey(const std::string& server_key, const std::string& api_key);
// The key before loopback spellings were merged, to find older files.
std::string LegacyServerKey(const std::string& base_url);
// Files an older version made under the legacy key take the new key, unless
// files of the new key exist already. Best effort: a failed rename leaves a
// fresh cache.
void AdoptLegacyFiles(const std::string& cache_dir, const std::string& state_dir, const std::string& old_key,
                      const std::string& new_key);

// An exclusive lock on dir/<server_key>.lock (flock), held while alive, so two
// runs against one server (cron overlap) cannot interleave. The holder writes
// "pid=<pid> started=<ISO time> host=<hostname>" into the file. On contention
// the Error (kIo) says "another run against this server is in progress
// (pid=..., started=..., host=...); lock file: PATH". Released on destruction.
class RunLock {
 public:
  static Result<std::unique_ptr<RunLock>> Acquire(const std::string& dir, const std::string& server_key);
  ~RunLock();
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

 private:
  explicit RunLock(int fd);
  int fd_;
};

// True when Acquire failed because another process holds the lock (stop the
// run), false for other failures such as an unusable directory (where running
// without a cache, with a warning, is the better answer).
bool IsLockHeld(const Error& error);

}  // namespace ifpo::store
