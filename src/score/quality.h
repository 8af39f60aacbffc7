// The default "quality" score: what a person looking at the 250 px face crop
// would prefer. Formula and reasons are in README.md ("How scoring works").
#pragma once

#include <optional>
#include <vector>

#include "core/measures.h"
#include "core/model.h"

namespace ifpo::score {

struct QualityInputs {
  FaceBox box;                          // the person's face
  int exif_width = 0, exif_height = 0;  // original size before orientation, 0 if unknown
  int orientation = 1;
  std::vector<FaceBox> other_faces;    // every other face on the asset
  std::optional<FaceMeasures> pixels;  // present when the image was analysed (-b/-B)
};

struct QualityParts {
  double size = 1;       // face pixels in the original, saturating
  double border = 1;     // penalty when the face is cut by the image edge
  double crowd = 1;      // penalty for other (large) faces
  double shape = 1;      // penalty for implausible box shapes
  double sharpness = 1;  // from pixels; 1 when not analysed
  double exposure = 1;   // from pixels; 1 when not analysed
  double total = 1;      // product of the above
};

// favor_blur (-B) inverts the sharpness factor; favor_small (-p) inverts the
// size factor. Everything stays finite and > 0.
QualityParts Quality(const QualityInputs& in, bool favor_blur, bool favor_small);

}  // namespace ifpo::score
