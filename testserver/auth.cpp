#include "auth.h"

#include <string>

#include "http_util.h"

namespace ifpo::testserver {

bool Authorize(State& st, const httplib::Request& req, httplib::Response& res, Scope scope) {
  std::string key;
  if (req.has_header("x-api-key")) {
    key = req.get_header_value("x-api-key");
  } else if (req.has_param("apiKey")) {
    key = req.get_param_value("apiKey");
  }
  if (key.empty()) {
    SendError(st, res, 401, "Authentication required");
    return false;
  }
  if (key != st.opts.api_key) {
    SendError(st, res, 401, "Invalid API key");
    return false;
  }
  const char* needed = st.ver.AtLeast(1, 137) ? scope.v137 : scope.v136;
  if (needed == nullptr) return true;
  if (st.opts.permissions.count("all") || st.opts.permissions.count(needed)) return true;
  SendError(st, res, 403, std::string("Missing required permission: ") + needed);
  return false;
}

}  // namespace ifpo::testserver
