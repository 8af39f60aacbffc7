// One measured run of the organizer and how the table and JSON show it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "child.h"
#include "decode.h"
#include "tally.h"

namespace ifpo::bench {

struct RunRecord {
  std::string size;     // "S", "M", "L" or "PxN"
  std::string dialect;  // "2.7", "3.2"
  std::string mode;     // "standard", "standard warm", "-t", "-b cold", ...
  std::vector<std::string> args;  // organizer options (without URL and key)
  LibraryStats library;
  ChildResult child;
  double server_cpu_s = 0;  // the bench process (the in-process server) during the run
  Tally tally;
  Floor floor;
  DecodeEstimate decode;  // -b cold only
  // First time each log message appeared, seconds after the first line.
  std::vector<std::pair<double, std::string>> phases;
};

// "time=...T14:05:31.305Z ... msg="..."" lines → first occurrence of each
// message; per-person lines are left out.
std::vector<std::pair<double, std::string>> ReadPhases(const std::string& log_path);

std::string MarkdownTable(const std::vector<RunRecord>& runs, int latency_ms, int concurrency);
nlohmann::json ToJson(const RunRecord& r);

}  // namespace ifpo::bench
