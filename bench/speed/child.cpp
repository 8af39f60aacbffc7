#include "child.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace ifpo::bench {

namespace {

double Seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; }

}  // namespace

ChildResult RunChild(const std::vector<std::string>& argv, const std::string& log_path) {
  ChildResult r;
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const int log_fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (log_fd < 0) {
    r.error = "cannot open " + log_path + ": " + std::strerror(errno);
    return r;
  }
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid < 0) {
    r.error = std::string("fork: ") + std::strerror(errno);
    ::close(log_fd);
    return r;
  }
  if (pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    ::dup2(log_fd, STDOUT_FILENO);
    ::dup2(log_fd, STDERR_FILENO);
    const int null_fd = ::open("/dev/null", O_RDONLY);
    if (null_fd >= 0) ::dup2(null_fd, STDIN_FILENO);
    ::execv(args[0], args.data());
    _exit(127);
  }
  ::close(log_fd);
  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  r.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.started = true;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (r.exit_code == 127) r.error = "could not execute " + argv[0];
  r.user_s = Seconds(usage.ru_utime);
  r.sys_s = Seconds(usage.ru_stime);
  r.max_rss_kb = usage.ru_maxrss;
  return r;
}

ChildResult RunChildViaHelper(const std::string& helper, const std::vector<std::string>& argv,
                              const std::string& log_path, const std::string& result_path) {
  std::vector<std::string> outer = {helper, "--run-measured", result_path, log_path, "--"};
  outer.insert(outer.end(), argv.begin(), argv.end());
  std::remove(result_path.c_str());
  ChildResult helper_run = RunChild(outer, log_path + ".helper");
  ChildResult r;
  std::ifstream in(result_path);
  int started = 0;
  if (!(in >> started >> r.exit_code >> r.wall_s >> r.user_s >> r.sys_s >> r.max_rss_kb)) {
    r.error = helper_run.error.empty() ? "the helper wrote no result (" + result_path + ")" : helper_run.error;
    return r;
  }
  r.started = started != 0;
  std::getline(in >> std::ws, r.error);
  std::remove((log_path + ".helper").c_str());
  return r;
}

int HelperMain(int argc, char** argv) {
  // RESULT_FILE LOG -- program args...
  if (argc < 4 || std::strcmp(argv[2], "--") != 0) {
    std::fprintf(stderr, "usage: --run-measured RESULT_FILE LOG -- PROGRAM [ARGS...]\n");
    return 2;
  }
  const std::string result_path = argv[0];
  const std::vector<std::string> child(argv + 3, argv + argc);
  const ChildResult r = RunChild(child, argv[1]);
  std::ofstream out(result_path);
  out.precision(9);
  out << (r.started ? 1 : 0) << " " << r.exit_code << " " << r.wall_s << " " << r.user_s << " " << r.sys_s << " "
      << r.max_rss_kb << "\n"
      << r.error << "\n";
  return out ? 0 : 1;
}

}  // namespace ifpo::bench
