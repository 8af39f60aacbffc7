// Shared by the store tests: a temporary directory, opening a store in it,
// and raw SQL on its file (to damage or age it as a user's disk might).
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/store.h"

namespace ifpo::store::testing {

// A fresh directory under $TMPDIR (or /tmp), removed with its contents at the end.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/ifpo-store-XXXXXX";
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    if (mkdtemp(buf.data())) path_ = buf.data();
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

constexpr const char* kKey = "immich.lan_2283-0123456789ab";

inline std::string DbPath(const std::string& dir) { return dir + "/" + kKey + ".sqlite3"; }

// Opens (or creates) the store of kKey in dir; null after a failed expectation.
inline std::unique_ptr<Store> MustOpen(const std::string& dir, std::string* warning = nullptr) {
  std::string w;
  auto s = Store::Open(dir, kKey, &w);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
  if (warning) *warning = w;
  return s.ok() ? std::move(s).value() : nullptr;
}

inline void RunSql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

}  // namespace ifpo::store::testing
