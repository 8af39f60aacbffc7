// Shared by the testserver tests: a small library with known contents and a
// loopback HTTP client (cpp-httplib) to talk to a started TestServer.
#pragma once

#include <memory>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "generate.h"
#include "test_server.h"

namespace ifpo::testserver::testing {

// Person and asset ids of TinyLibrary(), fixed so tests can name them.
struct Tiny {
  std::string ann, ben, cy, dee, hid, arch, zed;
  // a1..a6 on the timeline (a1 newest), trashed, archived, offline, video
  std::string a1, a2, a3, a4, a5, a6, trashed, archived, offline, video;
};

// ann: named favourite, faces on a1 a2 a3 a5 trashed offline
// ben: named, faces on a1 a4 a6 video;  cy: unnamed, 3 faces (a2 a3 a4)
// dee: unnamed, 1 face (a5) → not listed (minFaces 3); hid: hidden, face on a6
// arch: only on the archived asset → not listed; zed: no faces at all
// a1 has also an unassigned face; a3 is blurred (sigma 6), a4 is 3000x4000.
Library TinyLibrary(Tiny* ids);

struct Reply {
  int status = 0;
  std::string body;
  std::string content_type;
  std::string location;
  nlohmann::json json;  // parsed body (discarded if not JSON)
  httplib::Headers headers;
};

class Client {
 public:
  explicit Client(const TestServer& s, std::string key = "test-key");
  Reply Get(const std::string& path_and_query, bool with_key = true);
  Reply Post(const std::string& path, const std::string& body);
  Reply Put(const std::string& path, const std::string& body);

 private:
  Reply Wrap(const httplib::Result& r);
  std::unique_ptr<httplib::Client> cli_;
  std::string key_;
};

}  // namespace ifpo::testserver::testing
