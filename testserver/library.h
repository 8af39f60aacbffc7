// The photo library a TestServer serves: people, assets and faces as plain
// data. Nothing here knows HTTP or JSON; routes map these to Immich's DTOs.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ifpo::testserver {

struct TsPerson {
  std::string id;                         // UUID
  std::string name;                       // "" = unnamed
  std::optional<std::string> birth_date;  // "YYYY-MM-DD"
  bool is_hidden = false;
  bool is_favorite = false;
  std::string color;  // "" = left out of JSON
  std::string updated_at = "2024-01-01T00:00:00.000Z";
  std::string feature_asset_id;  // current feature face's asset ("" = none yet)
};

// A face box in pixels of an upright image_width x image_height frame.
struct TsFace {
  std::string id;         // UUID
  std::string person_id;  // "" = unassigned
  int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  int image_width = 0, image_height = 0;
  std::string source_type = "machine-learning";
};

// How the asset's pixels look. Images are rendered lazily from this.
struct TsImageSpec {
  double blur_sigma = 0.0;  // Gaussian sigma in pixels of a 1440-short-side frame; 0 = sharp
  int seed = 0;             // background texture
  double brightness = 1.0;  // 1 = normal, <1 darker, >1 brighter
  bool corrupt = false;     // serve garbage bytes instead of an image
  // A real photograph (any format OpenCV decodes, upright, the asset's full
  // size): when set, the renditions are resized from it instead of drawn, and
  // blur_sigma, seed and brightness are ignored. Shared: libraries are copied.
  std::shared_ptr<const std::string> original;
};

struct TsAsset {
  std::string id;                       // UUID
  std::string type = "IMAGE";           // IMAGE, VIDEO
  std::string visibility = "timeline";  // timeline, archive, hidden, locked
  bool is_trashed = false;
  bool is_offline = false;
  bool is_favorite = false;
  std::string file_created_at = "2020-01-01T12:00:00.000Z";  // UTC instant
  std::string local_date_time = "2020-01-01T12:00:00.000Z";  // wall clock as UTC
  std::optional<std::string> date_time_original;             // exif; null when absent
  std::optional<int> exif_width, exif_height;                // pre-orientation pixel size
  int orientation = 0;                                       // 1..8; 0 = null in exif
  std::string checksum;                                      // base64 SHA-1 look-alike
  std::string thumbhash;
  std::string original_file_name;  // "" = derived from id
  int width = 0, height = 0;       // upright display size; 0 = unknown
  bool is_edited = false;
  int duration_ms = 0;  // videos
  std::vector<TsFace> faces;
  TsImageSpec image;
};

// Upright pixel size of the original: width/height, else the exif size
// (swapped for orientations 5..8), else 4000x3000.
void UprightSize(const TsAsset& a, int* w, int* h);

// A deterministic UUID that looks like v4 ("xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx").
std::string MakeUuid(uint64_t seed);
// A 28-character base64 string (like a SHA-1 checksum) derived from seed.
std::string MakeChecksum(uint64_t seed);

struct Library {
  std::vector<TsPerson> people;
  std::vector<TsAsset> assets;
  uint64_t next_seed = 1;  // ids minted by the helpers below

  // Each helper fills in missing ids (and checksums) and returns the id.
  std::string AddPerson(TsPerson p);
  std::string AddPerson(const std::string& name);
  std::string AddAsset(TsAsset a);
  // Adds a face to the asset (by id); returns the face id, "" if no such asset.
  std::string AddFace(const std::string& asset_id, TsFace f);
  // A face of `person_id` covering the given box of a image_width x image_height frame.
  std::string AddFace(const std::string& asset_id, const std::string& person_id, int x1, int y1, int x2, int y2,
                      int image_width, int image_height);

  TsPerson* FindPerson(const std::string& id);
  TsAsset* FindAsset(const std::string& id);
};

}  // namespace ifpo::testserver
