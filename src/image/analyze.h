// Image analysis (OpenCV): decode Immich's thumbnails/previews, map a face box
// into them, crop as Immich crops person thumbnails, measure.
#pragma once

#include <string_view>

#include "core/measures.h"
#include "core/model.h"
#include "core/result.h"

namespace ifpo::image {

// Refuse images larger than this many pixels (decompression bombs).
constexpr long kMaxPixels = 100L * 1000 * 1000;

// The square Immich cuts around a face for the person thumbnail: centred on
// the box, side = longer box side * 1.1, clamped to the frame. The box is
// first mapped from its image_width x image_height frame into width x height.
struct Rect { int x = 0, y = 0, w = 0, h = 0; };
Rect ImmichCrop(const FaceBox& box, int width, int height);

// Decodes bytes (JPEG, WebP, PNG) and measures everything in FaceMeasures.
// Undecodable, empty, zero-sized or oversized images give ErrorKind::kImage
// with a message saying what was wrong.
Result<FaceMeasures> Measure(std::string_view bytes, const FaceBox& box);

// Only the README's whole-image blur score (cheaper; --classic).
Result<double> ClassicSharpness(std::string_view bytes);

}  // namespace ifpo::image
