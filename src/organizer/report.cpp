// Stage 7: what the user sees at the end: the summary, --output json, --report.
#include "organizer/pipeline.h"
#include "report/html.h"
#include "report/json.h"

namespace ifpo::organizer {

const char* ToString(Action a) {
  switch (a) {
    case Action::kUpdated:
      return "updated";
    case Action::kWouldUpdate:
      return "would_update";
    case Action::kUnchanged:
      return "unchanged";
    case Action::kSkipped:
      return "skipped";
    case Action::kDeclined:
      return "declined";
    case Action::kFailed:
      return "failed";
    case Action::kReverted:
      return "reverted";
    case Action::kWouldRevert:
      return "would_revert";
  }
  return "skipped";
}

namespace {

// What the user sees of the run, for the HTML report and --output json alike.
report::Page PageOf(const Context& ctx, const std::vector<PersonResult>& people, double seconds) {
  const RunConfig& config = ctx.config;
  report::Page page;
  page.title = "Immich featured photos";
  page.server = config.server.web_url;
  page.dry_run = config.apply.dry_run;
  page.seconds = seconds;
  for (const PersonResult& p : people) {
    report::PersonEntry e;
    e.id = p.person.id;
    e.name = p.person.name;
    e.action = ToString(p.outcome.kind);
    e.note = p.outcome.message;
    e.previous_asset_id = p.previous_asset_id;
    e.candidate_count = p.candidates.size();
    for (size_t i = 0; i < p.candidates.size(); ++i) {
      const bool chosen = static_cast<int>(i) == p.chosen;
      if (i >= 4 && !chosen) continue;
      const Candidate& c = p.candidates[i];
      report::CandidateEntry ce;
      ce.asset_id = c.asset->id;
      ce.link = config.server.web_url + "/photos/" + c.asset->id;
      if (c.face) ce.box = c.face->box;
      ce.chosen = chosen;
      if (!config.Random())
        for (const Factor& f : Factors(c.score)) ce.components.emplace_back(f.name, f.value);
      e.candidates.push_back(std::move(ce));
    }
    page.people.push_back(std::move(e));
  }
  return page;
}

}  // namespace

void Report(Context& ctx, const std::vector<PersonResult>& people, double seconds) {
  const RunConfig& config = ctx.config;
  std::map<Action, std::vector<std::string>> by_action;
  for (const PersonResult& p : people) by_action[p.outcome.kind].push_back(DisplayName(p.person));
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
  };
  for (const PersonResult& p : people) {
    if (p.outcome.kind == Action::kSkipped || p.outcome.kind == Action::kFailed)
      ctx.log->Log(p.outcome.kind == Action::kFailed ? ui::Level::kError : ui::Level::kWarning,
                   p.outcome.kind == Action::kFailed ? "person failed" : "person skipped",
                   {{"person", DisplayName(p.person)}, {"id", p.person.id}, {"reason", p.outcome.message}});
  }
  auto count = [&](Action a) { return std::to_string(by_action[a].size()); };
  ctx.log->Info("Done!", {{"updated", count(Action::kUpdated)},
                          {"would_update", count(Action::kWouldUpdate)},
                          {"unchanged", count(Action::kUnchanged)},
                          {"skipped", count(Action::kSkipped)},
                          {"declined", count(Action::kDeclined)},
                          {"failed", count(Action::kFailed)},
                          {"seconds", std::to_string(seconds)}});
  const std::pair<Action, const char*> lines[] = {{Action::kUpdated, "Updated the following people"},
                                                  {Action::kWouldUpdate, "Would update (dry run) the following people"},
                                                  {Action::kUnchanged, "Unchanged (already our choice)"},
                                                  {Action::kSkipped, "Skipped"},
                                                  {Action::kDeclined, "Not confirmed"},
                                                  {Action::kFailed, "Failed"}};
  for (const auto& [a, text] : lines)
    if (!by_action[a].empty()) ctx.log->Info(std::string(text) + ": " + join(by_action[a]));

  const report::Page page = PageOf(ctx, people, seconds);
  if (config.output == cli::OutputFormat::kJson) ctx.terminal->Print(report::RenderJsonLines(page));

  if (!config.report_path.empty()) {
    auto written = report::WriteHtml(
        config.report_path, page,
        [&](const std::vector<std::string>& ids, const std::function<void(const std::string&, std::string)>& sink) {
          ctx.immich->FetchImages(ids, "thumbnail", false, [&](const std::string& id, Result<std::string> bytes) {
            if (bytes) sink(id, std::move(bytes.value()));
          });
        });
    if (written) {
      ctx.log->Info("report written", {{"file", config.report_path}});
    } else {
      ctx.log->Error("could not write the report", {{"file", config.report_path}, {"error", written.error().message}});
    }
  }
}

}  // namespace ifpo::organizer
