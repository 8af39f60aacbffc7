// Where the cache lives and what its files are called.
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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

// This machine under any of its loopback spellings: localhost (and
// *.localhost, RFC 6761), 127.0.0.0/8, ::1, ::ffff:127.x. One server, one key.
bool IsLoopback(const std::string& host) {
  std::string h = host;
  if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  while (!h.empty() && h.back() == '.') h.pop_back();
  if (h == "localhost" || (h.size() > 10 && h.compare(h.size() - 10, 10, ".localhost") == 0)) return true;
  if (h.rfind("::ffff:", 0) == 0) h = h.substr(7);
  if (h.rfind("127.", 0) == 0) {
    int dots = 0;
    for (char c : h) {
      if (c == '.')
        ++dots;
      else if (!std::isdigit(static_cast<unsigned char>(c)))
        return false;
    }
    return dots == 3;
  }
  // ::1 in any of its spellings: zero groups, then a last group of 1.
  const size_t last = h.rfind(':');
  if (last == std::string::npos) return false;
  std::string group = h.substr(last + 1);
  group.erase(0, std::min(group.find_first_not_of('0'), group.size()));
  return group == "1" && h.substr(0, last).find_first_not_of("0:") == std::string::npos;
}

// $HOME (or the password database's), without trailing slashes; "" if none.
std::string HomeDir() {
  std::string home;
  if (const char* h = std::getenv("HOME"); h && h[0] == '/') {
    home = h;
  } else if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir && pw->pw_dir[0] == '/') {
    home = pw->pw_dir;
  }
  while (home.size() > 1 && home.back() == '/') home.pop_back();
  return home;
}

// $VARIABLE/<app>, else ~/<fallback>/<app> (XDG: a relative value is invalid
// and ignored); "" without a home directory.
std::string XdgDir(const char* variable, const char* fallback) {
  const char* xdg = std::getenv(variable);
  if (xdg && xdg[0] == '/') return std::string(xdg) + "/" + kAppDir;
  const std::string home = HomeDir();
  if (home.empty()) return "";
  return (home == "/" ? std::string() : home) + "/" + fallback + "/" + kAppDir;
}

std::string Key(const std::string& base_url, bool canonical_loopback) {
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
  if (canonical_loopback && IsLoopback(host)) host = "localhost";
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

}  // namespace

std::string DefaultCacheDir() { return XdgDir("XDG_CACHE_HOME", ".cache"); }
std::string DefaultStateDir() { return XdgDir("XDG_STATE_HOME", ".local/state"); }

std::string ServerKey(const std::string& base_url) { return Key(base_url, true); }
std::string LegacyServerKey(const std::string& base_url) { return Key(base_url, false); }

std::string AccountKey(const std::string& server_key, const std::string& api_key) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016" PRIx64, Fnv1a64("immich-api-key:" + api_key));
  return server_key + "-user-" + std::string(hex, 12);
}

void AdoptLegacyFiles(const std::string& cache_dir, const std::string& state_dir, const std::string& old_key,
                      const std::string& new_key) {
  if (old_key == new_key) return;
  struct stat st = {};
  for (const auto& [dir, suffix] : {std::pair{cache_dir, ".sqlite3"}, {state_dir, ".state.sqlite3"}}) {
    const std::string from = dir + "/" + old_key + suffix, to = dir + "/" + new_key + suffix;
    if (stat(to.c_str(), &st) == 0 || stat(from.c_str(), &st) != 0) continue;
    // The -wal holds committed transactions: it moves with its database.
    for (const char* side : {"-wal", "-shm", ""}) std::rename((from + side).c_str(), (to + side).c_str());
  }
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
  struct stat st = {};
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
