// The Immich things this tool works with, as plain data. Only immich/ knows
// how they are spelled in JSON; everything else reads these structs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"

namespace ifpo {

struct Person {
  std::string id;
  std::string name;  // "" for unnamed people
  std::optional<CivilDate> birth_date;
  bool is_hidden = false;
  bool is_favorite = false;
  std::string updated_at;  // as the server wrote it; "" if absent
};

// How a person is named to the user: the name, or the id of an unnamed one.
inline std::string DisplayName(const Person& p) { return p.name.empty() ? p.id : p.name; }

// A face box in pixels of an upright image_width x image_height frame
// (immich-api.md §5). Boxes may extend past the frame; clamp before use.
struct FaceBox {
  int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  int image_width = 0, image_height = 0;
};

// Person ids on faces point into a process-wide pool (never freed): a
// library has thousands of people but a million faces, and a 36-character
// id of its own cost each face ~80 bytes. Thread-safe.
std::string_view InternPersonId(std::string_view id);

// Immich's face ids are not kept: we PUT asset ids, and at a million faces
// the strings alone were ~80 MB.
struct Face {
  std::string_view person_id;  // InternPersonId; "" when the face has no person
  FaceBox box;
};

struct Asset {
  std::string id;
  // Only these two facts of type and visibility matter (IsCandidateAsset);
  // flags instead of the strings save 60 bytes a photo at library scale.
  bool is_image = false;     // type IMAGE (not VIDEO, ...)
  bool on_timeline = false;  // visibility timeline (not archive, hidden, locked)
  bool is_trashed = false;
  bool is_offline = false;
  // "checksum/thumbhash": the checksum changes when the original changes, the
  // thumbhash when the thumbnails are regenerated. One string (the image's
  // version in the measurement cache) rather than two: 32 bytes a photo.
  std::string image_version = "/";
  unsigned checksum_size = 0;
  std::string_view checksum() const { return std::string_view(image_version).substr(0, checksum_size); }
  std::string_view thumbhash() const { return std::string_view(image_version).substr(checksum_size + 1); }
  void SetVersion(std::string_view checksum, std::string_view thumbhash) {
    image_version.assign(checksum).append("/").append(thumbhash);
    checksum_size = static_cast<unsigned>(checksum.size());
  }
  // Capture time: exif dateTimeOriginal, else localDateTime, else fileCreatedAt.
  std::optional<CaptureTime> taken;
  bool has_exif_date = false;  // false when we fell back from dateTimeOriginal
  // Pixel size of the original before orientation (exifImageWidth/Height), 0 if unknown.
  int exif_width = 0, exif_height = 0;
  int orientation = 1;  // EXIF orientation 1..8
  bool is_edited = false;
  // Ids of the people on the asset, as search results list them (all versions).
  std::vector<std::string> person_ids;
  // All faces on the asset (every person), in server order.
  std::vector<Face> faces;
  bool faces_loaded = false;  // false: faces not fetched yet (3.x path)
};

// Is this asset a possible featured photo? (README Notes; issue 2)
inline bool IsCandidateAsset(const Asset& a) { return a.is_image && a.on_timeline && !a.is_trashed && !a.is_offline; }

// The first face of the person on the asset: Immich picks one face per asset
// for the crop, and the original tool scores the first.
inline const Face* FirstFaceOf(const Asset& a, std::string_view person_id) {
  for (const Face& f : a.faces)
    if (f.person_id == person_id) return &f;
  return nullptr;
}

}  // namespace ifpo
