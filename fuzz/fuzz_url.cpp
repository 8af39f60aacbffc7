// URL normalisation on arbitrary text. An accepted URL is http(s)://...
// ending in /api, has no whitespace/control bytes, and normalising it again
// changes nothing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "immich/client.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string url(reinterpret_cast<const char*>(data), size);
  auto api = ifpo::immich::NormalizeApiUrl(url);
  if (!api) {
    if (api.error().message.empty()) std::abort();
    return 0;
  }
  const std::string& a = *api;
  if (a.rfind("http://", 0) != 0 && a.rfind("https://", 0) != 0) std::abort();
  if (a.size() < 4 || a.compare(a.size() - 4, 4, "/api") != 0) std::abort();
  for (char c : a)
    if (static_cast<unsigned char>(c) <= ' ') std::abort();
  auto again = ifpo::immich::NormalizeApiUrl(a);
  if (!again || *again != a) std::abort();
  (void)ifpo::immich::WebUrlOf(a);
  return 0;
}
