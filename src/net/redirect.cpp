#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "net/transport.h"

namespace ifpo::net {
namespace {

struct Origin {
  std::string scheme;
  std::string host;
  std::string port;
};

bool ParseOrigin(const std::string& url, Origin* origin) {
  CURLU* handle = curl_url();
  if (handle == nullptr) return false;
  bool ok = curl_url_set(handle, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK;
  const CURLUPart parts[] = {CURLUPART_SCHEME, CURLUPART_HOST, CURLUPART_PORT};
  std::string* fields[] = {&origin->scheme, &origin->host, &origin->port};
  for (int i = 0; ok && i < 3; ++i) {
    char* part = nullptr;
    ok = curl_url_get(handle, parts[i], &part, CURLU_DEFAULT_PORT) == CURLUE_OK;
    if (ok) *fields[i] = part;
    curl_free(part);
  }
  curl_url_cleanup(handle);
  for (std::string* field : fields) {
    std::transform(field->begin(), field->end(), field->begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  }
  return ok;
}

}  // namespace

bool SameOriginForSecrets(const std::string& from, const std::string& to) {
  Origin a;
  Origin b;
  if (!ParseOrigin(from, &a) || !ParseOrigin(to, &b)) return false;
  if (a.host != b.host) return false;
  if (a.scheme == b.scheme) return a.port == b.port;
  // http → https on the same host (any port) is the usual "force TLS" redirect.
  return a.scheme == "http" && b.scheme == "https";
}

}  // namespace ifpo::net
