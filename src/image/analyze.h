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

// The square Immich cuts around a face for the person thumbnail
// (media.service.ts getCrop): the box is clamped to its image_width x
// image_height frame and mapped into width x height (normalise, then scale);
// the square is centred on the box, side = longer box side * 1.1, and shrinks
// around that centre (rather than sliding) until it fits inside the image.
struct Rect {
  int x = 0, y = 0, w = 0, h = 0;
};
Rect ImmichCrop(const FaceBox& box, int width, int height);

// Side of the square grid the face crop is analysed on.
constexpr int kAnalysisSize = 160;

// The face itself, inside its box: eyes, nose and mouth, without the
// forehead's hairline, the cheeks' outline and whatever is behind the face.
// Sharpness and exposure are judged there, so a sharp background in the
// crop's corners cannot pass for a sharp face, nor a blurred one (bokeh)
// count against it. Fractions of the box's width and height.
constexpr double kInnerSide = 0.18, kInnerTop = 0.25, kInnerBottom = 0.10;
Rect InnerFace(const FaceBox& box, int width, int height);

struct MeasureOptions {
  // Also compute classic_sharpness (needs a full-resolution colour decode).
  // Without it, classic_sharpness stays 0 and the image is decoded straight
  // to grey (about 4x faster for a 1440 px JPEG preview); a large JPEG is
  // decoded at 1/2, 1/4 or 1/8 scale (libjpeg's DCT scaling) whenever the
  // face crop still covers at least 4 x kAnalysisSize pixels after the
  // reduction (so face_sharpness stays within a few % of a full decode).
  // Use classic = false outside --classic.
  bool classic = true;
};

// Decodes bytes (JPEG, WebP, PNG; sniffed from the bytes, not the
// Content-Type) and measures everything in FaceMeasures. The header's size is
// checked before decoding. Undecodable, empty, zero-sized or oversized images
// give ErrorKind::kImage with a message saying what was wrong.
//
// Everything is measured on InnerFace() of the decoded image, at the scale
// of ImmichCrop() on a kAnalysisSize grid: when the crop is larger than
// that, the region is downscaled (INTER_AREA) by the same factor; smaller
// crops are measured at their own size rather than upscaled, because
// upscaling invents blur that the quality score's size factor already
// accounts for. face_sharpness is the contrast-free detail ratio
// (mean squared Laplacian / mean squared gradient). An inner region under
// 8 px still gives a result, with face_sharpness 0 (nothing to measure)
// and crop_pixels telling the score how little there was.
Result<FaceMeasures> Measure(std::string_view bytes, const FaceBox& box, const MeasureOptions& options = {});

// Only the README's whole-image blur score (cheaper; --classic).
Result<double> ClassicSharpness(std::string_view bytes);

// Does a person thumbnail show this face? Immich's person thumbnail is
// ImmichCrop() of the feature face's box on the asset (cut from the original,
// resized, re-encoded), so it is compared with the same square cut from the
// asset's preview, in grey:
//  * ncc: normalised cross-correlation, both resized (INTER_AREA) to
//    kCompareSide square and smoothed (sigma 1): the picture's structure;
//  * mean_abs_diff: mean absolute difference of the two at kCompareSide,
//    unsmoothed, in grey levels (0..255): its brightness (NCC ignores it);
//  * detail_ratio: RMS of the Laplacian of the thumbnail over that of the
//    crop, both at the smaller one's size (at most 128): its sharpness.
// Measured on a real Immich 2.7.5 (148 labelled pairs, tests/unit/image):
// the thumbnail against its own photo gave ncc >= 0.928, mean_abs_diff <=
// 9.4 (<= 7.9 but for one tiny face) and detail_ratio 0.67..1.08; against
// the other photo of a pair (the same picture blurred, moved, over- or
// under-exposed, recompressed, re-framed) only heavy JPEG recompression and
// crops that are the same pixels passed all three. Errors (kImage) for
// undecodable bytes or a box that cuts nothing.
constexpr int kCompareSide = 64;
// Smaller crops (in the preview) cannot be compared: an error, not a verdict.
constexpr int kMinCompareCrop = 24;
struct CropSimilarity {
  double ncc = 0, mean_abs_diff = 0, detail_ratio = 1;
  // The thumbnail is that crop.
  // Detail may fall to 0.6: a small face upscaled to 250 px twice (by
  // Immich from the original, by us from the preview) loses detail unevenly
  // (0.67 seen on a real Immich, 0.68 on the test server); a same-picture
  // blur goes lower (0.27 for sigma 3), and a missed hand pick of a blurred
  // copy of our photo costs less than calling our own photo someone else's.
  bool Same() const { return ncc >= 0.93 && mean_abs_diff <= 8 && detail_ratio >= 0.6 && detail_ratio <= 1.4; }
};
Result<CropSimilarity> SameCrop(std::string_view thumbnail, std::string_view preview, const FaceBox& box);

}  // namespace ifpo::image
