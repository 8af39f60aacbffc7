// The container's way to run: settings from the environment only, several
// Immich users' keys in one run, and a schedule stopped by SIGTERM.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "e2e/fixture.h"

extern char** environ;

namespace ifpo::e2e {
namespace {

class Settings : public E2E {
 protected:
  void SetUp() override {
    E2E::SetUp();
    data_ = MakeTempDir();
  }
  void TearDown() override {
    E2E::TearDown();
    RemoveTree(data_);
  }
  // No command-line arguments at all: what a compose file does.
  RunResult RunByEnv(std::map<std::string, std::string> env) {
    env.emplace("IMMICH_URL", server_->BaseUrl());
    env.emplace("CACHE_DIR", data_ + "/cache");
    env.emplace("STATE_DIR", data_ + "/state");
    env.emplace("UNATTENDED", "true");
    last_ = RunTool({}, env);
    return last_;
  }
  std::vector<std::string> StateFiles() {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(data_ + "/state"))
      if (e.path().extension() == ".sqlite3") out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string data_;
};

TEST_P(Settings, EnvironmentAloneConfiguresADryRunThenARealRun) {
  auto dry = RunByEnv({{"IMMICH_API_KEY", "test-key"}, {"PEOPLE_IDS", s_.alice}, {"DRY_RUN", "true"},
                       {"DETECT_BLUR", "true"}, {"REPORT", data_ + "/review.html"}});
  ASSERT_EQ(dry.exit_code, 0) << Diag();
  EXPECT_EQ(PutCount(), 0u);
  EXPECT_TRUE(std::filesystem::exists(data_ + "/review.html"));
  EXPECT_NE(dry.err.find("would_update=1"), std::string::npos) << Diag();

  auto real = RunByEnv({{"IMMICH_API_KEY", "test-key"}, {"PEOPLE_IDS", s_.alice}, {"DETECT_BLUR", "true"}});
  ASSERT_EQ(real.exit_code, 0) << Diag();
  EXPECT_EQ(Featured(s_.alice), s_.a_medium_sharp) << "-b by DETECT_BLUR picks the sharp face";
  EXPECT_EQ(PutCount(), 1u);
}

TEST_P(Settings, SeveralKeysRunInTurnAndOneBadKeyDoesNotStopTheOthers) {
  const std::string keys_file = data_ + "/keys";
  {
    std::ofstream f(keys_file);
    f << "# one key per Immich user\nrejected-key-of-someone-else\ntest-key\n";
  }
  auto r = RunByEnv({{"IMMICH_API_KEY_FILE", keys_file}, {"PEOPLE_IDS", s_.alice}});
  EXPECT_EQ(r.exit_code, 1) << "the first user's run failed: " << Diag();
  EXPECT_NE(Featured(s_.alice), "") << "the second user's run happened: " << Diag();
  EXPECT_EQ(PutCount(), 1u);
  EXPECT_NE(r.err.find("API key was rejected"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("msg=\"finished the run for API key 1/2\" user=1/2 exit_code=1"), std::string::npos)
      << Diag();
  EXPECT_NE(r.err.find("msg=\"finished the run for API key 2/2\" user=2/2 exit_code=0"), std::string::npos)
      << Diag();
  EXPECT_EQ(r.err.find("rejected-key-of-someone-else"), std::string::npos) << "a key was printed";
  // Each key has a record of its own, named without the key.
  const auto files = StateFiles();
  ASSERT_EQ(files.size(), 2u);
  for (const std::string& f : files) {
    EXPECT_NE(f.find("-user-"), std::string::npos) << f;
    EXPECT_EQ(f.find("key"), std::string::npos) << f;
  }

  // The second scheduled run: the record of that key says unchanged.
  auto again = RunByEnv({{"IMMICH_API_KEY", "test-key,another-rejected-key"}, {"PEOPLE_IDS", s_.alice}});
  EXPECT_EQ(again.exit_code, 1) << Diag();
  EXPECT_NE(again.err.find("unchanged=1"), std::string::npos) << Diag();
  EXPECT_EQ(PutCount(), 1u);
}

// Starts the binary with env on top of ours; stderr goes to err_path.
pid_t Spawn(const std::map<std::string, std::string>& env, const std::string& err_path) {
  const char* bin = std::getenv("IFPO_BIN");
  if (!bin) return -1;
  std::vector<std::string> vars;
  for (char** p = environ; *p; ++p) {
    const std::string kv = *p;
    if (!env.count(kv.substr(0, kv.find('=')))) vars.push_back(kv);
  }
  for (const auto& [k, v] : env) vars.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& v : vars) envp.push_back(v.data());
  envp.push_back(nullptr);
  std::string b = bin;
  char* argv[] = {b.data(), nullptr};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t pid = -1;
  if (posix_spawn(&pid, bin, &fa, nullptr, argv, envp.data()) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&fa);
  return pid;
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

TEST_P(Settings, ScheduledRunsStopAtOnceOnSigtermBetweenRuns) {
  const std::string err = data_ + "/stderr.log";
  const pid_t pid = Spawn({{"IMMICH_URL", server_->BaseUrl()},
                           {"IMMICH_API_KEY", "test-key"},
                           {"CACHE_DIR", data_ + "/cache"},
                           {"STATE_DIR", data_ + "/state"},
                           {"PEOPLE_IDS", s_.alice},
                           {"CRON_EXPRESSION", "0 0 1 1 *"},  // next New Year: only the run at start happens
                           {"RUN_ON_START", "true"}},
                          err);
  ASSERT_GT(pid, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (ReadFile(err).find("next run") == std::string::npos && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ASSERT_NE(ReadFile(err).find("msg=\"next run\" at=20"), std::string::npos) << ReadFile(err);
  EXPECT_NE(Featured(s_.alice), "") << "the run at start happened";
  const auto sent = std::chrono::steady_clock::now();
  kill(pid, SIGTERM);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - sent).count();
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << ReadFile(err);
  EXPECT_LT(took, 5.0) << "docker stop waits 10 s, then kills";
  EXPECT_NE(ReadFile(err).find("stopped while waiting"), std::string::npos) << ReadFile(err);
  EXPECT_EQ(PutCount(), 1u);
}

IFPO_ALL_DIALECTS(Settings);

}  // namespace
}  // namespace ifpo::e2e
