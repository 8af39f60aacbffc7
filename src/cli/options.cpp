#include "cli/options.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <CLI/CLI.hpp>

#include "core/cron.h"
#include "score/dates.h"

namespace ifpo::cli {

namespace {

constexpr const char* kDescription =
    "Sets each Immich person's featured photo (the face thumbnail) to their best photo: "
    "scored by face size and quality, sharpness and date preferences.";

constexpr const char* kFooter =
    "Exit codes: 0 done, 1 bad arguments or a fatal error (connection, API key, nobody to process), "
    "2 some people could not be updated, 130 interrupted.\n"
    "The API key may also come from IMMICH_API_KEY or --api-key-file (keeps it out of the process list); "
    "the URL from IMMICH_URL. Every option can be set by an environment variable, shown as Env: "
    "(flags take true or false; -s and -S take a comma-separated list); the command line wins.";

// The environment variable of every long option is its name in capitals
// (--detect-blur: DETECT_BLUR), except these, named as Immich's own tools and
// the container tools beside Immich name them.
constexpr std::pair<const char*, const char*> kEnvExceptions[] = {
    {"api-key-file", "IMMICH_API_KEY_FILE"},
    {"schedule", "CRON_EXPRESSION"},
};

std::string EnvNameOf(const std::string& long_name) {
  for (const auto& [name, env] : kEnvExceptions)
    if (long_name == name) return env;
  std::string env;
  for (char c : long_name) env += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return env;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const char* NonEmptyEnv(const std::string& name) {
  const char* v = std::getenv(name.c_str());
  return v && *v ? v : nullptr;
}

// CLI11 would take "maybe" as an error about the option; say which variable.
Status CheckFlagEnv(const std::string& env, const std::string& option) {
  const char* v = NonEmptyEnv(env);
  if (!v) return Ok{};
  static const char* const kWords[] = {"true", "false", "1", "0", "yes", "no", "on", "off"};
  const std::string value = Lower(v);
  for (const char* w : kWords)
    if (value == w) return Ok{};
  return MakeError(ErrorKind::kInvalidArgument,
                   "the environment variable " + env + "='" + v + "' is not true or false (it sets " + option + ")");
}

// A value CLI11 could not convert may have come from the environment: name
// the variable, or the user looks for it on the command line.
std::string FromTheEnvironment(const CLI::App& app, const std::string& message, int argc, const char* const* argv) {
  for (const CLI::Option* opt : app.get_options()) {
    const auto& longs = opt->get_lnames();
    if (longs.empty() || opt->get_envname().empty() || !NonEmptyEnv(opt->get_envname())) continue;
    if (message.find("--" + longs[0] + " ") == std::string::npos &&
        message.find("--" + longs[0] + ":") == std::string::npos)
      continue;
    bool on_command_line = false;
    for (int i = 1; i < argc; ++i) {
      const std::string a = argv[i];
      if (a.rfind("--" + longs[0], 0) == 0) on_command_line = true;
      for (const auto& s : opt->get_snames())
        if (a.size() > 1 && a[0] == '-' && a[1] != '-' && a.find(s) != std::string::npos) on_command_line = true;
    }
    if (!on_command_line) return " (from the environment variable " + opt->get_envname() + ")";
  }
  return "";
}

std::vector<std::string> SplitAt(const std::string& text, const char* separators) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find_first_of(separators, start), text.size());
    std::string item = text.substr(start, end - start);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t' || item.back() == '\r')) item.pop_back();
    size_t b = 0;
    while (b < item.size() && (item[b] == ' ' || item[b] == '\t')) ++b;
    item = item.substr(b);
    if (!item.empty() && item[0] != '#') out.push_back(item);
    start = end + 1;
  }
  return out;
}

}  // namespace

ParseOutcome Parse(int argc, const char* const* argv) {
  ParseOutcome out;
  Options& o = out.options;
  CLI::App app{kDescription, "immich-featured-photo-organizer"};
  app.footer(kFooter);
  app.get_formatter()->column_width(40);

  std::string log_level = "INFO";
  std::string output = "text";
  unsigned seed = 0;

  app.add_option("api_url", o.api_url, "Immich URL, e.g. https://immich.example.com (with or without /api)")
      ->envname("IMMICH_URL");
  app.add_option("api_key", o.api_key, "Immich API key (prefer IMMICH_API_KEY or --api-key-file)")
      ->envname("IMMICH_API_KEY");
  app.add_option("--api-key-file", o.api_key_file,
                 "Read the API key from this file; one key per line runs each Immich user in turn");
  app.add_flag("-y,--dry-run", o.dry_run, "Change nothing: print what would change (default: off)");
  app.add_flag("-u,--unattended", o.unattended,
               "Do not ask for confirmation after identifying people; for cron (default: off)");
  app.add_flag("-c,--confirmation", o.confirmation, "Ask before changing each person (default: off)");
  app.add_flag("-w,--with-names", o.with_names, "Only process people that are named (default: off)");
  app.add_flag("-W,--without-names", o.without_names, "Only process people that are not named (default: off)");
  app.add_option("-s,--people-ids", o.people_ids, "Process these people by id: -s id1 id2 -s id3")
      ->expected(0, CLI::detail::expected_max_vector_size);
  app.add_option("-S,--people-names", o.people_names,
                 "Process these people by exact name: -S name1 \"name2 surname\" -S name3")
      ->expected(0, CLI::detail::expected_max_vector_size);
  app.add_flag("-f,--favorite-people", o.favorite_people, "Process favourite people (default: off)");
  app.add_flag("-r,--random-mode", o.random_mode,
               "Pick a random photo (with -n/-d: among those within sigma days) (default: off)");
  app.add_flag("-p,--low-pixel-mode", o.low_pixel, "Favour small faces / low resolution photos (default: off)");
  app.add_flag("-b,--detect-blur", o.detect_blur, "Download images and favour sharp faces (default: off)");
  app.add_flag("-B,--detect-blur-reversed", o.detect_blur_reversed,
               "Download images and favour blurry ones (default: off)");
  app.add_flag("-t,--recency-bias", o.recency, "Favour newer photos, half-life 180 days (default: off)");
  app.add_flag("-T,--recency-bias-reversed", o.recency_reversed, "Favour older photos (default: off)");
  app.add_option("-d,--date-bias", o.date_bias,
                 "Favour photos taken around yyyy-mm-dd, every year around mm-dd, or in yyyy (default: none)");
  app.add_flag("-n,--birthday-bias", o.birthday_bias,
               "Favour photos around the person's birthday; people without a birth date are skipped; "
               "combine with -t, -T, -r or -d yyyy (default: off)");
  app.add_option("-g,--sigma-days", o.sigma_days, "Sigma in days for -d and -n (default: 7)");
  app.add_option("-C,--fetch-chunk-size", o.chunk_size, "People and assets per API call, 1-1000 (default: 1000)");
  app.add_option("-l,--log-level", log_level, "CRITICAL, ERROR, WARNING, INFO, DEBUG or VERBOSE (default: INFO)");

  app.add_flag("--classic", o.classic, "Score with the original README's formulas exactly (default: off)");
  app.add_option("--concurrency", o.concurrency, "HTTP requests in flight, 1-64 (default: 8)");
  app.add_option("--timeout", o.timeout_s,
                 "Give up on an HTTP request after this many seconds, then retry it (default: 120)");
  app.add_option("--cache-dir", o.cache_dir,
                 "Where the per-server cache lives (default: $XDG_CACHE_HOME/immich-featured-photo-organizer)");
  app.add_option("--state-dir", o.state_dir,
                 "Where the record of our choices and the run lock live (default: $XDG_STATE_HOME/"
                 "immich-featured-photo-organizer; with --cache-dir, that directory)");
  app.add_flag("--no-cache", o.no_cache,
               "Use no local cache nor record (no lock, no --revert, no manual-pick protection) (default: off)");
  app.add_flag("--force", o.force, "Set the photo even when it is what we set last time (default: off)");
  app.add_flag("--revert", o.revert,
               "Put every person back to the photo before our last run (from the local record); "
               "with -y only shows what would change");
  app.add_flag("--override-manual", o.override_manual,
               "Also change people whose photo was picked by hand in Immich since our last run "
               "(default: off)");
  app.add_option("--report", o.report_path, "Write an HTML report of the choices to this file (default: none)");
  app.add_option("--output", output, "text or json (one object per person on stdout) (default: text)");
  app.add_option("--ca-cert", o.ca_cert, "Trust this CA certificate file for HTTPS (default: system CAs)");
  app.add_flag("--insecure", o.insecure, "Do not verify TLS certificates; not recommended (default: off)");
  app.add_option("--seed", seed, "Seed for -r, for repeatable picks (default: random)");
  app.add_flag("--demo", o.demo, "Run against a bundled sample library on a local test server; needs no Immich");
  app.add_option("--demo-dialect", o.demo_dialect,
                 "Immich version the demo server imitates: 1.136, 2.7 or 3.2 (default: 2.7)");
  app.add_option("--schedule", o.schedule,
                 "Keep running: one run at each time of this 5-field cron expression, e.g. \"0 3 * * *\" "
                 "(local time, TZ); implies -u (default: run once)");
  app.add_flag("--run-on-start", o.run_on_start, "With --schedule: also run once at start (default: off)");
  app.add_flag("--version", o.show_version, "Print the version and exit");

  // Every long option from the environment (the command line wins). -s and
  // -S are read below: a name may contain spaces, so their lists are split
  // at commas, which CLI11 would also do to command-line values.
  for (CLI::Option* opt : app.get_options()) {
    const auto& longs = opt->get_lnames();
    if (longs.empty() || longs[0] == "help" || longs[0] == "version" || longs[0] == "people-ids" ||
        longs[0] == "people-names")
      continue;
    const std::string env = EnvNameOf(longs[0]);
    if (opt->get_expected_max() == 0) {  // a flag
      if (Status ok = CheckFlagEnv(env, "--" + longs[0]); !ok) {
        out.kind = ParseOutcome::Kind::kExit;
        out.exit_code = 1;
        out.output = "error: " + ok.error().message;
        return out;
      }
    }
    opt->envname(env);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out.kind = ParseOutcome::Kind::kExit;
    out.output = app.help();
    return out;
  } catch (const CLI::ParseError& e) {
    out.kind = ParseOutcome::Kind::kExit;
    out.exit_code = 1;
    out.output = std::string("error: ") + e.what() + FromTheEnvironment(app, e.what(), argc, argv) +
                 "\nRun with --help for the options.";
    return out;
  }
  if (o.show_version) {
    out.kind = ParseOutcome::Kind::kExit;
    out.output = "immich-featured-photo-organizer " IFPO_VERSION;
    return out;
  }
  auto level = ui::ParseLevel(log_level);
  if (!level) {
    out.kind = ParseOutcome::Kind::kExit;
    out.exit_code = 1;
    out.output =
        "error: -l/--log-level '" + log_level + "' is not one of CRITICAL, ERROR, WARNING, INFO, DEBUG, VERBOSE";
    return out;
  }
  o.log_level = *level;
  if (output == "json") {
    o.output = OutputFormat::kJson;
  } else if (output != "text") {
    out.kind = ParseOutcome::Kind::kExit;
    out.exit_code = 1;
    out.output = "error: --output '" + output + "' is not text or json";
    return out;
  }
  if (app.count("--seed")) o.seed = seed;
  if (o.people_ids.empty())
    if (const char* v = NonEmptyEnv("PEOPLE_IDS")) o.people_ids = SplitAt(v, ",");
  if (o.people_names.empty())
    if (const char* v = NonEmptyEnv("PEOPLE_NAMES")) o.people_names = SplitAt(v, ",");
  // The official Immich CLI's name for the URL.
  if (o.api_url.empty())
    if (const char* v = NonEmptyEnv("IMMICH_INSTANCE_URL")) o.api_url = v;
  if (!o.api_key_file.empty()) {
    auto keys = ReadKeyFile(o.api_key_file);
    if (!keys) {
      out.kind = ParseOutcome::Kind::kExit;
      out.exit_code = 1;
      out.output = "error: " + keys.error().message;
      return out;
    }
    o.api_keys = std::move(keys.value());
  } else if (!o.api_key.empty()) {
    o.api_keys = SplitKeys(o.api_key);
    if (o.api_keys.empty()) o.api_key.clear();  // only blanks and commas: "missing"
  }
  if (!o.api_keys.empty()) o.api_key = o.api_keys.front();
  if (!o.schedule.empty()) o.unattended = true;
  if (o.demo) {
    if (o.api_url.empty()) o.api_url = "http://127.0.0.1:1";  // replaced by the demo server's address
    if (o.api_key.empty()) o.api_key = "immich-demo-api-key";
    o.api_keys = {o.api_key};
  }
  Status s = Validate(o);
  if (s && !o.ca_cert.empty()) s = CheckCaCertFile(o.ca_cert);
  if (!s) {
    out.kind = ParseOutcome::Kind::kExit;
    out.exit_code = 1;
    out.output = "error: " + s.error().message;
  }
  return out;
}

std::vector<std::string> SplitKeys(const std::string& text) { return SplitAt(text, ","); }

Result<std::vector<std::string>> ReadKeyFile(const std::string& path) {
  auto bad = [&](const std::string& why) {
    return MakeError(ErrorKind::kInvalidArgument, "the API key file '" + path + "' " + why);
  };
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return bad("is a directory; give the file that holds the key (one key per line)");
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    const int err = errno;
    if (err == EACCES)
      return bad("cannot be read: permission denied (it must be readable by the user running the tool, uid " +
                 std::to_string(::getuid()) + "; under systemd pass it with LoadCredential=)");
    if (err == ENOENT) return bad("does not exist");
    return bad(std::string("cannot be read: ") + std::strerror(err));
  }
  std::stringstream ss;
  ss << f.rdbuf();
  if (f.bad()) return bad("cannot be read");
  auto keys = SplitAt(ss.str(), ",\n");
  if (keys.empty()) return bad("is empty: put the API key on its first line");
  return keys;
}

Status CheckCaCertFile(const std::string& path) {
  auto bad = [&](const std::string& why) {
    return Status(MakeError(ErrorKind::kInvalidArgument, "--ca-cert '" + path + "' " + why));
  };
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return bad("does not exist");
  if (!std::filesystem::is_regular_file(path, ec)) return bad("is not a file");
  std::ifstream f(path, std::ios::binary);
  std::string head(64u << 10, '\0');
  f.read(head.data(), static_cast<std::streamsize>(head.size()));
  if (f.bad() || (!f && !f.eof())) return bad("could not be read");
  head.resize(static_cast<size_t>(f.gcount()));
  if (head.find("-----BEGIN CERTIFICATE-----") == std::string::npos)
    return bad(
        "is not a PEM certificate (no '-----BEGIN CERTIFICATE-----' line): pass the CA's certificate in PEM "
        "format, e.g. converted with 'openssl x509 -inform der -in ca.der -out ca.pem'");
  return Ok{};
}

namespace {

// Immich's API keys are long runs of letters, digits, '-' and '_'; a URL
// without a scheme ("immich.local") has dots, colons or slashes.
bool LooksLikeAKey(const std::string& s) {
  if (s.size() < 20) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  return true;
}

}  // namespace

Status Validate(const Options& o) {
  auto bad = [](std::string m) { return Status(MakeError(ErrorKind::kInvalidArgument, std::move(m))); };
  if (o.api_url.empty()) return bad("the Immich URL is missing: pass it as the first argument or set IMMICH_URL");
  // Neither message below may echo a value that may be the key.
  const bool url_has_scheme = o.api_url.find("://") != std::string::npos;
  if (!url_has_scheme && o.api_key.find("://") != std::string::npos)
    return bad("the Immich URL and the API key look swapped: give the URL first, then the key (the key is not shown)");
  if (!url_has_scheme && LooksLikeAKey(o.api_url))
    return bad(
        "the first argument looks like an API key, not an Immich URL (it is not shown): give the URL first, "
        "e.g. https://immich.example.com, then the key");
  if (o.api_key.empty())
    return bad("the API key is missing: pass it as the second argument, set IMMICH_API_KEY or use --api-key-file");
  const std::vector<std::string> one_key = {o.api_key};
  const auto& keys = o.api_keys.empty() ? one_key : o.api_keys;
  for (size_t k = 0; k < keys.size(); ++k) {
    const std::string which =
        keys.size() > 1 ? "API key " + std::to_string(k + 1) + " of " + std::to_string(keys.size()) : "the API key";
    for (size_t i = 0; i < keys[k].size(); ++i) {
      const auto c = static_cast<unsigned char>(keys[k][i]);
      if (c < 0x20 || c == 0x7f || c == ' ')
        return bad(which + " contains a " +
                   std::string(c == '\n' || c == '\r' ? "line break" : "space or control character") +
                   " at character " + std::to_string(i + 1) +
                   " (it is not shown): check how it was copied into the argument, IMMICH_API_KEY or the key file");
    }
  }
  if (o.with_names && o.without_names) return bad("-w/--with-names and -W/--without-names cannot be used together");
  if (o.detect_blur && o.detect_blur_reversed)
    return bad("-b/--detect-blur and -B/--detect-blur-reversed cannot be used together");
  if (o.recency && o.recency_reversed)
    return bad("-t/--recency-bias and -T/--recency-bias-reversed cannot be used together");
  if (!std::isfinite(o.sigma_days) || o.sigma_days <= 0 || o.sigma_days > 3660)
    return bad("-g/--sigma-days " + CLI::detail::to_string(o.sigma_days) + " must be a number of days > 0 and <= 3660");
  if (o.chunk_size < 1 || o.chunk_size > 1000)
    return bad("-C/--fetch-chunk-size " + std::to_string(o.chunk_size) +
               " is out of range: Immich accepts 1-1000 items per call");
  if (o.concurrency < 1 || o.concurrency > 64)
    return bad("--concurrency " + std::to_string(o.concurrency) + " must be 1-64");
  if (!std::isfinite(o.timeout_s) || o.timeout_s < 0.1 || o.timeout_s > 3600)
    return bad("--timeout " + CLI::detail::to_string(o.timeout_s) + " must be 0.1-3600 seconds");
  if (!o.date_bias.empty()) {
    // Checked here for the message; organizer::Resolve keeps the parsed value.
    std::string why;
    const auto t = score::ParseDateTarget(o.date_bias, &why);
    if (!t) return bad(why);
    if (o.birthday_bias && t->kind != score::DateTarget::Kind::kYear)
      return bad("-n with -d '" + o.date_bias + "': with -n, -d takes a year (yyyy) to pick that year's birthday");
  }
  for (const auto& id : o.people_ids)
    if (id.empty()) return bad("-s/--people-ids: an empty id");
  for (const auto& name : o.people_names)
    if (name.empty()) return bad("-S/--people-names: an empty name");
  if (o.revert && o.no_cache)
    return bad("--revert needs the local record of our choices; it cannot be used with --no-cache");
  if (o.insecure && !o.ca_cert.empty()) return bad("--insecure and --ca-cert cannot be used together");
  if (o.demo_dialect != "1.136" && o.demo_dialect != "2.7" && o.demo_dialect != "3.2")
    return bad("--demo-dialect '" + o.demo_dialect + "' is not 1.136, 2.7 or 3.2");
  if (!o.schedule.empty()) {
    if (auto cron = ParseCron(o.schedule); !cron) return bad("--schedule (CRON_EXPRESSION): " + cron.error().message);
  }
  if (o.run_on_start && o.schedule.empty())
    return bad(
        "--run-on-start (RUN_ON_START) needs --schedule (CRON_EXPRESSION): without a schedule every run is "
        "a run at start");
  if (!o.schedule.empty() && o.confirmation)
    return bad("-c/--confirmation asks at the terminal; it cannot be used with --schedule (CRON_EXPRESSION)");
  return Ok{};
}

}  // namespace ifpo::cli
