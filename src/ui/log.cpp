#include "ui/log.h"

#include <chrono>
#include <ctime>

namespace ifpo::ui {

const char* ToString(Level l) {
  switch (l) {
    case Level::kVerbose:
      return "VERBOSE";
    case Level::kDebug:
      return "DEBUG";
    case Level::kInfo:
      return "INFO";
    case Level::kWarning:
      return "WARNING";
    case Level::kError:
      return "ERROR";
    case Level::kCritical:
      return "CRITICAL";
  }
  return "INFO";
}

std::optional<Level> ParseLevel(std::string_view s) {
  std::string u;
  for (char c : s) u += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (u == "VERBOSE") return Level::kVerbose;
  if (u == "DEBUG") return Level::kDebug;
  if (u == "INFO") return Level::kInfo;
  if (u == "WARNING" || u == "WARN") return Level::kWarning;
  if (u == "ERROR") return Level::kError;
  if (u == "CRITICAL") return Level::kCritical;
  return std::nullopt;
}

namespace {

void AppendValue(std::string& out, std::string_view v) {
  bool quote = v.empty();
  for (char c : v)
    if (c == ' ' || c == '"' || c == '=' || c == '\\' || static_cast<unsigned char>(c) < 0x20) quote = true;
  if (!quote) {
    out.append(v);
    return;
  }
  out += '"';
  for (char c : v) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  out += '"';
}

std::string Now() {
  using namespace std::chrono;
  const auto now = system_clock::now();
  const std::time_t t = system_clock::to_time_t(now);
  const auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[48];
  std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
  return out;
}

std::string Redacted(std::string text, const std::string& secret) {
  if (secret.empty()) return text;
  for (size_t pos = 0; (pos = text.find(secret, pos)) != std::string::npos;) {
    text.replace(pos, secret.size(), "***");
    pos += 3;
  }
  return text;
}

}  // namespace

std::string FormatLogfmt(std::string_view time, Level level, std::string_view msg, Fields fields) {
  std::string line = "time=";
  line.append(time);
  line += " level=";
  line += ToString(level);
  line += " msg=";
  AppendValue(line, msg);
  for (const auto& [k, v] : fields) {
    line += ' ';
    line.append(k);
    line += '=';
    AppendValue(line, v);
  }
  return line;
}

void Logger::Log(Level l, std::string_view msg, Fields fields) {
  if (!Enabled(l)) return;
  std::string line = Redacted(FormatLogfmt(Now(), l, msg, fields), secret_);
  line += '\n';
  std::lock_guard<std::mutex> lock(mu_);
  if (before_) before_(before_ctx_);
  std::fwrite(line.data(), 1, line.size(), out_);
  std::fflush(out_);
}

}  // namespace ifpo::ui
