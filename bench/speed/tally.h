// What the server was asked during one run, and the request floor the issue
// measures it against (issue 3: "minimal requests × latency ÷ concurrency").
#pragma once

#include <map>
#include <string>
#include <vector>

#include "library.h"
#include "test_server.h"

namespace ifpo::bench {

// Facts about the generated library that the floor needs, computed once
// before the library moves into the server.
struct LibraryStats {
  long people = 0;            // all people, hidden and unlisted included
  long photos = 0;            // all assets
  long faces = 0;             // all faces
  long selected = 0;          // processed by default: named, visible, listed
  long settable = 0;          // selected people with at least one candidate photo
  long candidate_assets = 0;  // distinct candidate photos with a selected person (3.x: one GET /faces each)
};
LibraryStats ComputeStats(const testserver::Library& lib);

struct Tally {
  std::map<std::string, long> requests;  // by endpoint: version, people, search, faces, thumbnail, preview, put, other
  std::map<std::string, long> bytes;     // response body bytes by endpoint
  long total_requests = 0;
  long total_bytes = 0;
  long images = 0;  // thumbnail + preview requests
  long image_bytes = 0;
  long duplicate_images = 0;  // the same asset and size fetched more than once
  long errors = 0;            // answers >= 400 or closed
};
Tally TallyRequests(const std::vector<testserver::RecordedRequest>& requests);

// The endpoint a request belongs to (see Tally::requests).
std::string EndpointOf(const testserver::RecordedRequest& r);

struct Floor {
  long requests = 0;   // minimal requests for this run
  double seconds = 0;  // requests × latency ÷ concurrency
};
// dialect_v3: one GET /faces per candidate photo is unavoidable. puts: the
// PUTs a correct run must make (0 on an unchanged re-run). images: the
// distinct images the run needed (0 without -b).
// face_lists: GET /faces the run cannot avoid (3.x: every candidate photo
// cold, none on an unchanged re-run whose face lists are cached).
Floor RequestFloor(const LibraryStats& s, long face_lists, long puts, long images, int latency_ms, int concurrency);

}  // namespace ifpo::bench
