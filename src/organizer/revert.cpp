// --revert: undo our last run, person by person, from the local record.
// Immich does not expose a person's feature face, so the photo Immich itself
// had chosen before our first run cannot be restored.
#include <map>
#include <set>

#include "organizer/pipeline.h"
#include "report/json.h"

namespace ifpo::organizer {

std::vector<std::string> PhotoStack(const std::vector<store::Choice>& history) {
  std::vector<std::string> stack;
  for (const store::Choice& e : history) {
    if (stack.empty() && !e.previous_asset_id.empty()) stack.push_back(e.previous_asset_id);
    const size_t n = stack.size();
    // A revert sets the photo below the top and records the one below that
    // as its previous; a run records the top as its previous.
    if (n >= 2 && e.asset_id == stack[n - 2] && e.previous_asset_id != stack[n - 1]) {
      stack.pop_back();
    } else if (n == 0 || stack.back() != e.asset_id) {  // --force re-set the same photo: no step
      stack.push_back(e.asset_id);
    }
  }
  return stack;
}

namespace {

struct Step {
  Person person;
  std::string from, to, below;     // the photo we set, the one before it, the one before that ("" if none)
  std::optional<Outcome> outcome;  // nullopt until decided
  bool Is(Action a) const { return outcome && outcome->kind == a; }
};

// --output json: the same lines as a run's (report::RenderJsonLines).
void PrintJson(Context& ctx, const std::vector<Step>& steps) {
  report::Page page;
  for (const Step& s : steps) {
    report::PersonEntry e;
    e.id = s.person.id;
    e.name = s.person.name;
    e.action = ToString(s.outcome->kind);
    e.note = s.outcome->message;
    e.previous_asset_id = s.from;
    if (s.Is(Action::kReverted) || s.Is(Action::kWouldRevert))
      e.candidates.push_back({s.to, ctx.config.server.web_url + "/photos/" + s.to, {}, true, {}});
    page.people.push_back(std::move(e));
  }
  ctx.terminal->Print(report::RenderJsonLines(page));
}

}  // namespace

ExitCode Revert(Context& ctx) {
  const RunConfig& config = ctx.config;
  const auto choices = ctx.store->AllChoices();
  if (choices.empty()) {
    ctx.log->Warn("nothing to revert: no choice of ours is recorded for this server (runs with --no-cache record none)",
                  {{"record", ctx.store->path()}});
    return ExitCode::kOk;
  }
  // Names for the messages, and whether each person still exists.
  auto listed = ctx.immich->ListPeople(config.server.page_size, /*with_hidden=*/true);
  if (!listed) return Fail(*ctx.log, listed.error());
  // -s, -S and -f choose whom to revert, as they choose whom a run sets.
  const bool chosen = config.select.Explicit();
  std::set<std::string> only(config.select.ids.begin(), config.select.ids.end());
  std::map<std::string, Person> people;
  for (Person& p : *listed) {
    if (config.select.Chooses(p)) only.insert(p.id);
    people.emplace(p.id, std::move(p));
  }

  std::vector<Step> steps;
  std::vector<Person> to_revert;
  std::vector<std::vector<std::string>> stacks;
  for (const auto& [person_id, last] : choices) {
    if (chosen && !only.count(person_id)) continue;
    Step s;
    auto found = people.find(person_id);
    s.person = found != people.end() ? found->second : Person{};
    s.person.id = person_id;
    stacks.push_back(PhotoStack(ctx.store->ChoiceHistory(person_id)));
    s.from = stacks.back().empty() ? last.asset_id : stacks.back().back();
    if (found == people.end()) {
      s.outcome = Skipped("no longer in Immich");
    } else if (stacks.back().size() < 2) {
      s.outcome = Skipped(
          "no earlier photo recorded: before our first run Immich had chosen it, and Immich does not say which");
    }
    steps.push_back(std::move(s));
  }
  // Who changed the others since our last run: one check for all (as a run does).
  std::vector<Owner> owner(steps.size(), Owner::kUs);
  if (!config.apply.override_manual) {
    std::vector<OwnershipCheck> checks;
    std::vector<size_t> of;
    for (size_t i = 0; i < steps.size(); ++i) {
      if (steps[i].outcome) continue;
      checks.push_back({&steps[i].person, &choices.at(steps[i].person.id), std::nullopt, std::nullopt});
      of.push_back(i);
    }
    const std::vector<Owner> who = WhoChanged(ctx, checks);
    for (size_t k = 0; k < of.size(); ++k) owner[of[k]] = who[k];
  }
  for (size_t i = 0; i < steps.size(); ++i) {
    Step& s = steps[i];
    const std::vector<std::string>& stack = stacks[i];
    if (s.outcome) continue;
    if (owner[i] == Owner::kHand) {
      s.outcome = Skipped(
          "a photo picked by hand in Immich since our last run (the person's thumbnail is not our photo); "
          "--override-manual reverts it anyway");
    } else if (owner[i] == Owner::kProbablyHand) {
      s.outcome = Skipped(
          "changed in Immich since our last run (possibly a photo picked by hand); --override-manual reverts it "
          "anyway");
    } else {
      s.to = stack[stack.size() - 2];
      s.below = stack.size() >= 3 ? stack[stack.size() - 3] : "";
      s.outcome = Outcome{config.apply.dry_run ? Action::kWouldRevert : Action::kReverted, ""};
      to_revert.push_back(s.person);
    }
  }
  size_t skipped = 0;
  std::map<std::string, size_t> skip_reasons;
  for (const Step& s : steps)
    if (s.Is(Action::kSkipped)) ++skipped, ++skip_reasons[s.outcome->message];
  for (const auto& [reason, n] : skip_reasons)
    ctx.log->Warn("not reverted", {{"people", std::to_string(n)}, {"reason", reason}});

  if (!to_revert.empty() && !config.apply.dry_run && config.apply.ask_first) {
    if (Status ok = AskToProceed(ctx, to_revert, "to put back to their previous photo"); !ok)
      return Fail(*ctx.log, ok.error());
  }

  size_t reverted = 0, failed = 0;
  std::vector<store::Choice> record;
  std::vector<Step*> pending;
  for (Step& s : steps)
    if (s.Is(Action::kReverted)) pending.push_back(&s);
  for (size_t at = 0; at < pending.size() && !ctx.Interrupted();) {
    // One PUT first: a key that cannot update people is told once.
    const size_t n = at == 0 ? 1 : pending.size() - at;
    std::vector<std::pair<std::string, std::string>> changes;
    for (size_t i = at; i < at + n; ++i) changes.emplace_back(pending[i]->person.id, pending[i]->to);
    auto results = ctx.immich->SetFeaturePhotos(changes);
    for (size_t i = 0; i < n; ++i) {
      Step& s = *pending[at + i];
      if (!results[i]) {
        const Error& e = results[i].error();
        if (at == 0 && EndsTheRun(e)) return Fail(*ctx.log, NothingChanged(e));
        s.outcome = Failed(e.message);
        ++failed;
        ctx.log->Error("could not revert", {{"person", DisplayName(s.person)}, {"error", e.message}});
        continue;
      }
      ++reverted;
      ctx.log->Info("featured photo reverted",
                    {{"person", DisplayName(s.person)}, {"id", s.person.id}, {"asset", s.to}});
      store::Choice c{s.person.id, s.to, s.below, results[i]->updated_at, NowIso(ctx)};
      c.previous_final = true;  // "" means Immich's own choice, not "fill it in"
      record.push_back(std::move(c));
    }
    at += n;
  }
  std::set<std::string> done;
  for (const store::Choice& c : record) done.insert(c.person_id);
  for (Step* s : pending)
    if (s->Is(Action::kReverted) && !done.count(s->person.id)) {
      s->outcome = Skipped("interrupted before this person");
    }
  if (!record.empty()) {
    if (Status st = ctx.store->RecordChoices(record); !st)
      ctx.log->Warn("could not record the reverted choices", {{"error", st.error().message}});
  }
  const bool dry = config.apply.dry_run;
  ctx.log->Info("Done!", {{dry ? "would_revert" : "reverted", std::to_string(dry ? to_revert.size() : reverted)},
                          {"skipped", std::to_string(skipped)},
                          {"failed", std::to_string(failed)}});
  if (config.output == cli::OutputFormat::kJson) PrintJson(ctx, steps);
  if (ctx.Interrupted()) return ExitCode::kInterrupted;
  return failed > 0 ? ExitCode::kPartial : ExitCode::kOk;
}

}  // namespace ifpo::organizer
