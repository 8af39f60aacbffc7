// The organizer's stages and the data that flows between them:
//   select people → gather faces → measure → score → choose → apply → report
// Each stage takes plain structs and returns plain structs; what it decides
// by comes from the RunConfig, the outside it touches through the ports in
// its Context (Immich, store, terminal, clock), which tests replace by fakes.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/measures.h"
#include "core/model.h"
#include "immich/client.h"
#include "organizer/config.h"
#include "score/score.h"
#include "store/store.h"
#include "ui/log.h"
#include "ui/progress.h"
#include "ui/terminal.h"

namespace ifpo::organizer {

// How the run ends, as the process exit code (README "Exit codes").
enum class ExitCode : int { kOk = 0, kError = 1, kPartial = 2, kInterrupted = 130 };

// What happened to one person ("action" in --output json).
enum class Action {
  kUpdated,
  kWouldUpdate,
  kUnchanged,
  kSkipped,
  kDeclined,
  kFailed,
  kReverted,     // --revert
  kWouldRevert,  // --revert -y
};
const char* ToString(Action a);

// What happened to one person, and why: the value every stage hands on.
struct Outcome {
  Action kind = Action::kSkipped;
  std::string message;  // why skipped, declined or failed; "" when updated
};
inline Outcome Skipped(std::string why) { return {Action::kSkipped, std::move(why)}; }
inline Outcome Failed(std::string why) { return {Action::kFailed, std::move(why)}; }

// The one rule for what ends the run: no other person could succeed either
// (the key is refused, the server is gone) or the user stopped it. Anything
// else is one person's Outcome.
bool EndsTheRun(const Error& e);

using score::Factor;
using score::Factors;
using score::ScoreParts;

struct Candidate {
  const Asset* asset = nullptr;
  const Face* face = nullptr;  // the person's first face on the asset; null if unknown
  // -b/-B only, so on the heap: a run without them holds a million candidates
  // in 104 bytes each instead of 184 (issue 3's memory goal).
  std::unique_ptr<const FaceMeasures> measures;
  // -b/-B: the image was needed but not measured, because it could not be
  // downloaded after retries (download_failed) or it downloaded but cannot be
  // decoded: corrupt, a decompression bomb, not an image (image_broken).
  bool measure_failed = false;
  bool download_failed = false;
  bool image_broken = false;
  // Never chosen (README "Images that cannot be read"): a broken image, or one that could not
  // be downloaded but provably could not have won.
  bool cannot_win = false;
  ScoreParts score;

  // Why it was not measured, for the person's note ("" if it was).
  const std::string& MeasureError() const {
    static const std::string kNone;
    return measure_error_ ? *measure_error_ : kNone;
  }
  void SetMeasureError(std::string why) { measure_error_ = std::make_unique<const std::string>(std::move(why)); }

 private:
  std::unique_ptr<const std::string> measure_error_;
};

struct PersonResult {
  Person person;
  std::vector<Candidate> candidates;  // ranked best first after Choose
  int chosen = -1;                    // index into candidates; -1: none
  const Candidate* Chosen() const { return chosen >= 0 ? &candidates[static_cast<size_t>(chosen)] : nullptr; }
  std::string previous_asset_id;  // our last choice, from the store
  Outcome outcome;
  bool data_incomplete = false;  // some of this person's data could not be read
};

// Everything a stage may touch besides its inputs: the run's config and the
// ports to the outside (Immich, the store, the terminal, the clock).
struct Context {
  RunConfig config;
  immich::Api* immich = nullptr;
  store::Store* store = nullptr;
  ui::Logger* log = nullptr;
  ui::Terminal* terminal = nullptr;
  ui::Progress* progress = nullptr;
  const Clock* clock = &SystemClock();
  const std::atomic<bool>* interrupted = nullptr;
  std::mt19937 rng{0};
  bool Interrupted() const { return interrupted && interrupted->load(); }
};

// 1. Who is processed (README "Notes"; issue: -s/-S/-f union, -w/-W, -n, hidden).
Result<std::vector<Person>> SelectPeople(Context& ctx);

// 2. Candidate photos and faces of each person. Owns the assets.
struct Gathered {
  std::vector<std::unique_ptr<Asset>> assets;
  std::vector<PersonResult> people;
};
Result<Gathered> GatherCandidates(Context& ctx, std::vector<Person> people);

// 3. Image measurements, when the score needs pixels (-b/-B). A person with a
// photo that could not be downloaded and could still have won (its upper
// bound reaches the best measured score; always without a bound: -B,
// --classic) is failed, never updated from partial data.
// An error only when the run must stop (the key cannot download photos).
Status MeasureCandidates(Context& ctx, Gathered& g);

// The score of one candidate (score::Score over what the candidate knows).
// optimistic: unmeasured pixel factors count as their best (1), which makes
// the result an upper bound of the real score.
std::optional<score::DateTarget> TargetFor(const Context& ctx, const PersonResult& p);
ScoreParts ScoreCandidate(const Context& ctx, const std::optional<score::DateTarget>& target, const Candidate& c,
                          bool optimistic);

// 4+5. Scores every candidate and ranks them; picks the winner (or a random one).
void ScoreAndChoose(Context& ctx, std::vector<PersonResult>& people);

// 6. Asks, PUTs, records.
// An error only when the run must stop before changing anything (no answer
// at a -c prompt); everything else is a per-person outcome.
Status Apply(Context& ctx, std::vector<PersonResult>& people);

// 7. Summary lines, JSON output, HTML report.
void Report(Context& ctx, const std::vector<PersonResult>& people, double seconds);

// --revert instead of stages 1-6: each person goes back one photo. Runs push
// their pick on a person's stack of photos, --revert pops one, so a second
// --revert goes further back rather than toggling; PhotoStack rebuilds it
// from the person's recorded history (oldest first).
ExitCode Revert(Context& ctx);
std::vector<std::string> PhotoStack(const std::vector<store::Choice>& history);

// Shared by the stages.
// Logs a fatal error (CRITICAL) and gives its exit code.
ExitCode Fail(ui::Logger& log, const Error& e);
// The error of the first PUT that ends the run, said as such.
Error NothingChanged(const Error& e);
// "now" for the record of our choices (ISO-8601 UTC).
std::string NowIso(const Context& ctx);
// Without -u: "N people <what>.", then Enter goes on, p lists, Ctrl-C aborts;
// an error when input is closed or the run is interrupted.
Status AskToProceed(Context& ctx, const std::vector<Person>& people, const std::string& what);
// Did someone change this person in Immich after our last PUT? The fallback
// rule, when Immich's thumbnail cannot be compared: updatedAt more than
// grace (ApplyRules::manual_pick_grace) after the one our PUT returned.
bool ChangedSinceOurChoice(const Person& p, const store::Choice& last, std::chrono::seconds grace);

// Who changed a person since our recorded choice (manual.cpp, README "From
// cron"). The same updatedAt as after our PUT: us, without a request.
// Otherwise Immich's person thumbnail is compared with the crop of our photo
// (us: a rename, or the thumbnail job ran; the record then takes the new
// updatedAt) and of our previous one (us: the job has not run yet); neither
// is a photo picked by hand. When the comparison cannot be made (no
// asset.view, a failed download, no thumbnail yet), ChangedSinceOurChoice
// decides, with one warning for all such people.
enum class Owner {
  kUs,
  kHand,          // the thumbnail shows another photo
  kProbablyHand,  // not compared; changed long after our PUT
};
struct OwnershipCheck {
  const Person* person = nullptr;       // as Immich lists it now
  const store::Choice* last = nullptr;  // our recorded choice
  // The person's face on last->asset_id and on last->previous_asset_id, if known.
  std::optional<FaceBox> ours, previous;
};
std::vector<Owner> WhoChanged(Context& ctx, const std::vector<OwnershipCheck>& checks);

// The whole run; returns the exit code. The first resolves the options
// against the system clock and talks to the server over libcurl; the
// second is the same run with its clock given (in-process tests).
ExitCode Run(const cli::Options& options, ui::Terminal& terminal, const std::atomic<bool>* interrupted);
ExitCode Run(const RunConfig& config, ui::Terminal& terminal, const Clock& clock, const std::atomic<bool>* interrupted);
// Stages 1-7 over a context whose ports are set: what Run does once it has
// connected and opened the store. In-process tests call it with fakes.
ExitCode RunStages(Context& ctx, std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now());

}  // namespace ifpo::organizer
