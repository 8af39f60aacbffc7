#include "http_util.h"

#include <cctype>
#include <cstdlib>

namespace ifpo::testserver {

const char* StatusText(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 413:
      return "Payload Too Large";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    case 504:
      return "Gateway Timeout";
    default:
      return "Error";
  }
}

void SendJson(httplib::Response& res, const Json& body, int status) {
  res.status = status;
  res.set_content(body.dump(), "application/json; charset=utf-8");
}

void SendError(State& st, httplib::Response& res, int status, const Json& message) {
  Json body;
  body["message"] = message;
  body["error"] = StatusText(status);
  body["statusCode"] = status;
  body["correlationId"] = st.NextCorrelationId();
  SendJson(res, body, status);
}

void SendValidation(State& st, httplib::Response& res, const std::vector<std::string>& messages) {
  SendError(st, res, 400, Json(messages));
}

bool IsUuid(const std::string& s) {
  if (s.size() != 36) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

std::string Messages::NotUuid(const std::string& f) const {
  return zod ? "[" + f + "] Invalid UUID" : f + " must be a UUID";
}
std::string Messages::EachNotUuid(const std::string& f, size_t index) const {
  return zod ? "[" + f + "." + std::to_string(index) + "] Invalid UUID" : "each value in " + f + " must be a UUID";
}
std::string Messages::TooBig(const std::string& f, long max) const {
  return zod ? "[" + f + "] Too big: expected number to be <=" + std::to_string(max)
             : f + " must not be greater than " + std::to_string(max);
}
std::string Messages::TooSmall(const std::string& f, long min) const {
  return zod ? "[" + f + "] Too small: expected number to be >=" + std::to_string(min)
             : f + " must not be less than " + std::to_string(min);
}
std::string Messages::NotInt(const std::string& f, const char* received) const {
  return zod ? "[" + f + "] Invalid input: expected number, received " + received : f + " must be an integer number";
}
std::string Messages::NotBool(const std::string& f, const char* received) const {
  return zod ? "[" + f + "] Invalid input: expected boolean, received " + received : f + " must be a boolean value";
}
std::string Messages::QueryBool(const std::string& f) const {
  return zod ? "[" + f + "] Invalid option: expected one of \"true\"|\"false\"" : f + " must be a boolean value";
}
std::string Messages::NotEnum(const std::string& f, const std::vector<std::string>& values) const {
  std::string out;
  for (const std::string& v : values) {
    if (!out.empty()) out += zod ? "|" : ", ";
    out += zod ? "\"" + v + "\"" : v;
  }
  return zod ? "[" + f + "] Invalid option: expected one of " + out
             : f + " must be one of the following values: " + out;
}
std::string Messages::Empty(const std::string& f) const {
  return zod ? "[" + f + "] Too small: expected string to have >=1 characters" : f + " should not be empty";
}
std::string Messages::NotString(const std::string& f, const char* received) const {
  return zod ? "[" + f + "] Invalid input: expected string, received " + received : f + " must be a string";
}
std::string Messages::NotArray(const std::string& f, const char* received) const {
  return zod ? "[" + f + "] Invalid input: expected array, received " + received : f + " must be an array";
}

const char* JsonTypeName(const nlohmann::json& v) {
  if (v.is_string()) return "string";
  if (v.is_boolean()) return "boolean";
  if (v.is_number()) return "number";
  if (v.is_null()) return "null";
  if (v.is_array()) return "array";
  return "object";
}

std::optional<bool> QueryBool(const httplib::Request& req, const std::string& key, bool def, const Messages& m,
                              std::vector<std::string>& errors) {
  if (!req.has_param(key)) return def;
  std::string v = req.get_param_value(key);
  if (v == "true") return true;
  if (v == "false") return false;
  errors.push_back(m.QueryBool(key));
  return std::nullopt;
}

std::optional<long> QueryInt(const httplib::Request& req, const std::string& key, long def, long min, long max,
                             const Messages& m, std::vector<std::string>& errors) {
  if (!req.has_param(key)) return def;
  std::string v = req.get_param_value(key);
  char* end = nullptr;
  long n = v.empty() ? 0 : std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0') {
    errors.push_back(m.NotInt(key, "NaN"));
    return std::nullopt;
  }
  if (n > max) {
    errors.push_back(m.TooBig(key, max));
    return std::nullopt;
  }
  if (n < min) {
    errors.push_back(m.TooSmall(key, min));
    return std::nullopt;
  }
  return n;
}

std::optional<bool> BodyBool(const nlohmann::json& body, const std::string& key, const Messages& m,
                             std::vector<std::string>& errors) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (it->is_boolean()) return it->get<bool>();
  if (!m.zod && it->is_string()) {
    const std::string& s = it->get_ref<const std::string&>();
    if (s == "true") return true;
    if (s == "false") return false;
  }
  errors.push_back(m.NotBool(key, JsonTypeName(*it)));
  return std::nullopt;
}

std::optional<long> BodyInt(const nlohmann::json& body, const std::string& key, long def, long min, long max,
                            const Messages& m, std::vector<std::string>& errors) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return def;
  long n;
  if (it->is_number_integer()) {
    n = it->get<long>();
  } else if (it->is_number_float() && it->get<double>() == static_cast<double>(it->get<long>())) {
    n = it->get<long>();
  } else if (!m.zod && it->is_string()) {
    // class-validator's @Type(() => Number) converts numeric strings.
    const std::string& s = it->get_ref<const std::string&>();
    char* end = nullptr;
    n = std::strtol(s.c_str(), &end, 10);
    if (s.empty() || *end != '\0') {
      errors.push_back(m.NotInt(key, "string"));
      return std::nullopt;
    }
  } else {
    errors.push_back(m.NotInt(key, JsonTypeName(*it)));
    return std::nullopt;
  }
  if (n > max) {
    errors.push_back(m.TooBig(key, max));
    return std::nullopt;
  }
  if (n < min) {
    errors.push_back(m.TooSmall(key, min));
    return std::nullopt;
  }
  return n;
}

std::optional<std::string> BodyEnum(const nlohmann::json& body, const std::string& key,
                                    const std::vector<std::string>& values, const Messages& m,
                                    std::vector<std::string>& errors) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (it->is_string()) {
    for (const std::string& v : values)
      if (v == it->get_ref<const std::string&>()) return v;
  }
  errors.push_back(m.NotEnum(key, values));
  return std::nullopt;
}

bool ParseBody(State& st, const httplib::Request& req, httplib::Response& res, nlohmann::json* out) {
  if (req.body.empty()) {
    *out = nlohmann::json::object();
    return true;
  }
  *out = nlohmann::json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (out->is_discarded()) {
    SendError(st, res, 400, "Unexpected token in JSON at position 0");
    return false;
  }
  if (!out->is_object()) {
    SendError(st, res, 400,
              st.Zod() ? Json(std::vector<std::string>{"Invalid input: expected object, received " +
                                                       std::string(JsonTypeName(*out))})
                       : Json("Bad Request"));
    return false;
  }
  return true;
}

}  // namespace ifpo::testserver
