#include "report/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace ifpo::report {
namespace {

Error IoError(const std::string& path, const char* what, int err) {
  return MakeError(ErrorKind::kIo, "cannot write " + path + ": " + what + ": " + std::strerror(err));
}

// Writes everything, retrying short writes and EINTR.
bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;  // no progress and no reason given
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

Result<AtomicFile> AtomicFile::Create(const std::string& path) {
  if (path.empty() || path.back() == '/') return IoError("'" + path + "'", "not a file name", EINVAL);
  // A directory in the way would only make the final rename fail.
  struct stat st = {};
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return IoError(path, "it is a directory", EISDIR);
  const size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);

  // A hidden name of our own; O_EXCL never reuses one, and mode 0666 lets
  // the umask decide, as for any file the user creates.
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string tmp = dir + "." + base + "." + std::to_string(::getpid()) + "." + std::to_string(counter++) + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return AtomicFile(path, std::move(tmp), fd);
    if (errno != EEXIST) return IoError(path, "cannot create a file there", errno);
  }
  return IoError(path, "cannot create a file there", EEXIST);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)), tmp_(std::move(other.tmp_)), fd_(other.fd_) {
  other.fd_ = -1;
  other.tmp_.clear();
}

AtomicFile::~AtomicFile() { Discard(); }

void AtomicFile::Discard() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!tmp_.empty()) ::unlink(tmp_.c_str());
  tmp_.clear();
}

Status AtomicFile::Commit(std::string_view contents) {
  if (fd_ < 0) return IoError(path_, "already committed", EBADF);
  auto fail = [&](const char* what) {
    const int err = errno;
    Discard();
    return IoError(path_, what, err);
  };
  if (!WriteAll(fd_, contents)) return fail("write failed");
  if (::fsync(fd_) != 0) return fail("fsync failed");
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return fail("close failed");
  if (::rename(tmp_.c_str(), path_.c_str()) != 0) return fail("rename failed");
  tmp_.clear();  // it is path now
  return Ok{};
}

Status WriteFileAtomic(const std::string& path, std::string_view contents) {
  auto file = AtomicFile::Create(path);
  if (!file) return file.error();
  return file->Commit(contents);
}

Status CheckWritable(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return MakeError(ErrorKind::kIo, "cannot write " + path + ": it is a directory");
  auto probe = AtomicFile::Create(path);  // removed again when it goes out of scope
  if (!probe) return probe.error();
  return Ok{};
}

}  // namespace ifpo::report
