// Opening the cache file: validate it, never trust it, rebuild what is not ours.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <string>

#include "store/internal.h"

namespace ifpo::store::internal {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS measures(
  asset_id TEXT NOT NULL,
  image_version TEXT NOT NULL,
  face_key TEXT NOT NULL,
  rendition TEXT NOT NULL,
  classic_sharpness REAL,
  face_sharpness REAL,
  dark_clip REAL,
  bright_clip REAL,
  mean_luma REAL,
  contrast REAL,
  crop_pixels INTEGER,
  PRIMARY KEY (asset_id, face_key, rendition)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS choices(
  person_id TEXT PRIMARY KEY,
  asset_id TEXT NOT NULL,
  previous_asset_id TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  set_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS choice_history(
  seq INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL,
  asset_id TEXT NOT NULL,
  previous_asset_id TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  set_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS choice_history_by_person ON choice_history(person_id, seq);
CREATE TABLE IF NOT EXISTS face_lists(
  asset_id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  faces TEXT NOT NULL
) WITHOUT ROWID;
)sql";

const std::set<std::string> kTables = {"meta", "measures", "choices", "choice_history", "face_lists"};
// Format 1 lacked face_lists; formats 1-2 measured sharpness on the whole
// crop. Both are upgraded in place: they keep their choices (the record,
// --revert, manual picks) and face lists, and lose their measurements.
constexpr long long kOldestUpgradable = 1;

enum class Verdict { kOk, kEmpty, kUpgrade, kBad };
struct Inspection {
  Verdict verdict = Verdict::kOk;
  std::string reason;  // for kBad
};

// A file that is not ours is a verdict; a file we cannot read right now
// (busy, I/O error) is an Error, so we never move a good cache aside.
Result<Inspection> Inspect(sqlite3* db, const std::string& path) {
  auto classify = [&](int rc, const char* what) -> Result<Inspection> {
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB) return Inspection{Verdict::kBad, "not a SQLite database"};
    if (primary == SQLITE_CORRUPT) return Inspection{Verdict::kBad, std::string("corrupt: ") + sqlite3_errmsg(db)};
    return SqlError(db, path, what);
  };

  {
    Stmt check(db, "PRAGMA quick_check");
    if (!check.ok()) return classify(sqlite3_errcode(db), "integrity check");
    int rc = check.Step();
    if (rc != SQLITE_ROW) return classify(rc, "integrity check");
    const std::string first = check.Text(0);
    if (first != "ok") return Inspection{Verdict::kBad, "failed integrity check (" + first.substr(0, 200) + ")"};
  }
  long long version = 0;
  {
    Stmt v(db, "PRAGMA user_version");
    if (!v.ok() || v.Step() != SQLITE_ROW) return classify(sqlite3_errcode(db), "reading the format version");
    version = sqlite3_column_int64(v.get(), 0);
  }
  std::set<std::string> tables;
  {
    Stmt t(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    if (!t.ok()) return classify(sqlite3_errcode(db), "listing tables");
    int rc;
    while ((rc = t.Step()) == SQLITE_ROW) tables.insert(t.Text(0));
    if (rc != SQLITE_DONE) return classify(rc, "listing tables");
  }
  if (version == 0 && tables.empty()) return Inspection{Verdict::kEmpty, ""};
  if (version >= kOldestUpgradable && version < kFormatVersion) {
    for (const auto& name : kTables) {
      if (name != "face_lists" && !tables.count(name)) return Inspection{Verdict::kBad, "table " + name + " missing"};
    }
    return Inspection{Verdict::kUpgrade, ""};
  }
  if (version != kFormatVersion) {
    return Inspection{Verdict::kBad, "format version " + std::to_string(version) + ", this program uses " +
                                         std::to_string(kFormatVersion)};
  }
  for (const auto& name : kTables) {
    if (!tables.count(name)) return Inspection{Verdict::kBad, "table " + name + " missing"};
  }
  return Inspection{Verdict::kOk, ""};
}

Status CreateSchema(sqlite3* db, const std::string& path) {
  Transaction txn(db, path);
  if (auto s = txn.Begin(); !s) return s;
  if (auto s = Exec(db, path, kSchema); !s) return s;
  if (auto s = Exec(db, path, "DELETE FROM measures;"); !s) return s;  // a no-op on a new file
  const std::string meta = "INSERT OR REPLACE INTO meta(key, value) VALUES ('format_version', '" +
                           std::to_string(kFormatVersion) + "'), ('program', 'immich-featured-photo-organizer');" +
                           "INSERT OR IGNORE INTO meta(key, value) VALUES ('created_at', '" + NowIso() + "');" +
                           "PRAGMA user_version = " + std::to_string(kFormatVersion) + ";";
  if (auto s = Exec(db, path, meta.c_str()); !s) return s;
  return txn.Commit();
}

bool Exists(const std::string& p) {
  struct stat st = {};
  return lstat(p.c_str(), &st) == 0;
}

// Renames path (and its -wal/-shm, which must not be replayed into the new
// file) to path.corrupt-<time>; returns the new name.
Result<std::string> MoveAside(const std::string& path) {
  std::string stamp;
  for (char c : NowIso()) {
    if (c != '-' && c != ':') stamp += c;
  }
  std::string aside = path + ".corrupt-" + stamp;
  for (int i = 1; Exists(aside); ++i) aside = path + ".corrupt-" + stamp + "-" + std::to_string(i);
  if (rename(path.c_str(), aside.c_str()) != 0) {
    const int err = errno;
    if (unlink(path.c_str()) != 0) {
      return MakeError(ErrorKind::kIo,
                       "cache file " + path + " is unusable and could not be moved aside: " + std::strerror(err));
    }
    aside.clear();
  }
  for (const char* suffix : {"-wal", "-shm", "-journal"}) {
    const std::string side = path + suffix;
    if (!Exists(side)) continue;
    if (aside.empty() || rename(side.c_str(), (aside + suffix).c_str()) != 0) unlink(side.c_str());
  }
  return aside;
}

Result<DbPtr> OpenFile(const std::string& path) {
  if (path != ":memory:" && !Exists(path)) {
    // Created by us first so it is private (0600) from the start.
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) {
      return MakeError(ErrorKind::kIo, "cannot create cache file " + path + ": " + std::strerror(errno));
    }
    if (fd >= 0) close(fd);
  }
  sqlite3* raw = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK) {
    return MakeError(ErrorKind::kIo,
                     "cannot open cache file " + path + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(db.get(), 5000);
  if (sqlite3_db_readonly(db.get(), "main") == 1) {
    return MakeError(ErrorKind::kIo, "cache file " + path + " is not writable");
  }
  return db;
}

}  // namespace

Error SqlError(sqlite3* db, const std::string& path, const std::string& what) {
  return MakeError(ErrorKind::kIo, "cache " + path + ": " + what + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

Status Exec(sqlite3* db, const std::string& path, const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string text = msg ? msg : sqlite3_errmsg(db);
    sqlite3_free(msg);
    return MakeError(ErrorKind::kIo, "cache " + path + ": " + text);
  }
  return Ok{};
}

Transaction::~Transaction() {
  if (open_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::Begin(bool write) {
  auto s = Exec(db_, path_, write ? "BEGIN IMMEDIATE" : "BEGIN");
  open_ = s.ok();
  return s;
}

Status Transaction::Commit() {
  auto s = Exec(db_, path_, "COMMIT");
  if (s) open_ = false;
  return s;
}

Result<DbPtr> OpenDatabase(const std::string& path, std::string* warning) {
  auto db = OpenFile(path);
  if (!db) return db.error();
  auto inspection = Inspect(db->get(), path);
  if (!inspection) return inspection.error();
  if (inspection->verdict == Verdict::kBad) {
    db->reset();
    auto aside = MoveAside(path);
    if (!aside) return aside.error();
    if (warning) {
      *warning = "cache file " + path + " was not usable (" + inspection->reason + "); " +
                 (aside->empty() ? std::string("deleted it") : "moved it to " + *aside) +
                 " and started a new cache (measurements will be recomputed, previous choices are forgotten)";
    }
    db = OpenFile(path);
    if (!db) return db.error();
    inspection = Inspect(db->get(), path);
    if (!inspection) return inspection.error();
    if (inspection->verdict != Verdict::kEmpty) {
      return MakeError(ErrorKind::kIo, "cache file " + path + " could not be rebuilt (" + inspection->reason + ")");
    }
  }
  if (path != ":memory:") {
    // WAL: a killed process leaves committed data intact and readers never
    // block the writer; NORMAL is safe against process death in WAL mode.
    // Checkpoints (each with an fsync) every 10000 pages instead of 1000:
    // batches of random asset ids dirty a page per row, and the default
    // checkpointed after nearly every batch (2-3x slower cold runs).
    if (auto s = Exec(db->get(), path,
                      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 10000; "
                      "PRAGMA journal_size_limit = 67108864;");
        !s) {
      return s.error();
    }
  }
  // A 32 MB page cache (the default is 2 MB): lookups of 1M faces stay in memory.
  if (auto s = Exec(db->get(), path, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;"); !s) {
    return s.error();
  }
  if (inspection->verdict == Verdict::kEmpty || inspection->verdict == Verdict::kUpgrade) {
    if (auto s = CreateSchema(db->get(), path); !s) return s.error();
  }
  return db;
}

}  // namespace ifpo::store::internal
