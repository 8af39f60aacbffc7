// Internal: API-key authentication and the per-endpoint scope table
// (immich-api.md §1.3).
#pragma once

#include <httplib.h>

#include "state.h"

namespace ifpo::testserver {

// The permission an endpoint declares on 1.137+ and on 1.136 ("all" where
// the endpoint declared none). nullptr: authenticated, no scope check.
struct Scope {
  const char* v137;
  const char* v136;
};

namespace scopes {
inline constexpr Scope kPersonRead{"person.read", "person.read"};
inline constexpr Scope kPersonUpdate{"person.update", "person.update"};
inline constexpr Scope kPersonStatistics{"person.statistics", "person.statistics"};
inline constexpr Scope kAssetStatistics{"asset.statistics", "all"};
inline constexpr Scope kSearchPerson{"person.read", "all"};
inline constexpr Scope kAssetRead{"asset.read", "all"};
inline constexpr Scope kAssetView{"asset.view", "all"};
inline constexpr Scope kFaceRead{"face.read", "face.read"};
inline constexpr Scope kServerAbout{"server.about", "all"};
inline constexpr Scope kNone{nullptr, nullptr};
}  // namespace scopes

// True when the request may proceed; otherwise the 401/403 answer is set.
bool Authorize(State& st, const httplib::Request& req, httplib::Response& res, Scope scope);

}  // namespace ifpo::testserver
