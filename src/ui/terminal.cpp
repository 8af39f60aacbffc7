#include "ui/terminal.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace ifpo::ui {

void ConsoleTerminal::Print(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

std::optional<std::string> ConsoleTerminal::ReadLine() {
  std::string line;
  if (!std::getline(std::cin, line)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

bool ConsoleTerminal::ProgressAllowed() const { return isatty(STDERR_FILENO) == 1; }

}  // namespace ifpo::ui
