#include "e2e/harness.h"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace ifpo::e2e {

std::string MakeTempDir() {
  char tmpl[] = "/tmp/ifpo-e2e-XXXXXX";
  if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
  return tmpl;
}

std::optional<std::map<std::string, std::string>> ParseLogfmt(const std::string& line) {
  std::map<std::string, std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    const size_t eq = line.find('=', i);
    if (eq == std::string::npos || eq == i) return std::nullopt;
    const std::string key = line.substr(i, eq - i);
    for (char c : key)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') return std::nullopt;
    std::string value;
    i = eq + 1;
    if (i < line.size() && line[i] == '"') {
      for (++i;; ++i) {
        if (i >= line.size()) return std::nullopt;  // unterminated quote
        if (line[i] == '"') break;
        if (line[i] == '\\') {
          if (++i >= line.size()) return std::nullopt;
          value += line[i] == 'n' ? '\n' : line[i];
        } else {
          value += line[i];
        }
      }
      ++i;
    } else {
      while (i < line.size() && line[i] != ' ') {
        if (line[i] == '"' || line[i] == '=') return std::nullopt;  // would have been quoted
        value += line[i++];
      }
    }
    if (!out.emplace(key, value).second) return std::nullopt;  // duplicate key
    if (i < line.size()) {
      if (line[i] != ' ' || i + 1 == line.size()) return std::nullopt;
      ++i;
    }
  }
  if (out.empty()) return std::nullopt;
  return out;
}

void RemoveTree(const std::string& dir) {
  std::string rm = "rm -rf '" + dir + "'";
  if (std::system(rm.c_str()) != 0) {
  }
}

namespace {

const char* Binary() {
  const char* bin = std::getenv("IFPO_BIN");
  if (!bin) throw std::runtime_error("IFPO_BIN is not set (run through ctest)");
  return bin;
}

// The child's argv and its environment: ours, the variables every run gets,
// then `env` on top. Built before fork: the test server's threads run in this
// process, and after fork only async-signal-safe calls are allowed (malloc or
// setenv in the child deadlocked on a lock another thread held, under ASan).
struct Exec {
  std::vector<std::string> strings;
  std::vector<char*> argv, envp;
};

Exec PrepareExec(const char* bin, const std::vector<std::string>& args, const std::string& home,
                 const std::map<std::string, std::string>& env) {
  std::map<std::string, std::string> vars;
  for (char** p = environ; *p != nullptr; ++p) {
    const std::string kv = *p;
    const size_t eq = kv.find('=');
    if (eq != std::string::npos) vars[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  vars["HOME"] = home;
  vars["XDG_CACHE_HOME"] = home + "/cache";
  vars.erase("IMMICH_URL");
  vars.erase("IMMICH_API_KEY");
  for (const auto& [k, v] : env) vars[k] = v;
  Exec e;
  e.strings.push_back(bin);
  e.strings.insert(e.strings.end(), args.begin(), args.end());
  const size_t nargs = e.strings.size();
  for (const auto& [k, v] : vars) e.strings.push_back(k + "=" + v);
  for (size_t i = 0; i < e.strings.size(); ++i) (i < nargs ? e.argv : e.envp).push_back(e.strings[i].data());
  e.argv.push_back(nullptr);
  e.envp.push_back(nullptr);
  return e;
}

int ExitCodeOf(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

RunResult RunWithPipes(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                       const std::string& stdin_text, const std::string& home, const std::string& cwd) {
  const char* bin = Binary();
  int in[2], out[2], err[2];
  if (pipe(in) || pipe(out) || pipe(err)) throw std::runtime_error("pipe failed");
  Exec exec = PrepareExec(bin, args, home, env);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(in[0], 0), dup2(out[1], 1), dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
    if (!cwd.empty() && chdir(cwd.c_str()) != 0) _exit(126);
    execve(bin, exec.argv.data(), exec.envp.data());
    _exit(127);
  }
  close(in[0]), close(out[1]), close(err[1]);
  if (!stdin_text.empty()) {
    ssize_t w = write(in[1], stdin_text.data(), stdin_text.size());
    (void)w;
  }
  close(in[1]);
  RunResult r;
  pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    if (poll(fds, 2, 120000) <= 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      const ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      } else {
        (i == 0 ? r.out : r.err).append(buf, static_cast<size_t>(n));
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = ExitCodeOf(status);
  return r;
}

}  // namespace

RunResult RunTool(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                  const std::string& stdin_text) {
  const std::string home = MakeTempDir();
  RunResult r = RunWithPipes(args, env, stdin_text, home, "");
  RemoveTree(home);
  return r;
}

RunResult RunToolAt(const std::string& cwd, const std::string& home, const std::vector<std::string>& args,
                    const std::map<std::string, std::string>& env) {
  return RunWithPipes(args, env, "", home, cwd);
}

RunResult RunToolOnPty(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                       int timeout_ms) {
  const char* bin = Binary();
  const std::string home = MakeTempDir();
  // A wide terminal, so a progress line is never wrapped.
  winsize size{};
  size.ws_row = 50;
  size.ws_col = 200;
  int master = -1;
  Exec exec = PrepareExec(bin, args, home, env);
  const pid_t pid = forkpty(&master, nullptr, nullptr, &size);
  if (pid < 0) throw std::runtime_error("forkpty failed");
  if (pid == 0) {
    execve(bin, exec.argv.data(), exec.envp.data());
    _exit(127);
  }
  RunResult r;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  char buf[65536];
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    pollfd p{master, POLLIN, 0};
    if (left <= 0 || poll(&p, 1, static_cast<int>(left)) <= 0) {
      kill(pid, SIGKILL);  // hung: fail the test rather than wait forever
      break;
    }
    const ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break;  // EIO once the child and its terminal are gone
    r.out.append(buf, static_cast<size_t>(n));
  }
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  r.exit_code = ExitCodeOf(status);
  RemoveTree(home);
  return r;
}

namespace {

// Faces are detected on a 1440x1080 preview of a 4000x3000 original.
constexpr int kW = 1440, kH = 1080;

std::string Photo(testserver::Library& lib, const std::string& when, double blur = 0, bool exif_date = true) {
  testserver::TsAsset a;
  a.file_created_at = when;
  a.local_date_time = when;
  if (exif_date) a.date_time_original = when;
  a.exif_width = 4000;
  a.exif_height = 3000;
  a.width = 4000;
  a.height = 3000;
  a.image.blur_sigma = blur;
  a.image.seed = static_cast<int>(lib.next_seed);
  return lib.AddAsset(a);
}

void FaceOf(testserver::Library& lib, const std::string& asset, const std::string& person, int cx, int cy, int side) {
  lib.AddFace(asset, person, cx - side / 2, cy - side / 2, cx + side / 2, cy + side * 5 / 8, kW, kH);
}

}  // namespace

Scenario MakeScenario() {
  Scenario s;
  auto& lib = s.lib;
  s.alice = lib.AddPerson("Alice");
  s.bob = lib.AddPerson("Bob");
  testserver::TsPerson carol;
  carol.name = "Carol";
  carol.birth_date = "1990-03-10";
  s.carol = lib.AddPerson(carol);
  testserver::TsPerson dave;
  dave.name = "Dave";
  dave.is_hidden = true;
  s.dave_hidden = lib.AddPerson(dave);
  testserver::TsPerson eve;
  eve.name = "Eve";
  eve.is_favorite = true;
  s.eve_fav = lib.AddPerson(eve);
  s.unnamed = lib.AddPerson("");
  s.frank_nobday = lib.AddPerson("Frank");
  testserver::TsPerson grace;
  grace.name = "Grace";
  grace.birth_date = "2000-02-29";
  s.grace_feb29 = lib.AddPerson(grace);

  // Alice: face size against sharpness; the huge faces are not candidates.
  s.a_small_sharp = Photo(lib, "2024-05-01T10:00:00.000Z");
  FaceOf(lib, s.a_small_sharp, s.alice, 700, 500, 120);
  s.a_big_blurry = Photo(lib, "2024-05-02T10:00:00.000Z", 12.0);
  FaceOf(lib, s.a_big_blurry, s.alice, 700, 520, 560);
  s.a_medium_sharp = Photo(lib, "2024-05-03T10:00:00.000Z");
  FaceOf(lib, s.a_medium_sharp, s.alice, 700, 520, 380);
  s.a_huge_trashed = Photo(lib, "2024-05-04T10:00:00.000Z");
  FaceOf(lib, s.a_huge_trashed, s.alice, 720, 540, 900);
  lib.FindAsset(s.a_huge_trashed)->is_trashed = true;
  s.a_huge_archived = Photo(lib, "2024-05-05T10:00:00.000Z");
  FaceOf(lib, s.a_huge_archived, s.alice, 720, 540, 900);
  lib.FindAsset(s.a_huge_archived)->visibility = "archive";
  s.a_huge_video = Photo(lib, "2024-05-06T10:00:00.000Z");
  FaceOf(lib, s.a_huge_video, s.alice, 720, 540, 900);
  lib.FindAsset(s.a_huge_video)->type = "VIDEO";
  s.a_huge_offline = Photo(lib, "2024-05-07T10:00:00.000Z");
  FaceOf(lib, s.a_huge_offline, s.alice, 720, 540, 900);
  lib.FindAsset(s.a_huge_offline)->is_offline = true;

  // Bob: equal faces; only the dates differ.
  s.b_recent = Photo(lib, "2026-11-01T09:00:00.000Z");
  s.b_xmas2020 = Photo(lib, "2020-12-25T09:00:00.000Z");
  s.b_2015 = Photo(lib, "2015-06-15T09:00:00.000Z");
  s.b_xmas2023_evening = Photo(lib, "2023-12-28T20:00:00.000Z");
  for (const auto& id : {s.b_recent, s.b_xmas2020, s.b_2015, s.b_xmas2023_evening})
    FaceOf(lib, id, s.bob, 700, 520, 380);

  // Carol, born 1990-03-10.
  s.c_bday2026 = Photo(lib, "2026-03-11T12:00:00.000Z");
  s.c_bday2019 = Photo(lib, "2019-03-10T12:00:00.000Z");
  s.c_far2024 = Photo(lib, "2024-08-20T12:00:00.000Z");
  s.c_bday2022 = Photo(lib, "2022-03-13T12:00:00.000Z");
  for (const auto& id : {s.c_bday2026, s.c_bday2019, s.c_bday2022}) FaceOf(lib, id, s.carol, 700, 520, 60);
  // Far from the birthday but a bigger face: it wins without -n.
  FaceOf(lib, s.c_far2024, s.carol, 700, 520, 380);

  s.eve_photo = Photo(lib, "2023-01-01T12:00:00.000Z");
  FaceOf(lib, s.eve_photo, s.eve_fav, 700, 520, 380);
  s.dave_photo = Photo(lib, "2023-01-02T12:00:00.000Z");
  FaceOf(lib, s.dave_photo, s.dave_hidden, 700, 520, 380);
  s.frank_photo = Photo(lib, "2023-01-03T12:00:00.000Z");
  FaceOf(lib, s.frank_photo, s.frank_nobday, 700, 520, 380);
  // Unnamed: three photos (Immich lists unnamed people from 3 faces).
  for (int i = 0; i < 3; ++i) {
    const std::string id = Photo(lib, "2022-0" + std::to_string(i + 1) + "-01T12:00:00.000Z");
    FaceOf(lib, id, s.unnamed, 700, 520, i == 1 ? 90 : 40);
    if (i == 1) s.unnamed_best = id;
  }
  // Grace, born on Feb 29.
  s.grace_0228 = Photo(lib, "2025-02-28T12:00:00.000Z");
  s.grace_0601 = Photo(lib, "2025-06-01T12:00:00.000Z");
  FaceOf(lib, s.grace_0228, s.grace_feb29, 700, 520, 300);
  FaceOf(lib, s.grace_0601, s.grace_feb29, 700, 520, 380);
  return s;
}

}  // namespace ifpo::e2e
