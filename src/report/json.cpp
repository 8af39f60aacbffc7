#include "report/json.h"

#include <nlohmann/json.hpp>

namespace ifpo::report {

std::string RenderJsonLines(const Page& page) {
  std::string out;
  for (const PersonEntry& p : page.people) {
    nlohmann::json j = {
        {"id", p.id},
        {"name", p.name},
        {"action", p.action},
        {"previous_asset", p.previous_asset_id.empty() ? nlohmann::json() : nlohmann::json(p.previous_asset_id)},
        {"note", p.note},
        {"candidates", p.candidate_count},
        {"chosen_asset", nullptr}};
    for (const CandidateEntry& c : p.candidates) {
      if (!c.chosen) continue;
      j["chosen_asset"] = c.asset_id;
      j["link"] = c.link;
      if (!c.components.empty()) {
        nlohmann::json score = nlohmann::json::object();
        for (const auto& [name, value] : c.components) score[name] = value ? nlohmann::json(*value) : nlohmann::json();
        j["score"] = std::move(score);
      }
    }
    out += j.dump() + "\n";
  }
  return out;
}

}  // namespace ifpo::report
