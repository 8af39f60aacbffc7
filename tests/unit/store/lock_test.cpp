#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "store/store.h"
#include "unit/store/store_fixture.h"

namespace ifpo::store {
namespace {

using testing::TempDir;

std::string ReadFile(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

TEST(RunLockTest, HolderWritesWhoItIs) {
  TempDir tmp;
  auto lock = RunLock::Acquire(tmp.path(), "srv");
  ASSERT_TRUE(lock.ok()) << lock.error().message;
  const std::string note = ReadFile(tmp.path() + "/srv.lock");
  EXPECT_EQ(note.rfind("pid=" + std::to_string(getpid()) + " started=20", 0), 0u) << note;
  EXPECT_NE(note.find(" host="), std::string::npos) << note;
  // Released on destruction: the next run gets it.
  lock.value().reset();
  EXPECT_TRUE(RunLock::Acquire(tmp.path(), "srv").ok());
}

// Forks a child that takes the lock and waits for a byte on a pipe.
class ChildHolder {
 public:
  explicit ChildHolder(const std::string& dir) {
    int ready[2];
    if (pipe(ready) != 0 || pipe(go_) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      close(ready[0]);
      close(go_[1]);
      auto lock = RunLock::Acquire(dir, "srv");
      const char c = lock.ok() ? 'L' : 'E';
      if (write(ready[1], &c, 1) != 1) _exit(2);
      char x;
      (void)!read(go_[0], &x, 1);
      _exit(0);
    }
    close(ready[1]);
    close(go_[0]);
    char c = 0;
    locked_ = read(ready[0], &c, 1) == 1 && c == 'L';
    close(ready[0]);
  }
  ~ChildHolder() { Release(); }
  void Release() {
    if (pid_ <= 0) return;
    const char c = 'x';
    (void)!write(go_[1], &c, 1);
    close(go_[1]);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  void Kill() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    close(go_[1]);
    pid_ = -1;
  }
  pid_t pid() const { return pid_; }
  bool locked() const { return locked_; }

 private:
  pid_t pid_ = -1;
  int go_[2] = {-1, -1};
  bool locked_ = false;
};

TEST(RunLockTest, ContentionNamesTheHolder) {
  TempDir tmp;
  ChildHolder child(tmp.path());
  ASSERT_TRUE(child.locked());
  auto second = RunLock::Acquire(tmp.path(), "srv");
  ASSERT_FALSE(second.ok());
  const std::string& msg = second.error().message;
  EXPECT_EQ(second.error().kind, ErrorKind::kIo);
  EXPECT_EQ(
      msg.rfind("another run against this server is in progress (pid=" + std::to_string(child.pid()) + ", started=20",
                0),
      0u)
      << msg;
  EXPECT_NE(msg.find("host="), std::string::npos) << msg;
  EXPECT_NE(msg.find("; lock file: " + tmp.path() + "/srv.lock"), std::string::npos) << msg;
  EXPECT_TRUE(IsLockHeld(second.error()));
  // Another server is not blocked.
  EXPECT_TRUE(RunLock::Acquire(tmp.path(), "other").ok());
  child.Release();
  EXPECT_TRUE(RunLock::Acquire(tmp.path(), "srv").ok());
}

TEST(RunLockTest, KilledHolderReleasesTheLock) {
  TempDir tmp;
  ChildHolder child(tmp.path());
  ASSERT_TRUE(child.locked());
  ASSERT_FALSE(RunLock::Acquire(tmp.path(), "srv").ok());
  child.Kill();
  auto lock = RunLock::Acquire(tmp.path(), "srv");
  ASSERT_TRUE(lock.ok()) << lock.error().message;
  // The dead holder's note is replaced by ours.
  EXPECT_EQ(ReadFile(tmp.path() + "/srv.lock").rfind("pid=" + std::to_string(getpid()) + " ", 0), 0u);
}

TEST(RunLockTest, UnusableDirectoryIsAnIoError) {
  TempDir tmp;
  { std::ofstream(tmp.path() + "/f") << "x"; }
  auto lock = RunLock::Acquire(tmp.path() + "/f/sub", "srv");
  ASSERT_FALSE(lock.ok());
  EXPECT_EQ(lock.error().kind, ErrorKind::kIo);
  EXPECT_NE(lock.error().message.find(tmp.path() + "/f/sub"), std::string::npos) << lock.error().message;
  EXPECT_FALSE(IsLockHeld(lock.error()));  // the caller may run without a cache
}

}  // namespace
}  // namespace ifpo::store
