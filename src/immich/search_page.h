// One page of POST /search/metadata. Parsed with simdjson: a library sweep
// reads ~2 MB of JSON per 1000 photos, and building a DOM of it with
// nlohmann cost more CPU than the request itself (80-110 ms per page against
// 3-5 ms; bench/speed/README.md). The asset fields are read by the same code
// as everywhere else (asset_parser.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/result.h"

namespace ifpo::immich {

struct SearchPage {
  std::vector<Asset> assets;
  bool has_next = false;  // assets.nextPage is set and the page was not empty
};

Result<SearchPage> ParseSearchPage(std::string_view body);
// The same, parsing in place when body has room for simdjson's padding past
// its end (the transport reserves it), else after one copy.
Result<SearchPage> ParseSearchPage(std::string& body);

}  // namespace ifpo::immich
