#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "net/transport.h"

namespace ifpo::net {

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

bool IsLocalOrPrivateHost(const std::string& url) {
  Origin o;
  if (!ParseOrigin(url, &o)) return false;
  const std::string& host = o.host;
  if (!host.empty() && host.front() == '[') return host == "[::1]" || host.rfind("[fd", 0) == 0;
  if (host == "localhost" || host.rfind("127.", 0) == 0 || host.rfind("10.", 0) == 0 || host.rfind("192.168.", 0) == 0)
    return true;
  if (host.rfind("172.", 0) == 0) {
    const int second = std::atoi(host.c_str() + 4);
    return second >= 16 && second <= 31;
  }
  // Single-label names (NAS, "immich") and .local/.lan/.home are home networks.
  if (host.find('.') == std::string::npos) return true;
  for (const std::string suffix : {".local", ".lan", ".home", ".internal", ".home.arpa"}) {
    if (host.size() > suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  }
  return false;
}

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
