// Runs Debian's headless Chromium on a local file (no network, no profile
// left behind). Tests skip when /usr/bin/chromium is absent.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace ifpo::report::testing {

inline const char* kChromium = "/usr/bin/chromium";

inline bool HaveChromium() { return ::access(kChromium, X_OK) == 0; }

class ScratchDir {
 public:
  ScratchDir() {
    char tmpl[] = "/tmp/ifpo-report-browser-XXXXXX";
    if (const char* p = ::mkdtemp(tmpl)) path_ = p;
  }
  ~ScratchDir() {
    if (!path_.empty()) std::system(("rm -rf '" + path_ + "'").c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs chromium with the given extra arguments on file://html (paths come
// from mkdtemp: no quoting issues). Returns the exit code; stdout goes to
// out_path. A 120 s timeout keeps a hung browser from hanging the suite.
inline int RunChromium(const std::string& scratch, const std::string& extra, const std::string& html,
                       const std::string& out_path) {
  const std::string cmd = std::string("timeout 120 ") + kChromium +
                          " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                          " --disable-background-networking --disable-component-update --disable-sync"
                          " --hide-scrollbars --force-device-scale-factor=1 --user-data-dir=" +
                          scratch + "/profile " + extra + " file://" + html + " > " + out_path + " 2> " + scratch +
                          "/chromium.log";
  return std::system(cmd.c_str());
}

}  // namespace ifpo::report::testing
