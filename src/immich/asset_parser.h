// How an asset and its faces are read from Immich's JSON, written once over a
// small read-only view of a JSON value, so the DOM parser (nlohmann, every
// answer) and the fast parser of search pages (simdjson, the library sweep)
// share one definition. Internal to immich/.
#pragma once

#include <cmath>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "core/model.h"
#include "core/result.h"

namespace ifpo::immich::internal {

// A View has: IsObject(), IsArray(), IsNull(), Find(key) -> std::optional<View>
// (objects only), String(std::string*) / Number(double*) / Bool(bool*) that
// return false on another type, and ForEach(f) over array elements.

inline Error Bad(const std::string& what) {
  return MakeError(ErrorKind::kProtocol, "unexpected answer from Immich: " + what);
}

template <typename View>
std::string StringOr(const View& j, std::string_view key, std::string fallback = {}) {
  std::string out;
  if (auto v = j.Find(key); v && v->String(&out)) return out;
  return fallback;
}

template <typename View>
bool BoolOr(const View& j, std::string_view key, bool fallback) {
  bool out = fallback;
  if (auto v = j.Find(key); v && v->Bool(&out)) return out;
  return fallback;
}

// Numbers that should be integers; tolerate floats and numeric strings.
template <typename View>
bool IntOf(const View& j, std::string_view key, int& out) {
  auto it = j.Find(key);
  if (!it) return false;
  double v = 0;
  std::string text;
  if (it->Number(&v)) {
  } else if (it->String(&text)) {
    try {
      v = std::stod(text);
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

template <typename View>
Result<Face> ParseFaceOf(const View& j, const std::string& person_id) {
  if (!j.IsObject()) return Bad("a face is not a JSON object");
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

template <typename View>
Result<Asset> ParseAssetOf(const View& j) {
  if (!j.IsObject()) return Bad("an asset is not a JSON object");
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

  if (auto exif = j.Find("exifInfo"); exif && exif->IsObject()) {
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
  if (auto people = j.Find("people"); people && people->IsArray()) {
    bool any_faces_field = false;
    std::optional<Error> error;
    people->ForEach([&](const View& person) {
      if (error || !person.IsObject()) return;
      const std::string pid = StringOr(person, "id");
      if (!pid.empty()) a.person_ids.push_back(pid);
      auto faces = person.Find("faces");
      if (!faces || !faces->IsArray()) return;
      any_faces_field = true;
      faces->ForEach([&](const View& fj) {
        if (error) return;
        auto face = ParseFaceOf(fj, pid);
        if (!face) {
          error = face.error();
          return;
        }
        a.faces.push_back(std::move(face.value()));
      });
    });
    if (error) return *error;
    if (auto un = j.Find("unassignedFaces"); un && un->IsArray()) {
      any_faces_field = true;
      un->ForEach([&](const View& fj) {
        auto face = ParseFaceOf(fj, "");
        if (face) a.faces.push_back(std::move(face.value()));
      });
    }
    a.faces_loaded = any_faces_field;
  }
  return a;
}

}  // namespace ifpo::immich::internal
