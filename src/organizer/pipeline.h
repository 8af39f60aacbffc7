// The organizer's stages and the data that flows between them:
//   select people → gather faces → measure → score → choose → apply → report
// Each stage takes plain structs and returns plain structs; the I/O they need
// (Immich client, store, terminal) is passed in.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "cli/options.h"
#include "core/measures.h"
#include "core/model.h"
#include "immich/client.h"
#include "score/dates.h"
#include "score/quality.h"
#include "store/store.h"
#include "ui/log.h"
#include "ui/progress.h"
#include "ui/terminal.h"

namespace ifpo::organizer {

// How the run ends, as the process exit code (README "Exit codes").
enum class ExitCode : int { kOk = 0, kError = 1, kPartial = 2, kInterrupted = 130 };

// What happened to one person.
enum class Action { kUpdated, kWouldUpdate, kUnchanged, kSkipped, kDeclined, kFailed };
const char* ToString(Action a);

// The factors of one candidate's score (README "How scoring works").
struct ScoreParts {
  double face = 1;                                        // classic: face_size; quality: size factor
  double sharpness = 1;                                   // classic: blur_score; quality: sharpness factor
  double date = 1;                                        // date_score
  double exposure = 1, border = 1, crowd = 1, shape = 1;  // quality only
  double total = 1;
  // What the numbers above rest on; a factor without it is a stand-in (1, or
  // neutral) that the user must not read as a measurement.
  bool quality = true;           // false: --classic, which has no exposure, border, crowd, shape
  bool face_known = true;        // the person's face box is on the photo
  bool pixels_measured = false;  // -b/-B measured this photo's image
};

// The score's factors in the order users see them, for --output json and the
// report alike: a factor that was not measured is nullopt, never 1.
struct Factor {
  const char* name;
  std::optional<double> value;
};
std::vector<Factor> Factors(const ScoreParts& s);

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
  Action action = Action::kSkipped;
  std::string note;              // why skipped / failed
  bool data_incomplete = false;  // some of this person's data could not be read
};

struct Settings {
  cli::Options options;
  std::string api_url;  // normalised .../api
  std::string web_url;  // for /photos/<id> links
  immich::Dialect dialect = immich::Dialect::kV2_5;
  std::optional<score::DateTarget> date_target;
  std::chrono::sys_seconds now{};
  CivilDate today;
};

// Everything a stage may touch besides its inputs.
struct Context {
  Settings settings;
  immich::Client* client = nullptr;
  store::Store* store = nullptr;
  ui::Logger* log = nullptr;
  ui::Terminal* terminal = nullptr;
  ui::Progress* progress = nullptr;
  const std::atomic<bool>* interrupted = nullptr;
  std::mt19937 rng{0};
  bool Interrupted() const { return interrupted && interrupted->load(); }
};

// Fatal problems end the run (connection, key, permission); per-person ones
// are carried in PersonResult.
struct Fatal {
  Error error;
};

// 1. Who is processed (README "Notes"; issue: -s/-S/-f union, -w/-W, -n, hidden).
Result<std::vector<Person>> SelectPeople(Context& ctx);

// 2. Candidate photos and faces of each person. Owns the assets.
struct Gathered {
  std::vector<std::unique_ptr<Asset>> assets;
  std::vector<PersonResult> people;
};
Result<Gathered> GatherCandidates(Context& ctx, std::vector<Person> people);

// Does the run download and measure images (-b/-B, not random)?
bool MeasuresPixels(const cli::Options& o);

// 3. Image measurements, when the score needs pixels (-b/-B). A person with a
// photo that could not be downloaded and could still have won (its upper
// bound reaches the best measured score; always without a bound: -B,
// --classic) is failed, never updated from partial data.
// An error only when the run must stop (the key cannot download photos).
Status MeasureCandidates(Context& ctx, Gathered& g);

// The score of one candidate. optimistic: unmeasured pixel factors count as
// their best (1), which makes the result an upper bound of the real score.
std::optional<score::DateTarget> TargetFor(const Context& ctx, const PersonResult& p);
ScoreParts ScoreCandidate(const Context& ctx, const PersonResult& p, const std::optional<score::DateTarget>& target,
                          const Candidate& c, bool optimistic);
// Pixel factors are <= 1 in the quality score (not under -B, not --classic):
// a candidate whose optimistic score is below a measured one cannot win.
bool HasUpperBound(const cli::Options& o);

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
// Without -u: "N people <what>.", then Enter goes on, p lists, Ctrl-C aborts;
// an error when input is closed or the run is interrupted.
Status AskToProceed(Context& ctx, const std::vector<Person>& people, const std::string& what);
// Did someone change this person in Immich after our last PUT? The fallback
// rule, when Immich's thumbnail cannot be compared: updatedAt more than 15
// minutes after the one our PUT returned.
bool ChangedSinceOurChoice(const Person& p, const store::Choice& last);

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
std::string NowIso();

// The whole run; returns the exit code.
ExitCode Run(const cli::Options& options, ui::Terminal& terminal, const std::atomic<bool>* interrupted);

}  // namespace ifpo::organizer
