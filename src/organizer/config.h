// The run as decided from the command line, once: what to select, how to
// score, what to apply, where to keep state. The stages read this, never the
// raw flags, so every decision is one enum or value with one meaning.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"
#include "core/dates.h"
#include "core/model.h"
#include "core/result.h"
#include "score/rules.h"

namespace ifpo::organizer {

// Which people a run considers (README "Notes").
enum class Names { kNamed, kUnnamed, kAll };

struct Selection {
  std::vector<std::string> ids;    // -s
  std::vector<std::string> names;  // -S, exact
  bool favorites = false;          // -f
  // -w named, -W unnamed; neither: named ones, unless people were picked by
  // id, name or favourite (then all of those).
  Names names_filter = Names::kNamed;
  bool needs_birth_date = false;  // -n skips people without one
  bool Explicit() const { return !ids.empty() || !names.empty() || favorites; }
  // Picked by id, exact name or as a favourite.
  bool Chooses(const Person& p) const;
  bool Keeps(bool named) const { return names_filter == Names::kAll || (names_filter == Names::kNamed) == named; }
};

enum class Pick { kBest, kRandom };  // -r

struct ApplyRules {
  bool dry_run = false;          // -y
  bool ask_first = true;         // not -u: one question before anything is read
  bool confirm_each = false;     // -c
  bool force = false;            // PUT even when our last choice is unchanged
  bool override_manual = false;  // change people picked by hand in Immich too
  // When Immich's thumbnail cannot be compared: a change this long after our
  // PUT is taken for someone's edit (Immich's thumbnail job bumps updatedAt
  // seconds after our PUT).
  std::chrono::seconds manual_pick_grace{15 * 60};
};

struct Storage {
  bool enabled = true;    // false: --no-cache
  std::string cache_dir;  // deletable: measurements, face lists
  std::string state_dir;  // the record of our choices and the lock
  bool per_key = false;   // several API keys: one record per key (store::AccountKey)
};

struct Connection {
  std::string api_url;  // normalised .../api
  std::string web_url;  // for /photos/<id> links
  std::string api_key;
  std::string ca_cert;
  bool insecure = false;
  int concurrency = 8;
  long timeout_ms = 120000;  // per request
  int page_size = 1000;      // -C
};

struct RunConfig {
  Connection server;
  Selection select;
  Pick pick = Pick::kBest;
  std::optional<unsigned> seed;  // -r reproducible
  score::Rules score;
  ApplyRules apply;
  Storage storage;
  bool revert = false;
  cli::OutputFormat output = cli::OutputFormat::kText;
  std::string report_path;
  ui::Level log_level = ui::Level::kInfo;
  std::chrono::sys_seconds now{};  // recency and birthdays count from here
  CivilDate today;

  bool Random() const { return pick == Pick::kRandom; }
  // Does the run download and measure images (-b/-B, not random)?
  bool MeasuresPixels() const { return score.ReadsPixels() && !Random(); }
};

// Options are validated (cli::Validate); this resolves them: parses -d,
// normalises the URL, finds the default directories. An error names the
// bad value.
Result<RunConfig> Resolve(const cli::Options& o, std::chrono::sys_seconds now);

}  // namespace ifpo::organizer
