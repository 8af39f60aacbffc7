// Stage 6: confirm, set the featured photo, remember what we set.
#include "organizer/pipeline.h"

namespace ifpo::organizer {

namespace {

// When Immich refuses a photo (its face is gone), try the next best ones.
constexpr int kMaxAttemptsPerPerson = 3;

std::string Label(const Person& p) { return p.name.empty() ? p.id : p.name; }

std::string NowIso() {
  return FormatTimestamp(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
}

}  // namespace

void Apply(Context& ctx, std::vector<PersonResult>& people) {
  const cli::Options& o = ctx.settings.options;
  std::vector<store::Choice> record;
  bool fatal = false;  // 401/403 on a PUT: nobody else can be updated either
  std::string fatal_note;
  long pending = 0;
  for (const PersonResult& p : people)
    if (p.chosen >= 0) ++pending;
  ctx.progress->Begin(o.dry_run ? "planning" : "applying", pending);
  for (PersonResult& p : people) {
    if (p.chosen < 0) continue;
    if (ctx.Interrupted() || fatal) {
      p.chosen = -1;
      p.action = fatal ? Action::kFailed : Action::kSkipped;
      p.note = fatal ? fatal_note : "interrupted before this person";
      continue;
    }
    ctx.progress->Advance();
    const Candidate& best = *p.Chosen();
    if (auto last = ctx.store->LastChoice(p.person.id)) p.previous_asset_id = last->asset_id;
    if (!o.force && !o.random_mode && p.previous_asset_id == best.asset->id) {
      p.action = Action::kUnchanged;
      p.note = "already set to this photo by our last run";
      continue;
    }
    const std::string link = ctx.settings.web_url + "/photos/" + best.asset->id;
    if (o.confirmation) {
      ctx.progress->Clear();
      ctx.terminal->Print("About to change " + Label(p.person) + " (" + p.person.id + ") to " + link +
                          "\nPress y to confirm, any other key to skip: ");
      auto answer = ctx.terminal->ReadLine();
      if (!answer || (*answer != "y" && *answer != "Y")) {
        p.action = Action::kDeclined;
        p.note = "not confirmed";
        ctx.log->Info("skipping person", {{"person", Label(p.person)}});
        continue;
      }
    }
    if (o.dry_run) {
      p.action = Action::kWouldUpdate;
      ctx.log->Info("would set featured photo",
                    {{"person", Label(p.person)}, {"id", p.person.id}, {"asset", best.asset->id}, {"link", link}});
      continue;
    }
    // PUT; on a refused face fall back to the next candidates.
    bool done = false;
    for (int attempt = 0; attempt < kMaxAttemptsPerPerson && static_cast<size_t>(p.chosen) < p.candidates.size();
         ++attempt) {
      const Candidate& c = *p.Chosen();
      auto updated = ctx.client->SetFeaturePhoto(p.person.id, c.asset->id);
      if (updated) {
        p.action = Action::kUpdated;
        ctx.log->Info("featured photo set",
                      {{"person", Label(p.person)}, {"id", p.person.id}, {"asset", c.asset->id}});
        record.push_back(store::Choice{p.person.id, c.asset->id, p.previous_asset_id, updated->updated_at, NowIso()});
        done = true;
        break;
      }
      const Error& e = updated.error();
      p.note = e.message;
      if (e.kind == ErrorKind::kBadRequest && !o.random_mode) {
        ctx.log->Warn("Immich refused this photo, trying the next best",
                      {{"person", Label(p.person)}, {"asset", c.asset->id}, {"error", e.message}});
        ++p.chosen;
        continue;
      }
      if (e.kind == ErrorKind::kAuth || e.kind == ErrorKind::kPermission) fatal = true, fatal_note = e.message;
      break;
    }
    if (!done) {
      p.action = Action::kFailed;
      if (static_cast<size_t>(p.chosen) >= p.candidates.size()) p.chosen = -1;
      ctx.log->Error("could not set the featured photo", {{"person", Label(p.person)}, {"error", p.note}});
      if (fatal) {
        ctx.log->Error("the API key cannot update people; not trying the others");
      }
    }
  }
  ctx.progress->Finish();
  if (!record.empty()) {
    if (Status s = ctx.store->RecordChoices(record); !s)
      ctx.log->Warn("could not record the choices in the cache", {{"error", s.error().message}});
  }
}

}  // namespace ifpo::organizer
