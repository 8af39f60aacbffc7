#include "cli/options.h"

#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <CLI/CLI.hpp>

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
    "the URL from IMMICH_URL.";

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.pop_back();
  size_t b = 0;
  while (b < s.size() && (s[b] == ' ' || s[b] == '\t')) ++b;
  return s.substr(b);
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
  app.add_option("--api-key-file", o.api_key_file, "Read the API key from this file (first line)");
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
  app.add_flag("--version", o.show_version, "Print the version and exit");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out.kind = ParseOutcome::Kind::kExit;
    out.output = app.help();
    return out;
  } catch (const CLI::ParseError& e) {
    out.kind = ParseOutcome::Kind::kExit;
    out.exit_code = 1;
    out.output = std::string("error: ") + e.what() + "\nRun with --help for the options.";
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
  if (!o.api_key_file.empty()) {
    std::ifstream f(o.api_key_file);
    std::stringstream ss;
    if (f) ss << f.rdbuf();
    std::string key = Trim(ss.str().substr(0, ss.str().find('\n')));
    if (!f || key.empty()) {
      out.kind = ParseOutcome::Kind::kExit;
      out.exit_code = 1;
      out.output = "error: --api-key-file '" + o.api_key_file + "' could not be read or is empty";
      return out;
    }
    o.api_key = key;
  }
  if (o.demo) {
    if (o.api_url.empty()) o.api_url = "http://127.0.0.1:1";  // replaced by the demo server's address
    if (o.api_key.empty()) o.api_key = "immich-demo-api-key";
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
  for (size_t i = 0; i < o.api_key.size(); ++i) {
    const auto c = static_cast<unsigned char>(o.api_key[i]);
    if (c < 0x20 || c == 0x7f || c == ' ')
      return bad("the API key contains a " +
                 std::string(c == '\n' || c == '\r' ? "line break" : "space or control character") + " at character " +
                 std::to_string(i + 1) +
                 " (it is not shown): check how it was copied into the argument, IMMICH_API_KEY or the key file");
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
  return Ok{};
}

}  // namespace ifpo::cli
