// Internal: Immich-style error bodies, validation messages per dialect
// (class-validator up to 2.7, zod on 3.x), and request parsing helpers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "state.h"

namespace ifpo::testserver {

using Json = nlohmann::ordered_json;

const char* StatusText(int status);
void SendJson(httplib::Response& res, const Json& body, int status = 200);
// {"message": message, "error": StatusText, "statusCode", "correlationId"}.
void SendError(State& st, httplib::Response& res, int status, const Json& message);
void SendValidation(State& st, httplib::Response& res, const std::vector<std::string>& messages);

bool IsUuid(const std::string& s);

// Validation messages, worded like the server of the dialect.
struct Messages {
  bool zod = false;
  std::string NotUuid(const std::string& field) const;
  std::string EachNotUuid(const std::string& field, size_t index) const;
  std::string TooBig(const std::string& field, long max) const;
  std::string TooSmall(const std::string& field, long min) const;
  std::string NotInt(const std::string& field, const char* received) const;
  std::string NotBool(const std::string& field, const char* received) const;
  std::string QueryBool(const std::string& field) const;
  std::string NotEnum(const std::string& field, const std::vector<std::string>& values) const;
  std::string Empty(const std::string& field) const;
  std::string NotString(const std::string& field, const char* received) const;
  std::string NotArray(const std::string& field, const char* received) const;
};

const char* JsonTypeName(const nlohmann::json& v);  // "string", "number", "boolean", ...

// Query parameters: absent → default. Problems are appended to `errors`.
std::optional<bool> QueryBool(const httplib::Request& req, const std::string& key, bool def, const Messages& m,
                              std::vector<std::string>& errors);
std::optional<long> QueryInt(const httplib::Request& req, const std::string& key, long def, long min, long max,
                             const Messages& m, std::vector<std::string>& errors);

// JSON body fields. On 2.x a string "true"/"false" is accepted for booleans
// (class-validator transforms it); on 3.x it is rejected.
std::optional<bool> BodyBool(const nlohmann::json& body, const std::string& key, const Messages& m,
                             std::vector<std::string>& errors);
std::optional<long> BodyInt(const nlohmann::json& body, const std::string& key, long def, long min, long max,
                            const Messages& m, std::vector<std::string>& errors);
std::optional<std::string> BodyEnum(const nlohmann::json& body, const std::string& key,
                                    const std::vector<std::string>& values, const Messages& m,
                                    std::vector<std::string>& errors);

// Parses the body as a JSON object; on failure sends Express's 400 and returns false.
bool ParseBody(State& st, const httplib::Request& req, httplib::Response& res, nlohmann::json* out);

}  // namespace ifpo::testserver
