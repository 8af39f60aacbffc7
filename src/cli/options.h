// The command line: CLI11 → a plain Options struct, validated with messages
// that name the bad value. Compatible with the original script's options.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "ui/log.h"

namespace ifpo::cli {

enum class OutputFormat { kText, kJson };

struct Options {
  std::string api_url;  // as given; normalised by the organizer
  std::string api_key;  // the key of this run: one of api_keys
  std::string api_key_file;
  // Every key given (one per Immich user; commas or lines in IMMICH_API_KEY
  // or the key file). Several keys run one after the other.
  std::vector<std::string> api_keys;
  // Set when several keys run in turn: each key keeps its own record and
  // lock (store::AccountKey). A single key keeps the per-server files.
  bool record_per_key = false;

  bool dry_run = false;                    // -y
  bool unattended = false;                 // -u
  bool confirmation = false;               // -c
  bool with_names = false;                 // -w
  bool without_names = false;              // -W
  std::vector<std::string> people_ids;     // -s
  std::vector<std::string> people_names;   // -S
  bool favorite_people = false;            // -f
  bool random_mode = false;                // -r
  bool low_pixel = false;                  // -p
  bool detect_blur = false;                // -b
  bool detect_blur_reversed = false;       // -B
  bool recency = false;                    // -t
  bool recency_reversed = false;           // -T
  std::string date_bias;                   // -d (validated by score::ParseDateTarget)
  bool birthday_bias = false;              // -n
  double sigma_days = 7.0;                 // -g
  int chunk_size = 1000;                   // -C
  ui::Level log_level = ui::Level::kInfo;  // -l

  // Beyond the original.
  bool classic = false;  // the README's formulas exactly
  int concurrency = 8;
  double timeout_s = 120;  // per HTTP request
  std::string cache_dir;
  std::string state_dir;  // the record of choices and the lock; "" = default (see store::DefaultStateDir)
  bool no_cache = false;
  bool force = false;            // PUT even when our last choice is unchanged
  bool revert = false;           // put people back to the choice before our last run
  bool override_manual = false;  // also change people edited in Immich since our last run
  std::string report_path;       // --report FILE.html
  OutputFormat output = OutputFormat::kText;
  std::string ca_cert;
  bool insecure = false;
  std::optional<unsigned> seed;  // -r reproducible
  bool demo = false;
  std::string demo_dialect = "2.7";
  bool show_version = false;

  // Scheduled runs (the container's mode): a 5-field cron expression; empty
  // runs once.
  std::string schedule;       // --schedule / CRON_EXPRESSION
  bool run_on_start = false;  // --run-on-start / RUN_ON_START
};

// What parsing decided: run with options, or exit now (help, version, error).
struct ParseOutcome {
  enum class Kind { kRun, kExit } kind = Kind::kRun;
  int exit_code = 0;
  std::string output;  // help / version text (stdout) or the error (stderr)
  Options options;
};

// argv as given. Every option can also come from the environment (the
// table in README "Settings by environment"); the command line wins.
ParseOutcome Parse(int argc, const char* const* argv);

// Several keys in one value: split at commas and line breaks, blanks and
// '#' comment lines dropped.
std::vector<std::string> SplitKeys(const std::string& text);

// Reads the key file; the error says why it cannot be used (not found,
// permission denied, a directory, empty) and names the file.
Result<std::vector<std::string>> ReadKeyFile(const std::string& path);

// Checks combinations and values; the message names the bad value.
Status Validate(const Options& o);
// --ca-cert: the file exists and holds a PEM certificate (checked before any request).
Status CheckCaCertFile(const std::string& path);

}  // namespace ifpo::cli
