// Stage 1: select people.
#include <set>

#include "organizer/pipeline.h"

namespace ifpo::organizer {

Result<std::vector<Person>> SelectPeople(Context& ctx) {
  const Selection& sel = ctx.config.select;
  ui::Logger& log = *ctx.log;
  ctx.progress->Begin("people", 0);
  // Hidden people are listed too, so that -s/-S can say "hidden" instead of "unknown".
  auto all = ctx.immich->ListPeople(ctx.config.server.page_size, /*with_hidden=*/true, [&](size_t listed, long total) {
    if (total >= static_cast<long>(listed)) ctx.progress->SetTotal(total);
    ctx.progress->Set(static_cast<long>(listed));
  });
  ctx.progress->Finish();
  if (!all) return all.error();
  log.Info("people listed", {{"count", std::to_string(all->size())}});

  const bool explicit_selection = sel.Explicit();
  std::vector<Person> picked;
  std::set<std::string> picked_ids;
  auto add = [&](const Person& p) {
    if (picked_ids.insert(p.id).second) picked.push_back(p);
  };

  if (!explicit_selection) {
    for (const Person& p : *all) add(p);
  } else {
    std::map<std::string, const Person*> by_id;
    for (const Person& p : *all) by_id[p.id] = &p;
    for (const std::string& id : sel.ids) {
      if (auto it = by_id.find(id); it != by_id.end()) {
        add(*it->second);
        continue;
      }
      // Not listed (e.g. all faces archived): ask for it directly.
      auto p = ctx.immich->GetPerson(id);
      if (p) {
        add(*p);
      } else if (p.error().kind == ErrorKind::kNotFound || p.error().kind == ErrorKind::kBadRequest) {
        log.Warn("unknown person id, ignored", {{"id", id}, {"reason", p.error().message}});
      } else {
        return p.error();
      }
    }
    for (const std::string& name : sel.names) {
      // Exact match: Immich's own name search is a prefix or fuzzy match.
      int found = 0;
      for (const Person& p : *all)
        if (p.name == name) add(p), ++found;
      if (found == 0) {
        std::string hint;
        for (const Person& p : *all) {
          if (p.name.size() == name.size() &&
              std::equal(p.name.begin(), p.name.end(), name.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
              }))
            hint = p.name;
        }
        log.Warn("no person has this exact name, ignored",
                 {{"name", name}, {"did_you_mean", hint.empty() ? "-" : hint}});
      } else if (found > 1) {
        log.Warn("several people share this name; processing all of them",
                 {{"name", name}, {"count", std::to_string(found)}});
      }
    }
    if (sel.favorites)
      for (const Person& p : *all)
        if (p.is_favorite) add(p);
  }

  std::vector<Person> result;
  for (Person& p : picked) {
    const bool named = !p.name.empty();
    if (p.is_hidden) {
      if (explicit_selection)
        log.Warn("person is hidden in Immich, skipped", {{"person", DisplayName(p)}, {"id", p.id}});
      continue;
    }
    if (!sel.Keeps(named)) continue;
    if (sel.needs_birth_date && !p.birth_date) {
      log.Info("no birth date set, skipped (-n)", {{"person", DisplayName(p)}, {"id", p.id}});
      continue;
    }
    result.push_back(std::move(p));
  }
  if (result.empty()) {
    return MakeError(ErrorKind::kInvalidArgument,
                     "nobody to process: no person matched the selection" +
                         std::string(sel.needs_birth_date ? " (with -n, people need a birth date)" : "") +
                         (explicit_selection || sel.names_filter == Names::kUnnamed
                              ? ""
                              : " (by default only named people are processed; -W selects unnamed ones)"));
  }
  return result;
}

}  // namespace ifpo::organizer
