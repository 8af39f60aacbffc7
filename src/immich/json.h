// Immich JSON ↔ model. Tolerant of version differences (optional fields,
// "Z" or "+00:00" offsets, extra keys), strict about what scoring needs.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/model.h"
#include "core/result.h"

namespace ifpo::immich {

Result<Person> ParsePerson(const nlohmann::json& j);
Result<Asset> ParseAsset(const nlohmann::json& j);
Result<Face> ParseFace(const nlohmann::json& j, const std::string& person_id);
// GET /faces answer: faces with their person id ("" when person is null).
Result<std::vector<Face>> ParseFaceList(const nlohmann::json& j);

// Immich error bodies: "message" is a string or an array of strings.
std::string ErrorMessageOf(const std::string& body);

}  // namespace ifpo::immich
