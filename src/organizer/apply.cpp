// Stage 6: confirm, set the featured photo, remember what we set.
#include "organizer/pipeline.h"

namespace ifpo::organizer {

namespace {

// When Immich refuses a photo (its face is gone), try the next best ones.
constexpr int kMaxAttemptsPerPerson = 3;

// The person's face on one of their candidate photos, if it is one.
std::optional<FaceBox> FaceOn(const PersonResult& p, const std::string& asset_id) {
  if (asset_id.empty()) return std::nullopt;
  for (const Candidate& c : p.candidates)
    if (c.asset->id == asset_id && c.face) return c.face->box;
  return std::nullopt;
}

}  // namespace

std::string NowIso(const Context& ctx) { return FormatTimestamp(ctx.clock->Now()); }

Error NothingChanged(const Error& e) {
  if (e.kind == ErrorKind::kInterrupted) return MakeError(e.kind, "interrupted; nothing was changed");
  const bool key = e.kind == ErrorKind::kAuth || e.kind == ErrorKind::kPermission;
  return MakeError(e.kind, (key ? "the API key cannot update people: " : "people cannot be updated: ") + e.message +
                               " Nothing was changed.");
}

Status Apply(Context& ctx, std::vector<PersonResult>& people) {
  const ApplyRules& rules = ctx.config.apply;
  const bool random = ctx.config.Random();
  std::vector<store::Choice> record;
  bool fatal = false;  // EndsTheRun on a PUT: nobody else can be updated either
  std::vector<PersonResult*> to_put;
  long pending = 0;
  for (const PersonResult& p : people)
    if (p.chosen >= 0) ++pending;

  // Who changed each person we set before: one check for all, before planning.
  // With --override-manual it matters only where our pick is the one we set
  // last time: unchanged if Immich still shows it, PUT again if not.
  std::vector<std::optional<store::Choice>> lasts(people.size());
  std::vector<Owner> owner(people.size(), Owner::kUs);
  {
    std::vector<OwnershipCheck> checks;
    std::vector<size_t> of;
    for (size_t i = 0; i < people.size(); ++i) {
      if (people[i].chosen < 0) continue;
      lasts[i] = ctx.store->LastChoice(people[i].person.id);
      if (!lasts[i]) continue;
      if (rules.override_manual && (rules.force || random || lasts[i]->asset_id != people[i].Chosen()->asset->id))
        continue;
      checks.push_back({&people[i].person, &*lasts[i], FaceOn(people[i], lasts[i]->asset_id),
                        FaceOn(people[i], lasts[i]->previous_asset_id)});
      of.push_back(i);
    }
    const std::vector<Owner> who = WhoChanged(ctx, checks);
    for (size_t k = 0; k < of.size(); ++k) owner[of[k]] = who[k];
  }

  ctx.progress->Begin("planning", pending);
  for (size_t i = 0; i < people.size(); ++i) {
    PersonResult& p = people[i];
    if (p.chosen < 0) continue;
    if (ctx.Interrupted()) {
      p.chosen = -1;
      p.outcome = Skipped("interrupted before this person");
      continue;
    }
    ctx.progress->Advance();
    const Candidate& best = *p.Chosen();
    const std::optional<store::Choice>& last = lasts[i];
    if (last) p.previous_asset_id = last->asset_id;
    const bool by_hand = owner[i] != Owner::kUs;
    if (owner[i] == Owner::kHand && !rules.override_manual) {
      p.outcome = Skipped(
          "a photo picked by hand in Immich since our last run (the person's thumbnail is not our photo); "
          "--override-manual changes it anyway");
      continue;
    }
    if (owner[i] == Owner::kProbablyHand && !rules.override_manual) {
      p.outcome = Skipped("changed in Immich since our last run (updatedAt " + p.person.updated_at +
                          "): possibly a photo picked by hand; --override-manual changes it anyway");
      continue;
    }
    if (!rules.force && !random && p.previous_asset_id == best.asset->id && !by_hand) {
      p.outcome = {Action::kUnchanged, "already set to this photo by our last run"};
      continue;
    }
    const std::string link = ctx.config.server.web_url + "/photos/" + best.asset->id;
    if (rules.confirm_each) {
      ctx.progress->Clear();
      ctx.terminal->Prompt("About to change " + DisplayName(p.person) + " (" + p.person.id + ") to " + link +
                           "\nPress y to confirm, any other key to skip: ");
      auto answer = ctx.terminal->ReadLine();
      // Input closed (cron, a script): stop as the main prompt does, before
      // any change, rather than take silence for "no" to everyone.
      if (!answer && !ctx.Interrupted()) {
        ctx.progress->Finish();
        return MakeError(ErrorKind::kInvalidArgument,
                         "no answer at the -c confirmation prompt for " + DisplayName(p.person) +
                             " (input closed); nothing was changed; run without -c from cron or scripts");
      }
      if (!answer || (*answer != "y" && *answer != "Y")) {
        p.outcome = {Action::kDeclined, "not confirmed"};
        ctx.log->Info("skipping person", {{"person", DisplayName(p.person)}});
        continue;
      }
    }
    if (rules.dry_run) {
      p.outcome = {Action::kWouldUpdate, ""};
      ctx.log->Info(
          "would set featured photo",
          {{"person", DisplayName(p.person)}, {"id", p.person.id}, {"asset", best.asset->id}, {"link", link}});
      continue;
    }
    to_put.push_back(&p);
  }
  ctx.progress->Finish();

  // PUT everything at once; a photo Immich refuses (its face is gone) sends
  // that person to the next best candidate in the following round.
  if (!to_put.empty()) ctx.log->Info("setting featured photos", {{"people", std::to_string(to_put.size())}});
  ctx.progress->Begin("applying", static_cast<long>(to_put.size()));
  for (int round = 0; round < kMaxAttemptsPerPerson && !to_put.empty(); ++round) {
    if (ctx.Interrupted()) break;
    std::vector<std::pair<std::string, std::string>> changes;
    for (PersonResult* p : to_put) changes.emplace_back(p->person.id, p->Chosen()->asset->id);
    std::vector<Result<Person>> results;
    if (round == 0) {
      // One PUT first: a key that cannot update people is told once, before
      // a request per person fails the same way.
      results = ctx.immich->SetFeaturePhotos({changes.front()});
      if (!results[0] && EndsTheRun(results[0].error())) {
        ctx.progress->Finish();
        return NothingChanged(results[0].error());
      }
      if (changes.size() > 1) {
        auto rest = ctx.immich->SetFeaturePhotos({changes.begin() + 1, changes.end()});
        for (auto& r : rest) results.push_back(std::move(r));
      }
    } else {
      results = ctx.immich->SetFeaturePhotos(changes);
    }
    std::vector<PersonResult*> again;
    for (size_t i = 0; i < to_put.size(); ++i) {
      PersonResult& p = *to_put[i];
      const Candidate& c = *p.Chosen();
      if (results[i]) {
        p.outcome = {Action::kUpdated, ""};
        ctx.progress->Advance();
        ctx.log->Info("featured photo set",
                      {{"person", DisplayName(p.person)}, {"id", p.person.id}, {"asset", c.asset->id}});
        record.push_back(
            store::Choice{p.person.id, c.asset->id, p.previous_asset_id, results[i]->updated_at, NowIso(ctx)});
        continue;
      }
      const Error& e = results[i].error();
      p.outcome = Failed(e.message);
      if (EndsTheRun(e)) fatal = true;
      const size_t next = static_cast<size_t>(p.chosen) + 1;
      if (e.kind == ErrorKind::kBadRequest && !random && next < p.candidates.size() && !p.candidates[next].cannot_win) {
        ctx.log->Warn("Immich refused this photo, trying the next best",
                      {{"person", DisplayName(p.person)}, {"asset", c.asset->id}, {"error", e.message}});
        ++p.chosen;
        again.push_back(&p);
        continue;
      }
      ctx.progress->Advance();
      ctx.log->Error("could not set the featured photo", {{"person", DisplayName(p.person)}, {"error", e.message}});
    }
    if (fatal) {
      if (!ctx.Interrupted()) ctx.log->Error("people cannot be updated any more; stopped");
      break;
    }
    to_put = std::move(again);
  }
  for (PersonResult* p : to_put) {
    if (p->outcome.kind == Action::kUpdated) continue;
    if (ctx.Interrupted()) {
      p->outcome = Skipped("interrupted before this person");
    } else {
      p->outcome.kind = Action::kFailed;
    }
  }
  ctx.progress->Finish();
  if (!record.empty()) {
    if (Status s = ctx.store->RecordChoices(record); !s)
      ctx.log->Warn("could not record the choices in the cache", {{"error", s.error().message}});
  }
  return Ok{};
}

}  // namespace ifpo::organizer
