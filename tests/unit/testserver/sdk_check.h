// A small reader of @immich/sdk's fetch-client.d.ts (the typed contract
// generated from Immich's OpenAPI spec) and a checker that a JSON value
// fits one of its types: every emitted field is declared with a compatible
// JSON type, and every required field is emitted.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ifpo::testserver::testing {

struct SdkField {
  std::string name;
  bool optional = false;
  std::string type;  // TypeScript type text, e.g. "string | null", "PersonResponseDto[]"
};

struct SdkTypes {
  std::map<std::string, std::vector<SdkField>> objects;  // export type X = { ... }
  std::map<std::string, std::set<std::string>> enums;    // export declare enum X { A = "a" }
  std::map<std::string, std::string> aliases;            // export type X = Y;
  const SdkField* Field(const std::string& type, const std::string& field) const;
};

SdkTypes ParseSdk(const std::string& dts_text);

// Problems found checking `value` against TS type `type` ("" when it fits),
// one line each, naming the JSON path.
std::vector<std::string> CheckType(const SdkTypes& sdk, const nlohmann::json& value,
                                   const std::string& type, const std::string& path = "$");

}  // namespace ifpo::testserver::testing
