#include "score/classic.h"

#include <cmath>
#include <cstdlib>

namespace ifpo::score {

double ClassicFaceSize(const FaceBox& box, int exif_width, int exif_height) {
  // Doubles throughout: products of pixel sizes overflow int past ~46k x 46k.
  const double w = std::abs(static_cast<double>(box.x2) - box.x1);
  const double h = std::abs(static_cast<double>(box.y2) - box.y1);
  const double area = w * h;
  if (area <= 0) return 1.0;
  if (exif_width <= 0 || exif_height <= 0 || box.image_width <= 0 || box.image_height <= 0) return area;
  return area * (static_cast<double>(exif_width) * exif_height) /
         (static_cast<double>(box.image_width) * box.image_height);
}

double InvertFaceSize(double face_size) {
  if (!(face_size > 0) || !std::isfinite(face_size)) return 1.0;
  return 1.0 / face_size;
}

double InvertSharpness(double laplacian_variance) {
  // !(v > 1e-9) also maps NaN to the "flat image" value.
  if (!(laplacian_variance > 1e-9)) return 1e9;
  return 1.0 / laplacian_variance;
}

}  // namespace ifpo::score
