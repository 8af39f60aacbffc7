// --revert: put people back to the photo they had before our last run, from
// the local record. Immich does not expose a person's feature face, so the
// photo Immich itself had chosen before our first run cannot be restored.
#include <set>

#include "organizer/pipeline.h"

namespace ifpo::organizer {

ExitCode Revert(Context& ctx) {
  const cli::Options& o = ctx.settings.options;
  const std::set<std::string> only(o.people_ids.begin(), o.people_ids.end());
  auto choices = ctx.store->AllChoices();
  long reverted = 0, unknown = 0, failed = 0;
  std::vector<store::Choice> record;
  for (const auto& [person_id, c] : choices) {
    if (!only.empty() && !only.count(person_id)) continue;
    if (ctx.Interrupted()) break;
    if (c.previous_asset_id.empty()) {
      ++unknown;
      ctx.log->Warn(
          "no earlier photo recorded: before our first run Immich had chosen it, and Immich does not say which",
          {{"person", person_id}});
      continue;
    }
    if (o.dry_run) {
      ++reverted;
      ctx.log->Info("would revert featured photo",
                    {{"person", person_id}, {"from", c.asset_id}, {"to", c.previous_asset_id}});
      continue;
    }
    auto updated = ctx.client->SetFeaturePhoto(person_id, c.previous_asset_id);
    if (!updated) {
      ++failed;
      ctx.log->Error("could not revert", {{"person", person_id}, {"error", updated.error().message}});
      if (updated.error().kind == ErrorKind::kAuth || updated.error().kind == ErrorKind::kPermission) break;
      continue;
    }
    ++reverted;
    ctx.log->Info("featured photo reverted", {{"person", updated->name.empty() ? person_id : updated->name},
                                              {"id", person_id},
                                              {"asset", c.previous_asset_id}});
    record.push_back(store::Choice{
        person_id, c.previous_asset_id, c.asset_id, updated->updated_at,
        FormatTimestamp(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()))});
  }
  if (!record.empty()) {
    if (Status s = ctx.store->RecordChoices(record); !s)
      ctx.log->Warn("could not record the reverted choices", {{"error", s.error().message}});
  }
  ctx.log->Info("Done!", {{o.dry_run ? "would_revert" : "reverted", std::to_string(reverted)},
                          {"not_restorable", std::to_string(unknown)},
                          {"failed", std::to_string(failed)}});
  if (ctx.Interrupted()) return ExitCode::kInterrupted;
  return failed > 0 ? ExitCode::kPartial : ExitCode::kOk;
}

}  // namespace ifpo::organizer
