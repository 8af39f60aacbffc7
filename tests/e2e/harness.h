// End-to-end harness: the real binary against the in-process test server.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "generate.h"
#include "test_server.h"

namespace ifpo::e2e {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr (logfmt)
};

// Runs the organizer binary ($IFPO_BIN) with args; HOME and XDG_CACHE_HOME
// point into a fresh temporary directory.
RunResult RunTool(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {},
                  const std::string& stdin_text = "");

// As RunTool, but in the working directory `cwd`, with HOME = `home` and
// XDG_CACHE_HOME = home/cache; both are left in place for the test to inspect.
RunResult RunToolAt(const std::string& cwd, const std::string& home, const std::vector<std::string>& args,
                    const std::map<std::string, std::string>& env = {});

// As RunTool, on a pseudo-terminal (200 columns): stdin, stdout and stderr are
// the terminal, and `out` holds everything it showed (the terminal turns "\n"
// into "\r\n"). The run is killed after timeout_ms.
RunResult RunToolOnPty(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {},
                       int timeout_ms = 60000);

// The key=value pairs of one logfmt line (values unquoted, \" and \\ and \n
// unescaped); nullopt when the line is not logfmt.
std::optional<std::map<std::string, std::string>> ParseLogfmt(const std::string& line);

// Requests the server received with this method and a path starting with prefix.
inline size_t CountRequests(const testserver::TestServer& server, const std::string& method,
                            const std::string& path_prefix) {
  size_t n = 0;
  for (const auto& r : server.Requests())
    if (r.method == method && r.path.rfind(path_prefix, 0) == 0) ++n;
  return n;
}

// A failed assertion's context: the run's exit code and output.
inline std::string Diag(const RunResult& run) {
  return "exit=" + std::to_string(run.exit_code) + "\nstdout:\n" + run.out + "\nstderr:\n" + run.err;
}

std::string MakeTempDir();
// rm -rf dir
void RemoveTree(const std::string& dir);

// The scenario library of the end-to-end tests; ids are kept here.
struct Scenario {
  testserver::Library lib;
  std::string alice, bob, carol, dave_hidden, eve_fav, unnamed, frank_nobday, grace_feb29;
  // Alice
  std::string a_small_sharp, a_big_blurry, a_medium_sharp, a_huge_trashed, a_huge_archived, a_huge_video,
      a_huge_offline;
  // Bob: same face size, different dates
  std::string b_recent, b_xmas2020, b_2015, b_xmas2023_evening;
  // Carol (birthday 1990-03-10)
  std::string c_bday2026, c_bday2019, c_far2024, c_bday2022;
  std::string eve_photo, unnamed_best, dave_photo, frank_photo, grace_0228, grace_0601;
};
Scenario MakeScenario();

}  // namespace ifpo::e2e
