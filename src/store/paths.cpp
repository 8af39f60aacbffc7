// Where the cache lives and what its files are called.
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/dates.h"
#include "store/internal.h"
#include "store/store.h"

namespace ifpo::store {
namespace {

constexpr const char* kAppDir = "immich-featured-photo-organizer";

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

uint64_t Fnv1a64(const std::string& s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

std::string DefaultCacheDir() {
  // XDG: a relative XDG_CACHE_HOME is invalid and must be ignored.
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg && xdg[0] == '/') return std::string(xdg) + "/" + kAppDir;
  std::string home;
  if (const char* h = std::getenv("HOME"); h && h[0] == '/') {
    home = h;
  } else if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir && pw->pw_dir[0] == '/') {
    home = pw->pw_dir;
  }
  if (home.empty()) return "";
  while (home.size() > 1 && home.back() == '/') home.pop_back();
  return (home == "/" ? std::string() : home) + "/.cache/" + kAppDir;
}

std::string ServerKey(const std::string& base_url) {
  std::string rest = base_url;
  while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.back()))) rest.pop_back();
  while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front()))) rest.erase(0, 1);
  std::string scheme = "http";
  if (const auto p = rest.find("://"); p != std::string::npos) {
    scheme = Lower(rest.substr(0, p));
    rest = rest.substr(p + 3);
  }
  // Query and fragment may carry secrets (?apiKey=...): gone first.
  rest = rest.substr(0, rest.find_first_of("?#"));
  // User info, even with an unescaped '/' in a password: all up to the last '@'.
  if (const auto at = rest.rfind('@'); at != std::string::npos) rest = rest.substr(at + 1);
  const auto slash = rest.find('/');
  const std::string authority = rest.substr(0, slash);
  std::string path = slash == std::string::npos ? "" : rest.substr(slash);

  std::string host = authority, port;
  if (!authority.empty() && authority[0] == '[') {  // IPv6 literal
    const auto close = authority.find(']');
    host = authority.substr(0, close == std::string::npos ? authority.size() : close + 1);
    if (close != std::string::npos && close + 1 < authority.size() && authority[close + 1] == ':') {
      port = authority.substr(close + 2);
    }
  } else if (const auto colon = authority.rfind(':'); colon != std::string::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  host = Lower(host);
  if (!AllDigits(port)) port.clear();
  if (port.empty()) port = scheme == "https" ? "443" : "80";

  // The same server with or without "/api" and trailing slashes is one cache.
  while (!path.empty() && path.back() == '/') path.pop_back();
  if (path.size() >= 4 && Lower(path.substr(path.size() - 4)) == "/api") path.resize(path.size() - 4);
  while (!path.empty() && path.back() == '/') path.pop_back();

  const std::string normalised = scheme + "://" + host + ":" + port + path;
  std::string safe_host;
  for (char c : host) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
    safe_host += ok ? c : '_';
    if (safe_host.size() >= 64) break;
  }
  if (safe_host.empty()) safe_host = "server";
  if (safe_host[0] == '.') safe_host[0] = '_';
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016" PRIx64, Fnv1a64(normalised));
  return safe_host + "_" + port + "-" + std::string(hex, 12);
}

namespace internal {

Status EnsureDir(const std::string& dir) {
  if (dir.empty()) return MakeError(ErrorKind::kIo, "no cache directory (neither XDG_CACHE_HOME nor HOME is set)");
  // Create each missing component 0700: the cache says which photos and people exist.
  for (size_t pos = 1; pos <= dir.size(); ++pos) {
    if (pos != dir.size() && dir[pos] != '/') continue;
    const std::string part = dir.substr(0, pos);
    if (mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) {
      return MakeError(ErrorKind::kIo, "cannot create cache directory " + part + ": " + std::strerror(errno));
    }
  }
  struct stat st {};
  if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return MakeError(ErrorKind::kIo, "cache directory " + dir + " is not a directory");
  }
  if (access(dir.c_str(), W_OK | X_OK) != 0) {
    return MakeError(ErrorKind::kIo, "cache directory " + dir + " is not writable: " + std::strerror(errno));
  }
  return Ok{};
}

std::string NowIso() {
  return FormatTimestamp(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
}

}  // namespace internal
}  // namespace ifpo::store
