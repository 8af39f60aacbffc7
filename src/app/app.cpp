#include "app/app.h"

#include <ctime>
#include <thread>

#include "core/cron.h"

namespace ifpo::app {
namespace {

int Severity(ExitCode c) {
  switch (c) {
    case ExitCode::kOk:
      return 0;
    case ExitCode::kPartial:
      return 1;
    case ExitCode::kError:
      return 2;
    case ExitCode::kInterrupted:
      return 3;
  }
  return 2;
}

bool Interrupted(const std::atomic<bool>* flag) { return flag && flag->load(); }

// Local time with its offset, as a person reading the log expects it.
std::string LocalTime(std::chrono::sys_seconds t) {
  const std::time_t tt = t.time_since_epoch().count();
  std::tm local{};
  localtime_r(&tt, &local);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
  return buf;
}

}  // namespace

ExitCode RunEachKey(const cli::Options& o, ui::Logger& log, const RunOne& run, const std::atomic<bool>* interrupted) {
  if (o.api_keys.size() <= 1) return run(o);
  ExitCode worst = ExitCode::kOk;
  const std::string total = std::to_string(o.api_keys.size());
  for (size_t i = 0; i < o.api_keys.size(); ++i) {
    const std::string user = std::to_string(i + 1) + "/" + total;
    log.Info("run for API key " + user, {{"user", user}});
    cli::Options one = o;
    one.api_key = o.api_keys[i];
    one.api_keys = {o.api_keys[i]};
    one.record_per_key = true;
    const ExitCode code = run(one);
    log.Info("finished the run for API key " + user,
             {{"user", user}, {"exit_code", std::to_string(static_cast<int>(code))}});
    if (Severity(code) > Severity(worst)) worst = code;
    if (code == ExitCode::kInterrupted || Interrupted(interrupted)) return ExitCode::kInterrupted;
  }
  return worst;
}

ExitCode RunOnSchedule(const cli::Options& o, ui::Logger& log, const Clock& clock, const SleepUntil& sleep,
                       const RunOne& run, const std::atomic<bool>* interrupted) {
  auto cron = ParseCron(o.schedule);
  if (!cron) {  // cli::Validate checked it; kept for callers that did not
    log.Log(ui::Level::kCritical, cron.error().message, {{"kind", "invalid_argument"}});
    return ExitCode::kError;
  }
  const char* tz = std::getenv("TZ");
  log.Info("scheduled", {{"cron", o.schedule},
                         {"tz", tz && *tz ? tz : "system"},
                         {"users", std::to_string(o.api_keys.size())},
                         {"run_on_start", o.run_on_start ? "true" : "false"}});
  bool first = true;
  for (;;) {
    if (!(first && o.run_on_start)) {
      const auto next = NextRun(*cron, clock.Now());
      if (!next) {
        log.Log(ui::Level::kCritical,
                "the cron expression '" + o.schedule + "' never matches a date (e.g. 31 February)",
                {{"kind", "invalid_argument"}});
        return ExitCode::kError;
      }
      log.Info("next run", {{"at", LocalTime(*next)}});
      if (!sleep(*next)) {
        log.Info("stopped while waiting; no run was in progress");
        return ExitCode::kOk;
      }
    }
    first = false;
    const ExitCode code = RunEachKey(o, log, run, interrupted);
    if (code == ExitCode::kInterrupted || Interrupted(interrupted)) {
      log.Info("stopped during a run", {{"exit_code", std::to_string(static_cast<int>(ExitCode::kInterrupted))}});
      return ExitCode::kInterrupted;
    }
  }
}

SleepUntil SystemSleep(const Clock& clock, const std::atomic<bool>* interrupted) {
  return [&clock, interrupted](std::chrono::sys_seconds until) {
    while (clock.Now() < until) {
      if (Interrupted(interrupted)) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return !Interrupted(interrupted);
  };
}

ExitCode RunCommand(const cli::Options& o, const RunOne& run, const std::atomic<bool>* interrupted) {
  ui::Logger log(o.log_level);
  if (o.schedule.empty()) return RunEachKey(o, log, run, interrupted);
  return RunOnSchedule(o, log, SystemClock(), SystemSleep(SystemClock(), interrupted), run, interrupted);
}

}  // namespace ifpo::app
