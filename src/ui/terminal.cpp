#include "ui/terminal.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace ifpo::ui {

void ConsoleTerminal::Print(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

void ConsoleTerminal::Prompt(const std::string& text) {
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

// Reads fd 0 directly, waking up every 100 ms: a Ctrl-C that lands just
// before the read starts would otherwise leave the prompt blocked forever.
std::optional<std::string> ConsoleTerminal::ReadLine() {
  std::string line;
  for (;;) {
    if (interrupted_ && interrupted_->load()) return std::nullopt;
    pollfd p{STDIN_FILENO, POLLIN, 0};
    const int ready = poll(&p, 1, 100);
    if (ready < 0 && errno != EINTR) return std::nullopt;
    if (ready <= 0) continue;
    char c = 0;
    const ssize_t n = read(STDIN_FILENO, &c, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (line.empty()) return std::nullopt;
      return line;  // the last line without a newline
    }
    if (c == '\n') break;
    line += c;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

bool ConsoleTerminal::ProgressAllowed() const { return isatty(STDERR_FILENO) == 1; }

}  // namespace ifpo::ui
