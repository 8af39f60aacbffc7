// The labelled quality evaluation: real photographs (shipped by a Debian
// package, listed in manifest.json), degraded in controlled ways, each pair
// (better, worse) scored the way the tool scores Immich candidates.
// A ranking is right when the better photo scores strictly higher.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/result.h"

namespace ifpo::bench {

struct Photo {
  std::string name, file, licence;
  std::string package, dir;  // the Debian package that ships it, where it installs it
  FaceBox face;              // in the photo's own pixels (frame filled in when loaded)
  std::string Path() const { return dir + "/" + file; }
};

struct Manifest {
  std::string package;    // Debian package that ships the photos (unless a photo names its own)
  std::string image_dir;  // where it installs them
  std::vector<Photo> photos;
  std::vector<Photo> textures;  // backgrounds pasted behind a face (no face box)
};

// Reads manifest.json. image_dir_override replaces the manifest's directory
// when not empty.
Result<Manifest> LoadManifest(const std::string& path, const std::string& image_dir_override = "");

// Which Immich rendition the pixels are measured on. kAuto follows the
// organizer: the quality score measures the thumbnail, or the preview when
// the face crop in the thumbnail would be under 96 px; the classic score
// always measures the thumbnail, as --classic does.
enum class Analysed { kThumbnail, kPreview, kAuto };
const char* ToString(Analysed a);

struct Tally {
  int pairs = 0;
  int quality_right = 0, classic_right = 0;
  int quality_ties = 0, classic_ties = 0;
  double QualityAccuracy() const { return pairs ? static_cast<double>(quality_right) / pairs : 0; }
  double ClassicAccuracy() const { return pairs ? static_cast<double>(classic_right) / pairs : 0; }
};

// A ranking is right when `better` scores strictly higher than `worse`.
struct PairResult {
  std::string photo, degradation, variant;
  double quality_better = 0, quality_worse = 0;
  double classic_better = 0, classic_worse = 0;
  std::string better_parts, worse_parts;  // the quality factors of each, for reading failures
};

struct Evaluation {
  Analysed analysed = Analysed::kThumbnail;
  std::vector<PairResult> pairs;
  std::map<std::string, Tally> by_degradation;
  Tally overall;
};

// Runs every photo, in two framings (as shot, and a head-and-shoulders
// square), against every degradation: whole-image ones (the pristine photo
// against a degraded copy) and local ones (the face alone blurred in front
// of a sharp or textured background, a bokeh portrait against them). kImage/kIo errors when a photo
// cannot be read (for example the package is not installed).
Result<Evaluation> Evaluate(const Manifest& manifest, Analysed analysed);

// The same pairs as Immich would hold them, for a test server to serve
// (tests/e2e/quality_served_test.cpp): each version's original pixels,
// losslessly encoded (PNG), and its face boxes in the ML preview's frame
// (short side at most 1440), as Immich stores boxes.
struct ServedShot {
  std::string png;
  int width = 0, height = 0;    // the original's size
  FaceBox face;                 // the person's face
  std::vector<FaceBox> others;  // every other face on the photo
};
struct ServedPair {
  std::string photo, degradation, variant;
  ServedShot better, worse;
};
Result<std::vector<ServedPair>> ServedPairs(const Manifest& manifest);

// Writes every pair to dir for seeding a real Immich
// (scripts/real-immich/check.sh): pNNN-better.png, pNNN-worse.png and
// pairs.json with each photo's size and face boxes in its own frame.
Status Export(const Manifest& manifest, const std::string& dir);

// Human-readable table (per degradation and overall) and JSON.
std::string FormatTable(const Evaluation& e, bool with_pairs);
std::string ToJson(const std::vector<Evaluation>& evaluations, const Manifest& manifest);

}  // namespace ifpo::bench
