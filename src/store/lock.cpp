// One run per server at a time: flock on a file that says who holds it.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>
#include <string_view>

#include "store/internal.h"
#include "store/store.h"

namespace ifpo::store {
namespace {

constexpr std::string_view kHeld = "another run against this server is in progress (";

// The holder's note, made printable and short: the file is not trusted.
std::string DescribeHolder(int fd) {
  char buf[512];
  const ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  std::string text;
  for (ssize_t i = 0; i < n; ++i) {
    const char c = buf[i];
    text += (c >= 0x20 && c < 0x7f) ? c : ' ';
  }
  std::istringstream words(text);
  std::string word, out;
  while (words >> word) {
    if (word.rfind("pid=", 0) == 0 || word.rfind("started=", 0) == 0 || word.rfind("host=", 0) == 0) {
      out += (out.empty() ? "" : ", ") + word.substr(0, 100);
    }
  }
  // The holder may have locked but not written yet.
  return out.empty() ? "holder unknown" : out;
}

}  // namespace

Result<std::unique_ptr<RunLock>> RunLock::Acquire(const std::string& dir, const std::string& server_key) {
  if (server_key.empty() || server_key.find('/') != std::string::npos || server_key[0] == '.') {
    return MakeError(ErrorKind::kInvalidArgument, "invalid lock key '" + server_key + "'");
  }
  if (auto s = internal::EnsureDir(dir); !s) return s.error();
  const std::string path = dir + "/" + server_key + ".lock";
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) return MakeError(ErrorKind::kIo, "cannot open lock file " + path + ": " + std::strerror(errno));
  int rc;
  do {
    rc = flock(fd, LOCK_EX | LOCK_NB);
  } while (rc != 0 && errno == EINTR);
  if (rc != 0) {
    const int err = errno;
    std::string holder = err == EWOULDBLOCK ? DescribeHolder(fd) : "";
    close(fd);
    if (err == EWOULDBLOCK) {
      return MakeError(ErrorKind::kIo, std::string(kHeld) + holder + "); lock file: " + path);
    }
    return MakeError(ErrorKind::kIo, "cannot lock " + path + ": " + std::strerror(err));
  }
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) std::strcpy(host, "unknown");
  const std::string note =
      "pid=" + std::to_string(getpid()) + " started=" + internal::NowIso() + " host=" + host + "\n";
  // The note is informational: failing to write it must not stop the run.
  if (ftruncate(fd, 0) == 0) {
    (void)!pwrite(fd, note.data(), note.size(), 0);
  }
  return std::unique_ptr<RunLock>(new RunLock(fd));
}

bool IsLockHeld(const Error& error) {
  return error.kind == ErrorKind::kIo && std::string_view(error.message).substr(0, kHeld.size()) == kHeld;
}

RunLock::RunLock(int fd) : fd_(fd) {}

RunLock::~RunLock() {
  if (fd_ < 0) return;
  // Empty the note while still holding the lock; the file itself stays
  // (unlinking a lock file races with a process that just opened it).
  (void)!ftruncate(fd_, 0);
  close(fd_);
}

}  // namespace ifpo::store
