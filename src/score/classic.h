// The README's formulas, exactly (--classic): score = face_size * blur * date.
#pragma once

#include "core/model.h"

namespace ifpo::score {

// Area of the face box scaled to the original's pixels:
// |x2-x1|*|y2-y1| * (exif_w*exif_h) / (image_w*image_h). When the original's
// size or the frame is unknown (0), the area is returned unscaled; an empty
// box gives 1.0 (neutral), never 0, so -p (1/face_size) stays finite.
double ClassicFaceSize(const FaceBox& box, int exif_width, int exif_height);

// -p: favour small faces.
double InvertFaceSize(double face_size);

// -B: favour blur. 1/variance; a zero variance (flat image) gives a large
// finite number instead of infinity.
double InvertSharpness(double laplacian_variance);

}  // namespace ifpo::score
