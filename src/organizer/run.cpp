// The whole run: connect, then the stages in order, then the exit code.
#include <random>

#include "organizer/pipeline.h"
#include "report/atomic_file.h"

namespace ifpo::organizer {

// Without -u: a summary, then Enter to go on, p to list, Ctrl-C to abort.
Status AskToProceed(Context& ctx, const std::vector<Person>& people, const std::string& what) {
  ui::Terminal& t = *ctx.terminal;
  t.Prompt(std::to_string(people.size()) + " people " + what + ".\n" +
           "Press Enter to continue, Ctrl+C to abort, 'p' to show the list of identified people.\n");
  for (;;) {
    auto line = t.ReadLine();
    if (ctx.Interrupted()) return MakeError(ErrorKind::kInterrupted, "interrupted at the confirmation prompt");
    if (!line)
      return MakeError(
          ErrorKind::kInvalidArgument,
          "no answer at the confirmation prompt (input closed); run with -u/--unattended from cron or scripts");
    if (*line == "p" || *line == "P") {
      std::string list;
      for (const Person& p : people) list += "  " + DisplayName(p) + (p.name.empty() ? "" : "  (" + p.id + ")") + "\n";
      t.Prompt(list + "Press Enter to continue or Ctrl+C to abort\n");
      continue;
    }
    return Ok{};
  }
}

ExitCode Fail(ui::Logger& log, const Error& e) {
  log.Log(ui::Level::kCritical, e.message, {{"kind", ToString(e.kind)}});
  return e.kind == ErrorKind::kInterrupted ? ExitCode::kInterrupted : ExitCode::kError;
}

bool EndsTheRun(const Error& e) {
  return e.kind == ErrorKind::kAuth || e.kind == ErrorKind::kPermission || e.kind == ErrorKind::kConnection ||
         e.kind == ErrorKind::kInterrupted;
}

ExitCode Run(const cli::Options& options, ui::Terminal& terminal, const std::atomic<bool>* interrupted) {
  auto config = Resolve(options, SystemClock().Now());
  if (!config) {
    ui::Logger log(options.log_level);
    log.SetSecret(options.api_key);
    return Fail(log, config.error());
  }
  return Run(*config, terminal, SystemClock(), interrupted);
}

ExitCode Run(const RunConfig& config, ui::Terminal& terminal, const Clock& clock,
             const std::atomic<bool>* interrupted) {
  const auto started = std::chrono::steady_clock::now();
  ui::Logger log(config.log_level);
  log.SetSecret(config.server.api_key);
  ui::Progress progress(terminal.ProgressAllowed() && config.log_level > ui::Level::kDebug);
  log.SetBeforeWrite(&ui::Progress::ClearThunk, &progress);

  Context ctx;
  ctx.config = config;
  ctx.log = &log;
  ctx.terminal = &terminal;
  ctx.progress = &progress;
  ctx.clock = &clock;
  ctx.interrupted = interrupted;
  ctx.rng.seed(config.seed ? *config.seed : std::random_device{}());
  const Connection& server = config.server;

  // A report that cannot be written is found now, not after the PUTs.
  if (!config.report_path.empty()) {
    if (Status writable = report::CheckWritable(config.report_path); !writable)
      return Fail(log, MakeError(ErrorKind::kInvalidArgument,
                                 "--report: " + writable.error().message + "; nothing was changed"));
  }
  if (server.api_url.rfind("http://", 0) == 0 && !net::IsLocalOrPrivateHost(server.api_url))
    log.Warn("the API key is sent over plain http to a public host; use https", {{"url", server.web_url}});
  if (server.insecure) log.Warn("TLS certificate verification is off (--insecure)");

  net::Options net_options;
  net_options.concurrency = server.concurrency;
  net_options.ca_cert = server.ca_cert;
  net_options.insecure = server.insecure;
  net_options.secret = server.api_key;
  net_options.timeout_ms = server.timeout_ms;
  auto transport = net::MakeCurlTransport(net_options);
  transport->SetInterruptFlag(interrupted);
  immich::Client client(*transport, server.api_url, server.api_key);
  ctx.immich = &client;

  auto version = client.Version();
  if (!version) return Fail(log, version.error());
  auto dialect = immich::DialectFor(*version);
  if (!dialect) {
    return Fail(log, MakeError(ErrorKind::kUnsupported, "Immich " + version->ToString() +
                                                            " is too old: this tool supports Immich 1.136 and newer"));
  }
  client.SetDialect(*dialect);
  log.Info("Detected Immich server version", {{"version", version->ToString()}, {"api", immich::ToString(*dialect)}});

  std::unique_ptr<store::Store> store;
  std::unique_ptr<store::RunLock> lock;
  if (config.storage.enabled) {
    const std::string& cache_dir = config.storage.cache_dir;
    const std::string& state_dir = config.storage.state_dir;
    auto unusable = [&](const Error& e) {
      return Fail(log,
                  MakeError(ErrorKind::kIo,
                            e.message + ". Without the cache and the record there is no lock against a second run, no "
                                        "'unchanged', no --revert and no protection of photos picked by hand: fix it, "
                                        "choose other directories (--cache-dir, --state-dir), or run with --no-cache"));
    };
    const std::string server_key = store::ServerKey(server.api_url);
    const std::string key = config.storage.per_key ? store::AccountKey(server_key, server.api_key) : server_key;
    if (!config.storage.per_key)
      store::AdoptLegacyFiles(cache_dir, state_dir, store::LegacyServerKey(server.api_url), key);
    auto held = store::RunLock::Acquire(state_dir, key);
    if (!held && store::IsLockHeld(held.error())) return Fail(log, held.error());
    if (!held) return unusable(held.error());
    lock = std::move(held.value());
    std::string warning;
    auto opened = store::Store::Open(cache_dir, state_dir, key, &warning);
    if (!warning.empty()) log.Warn(warning);
    if (!opened) return unusable(opened.error());
    store = std::move(opened.value());
  }
  if (!store) store = store::Store::InMemory();
  ctx.store = store.get();

  if (config.revert) return Revert(ctx);
  return RunStages(ctx, started);
}

ExitCode RunStages(Context& ctx, std::chrono::steady_clock::time_point started) {
  ui::Logger& log = *ctx.log;
  auto people = SelectPeople(ctx);
  if (!people) return Fail(log, people.error());
  log.Info("people identified", {{"count", std::to_string(people->size())}});

  if (ctx.config.apply.ask_first) {
    if (Status ok = AskToProceed(ctx, *people, "identified"); !ok) return Fail(log, ok.error());
  }
  if (ctx.Interrupted()) return Fail(log, MakeError(ErrorKind::kInterrupted, "interrupted"));

  auto gathered = GatherCandidates(ctx, std::move(people.value()));
  if (!gathered) return Fail(log, gathered.error());
  if (ctx.Interrupted()) return Fail(log, MakeError(ErrorKind::kInterrupted, "interrupted; nothing was changed"));
  log.Debug("candidates gathered");
  if (Status measured = MeasureCandidates(ctx, *gathered); !measured) return Fail(log, measured.error());
  if (ctx.Interrupted()) return Fail(log, MakeError(ErrorKind::kInterrupted, "interrupted; nothing was changed"));
  ScoreAndChoose(ctx, gathered->people);
  log.Debug("scored");
  if (Status applied = Apply(ctx, gathered->people); !applied) return Fail(log, applied.error());

  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  Report(ctx, gathered->people, seconds);
  if (ctx.Interrupted()) return ExitCode::kInterrupted;
  for (const PersonResult& p : gathered->people)
    if (p.outcome.kind == Action::kFailed) return ExitCode::kPartial;
  return ExitCode::kOk;
}

}  // namespace ifpo::organizer
