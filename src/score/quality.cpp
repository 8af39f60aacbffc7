// The quality score. Keep this block and bench/quality/SCORING.md in step.
//
//   total = size * border * crowd * shape * sharpness * exposure
//
// Every factor is in (0, 1], 1 meaning "nothing to hold against this face";
// -p replaces size by 250/crop_side (not saturated) and -B sharpness by 1/sharpness (both finite,
// since every factor has a floor above 0). Factors multiply so a face must
// be good on every count: a sharp face cut in half is still a poor thumbnail.
//
// size      Immich crops a square of 1.1 x the box's longer side from the
//           ORIGINAL and scales it to 250 px. Below 250 px the thumbnail is
//           upscaled (soft); above, more pixels add nothing. So
//           size = clamp(crop_side / 250, 0.02, 1), crop_side measured in
//           original pixels (box mapped from its frame to exif size, width and
//           height swapped for EXIF orientations 5-8).
// border    A face cut by the frame makes a bad thumbnail, a face near it an
//           off-centre one. With cut = fraction of the box outside the frame
//           and out = fraction of the 1.1x square outside it:
//           border = max(0.05, (1 - cut)^2 * (1 - 0.5 out) * touch),
//           touch = 0.85 when the box reaches an edge (a clamped detector box
//           is a cut face too), else 1.
// crowd     Solo portraits make clearer thumbnails; a same-size neighbour
//           competes for the crop, a tiny background face does not. With
//           r_i = side of other face i / side of this face (sides =
//           sqrt(area / frame area), so frames may differ):
//           crowd = 1 / (1 + 0.5 * sum_i min(1, r_i^2)).
// shape     Detector boxes of real faces have w/h around 0.75-1.0; far
//           outside [0.6, 1.2] they are usually false detections or
//           profile/partial faces: shape = max(0.2, exp(-(d / 0.5)^2)),
//           d = |ln| distance of w/h from that band.
// sharpness From the face itself (image/analyze.h InnerFace: eyes to mouth,
//           not the crop's margins, where a sharp background or a bokeh one
//           would pass for the face): v = mean squared Laplacian / mean
//           squared gradient, which contrast does not change, at the crop's
//           160 px grid scale, lowered for a JPEG 8 px grid and for
//           gradients at noise level. sharpness = max(0.01, 1 - exp(-(v /
//           1.5)^2)): saturating, so once a face is sharp enough other
//           factors decide. A region under 8 px cannot be judged: 0.5.
// exposure  On the same inner face region.
//           Clipped pixels carry no detail and a very dark or bright face
//           reads badly at 250 px; mid-tones across skin tones are all fine:
//           exposure = max(0.05, (1 - dark)^2 * (1 - bright)^2 * luma * flat),
//           luma = exp(-(m / 0.15)^2) with m = distance of mean luminance
//           from [0.2, 0.8]; flat = min(1, contrast / 0.06)^0.5 (a washed-out,
//           featureless crop).
//
// Without pixels (no -b/-B), sharpness and exposure are 1 in the product and
// reported as not measured (organizer Factors()).
#include "score/quality.h"

#include <algorithm>
#include <cmath>

namespace ifpo::score {
namespace {

constexpr double kThumbSide = 250;  // FACE_THUMBNAIL_SIZE in Immich
constexpr double kCropZoom = 1.1;   // getCrop "zoom out 10%"
constexpr double kSizeFloor = 0.02;
constexpr double kBorderFloor = 0.05;
constexpr double kTouchPenalty = 0.85;
constexpr double kCrowdWeight = 0.5;
constexpr double kShapeLow = 0.6, kShapeHigh = 1.2, kShapeWidth = 0.5, kShapeFloor = 0.2;
// Detail ratio (image/analyze.h) of a face that is in focus: 2-6 on the
// evaluation's photos after Immich's resizing, 0.3-1.5 once blurred.
constexpr double kSharpRef = 1.5;
constexpr double kSharpFloor = 0.01;
constexpr double kTinyCropSharpness = 0.5;
constexpr int kMinCropPixels = 8;
constexpr double kLumaLow = 0.2, kLumaHigh = 0.8, kLumaWidth = 0.15;
constexpr double kFlatContrast = 0.06;
constexpr double kExposureFloor = 0.05;

struct Box {
  double x1, y1, x2, y2;
};

double W(const Box& b) { return std::abs(b.x2 - b.x1); }
double H(const Box& b) { return std::abs(b.y2 - b.y1); }

// The box in its own frame, with corners ordered.
Box Ordered(const FaceBox& f) {
  return {static_cast<double>(std::min(f.x1, f.x2)), static_cast<double>(std::min(f.y1, f.y2)),
          static_cast<double>(std::max(f.x1, f.x2)), static_cast<double>(std::max(f.y1, f.y2))};
}

// Fraction of b's area outside [0, fw] x [0, fh].
double OutsideFraction(const Box& b, double fw, double fh) {
  const double area = W(b) * H(b);
  if (area <= 0) return 0;
  const double iw = std::max(0.0, std::min(b.x2, fw) - std::max(b.x1, 0.0));
  const double ih = std::max(0.0, std::min(b.y2, fh) - std::max(b.y1, 0.0));
  return std::clamp(1 - iw * ih / area, 0.0, 1.0);
}

// crop side in the original / 250, not capped at 1 (floored).
double SizeRatio(const QualityInputs& in) {
  const Box b = Ordered(in.box);
  double sx = 1, sy = 1;
  if (in.exif_width > 0 && in.exif_height > 0 && in.box.image_width > 0 && in.box.image_height > 0) {
    const bool swap = in.orientation >= 5 && in.orientation <= 8;
    const double up_w = swap ? in.exif_height : in.exif_width;
    const double up_h = swap ? in.exif_width : in.exif_height;
    sx = up_w / in.box.image_width;
    sy = up_h / in.box.image_height;
  }
  const double crop_side = kCropZoom * std::max(W(b) * sx, H(b) * sy);
  const double ratio = crop_side / kThumbSide;
  return std::isfinite(ratio) ? std::max(ratio, kSizeFloor) : kSizeFloor;
}

double SizeFactor(const QualityInputs& in) { return std::min(SizeRatio(in), 1.0); }

double BorderFactor(const FaceBox& f) {
  if (f.image_width <= 0 || f.image_height <= 0) return 1;
  const double fw = f.image_width, fh = f.image_height;
  const Box b = Ordered(f);
  if (W(b) <= 0 || H(b) <= 0) return 1;
  const double cut = OutsideFraction(b, fw, fh);
  const double cx = (b.x1 + b.x2) / 2, cy = (b.y1 + b.y2) / 2;
  const double half = kCropZoom * std::max(W(b), H(b)) / 2;
  const double out = OutsideFraction({cx - half, cy - half, cx + half, cy + half}, fw, fh);
  const bool touch = b.x1 <= 0 || b.y1 <= 0 || b.x2 >= fw || b.y2 >= fh;
  const double v = (1 - cut) * (1 - cut) * (1 - 0.5 * out) * (touch ? kTouchPenalty : 1.0);
  return std::max(kBorderFloor, v);
}

// sqrt(area / frame area): comparable across faces whatever their frames.
double RelativeSide(const FaceBox& f) {
  const Box b = Ordered(f);
  const double frame =
      f.image_width > 0 && f.image_height > 0 ? static_cast<double>(f.image_width) * f.image_height : 1.0;
  return std::sqrt(W(b) * H(b) / frame);
}

double CrowdFactor(const QualityInputs& in) {
  const double self = RelativeSide(in.box);
  if (self <= 0) return 1;
  double sum = 0;
  for (const FaceBox& o : in.other_faces) {
    const double r = RelativeSide(o) / self;
    sum += std::min(1.0, r * r);
  }
  return 1 / (1 + kCrowdWeight * sum);
}

double ShapeFactor(const FaceBox& f) {
  const Box b = Ordered(f);
  if (W(b) <= 0 || H(b) <= 0) return kShapeFloor;
  const double aspect = W(b) / H(b);
  const double d = aspect < kShapeLow    ? std::log(kShapeLow / aspect)
                   : aspect > kShapeHigh ? std::log(aspect / kShapeHigh)
                                         : 0.0;
  return std::max(kShapeFloor, std::exp(-(d / kShapeWidth) * (d / kShapeWidth)));
}

double SharpnessFactor(const FaceMeasures& m) {
  if (m.crop_pixels < kMinCropPixels) return kTinyCropSharpness;
  const double v = std::isfinite(m.face_sharpness) ? std::max(0.0, m.face_sharpness) : 0.0;
  const double r = v / kSharpRef;
  return std::max(kSharpFloor, 1 - std::exp(-r * r));
}

double Finite01(double v) { return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0; }

double ExposureFactor(const FaceMeasures& m) {
  const double dark = Finite01(m.dark_clip), bright = Finite01(m.bright_clip);
  const double mean = std::isfinite(m.mean_luma) ? m.mean_luma : 0.5;
  const double miss = std::max({0.0, kLumaLow - mean, mean - kLumaHigh});
  const double luma = std::exp(-(miss / kLumaWidth) * (miss / kLumaWidth));
  const double flat = std::sqrt(std::min(1.0, Finite01(m.contrast) / kFlatContrast));
  const double v = (1 - dark) * (1 - dark) * (1 - bright) * (1 - bright) * luma * flat;
  return std::max(kExposureFloor, v);
}

}  // namespace

QualityParts Quality(const QualityInputs& in, bool favor_blur, bool favor_small) {
  QualityParts p;
  p.size = SizeFactor(in);
  p.border = BorderFactor(in.box);
  p.crowd = CrowdFactor(in);
  p.shape = ShapeFactor(in.box);
  if (in.pixels) {
    p.sharpness = SharpnessFactor(*in.pixels);
    p.exposure = ExposureFactor(*in.pixels);
  }
  // -p: the smallest face wins, so invert the unsaturated ratio (a 1000 px
  // and a 3000 px face differ here, though both make a full 250 px crop).
  if (favor_small) p.size = 1 / SizeRatio(in);
  if (favor_blur) p.sharpness = 1 / p.sharpness;
  p.total = p.size * p.border * p.crowd * p.shape * p.sharpness * p.exposure;
  return p;
}

}  // namespace ifpo::score
