// The command as a whole, above one organizer run: each API key in turn (one
// Immich user each), once or at every time of a cron schedule. The
// container's mode; a plain command line is one key, once.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>

#include "cli/options.h"
#include "core/clock.h"
#include "organizer/pipeline.h"
#include "ui/log.h"

namespace ifpo::app {

using organizer::ExitCode;

// One organizer run with these options (organizer::Run in the binary).
using RunOne = std::function<ExitCode(const cli::Options&)>;
// Waits until the given time; false when interrupted first.
using SleepUntil = std::function<bool(std::chrono::sys_seconds)>;

// Each key of o.api_keys in turn, each with its own record and a line that
// says whose run it was and how it ended. One user's failure does not stop
// the others; an interruption does. The exit code is the worst: 130, then 1,
// then 2.
ExitCode RunEachKey(const cli::Options& o, ui::Logger& log, const RunOne& run, const std::atomic<bool>* interrupted);

// --schedule: RunEachKey at every time of the cron expression (and at start
// with --run-on-start), one run after the other, never two at once: a run
// that outlasts the next time starts the one after. Returns when
// interrupted: 0 if that came between runs, 130 if it stopped a run.
ExitCode RunOnSchedule(const cli::Options& o, ui::Logger& log, const Clock& clock, const SleepUntil& sleep,
                       const RunOne& run, const std::atomic<bool>* interrupted);

// The real SleepUntil: wakes every 200 ms to look at the flag.
SleepUntil SystemSleep(const Clock& clock, const std::atomic<bool>* interrupted);

// Once or on the schedule, as the options say.
ExitCode RunCommand(const cli::Options& o, const RunOne& run, const std::atomic<bool>* interrupted);

}  // namespace ifpo::app
