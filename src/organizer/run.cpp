// The whole run: connect, then the stages in order, then the exit code.
#include <cstdlib>

#include "image/codecs.h"
#include "organizer/pipeline.h"
#include "report/atomic_file.h"

namespace ifpo::organizer {

namespace {

bool IsLocalOrPrivateHost(const std::string& url) {
  const size_t start = url.find("://") + 3;
  std::string host = url.substr(start, url.find_first_of(":/", start) - start);
  if (url[start] == '[') return url.compare(start, 5, "[::1]") == 0 || url.compare(start, 4, "[fd") == 0;
  if (host == "localhost" || host.rfind("127.", 0) == 0 || host.rfind("10.", 0) == 0 || host.rfind("192.168.", 0) == 0)
    return true;
  if (host.rfind("172.", 0) == 0) {
    const int second = std::atoi(host.c_str() + 4);
    return second >= 16 && second <= 31;
  }
  // Single-label names (NAS, "immich") and .local/.lan/.home are home networks.
  if (host.find('.') == std::string::npos) return true;
  for (const char* suffix : {".local", ".lan", ".home", ".internal", ".home.arpa"}) {
    const std::string s = suffix;
    if (host.size() > s.size() && host.compare(host.size() - s.size(), s.size(), s) == 0) return true;
  }
  return false;
}

std::chrono::sys_seconds Now() {
  // IFPO_NOW pins "now" for tests of the date preferences.
  if (const char* pinned = std::getenv("IFPO_NOW")) {
    if (auto t = ParseTimestamp(pinned)) return t->instant;
  }
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace

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

ExitCode Run(const cli::Options& options, ui::Terminal& terminal, const std::atomic<bool>* interrupted) {
  const auto started = std::chrono::steady_clock::now();
  ui::Logger log(options.log_level);
  log.SetSecret(options.api_key);
  ui::Progress progress(terminal.ProgressAllowed() && options.log_level > ui::Level::kDebug);
  log.SetBeforeWrite(&ui::Progress::ClearThunk, &progress);

  Context ctx;
  ctx.log = &log;
  ctx.terminal = &terminal;
  ctx.progress = &progress;
  ctx.interrupted = interrupted;
  Settings& s = ctx.settings;
  s.options = options;
  s.now = Now();
  s.today = CivilFromDays(static_cast<long>(s.now.time_since_epoch().count() / 86400));
  ctx.rng.seed(options.seed ? *options.seed : std::random_device{}());

  auto api_url = immich::NormalizeApiUrl(options.api_url);
  if (!api_url) return Fail(log, api_url.error());
  s.api_url = *api_url;
  s.web_url = immich::WebUrlOf(s.api_url);
  if (!options.date_bias.empty()) {
    std::string why;
    s.date_target = score::ParseDateTarget(options.date_bias, &why);
  }
  // The image codecs are a plugin (image/codecs.h): a broken install is told
  // before any request rather than as one failed image per person.
  if (options.detect_blur || options.detect_blur_reversed || !options.report_path.empty()) {
    if (Status ready = image::CodecsReady(); !ready) return Fail(log, ready.error());
  }
  // A report that cannot be written is found now, not after the PUTs.
  if (!options.report_path.empty()) {
    if (Status writable = report::CheckWritable(options.report_path); !writable)
      return Fail(log, MakeError(ErrorKind::kInvalidArgument,
                                 "--report: " + writable.error().message + "; nothing was changed"));
  }
  if (s.api_url.rfind("http://", 0) == 0 && !IsLocalOrPrivateHost(s.api_url))
    log.Warn("the API key is sent over plain http to a public host; use https", {{"url", s.web_url}});
  if (options.insecure) log.Warn("TLS certificate verification is off (--insecure)");

  net::Options net_options;
  net_options.concurrency = options.concurrency;
  net_options.ca_cert = options.ca_cert;
  net_options.insecure = options.insecure;
  net_options.secret = options.api_key;
  // Hidden, for the fault tests: a short per-request timeout so a stalled
  // answer is abandoned and retried within the test's time.
  if (const char* t = std::getenv("IFPO_HTTP_TIMEOUT_MS"); t && std::atol(t) > 0) net_options.timeout_ms = std::atol(t);
  auto transport = net::MakeCurlTransport(net_options);
  transport->SetInterruptFlag(interrupted);
  immich::Client client(*transport, s.api_url, options.api_key);
  ctx.client = &client;

  auto version = client.Version();
  if (!version) return Fail(log, version.error());
  auto dialect = immich::DialectFor(*version);
  if (!dialect) {
    return Fail(log, MakeError(ErrorKind::kUnsupported, "Immich " + version->ToString() +
                                                            " is too old: this tool supports Immich 1.136 and newer"));
  }
  s.dialect = *dialect;
  client.SetDialect(*dialect);
  log.Info("Detected Immich server version", {{"version", version->ToString()}, {"api", immich::ToString(*dialect)}});

  std::unique_ptr<store::Store> store;
  std::unique_ptr<store::RunLock> lock;
  if (!options.no_cache) {
    // The cache may be deleted at will; the record of our choices and the
    // lock are state. --cache-dir alone keeps everything in one directory.
    const std::string cache_dir = options.cache_dir.empty() ? store::DefaultCacheDir() : options.cache_dir;
    const std::string state_dir = !options.state_dir.empty()   ? options.state_dir
                                  : !options.cache_dir.empty() ? options.cache_dir
                                                               : store::DefaultStateDir();
    auto unusable = [&](const Error& e) {
      return Fail(log,
                  MakeError(ErrorKind::kIo,
                            e.message + ". Without the cache and the record there is no lock against a second run, no "
                                        "'unchanged', no --revert and no protection of photos picked by hand: fix it, "
                                        "choose other directories (--cache-dir, --state-dir), or run with --no-cache"));
    };
    const std::string key = store::ServerKey(s.api_url);
    store::AdoptLegacyFiles(cache_dir, state_dir, store::LegacyServerKey(s.api_url), key);
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

  if (options.revert) return Revert(ctx);

  auto people = SelectPeople(ctx);
  if (!people) return Fail(log, people.error());
  log.Info("people identified", {{"count", std::to_string(people->size())}});

  if (!options.unattended) {
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
    if (p.action == Action::kFailed) return ExitCode::kPartial;
  return ExitCode::kOk;
}

}  // namespace ifpo::organizer
