// The argument parser on arbitrary argv: the input is split on NUL or
// newline into arguments. Parse must return run or exit with a message,
// never throw or crash. --api-key-file is dropped: a fuzzer-chosen path
// like /dev/zero would read forever, which is not a parser bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/options.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::vector<std::string> args = {"immich-featured-photo-organizer"};
  std::string cur;
  for (size_t i = 0; i < size; ++i) {
    const char c = static_cast<char>(data[i]);
    if (c == '\0' || c == '\n') {
      args.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) args.push_back(cur);
  std::vector<const char*> argv;
  for (const std::string& a : args) {
    if (a.find("key-f") != std::string::npos) return 0;
    argv.push_back(a.c_str());
  }
  argv.push_back(nullptr);
  auto out = ifpo::cli::Parse(static_cast<int>(args.size()), argv.data());
  if (out.kind == ifpo::cli::ParseOutcome::Kind::kExit && out.exit_code != 0 && out.output.empty()) std::abort();
  if (out.kind == ifpo::cli::ParseOutcome::Kind::kRun && (out.options.api_url.empty() || out.options.api_key.empty()))
    std::abort();  // Validate must have refused it
  return 0;
}
