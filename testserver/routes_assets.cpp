// GET /api/assets/{id}, GET /api/assets/{id}/thumbnail, GET /api/faces.
#include <algorithm>
#include <shared_mutex>

#include "auth.h"
#include "http_util.h"
#include "images.h"
#include "json_map.h"
#include "routes.h"

namespace ifpo::testserver {
namespace {

// The asset named in the path, or an error answer (bad UUID / no access).
const TsAsset* PathAsset(State& st, const std::string& id, const char* permission, httplib::Response& res) {
  if (!IsUuid(id)) {
    SendValidation(st, res, {Messages{st.Zod()}.NotUuid("id")});
    return nullptr;
  }
  const TsAsset* a = st.Asset(id);
  if (a == nullptr || a->visibility == "locked") {
    SendError(st, res, 400, std::string("Not found or no ") + permission + " access");
    return nullptr;
  }
  return a;
}

void GetAsset(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kAssetRead)) return;
  const TsAsset* a = PathAsset(st, req.matches[1], "asset.read", res);
  if (a == nullptr) return;
  std::shared_lock lock(st.people_mu);
  SendJson(res, AssetJson(st, *a, /*with_exif=*/true, /*with_faces=*/true));
}

void GetThumbnail(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kAssetView)) return;
  Messages m{st.Zod()};
  std::vector<std::string> errors;
  std::string size = req.has_param("size") ? req.get_param_value("size") : "thumbnail";
  std::vector<std::string> sizes = {"fullsize", "preview", "thumbnail"};
  if (st.ver.AtLeast(2, 5)) sizes.insert(sizes.begin(), "original");
  if (std::find(sizes.begin(), sizes.end(), size) == sizes.end()) errors.push_back(m.NotEnum("size", sizes));
  if (st.ver.AtLeast(2, 5)) QueryBool(req, "edited", false, m, errors);
  if (!errors.empty()) return SendValidation(st, res, errors);
  const TsAsset* a = PathAsset(st, req.matches[1], "asset.view", res);
  if (a == nullptr) return;
  if (size == "original") return SendError(st, res, 400, "May not request original file");
  if (size == "fullsize") {
    // Fullsize is disabled by default: the server redirects to the preview.
    res.status = 302;
    res.set_header("Location", "/api/assets/" + a->id + "/thumbnail?size=preview");
    return;
  }
  bool thumb = size == "thumbnail";
  int side = thumb ? st.opts.thumbnail_size : st.opts.preview_size;
  const TsAsset& asset = *a;
  auto bytes = st.images.Get(a->id + (thumb ? ":t" : ":p"),
                             [&] { return thumb ? RenderThumbnailWebp(asset, side) : RenderPreviewJpeg(asset, side); });
  const char* ext = thumb ? "webp" : "jpeg";
  res.set_header("Cache-Control",
                 "private, max-age=86400, no-transform, stale-while-revalidate=2592000, "
                 "stale-if-error=2592000");
  res.set_header("Content-Disposition",
                 std::string("inline; filename*=UTF-8''") + a->id.substr(0, 8) + "_" + size + "." + ext);
  res.set_content(*bytes, thumb ? "image/webp" : "image/jpeg");
}

void GetFaces(State& st, const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(st, req, res, scopes::kFaceRead)) return;
  std::string id = req.has_param("id") ? req.get_param_value("id") : "";
  const TsAsset* a = PathAsset(st, id, "asset.read", res);
  if (a == nullptr) return;
  std::vector<const TsFace*> faces;
  for (const TsFace& f : a->faces) faces.push_back(&f);
  std::stable_sort(faces.begin(), faces.end(), [](const TsFace* x, const TsFace* y) { return x->x1 < y->x1; });
  std::shared_lock lock(st.people_mu);
  Json out = Json::array();
  for (const TsFace* f : faces) out.push_back(FaceWithPersonJson(st, *f));
  SendJson(res, out);
}

}  // namespace

void RegisterAssetRoutes(httplib::Server& svr, State& st) {
  using R = const httplib::Request&;
  using W = httplib::Response&;
  svr.Get(R"(/api/assets/([^/]+))", [&st](R req, W res) { GetAsset(st, req, res); });
  svr.Get(R"(/api/assets/([^/]+)/thumbnail)", [&st](R req, W res) { GetThumbnail(st, req, res); });
  svr.Get("/api/faces", [&st](R req, W res) { GetFaces(st, req, res); });
}

}  // namespace ifpo::testserver
