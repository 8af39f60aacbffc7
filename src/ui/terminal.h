// The user's terminal: questions and answers, and whether anyone is there.
// Behind an interface so tests can script the answers.
#pragma once

#include <atomic>
#include <optional>
#include <string>

namespace ifpo::ui {

class Terminal {
 public:
  virtual ~Terminal() = default;
  // stdout: the run's output proper (--output json), what a script reads.
  virtual void Print(const std::string& text) = 0;
  // stderr: questions and what they show (the people list), so they never
  // mix into the output a script reads.
  virtual void Prompt(const std::string& text) = 0;
  // One line from stdin without the newline; nullopt at end of input.
  virtual std::optional<std::string> ReadLine() = 0;
  // Is stderr a terminal (live progress) ?
  virtual bool ProgressAllowed() const = 0;
};

// stdin/stdout/stderr of the process. ReadLine gives up (nullopt) once
// *interrupted is set.
class ConsoleTerminal : public Terminal {
 public:
  explicit ConsoleTerminal(const std::atomic<bool>* interrupted = nullptr) : interrupted_(interrupted) {}
  void Print(const std::string& text) override;
  void Prompt(const std::string& text) override;
  std::optional<std::string> ReadLine() override;
  bool ProgressAllowed() const override;

 private:
  const std::atomic<bool>* interrupted_;
};

}  // namespace ifpo::ui
