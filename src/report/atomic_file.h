// Writing a file so that readers see the old content or the new, never half.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "core/result.h"

namespace ifpo::report {

// A new hidden file beside path (same directory, so the final rename is
// atomic). Commit writes, flushes and renames it over path; if Commit is
// never called or fails, the temporary file is removed and path is left as
// it was. Errors are ErrorKind::kIo naming path and the reason.
class AtomicFile {
 public:
  static Result<AtomicFile> Create(const std::string& path);
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  Status Commit(std::string_view contents);
  const std::string& temp_path() const { return tmp_; }

 private:
  AtomicFile(std::string path, std::string tmp, int fd) : path_(std::move(path)), tmp_(std::move(tmp)), fd_(fd) {}
  void Discard();

  std::string path_, tmp_;
  int fd_ = -1;
};

// Create + Commit.
Status WriteFileAtomic(const std::string& path, std::string_view contents);

// Whether path could be written later, checked by creating (and removing)
// the temporary file beside it; path itself is not touched. A directory is
// refused. For --report, before the run changes anything.
Status CheckWritable(const std::string& path);

}  // namespace ifpo::report
