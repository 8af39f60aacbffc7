#include "immich/json.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace ifpo::immich {

using nlohmann::json;

namespace {

Error Bad(const std::string& what) { return MakeError(ErrorKind::kProtocol, "unexpected answer from Immich: " + what); }

std::string StringOr(const json& j, const char* key, std::string fallback = {}) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return fallback;
  return it->get<std::string>();
}

bool BoolOr(const json& j, const char* key, bool fallback) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_boolean()) return fallback;
  return it->get<bool>();
}

// Numbers that should be integers; tolerate floats and numeric strings.
bool IntOf(const json& j, const char* key, int& out) {
  auto it = j.find(key);
  if (it == j.end()) return false;
  double v = 0;
  if (it->is_number()) {
    v = it->get<double>();
  } else if (it->is_string()) {
    try {
      v = std::stod(it->get<std::string>());
    } catch (...) {
      return false;
    }
  } else {
    return false;
  }
  if (!std::isfinite(v) || std::fabs(v) > 1e9) return false;
  out = static_cast<int>(std::lround(v));
  return true;
}

}  // namespace

Result<Person> ParsePerson(const json& j) {
  if (!j.is_object()) return Bad("a person is not a JSON object");
  Person p;
  p.id = StringOr(j, "id");
  if (p.id.empty()) return Bad("a person without an id");
  p.name = StringOr(j, "name");
  if (auto it = j.find("birthDate"); it != j.end() && it->is_string()) {
    const std::string s = it->get<std::string>();
    // Usually "YYYY-MM-DD"; tolerate a full timestamp.
    if (auto d = ParseDate(s.substr(0, 10))) p.birth_date = *d;
  }
  p.is_hidden = BoolOr(j, "isHidden", false);
  p.is_favorite = BoolOr(j, "isFavorite", false);
  p.updated_at = StringOr(j, "updatedAt");
  return p;
}

Result<Face> ParseFace(const json& j, const std::string& person_id) {
  if (!j.is_object()) return Bad("a face is not a JSON object");
  Face f;
  f.id = StringOr(j, "id");
  f.person_id = person_id;
  FaceBox& b = f.box;
  if (!IntOf(j, "boundingBoxX1", b.x1) || !IntOf(j, "boundingBoxY1", b.y1) || !IntOf(j, "boundingBoxX2", b.x2) ||
      !IntOf(j, "boundingBoxY2", b.y2))
    return Bad("face " + f.id + " has no bounding box");
  IntOf(j, "imageWidth", b.image_width);
  IntOf(j, "imageHeight", b.image_height);
  return f;
}

Result<Asset> ParseAsset(const json& j) {
  if (!j.is_object()) return Bad("an asset is not a JSON object");
  Asset a;
  a.id = StringOr(j, "id");
  if (a.id.empty()) return Bad("an asset without an id");
  a.type = StringOr(j, "type");
  a.visibility = StringOr(j, "visibility");
  if (a.visibility.empty()) a.visibility = BoolOr(j, "isArchived", false) ? "archive" : "timeline";
  a.is_trashed = BoolOr(j, "isTrashed", false);
  a.is_offline = BoolOr(j, "isOffline", false);
  a.checksum = StringOr(j, "checksum");
  a.thumbhash = StringOr(j, "thumbhash");
  a.is_edited = BoolOr(j, "isEdited", false);

  const json* exif = nullptr;
  if (auto it = j.find("exifInfo"); it != j.end() && it->is_object()) exif = &*it;
  if (exif) {
    if (auto t = ParseTimestamp(StringOr(*exif, "dateTimeOriginal"))) {
      a.taken = t;
      a.has_exif_date = true;
    }
    IntOf(*exif, "exifImageWidth", a.exif_width);
    IntOf(*exif, "exifImageHeight", a.exif_height);
    int orientation = 1;
    if (IntOf(*exif, "orientation", orientation) && orientation >= 1 && orientation <= 8) a.orientation = orientation;
  }
  if (!a.taken) {
    // localDateTime is the wall clock written as UTC; fileCreatedAt the instant.
    auto local = ParseTimestamp(StringOr(j, "localDateTime"));
    auto created = ParseTimestamp(StringOr(j, "fileCreatedAt"));
    if (created) {
      a.taken = created;
      if (local) a.taken->local_date = local->local_date;
    } else if (local) {
      a.taken = local;
    }
  }
  if (a.exif_width <= 0 || a.exif_height <= 0) {
    a.exif_width = a.exif_height = 0;
    // 2.5+: upright display size; swap back to the stored (pre-rotation) frame.
    int w = 0, h = 0;
    if (IntOf(j, "width", w) && IntOf(j, "height", h) && w > 0 && h > 0) {
      const bool rotated = a.orientation >= 5;
      a.exif_width = rotated ? h : w;
      a.exif_height = rotated ? w : h;
    }
  }

  // Faces: ≤2.7 carries people[].faces[] (when asked for); 3.x never does.
  if (auto it = j.find("people"); it != j.end() && it->is_array()) {
    bool any_faces_field = false;
    for (const json& person : *it) {
      if (!person.is_object()) continue;
      if (auto pid = StringOr(person, "id"); !pid.empty()) a.person_ids.push_back(pid);
      auto faces = person.find("faces");
      if (faces == person.end() || !faces->is_array()) continue;
      any_faces_field = true;
      const std::string pid = StringOr(person, "id");
      for (const json& fj : *faces) {
        auto face = ParseFace(fj, pid);
        if (!face) return face.error();
        a.faces.push_back(std::move(face.value()));
      }
    }
    if (auto un = j.find("unassignedFaces"); un != j.end() && un->is_array()) {
      any_faces_field = true;
      for (const json& fj : *un) {
        auto face = ParseFace(fj, "");
        if (face) a.faces.push_back(std::move(face.value()));
      }
    }
    a.faces_loaded = any_faces_field;
  }
  return a;
}

Result<std::vector<Face>> ParseFaceList(const json& j) {
  if (!j.is_array()) return Bad("the face list is not a JSON array");
  std::vector<Face> faces;
  for (const json& fj : j) {
    std::string pid;
    if (fj.is_object()) {
      if (auto p = fj.find("person"); p != fj.end() && p->is_object()) pid = StringOr(*p, "id");
    }
    auto face = ParseFace(fj, pid);
    if (!face) return face.error();
    faces.push_back(std::move(face.value()));
  }
  return faces;
}

std::string ErrorMessageOf(const std::string& body) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return {};
  auto it = j.find("message");
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array()) {
    std::string out;
    for (const json& m : *it) {
      if (!m.is_string()) continue;
      if (!out.empty()) out += "; ";
      out += m.get<std::string>();
    }
    return out;
  }
  return {};
}

}  // namespace ifpo::immich
