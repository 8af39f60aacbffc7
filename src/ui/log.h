// logfmt logging (time=... level=... msg="..." key=value) to stderr, so
// stdout stays clean for --output json. Levels as in the original tool.
#pragma once

#include <cstdio>
#include <initializer_list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ifpo::ui {

enum class Level { kVerbose = 5, kDebug = 10, kInfo = 20, kWarning = 30, kError = 40, kCritical = 50 };

const char* ToString(Level l);
// CRITICAL, ERROR, WARNING (or WARN), INFO, DEBUG, VERBOSE; case-insensitive.
std::optional<Level> ParseLevel(std::string_view s);

using Fields = std::initializer_list<std::pair<std::string_view, std::string>>;

// Formats one logfmt line; values are quoted when they need it.
std::string FormatLogfmt(std::string_view time, Level level, std::string_view msg, Fields fields);

class Logger {
 public:
  explicit Logger(Level min = Level::kInfo, std::FILE* out = stderr) : min_(min), out_(out) {}
  void SetLevel(Level l) { min_ = l; }
  bool Enabled(Level l) const { return l >= min_; }
  // Every line passes through Redact(secret) before it is written.
  void SetSecret(std::string secret) { secret_ = std::move(secret); }
  // Called before each line so a live progress line can be cleared first.
  void SetBeforeWrite(void (*fn)(void*), void* ctx) { before_ = fn, before_ctx_ = ctx; }

  void Log(Level l, std::string_view msg, Fields fields = {});
  void Verbose(std::string_view m, Fields f = {}) { Log(Level::kVerbose, m, f); }
  void Debug(std::string_view m, Fields f = {}) { Log(Level::kDebug, m, f); }
  void Info(std::string_view m, Fields f = {}) { Log(Level::kInfo, m, f); }
  void Warn(std::string_view m, Fields f = {}) { Log(Level::kWarning, m, f); }
  void Error(std::string_view m, Fields f = {}) { Log(Level::kError, m, f); }

 private:
  Level min_;
  std::FILE* out_;
  std::string secret_;
  void (*before_)(void*) = nullptr;
  void* before_ctx_ = nullptr;
  std::mutex mu_;
};

}  // namespace ifpo::ui
