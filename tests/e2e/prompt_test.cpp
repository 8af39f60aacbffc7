// The interactive parts: the summary prompt (Enter, p, end of input), -c per
// person, driven through pipes and through a real pseudo-terminal.
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "e2e/fixture.h"

extern char** environ;

namespace ifpo::e2e {
namespace {

using Prompt = E2E;

TEST_P(Prompt, EnterProceeds) {
  auto r = Run({"-s", s_.bob}, /*unattended=*/false, "\n");
  ASSERT_EQ(r.exit_code, 0) << Diag();
  // The question goes to stderr, never into the output a script reads.
  EXPECT_NE(r.err.find("Press Enter to continue"), std::string::npos) << Diag();
  EXPECT_EQ(r.out.find("Press Enter"), std::string::npos) << Diag();
  EXPECT_NE(Featured(s_.bob), "");
}

TEST_P(Prompt, PListsThePeopleThenEnterProceeds) {
  auto r = Run({"-s", s_.bob, s_.alice}, false, "p\n\n");
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_NE(r.err.find("  Bob"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("  Alice"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 2u);
}

TEST_P(Prompt, ClosedInputAbortsWithoutChanges) {
  auto r = Run({"-s", s_.bob}, false, "");
  EXPECT_EQ(r.exit_code, 1) << Diag();
  EXPECT_NE(r.err.find("--unattended"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 0u);
}

TEST_P(Prompt, ConfirmationPerPerson) {
  // Alice is processed before Bob (server order): yes to Alice, no to Bob.
  auto r = Run({"-c", "-S", "Alice", "Bob"}, true, "y\nn\n");
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_NE(r.err.find("About to change"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("/photos/"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 1u) << Diag();
  EXPECT_TRUE(Featured(s_.alice).empty() != Featured(s_.bob).empty()) << Diag();
}

// With --output json, stdout holds the JSON lines only, prompts or not.
TEST_P(Prompt, ConfirmationKeepsJsonOutputClean) {
  auto r = Run({"-c", "-S", "Alice", "Bob", "--output", "json"}, true, "y\nn\n");
  ASSERT_EQ(r.exit_code, 0) << Diag();
  EXPECT_EQ(r.out.find("About to change"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("About to change"), std::string::npos) << Diag();
  size_t lines = 0;
  for (size_t at = 0; at < r.out.size();) {
    const size_t end = r.out.find('\n', at);
    const std::string line = r.out.substr(at, end - at);
    EXPECT_TRUE(nlohmann::json::accept(line)) << "not JSON on stdout: " << line;
    ++lines;
    at = end == std::string::npos ? r.out.size() : end + 1;
  }
  EXPECT_EQ(lines, 2u) << r.out;
}

// -c with input closed stops like the main prompt: exit 1, nothing changed,
// rather than declining everyone and reporting success.
TEST_P(Prompt, ConfirmationWithClosedInputStops) {
  auto r = Run({"-c", "-S", "Alice", "Bob"}, true, "");
  EXPECT_EQ(r.exit_code, 1) << Diag();
  EXPECT_NE(r.err.find("no answer at the -c confirmation prompt"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 0u) << Diag();
  // Input that ends after one answer: still nothing is changed.
  auto half = Run({"-c", "-S", "Alice", "Bob"}, true, "y\n");
  EXPECT_EQ(half.exit_code, 1) << Diag();
  EXPECT_EQ(PutCount(), 0u) << Diag();
}

// Reads from the pty until `needle` shows up or the deadline passes.
bool ReadUntil(int fd, const std::string& needle, std::string& seen, int timeout_ms = 20000) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  char buf[4096];
  while (seen.find(needle) == std::string::npos) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) return false;
    const ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) return false;
    seen.append(buf, static_cast<size_t>(n));
  }
  return true;
}

// The child's argv and environment, built before forkpty: the test server's
// threads run in this process, and a child that mallocs or setenvs after
// fork can deadlock on a lock one of them held (seen under ASan: the prompt
// never appeared).
struct ChildExec {
  explicit ChildExec(std::vector<std::string> args) : home_(MakeTempDir()) {
    strings_.push_back(std::getenv("IFPO_BIN") ? std::getenv("IFPO_BIN") : "");
    strings_.insert(strings_.end(), args.begin(), args.end());
    const size_t nargs = strings_.size();
    for (char** e = environ; *e; ++e)
      if (std::string(*e).rfind("XDG_CACHE_HOME=", 0) != 0) strings_.push_back(*e);
    strings_.push_back("XDG_CACHE_HOME=" + home_);
    for (size_t i = 0; i < strings_.size(); ++i) (i < nargs ? argv_ : envp_).push_back(strings_[i].data());
    argv_.push_back(nullptr);
    envp_.push_back(nullptr);
  }
  ~ChildExec() { RemoveTree(home_); }
  [[noreturn]] void Run() {
    execve(argv_[0], argv_.data(), envp_.data());
    _exit(127);
  }
  std::string home_;
  std::vector<std::string> strings_;
  std::vector<char*> argv_, envp_;
};

TEST_P(Prompt, RealTerminalListThenProceed) {
  int master = -1;
  ChildExec exec({server_->BaseUrl(), "test-key", "-S", "Bob", "Alice"});
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  ASSERT_GE(pid, 0);
  if (pid == 0) exec.Run();
  std::string seen;
  ASSERT_TRUE(ReadUntil(master, "'p' to show", seen)) << seen;
  ASSERT_EQ(write(master, "p\r", 2), 2);
  ASSERT_TRUE(ReadUntil(master, "Alice", seen)) << seen;
  ASSERT_EQ(write(master, "\r", 1), 1);
  ReadUntil(master, "Done!", seen);
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << seen;
  EXPECT_NE(Featured(s_.bob), "") << seen;
  EXPECT_NE(Featured(s_.alice), "") << seen;
}

TEST_P(Prompt, CtrlCAtThePromptChangesNothing) {
  int master = -1;
  ChildExec exec({server_->BaseUrl(), "test-key"});
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  ASSERT_GE(pid, 0);
  if (pid == 0) exec.Run();
  std::string seen;
  ASSERT_TRUE(ReadUntil(master, "Ctrl+C", seen)) << seen;
  ASSERT_EQ(write(master, "\x03", 1), 1);  // the terminal turns it into SIGINT
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 130) << seen;
  EXPECT_EQ(PutCount(), 0u);
}

IFPO_ALL_DIALECTS(Prompt);

}  // namespace
}  // namespace ifpo::e2e
