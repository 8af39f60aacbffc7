// GET /api/server/{version,ping,features,about}, GET /api/api-keys/me.
#include "auth.h"
#include "http_util.h"
#include "routes.h"

namespace ifpo::testserver {

void RegisterServerRoutes(httplib::Server& svr, State& st) {
  svr.Get("/api/server/version", [&st](const httplib::Request&, httplib::Response& res) {
    Json j;
    j["major"] = st.ver.major;
    j["minor"] = st.ver.minor;
    j["patch"] = st.ver.patch;
    if (st.ver.AtLeast(3, 0)) j["prerelease"] = nullptr;
    SendJson(res, j);
  });
  svr.Get("/api/server/ping", [](const httplib::Request&, httplib::Response& res) {
    const Json pong{{"res", "pong"}};
    SendJson(res, pong);
  });
  svr.Get("/api/server/features", [](const httplib::Request&, httplib::Response& res) {
    Json j;
    for (const char* k :
         {"smartSearch", "facialRecognition", "duplicateDetection", "map", "reverseGeocoding", "importFaces", "sidecar",
          "search", "trash", "oauth", "oauthAutoLaunch", "passwordLogin", "configFile", "email"})
      j[k] = std::string(k) != "oauth" && std::string(k) != "oauthAutoLaunch" && std::string(k) != "configFile" &&
             std::string(k) != "email";
    j["ocr"] = false;
    SendJson(res, j);
  });
  svr.Get("/api/server/about", [&st](const httplib::Request& req, httplib::Response& res) {
    if (!Authorize(st, req, res, scopes::kServerAbout)) return;
    Json j;
    j["version"] = "v" + st.opts.version;
    j["versionUrl"] = "https://github.com/immich-app/immich/releases/tag/v" + st.opts.version;
    j["licensed"] = false;
    SendJson(res, j);
  });
  svr.Get("/api/api-keys/me", [&st](const httplib::Request& req, httplib::Response& res) {
    if (!st.ver.AtLeast(1, 139)) {  // endpoint added in 1.139.0
      SendError(st, res, 404, "Cannot GET /api/api-keys/me");
      return;
    }
    if (!Authorize(st, req, res, scopes::kNone)) return;
    Json j;
    j["id"] = MakeUuid(0xA91CE7ULL);
    j["name"] = "test key";
    j["createdAt"] = "2025-01-01T00:00:00.000Z";
    j["updatedAt"] = "2025-01-01T00:00:00.000Z";
    j["permissions"] = Json::array();
    for (const std::string& p : st.opts.permissions) j["permissions"].push_back(p);
    SendJson(res, j);
  });
}

}  // namespace ifpo::testserver
