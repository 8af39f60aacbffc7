// Runs the organizer as a child process and measures it the way a user's
// cron job would experience it: wall time, CPU time and peak RSS (wait4).
#pragma once

#include <string>
#include <vector>

namespace ifpo::bench {

struct ChildResult {
  bool started = false;
  int exit_code = -1;   // -1: killed by a signal or not started
  double wall_s = 0;
  double user_s = 0;
  double sys_s = 0;
  long max_rss_kb = 0;  // ru_maxrss of the child
  std::string error;    // why it did not start
};

// Executes argv[0] with argv; stdout and stderr go to log_path (truncated).
ChildResult RunChild(const std::vector<std::string>& argv, const std::string& log_path);

// The same, through a small helper process: Linux carries a process's peak
// RSS across exec, so a child forked straight from the bench (which holds
// the library and the server's images) would report the bench's RSS. The
// helper is `helper --run-measured RESULT_FILE LOG -- argv...`, which calls
// RunChild and writes its result with WriteResult.
ChildResult RunChildViaHelper(const std::string& helper, const std::vector<std::string>& argv,
                              const std::string& log_path, const std::string& result_path);
// Helper side: argv after "--run-measured"; returns the exit code for main.
int HelperMain(int argc, char** argv);

}  // namespace ifpo::bench
