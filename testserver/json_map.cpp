#include "json_map.h"

#include <cstdio>
#include <vector>

namespace ifpo::testserver {

std::string PgTimestamp(const std::string& iso_z) {
  std::string s = iso_z;
  if (!s.empty() && s.back() == 'Z') s = s.substr(0, s.size() - 1) + "+00:00";
  size_t dot = s.find(".000+");
  if (dot != std::string::npos) s.erase(dot, 4);
  return s;
}

namespace {

// People rows inside search results come straight from Postgres JSON:
// microseconds and "+00:00" (see the v2.7.5 samples).
std::string PgMicros(const std::string& iso_z) {
  if (iso_z.size() == 24 && iso_z[19] == '.' && iso_z.back() == 'Z') return iso_z.substr(0, 23) + "000+00:00";
  return iso_z;
}

std::string ThumbPath(const State& st, const std::string& id) {
  return "/data/thumbs/" + st.owner_id + "/" + id.substr(0, 2) + "/" + id.substr(2, 2) + "/" + id + ".jpeg";
}

std::string Extension(const TsAsset& a) { return a.type == "VIDEO" ? ".mp4" : ".jpg"; }

std::string Duration(const TsAsset& a) {
  int ms = a.type == "VIDEO" ? a.duration_ms : 0;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d:%02d:%02d.%03d00", ms / 3600000, (ms / 60000) % 60, (ms / 1000) % 60, ms % 1000);
  return buf;
}

}  // namespace

Json PersonJson(const State& st, const TsPerson& p, bool pg_time) {
  Json j;
  j["id"] = p.id;
  j["name"] = p.name;
  j["birthDate"] = p.birth_date ? Json(*p.birth_date) : Json(nullptr);
  j["thumbnailPath"] = ThumbPath(st, p.id);
  j["isHidden"] = p.is_hidden;
  j["isFavorite"] = p.is_favorite;
  if (!p.color.empty()) j["color"] = p.color;
  j["updatedAt"] = pg_time ? PgMicros(p.updated_at) : p.updated_at;
  return j;
}

Json FaceJson(const TsFace& f) {
  Json j;
  j["id"] = f.id;
  j["boundingBoxX1"] = f.x1;
  j["boundingBoxY1"] = f.y1;
  j["boundingBoxX2"] = f.x2;
  j["boundingBoxY2"] = f.y2;
  j["imageWidth"] = f.image_width;
  j["imageHeight"] = f.image_height;
  j["sourceType"] = f.source_type;
  return j;
}

Json FaceWithPersonJson(const State& st, const TsFace& f) {
  Json j = FaceJson(f);
  const TsPerson* p = st.Person(f.person_id);
  j["person"] = p ? PersonJson(st, *p) : Json(nullptr);
  return j;
}

Json ExifJson(const TsAsset& a) {
  int w, h;
  UprightSize(a, &w, &h);
  Json j;
  j["make"] = "Synthetic";
  j["model"] = "TS-1";
  j["exifImageWidth"] = a.exif_width ? Json(*a.exif_width) : Json(nullptr);
  j["exifImageHeight"] = a.exif_height ? Json(*a.exif_height) : Json(nullptr);
  j["fileSizeInByte"] = static_cast<long>(w) * h / 4 + 1000;
  j["orientation"] = a.orientation > 0 ? Json(std::to_string(a.orientation)) : Json(nullptr);
  j["dateTimeOriginal"] = a.date_time_original ? Json(PgTimestamp(*a.date_time_original)) : Json(nullptr);
  j["modifyDate"] = PgTimestamp(a.date_time_original.value_or(a.file_created_at));
  j["timeZone"] = a.date_time_original ? Json("UTC") : Json(nullptr);
  for (const char* k : {"lensModel", "fNumber", "focalLength", "iso", "exposureTime", "latitude", "longitude", "city",
                        "state", "country"})
    j[k] = nullptr;
  j["description"] = "";
  j["projectionType"] = nullptr;
  j["rating"] = nullptr;
  return j;
}

Json AssetHeadJson(const State& st, const TsAsset& a, bool with_exif) {
  const bool v3 = st.dialect == Dialect::kV3;
  std::string file_name =
      a.original_file_name.empty() ? "IMG_" + a.id.substr(0, 8) + Extension(a) : a.original_file_name;
  Json j;
  j["id"] = a.id;
  if (st.ver.AtLeast(2, 0)) j["createdAt"] = "2025-06-01T10:00:00.000Z";
  if (!v3) j["deviceAssetId"] = file_name + "-1";
  j["ownerId"] = st.owner_id;
  if (!v3) j["deviceId"] = "testserver";
  j["libraryId"] = nullptr;
  j["type"] = a.type;
  j["originalPath"] =
      "/data/upload/" + st.owner_id + "/" + a.id.substr(0, 2) + "/" + a.id.substr(2, 2) + "/" + a.id + Extension(a);
  j["originalFileName"] = file_name;
  j["originalMimeType"] = a.type == "VIDEO" ? "video/mp4" : "image/jpeg";
  j["thumbhash"] = a.thumbhash;
  j["fileCreatedAt"] = a.file_created_at;
  j["fileModifiedAt"] = a.file_created_at;
  j["localDateTime"] = a.local_date_time;
  j["updatedAt"] = "2025-06-01T10:00:01.000Z";
  j["isFavorite"] = a.is_favorite;
  j["isArchived"] = a.visibility == "archive";
  j["isTrashed"] = a.is_trashed;
  j["visibility"] = a.visibility;
  if (v3) {
    j["duration"] = a.type == "VIDEO" ? Json(a.duration_ms) : Json(nullptr);
  } else {
    j["duration"] = Duration(a);
  }
  if (with_exif) j["exifInfo"] = ExifJson(a);
  j["livePhotoVideoId"] = nullptr;
  return j;
}

std::vector<FaceGroup> GroupFaces(const State& st, const TsAsset& a) {
  std::vector<FaceGroup> groups;
  for (const TsFace& f : a.faces) {
    const TsPerson* p = st.Person(f.person_id);
    size_t k = 0;  // the unassigned faces (p null) form one group too
    while (k < groups.size() && groups[k].person != p) ++k;
    if (k == groups.size()) groups.push_back({p, {}});
    groups[k].faces.push_back(&f);
  }
  return groups;
}

namespace {

void AddAssetTail(const State& st, const TsAsset& a, Json& j) {
  j["checksum"] = a.checksum;
  j["isOffline"] = a.is_offline;
  j["hasMetadata"] = true;
  j["duplicateId"] = nullptr;
  j["resized"] = true;
  if (st.ver.AtLeast(2, 5)) {
    int w = a.width, h = a.height;
    if (w <= 0 || h <= 0) {
      if (a.exif_width && a.exif_height) {
        UprightSize(a, &w, &h);
      } else {
        w = h = 0;
      }
    }
    j["width"] = w > 0 ? Json(w) : Json(nullptr);
    j["height"] = h > 0 ? Json(h) : Json(nullptr);
    j["isEdited"] = a.is_edited;
  }
}

}  // namespace

Json AssetTailJson(const State& st, const TsAsset& a) {
  Json j;
  AddAssetTail(st, a, j);
  return j;
}

Json AssetJson(const State& st, const TsAsset& a, bool with_exif, bool with_faces) {
  const bool v3 = st.dialect == Dialect::kV3;
  Json j = AssetHeadJson(st, a, with_exif);
  Json people = Json::array();
  if (with_faces) {
    // Faces per person in order of appearance; faces without a person (or of
    // a person we do not know) are "unassigned" (≤2.7 only).
    Json unassigned = Json::array();
    for (const FaceGroup& g : GroupFaces(st, a)) {
      if (g.person == nullptr) {
        for (const TsFace* f : g.faces) unassigned.push_back(FaceJson(*f));
        continue;
      }
      Json pj = PersonJson(st, *g.person, /*pg_time=*/true);
      if (!v3) {
        pj["faces"] = Json::array();
        for (const TsFace* f : g.faces) pj["faces"].push_back(FaceJson(*f));
      }
      people.push_back(std::move(pj));
    }
    j["people"] = std::move(people);
    if (!v3) j["unassignedFaces"] = std::move(unassigned);
  } else {
    j["people"] = std::move(people);
  }
  AddAssetTail(st, a, j);
  return j;
}

}  // namespace ifpo::testserver
