// Internal helpers of store/: small RAII wrappers over the SQLite C API, the
// schema, and the file-system steps shared by Store and RunLock.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>

#include "core/result.h"

namespace ifpo::store::internal {

// 3: sharpness and exposure are measured on the face itself (image/analyze.h),
// so measurements of formats 1-2 mean something else and are dropped.
inline constexpr int kFormatVersion = 3;

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;

// A prepared statement; Reset() before reuse.
class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr); }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(Stmt&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept {
    std::swap(s_, o.s_);
    return *this;
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool ok() const { return s_ != nullptr; }
  sqlite3_stmt* get() const { return s_; }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  void Bind(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void Bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void Bind(int i, long long v) { sqlite3_bind_int64(s_, i, v); }
  int Step() { return sqlite3_step(s_); }
  // Column i as text ("" for NULL).
  std::string Text(int i) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, i));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(s_, i))) : std::string();
  }

 private:
  sqlite3_stmt* s_ = nullptr;
};

// A kIo Error: "cache <path>: <what>: <sqlite message>".
Error SqlError(sqlite3* db, const std::string& path, const std::string& what);
Status Exec(sqlite3* db, const std::string& path, const char* sql);

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted.
class Transaction {
 public:
  Transaction(sqlite3* db, const std::string& path) : db_(db), path_(path) {}
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Status Begin(bool write = true);
  Status Commit();

 private:
  sqlite3* db_;
  const std::string& path_;
  bool open_ = false;
};

// Opens (creating if needed) the database at path with WAL, synchronous=NORMAL
// and a busy timeout, and makes sure it holds our schema at kFormatVersion. A
// file that is not a database, fails PRAGMA quick_check or has another format
// is moved aside and rebuilt; *warning then names it. ":memory:" works too.
Result<DbPtr> OpenDatabase(const std::string& path, std::string* warning);

// Creates dir and missing parents (mode 0700) and checks it is a writable directory.
Status EnsureDir(const std::string& dir);

// Now as "2025-01-20T14:45:00Z".
std::string NowIso();

}  // namespace ifpo::store::internal
