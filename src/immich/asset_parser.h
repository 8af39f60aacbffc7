// How an asset and its faces are read from Immich's JSON, written once over a
// small read-only view of a JSON value, so the DOM parser (nlohmann, every
// answer) and the fast parser of search pages (simdjson, the library sweep)
// share one definition. Internal to immich/.
#pragma once

#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "core/model.h"
#include "core/result.h"

namespace ifpo::immich::internal {

// A View has: IsObject(), IsArray(), IsNull(), Find(key) -> std::optional<View>
// (objects only), ForEachField(f(std::string_view key, const View&)) over an
// object's fields, String(std::string*) / Number(double*) / Bool(bool*) that
// return false on another type, and ForEach(f) over array elements.

inline Error Bad(const std::string& what) {
  return MakeError(ErrorKind::kProtocol, "unexpected answer from Immich: " + what);
}

// One value (absent when the key is missing) read as a given type.
template <typename View>
std::string StringOf(const std::optional<View>& v, std::string fallback = {}) {
  std::string out;
  if (v && v->String(&out)) return out;
  return fallback;
}

template <typename View>
bool BoolOf(const std::optional<View>& v, bool fallback) {
  bool out = fallback;
  if (v && v->Bool(&out)) return out;
  return fallback;
}

// Numbers that should be integers; tolerate floats and numeric strings.
template <typename View>
bool IntOf(const std::optional<View>& it, int& out) {
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
std::string StringOr(const View& j, std::string_view key, std::string fallback = {}) {
  return StringOf(j.Find(key), std::move(fallback));
}

template <typename View>
bool BoolOr(const View& j, std::string_view key, bool fallback) {
  return BoolOf(j.Find(key), fallback);
}

template <typename View>
bool IntOf(const View& j, std::string_view key, int& out) {
  return IntOf(j.Find(key), out);
}

// Several keys of an object in one pass over its fields: a Find per key
// rescans all ~35 fields of an asset each time, which was a fifth of a
// library sweep's CPU. The first occurrence of a key wins, as with Find.
template <typename View, size_t N>
std::array<std::optional<View>, N> FieldsOf(const View& j, const std::array<std::string_view, N>& keys) {
  std::array<std::optional<View>, N> out;
  j.ForEachField([&](std::string_view key, const View& v) {
    for (size_t i = 0; i < N; ++i) {
      if (keys[i] == key) {
        if (!out[i]) out[i] = v;
        return;
      }
    }
  });
  return out;
}

enum FaceField { kFaceId, kX1, kY1, kX2, kY2, kImageWidth, kImageHeight, kFaceFields };
inline constexpr std::array<std::string_view, kFaceFields> kFaceKeys = {
    "id", "boundingBoxX1", "boundingBoxY1", "boundingBoxX2", "boundingBoxY2", "imageWidth", "imageHeight"};

template <typename View>
Result<Face> ParseFaceOf(const View& j, const std::string& person_id) {
  if (!j.IsObject()) return Bad("a face is not a JSON object");
  const auto v = FieldsOf(j, kFaceKeys);
  Face f;
  f.person_id = InternPersonId(person_id);
  FaceBox& b = f.box;
  if (!IntOf(v[kX1], b.x1) || !IntOf(v[kY1], b.y1) || !IntOf(v[kX2], b.x2) || !IntOf(v[kY2], b.y2))
    return Bad("face " + StringOf(v[kFaceId]) + " has no bounding box");
  IntOf(v[kImageWidth], b.image_width);
  IntOf(v[kImageHeight], b.image_height);
  return f;
}

enum AssetField {
  kId,
  kType,
  kVisibility,
  kIsArchived,
  kIsTrashed,
  kIsOffline,
  kChecksum,
  kThumbhash,
  kIsEdited,
  kExifInfo,
  kLocalDateTime,
  kFileCreatedAt,
  kWidth,
  kHeight,
  kPeople,
  kUnassignedFaces,
  kAssetFields
};
inline constexpr std::array<std::string_view, kAssetFields> kAssetKeys = {
    "id",       "type",     "visibility",    "isArchived",    "isTrashed", "isOffline", "checksum", "thumbhash",
    "isEdited", "exifInfo", "localDateTime", "fileCreatedAt", "width",     "height",    "people",   "unassignedFaces"};

enum ExifField { kDateTimeOriginal, kExifImageWidth, kExifImageHeight, kOrientation, kExifFields };
inline constexpr std::array<std::string_view, kExifFields> kExifKeys = {"dateTimeOriginal", "exifImageWidth",
                                                                        "exifImageHeight", "orientation"};

enum PersonField { kPersonId, kPersonFaces, kPersonFields };
inline constexpr std::array<std::string_view, kPersonFields> kPersonKeys = {"id", "faces"};

template <typename View>
Result<Asset> ParseAssetOf(const View& j) {
  if (!j.IsObject()) return Bad("an asset is not a JSON object");
  const auto v = FieldsOf(j, kAssetKeys);
  Asset a;
  a.id = StringOf(v[kId]);
  if (a.id.empty()) return Bad("an asset without an id");
  a.is_image = StringOf(v[kType]) == "IMAGE";
  // Before visibility existed, archived assets had isArchived.
  const std::string visibility = StringOf(v[kVisibility]);
  a.on_timeline = visibility.empty() ? !BoolOf(v[kIsArchived], false) : visibility == "timeline";
  a.is_trashed = BoolOf(v[kIsTrashed], false);
  a.is_offline = BoolOf(v[kIsOffline], false);
  a.SetVersion(StringOf(v[kChecksum]), StringOf(v[kThumbhash]));
  a.is_edited = BoolOf(v[kIsEdited], false);

  if (const auto& exif = v[kExifInfo]; exif && exif->IsObject()) {
    const auto e = FieldsOf(*exif, kExifKeys);
    if (auto t = ParseTimestamp(StringOf(e[kDateTimeOriginal]))) {
      a.taken = t;
      a.has_exif_date = true;
    }
    IntOf(e[kExifImageWidth], a.exif_width);
    IntOf(e[kExifImageHeight], a.exif_height);
    int orientation = 1;
    if (IntOf(e[kOrientation], orientation) && orientation >= 1 && orientation <= 8) a.orientation = orientation;
  }
  if (!a.taken) {
    // localDateTime is the wall clock written as UTC; fileCreatedAt the instant.
    auto local = ParseTimestamp(StringOf(v[kLocalDateTime]));
    auto created = ParseTimestamp(StringOf(v[kFileCreatedAt]));
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
    if (IntOf(v[kWidth], w) && IntOf(v[kHeight], h) && w > 0 && h > 0) {
      const bool rotated = a.orientation >= 5;
      a.exif_width = rotated ? h : w;
      a.exif_height = rotated ? w : h;
    }
  }

  // Faces: ≤2.7 carries people[].faces[] (when asked for); 3.x never does.
  if (const auto& people = v[kPeople]; people && people->IsArray()) {
    bool any_faces_field = false;
    std::optional<Error> error;
    people->ForEach([&](const View& person) {
      if (error || !person.IsObject()) return;
      const auto p = FieldsOf(person, kPersonKeys);
      const std::string pid = StringOf(p[kPersonId]);
      if (!pid.empty()) a.person_ids.push_back(pid);
      const auto& faces = p[kPersonFaces];
      if (!faces || !faces->IsArray()) return;
      any_faces_field = true;
      faces->ForEach([&](const View& fj) {
        if (error) return;
        auto face = ParseFaceOf(fj, pid);
        if (!face) {
          error = face.error();
          return;
        }
        a.faces.push_back(face.value());
      });
    });
    if (error) return *error;
    if (const auto& un = v[kUnassignedFaces]; un && un->IsArray()) {
      any_faces_field = true;
      un->ForEach([&](const View& fj) {
        auto face = ParseFaceOf(fj, "");
        if (face) a.faces.push_back(face.value());
      });
    }
    a.faces_loaded = any_faces_field;
  }
  return a;
}

}  // namespace ifpo::immich::internal
