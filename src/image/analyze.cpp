#include "image/analyze.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>  // IMREAD_* flags only
#include <opencv2/imgproc.hpp>

#include "image/codecs.h"
#include "image/header.h"

namespace ifpo::image {
namespace {

// Smallest side we still try to measure sharpness on.
constexpr int kMinCropSide = 8;

Status CheckBytes(std::string_view bytes, ImageInfo* info) {
  auto header = ReadImageInfo(bytes);
  if (!header) return header.error();
  if (auto size = CheckSize(*header, kMaxPixels); !size) return size.error();
  *info = *header;
  return Ok{};
}

Result<cv::Mat> Decode(std::string_view bytes, const ImageInfo& info, int flags) {
  if (Status ready = CodecsReady(); !ready) return ready.error();
  auto decoded = DecodeImage(bytes, flags);
  if (!decoded)
    return MakeError(ErrorKind::kImage,
                     std::string("corrupt ") + ToString(info.format) + " data: " + decoded.error().message);
  if (decoded->empty())
    return MakeError(ErrorKind::kImage, std::string("corrupt ") + ToString(info.format) + " data (" +
                                            std::to_string(info.width) + "x" + std::to_string(info.height) +
                                            "): could not decode");
  return decoded;
}

// The original tool's grey conversion, for any channel count or depth that
// imdecode(IMREAD_UNCHANGED) gives for JPEG/PNG/WebP. 16-bit PNGs are brought
// to 8 bits so variances stay on one scale.
cv::Mat ToGray8(const cv::Mat& m) {
  cv::Mat gray;
  if (m.channels() == 3) {
    cv::cvtColor(m, gray, cv::COLOR_BGR2GRAY);
  } else if (m.channels() == 4) {
    cv::cvtColor(m, gray, cv::COLOR_BGRA2GRAY);
  } else if (m.channels() == 2) {  // grey + alpha: keep the grey plane
    cv::extractChannel(m, gray, 0);
  } else {
    gray = m;
  }
  if (gray.depth() == CV_16U) {
    cv::Mat eight;
    gray.convertTo(eight, CV_8U, 1.0 / 257.0);
    return eight;
  }
  if (gray.depth() != CV_8U) {
    cv::Mat eight;
    gray.convertTo(eight, CV_8U);
    return eight;
  }
  return gray;
}

double LaplacianVariance(const cv::Mat& gray) {
  cv::Mat lap;
  cv::Laplacian(gray, lap, CV_64F);
  cv::Scalar mean, stddev;
  cv::meanStdDev(lap, mean, stddev);
  return stddev[0] * stddev[0];
}

// README: resize the whole image to 300x300 (INTER_AREA), Laplacian variance.
double ClassicFromGray(const cv::Mat& gray) {
  cv::Mat small;
  cv::resize(gray, small, cv::Size(300, 300), 0, 0, cv::INTER_AREA);
  return LaplacianVariance(small);
}

// JS Math.round: halves go up.
int JsRound(double v) { return static_cast<int>(std::floor(v + 0.5)); }

// libjpeg's DCT scaling for the face-only path: the largest of 8, 4, 2 that
// leaves the crop at least kReductionHeadroom x kAnalysisSize. The headroom
// keeps face_sharpness comparable with a full decode: libjpeg's scaled IDCT
// low-passes harder than INTER_AREA, and on a photo the Laplacian variance
// on the 160 grid came out 4% lower with 4x left for INTER_AREA, 18% lower
// with 2x and 45-55% lower with ~1x. PNG and WebP gain nothing from the flag
// (OpenCV decodes them fully, then resizes), so they are decoded as is.
constexpr int kReductionHeadroom = 4;
int ReductionFor(const ImageInfo& info, int crop_side) {
  if (info.format != ImageFormat::kJpeg) return 1;
  for (int k : {8, 4, 2})
    if (crop_side / k >= kReductionHeadroom * kAnalysisSize) return k;
  return 1;
}

void MeasureCrop(const cv::Mat& gray, const Rect& crop, FaceMeasures* out) {
  out->mean_luma = 0.5;  // neutral when there is nothing to look at
  if (crop.w <= 0 || crop.h <= 0) return;
  const cv::Mat roi = gray(cv::Rect(crop.x, crop.y, crop.w, crop.h));

  cv::Mat grid;
  cv::resize(roi, grid, cv::Size(kAnalysisSize, kAnalysisSize), 0, 0, cv::INTER_AREA);
  cv::Scalar mean, stddev;
  cv::meanStdDev(grid, mean, stddev);
  out->mean_luma = mean[0] / 255.0;
  out->contrast = stddev[0] / 255.0;
  const double n = static_cast<double>(grid.total());
  out->dark_clip = cv::countNonZero(grid <= 8) / n;
  out->bright_clip = cv::countNonZero(grid >= 247) / n;

  const int side = std::min(crop.w, crop.h);
  if (side < kMinCropSide) return;
  out->face_sharpness = side > kAnalysisSize ? LaplacianVariance(grid) : LaplacianVariance(roi.clone());
}

}  // namespace

Rect ImmichCrop(const FaceBox& box, int width, int height) {
  if (width <= 0 || height <= 0) return {};
  // An unknown frame means the box is already in this image's pixels.
  const double old_w = box.image_width > 0 ? box.image_width : width;
  const double old_h = box.image_height > 0 ? box.image_height : height;
  // media.service.ts getCrop, step by step (boxes may spill outside the frame).
  const double x1 = std::clamp<double>(box.x1, 0, old_w), x2 = std::clamp<double>(box.x2, 0, old_w);
  const double y1 = std::clamp<double>(box.y1, 0, old_h), y2 = std::clamp<double>(box.y2, 0, old_h);
  const double sx = width / old_w, sy = height / old_h;
  const double half_w = sx * (x2 - x1) / 2, half_h = sy * (y2 - y1) / 2;
  const int mid_x = JsRound(sx * x1 + half_w), mid_y = JsRound(sy * y1 + half_h);
  const int target_half = static_cast<int>(std::floor(std::max(half_w, half_h) * 1.1));
  const int half = std::max(
      0,
      std::min({mid_x - std::max(0, mid_x - target_half), mid_y - std::max(0, mid_y - target_half),
                std::min(width - 1, mid_x + target_half) - mid_x, std::min(height - 1, mid_y + target_half) - mid_y}));
  return Rect{mid_x - half, mid_y - half, 2 * half, 2 * half};
}

Result<double> ClassicSharpness(std::string_view bytes) {
  ImageInfo info;
  if (auto ok = CheckBytes(bytes, &info); !ok) return ok.error();
  auto decoded = Decode(bytes, info, cv::IMREAD_UNCHANGED);
  if (!decoded) return decoded.error();
  try {
    return ClassicFromGray(ToGray8(*decoded));
  } catch (const cv::Exception& e) {
    return MakeError(ErrorKind::kImage, std::string("image analysis failed: ") + e.what());
  }
}

Result<FaceMeasures> Measure(std::string_view bytes, const FaceBox& box, const MeasureOptions& options) {
  ImageInfo info;
  if (auto ok = CheckBytes(bytes, &info); !ok) return ok.error();
  FaceMeasures out;
  out.crop_pixels = ImmichCrop(box, info.width, info.height).w;

  // The classic score needs the original tool's colour decode; the face
  // measures alone are taken from a greyscale decode (for JPEG, libjpeg's
  // own luma plane: no colour conversion), reduced when that is safe.
  // Orientation tags are ignored either way: Immich's renditions are upright.
  const int k = options.classic ? 1 : ReductionFor(info, out.crop_pixels);
  const int flags = options.classic ? cv::IMREAD_UNCHANGED
                    : k == 8        ? cv::IMREAD_REDUCED_GRAYSCALE_8 | cv::IMREAD_IGNORE_ORIENTATION
                    : k == 4        ? cv::IMREAD_REDUCED_GRAYSCALE_4 | cv::IMREAD_IGNORE_ORIENTATION
                    : k == 2        ? cv::IMREAD_REDUCED_GRAYSCALE_2 | cv::IMREAD_IGNORE_ORIENTATION
                                    : cv::IMREAD_GRAYSCALE | cv::IMREAD_IGNORE_ORIENTATION;
  auto decoded = Decode(bytes, info, flags);
  if (!decoded) return decoded.error();
  try {
    const cv::Mat gray = ToGray8(*decoded);
    if (options.classic) out.classic_sharpness = ClassicFromGray(gray);
    MeasureCrop(gray, ImmichCrop(box, gray.cols, gray.rows), &out);
  } catch (const cv::Exception& e) {
    return MakeError(ErrorKind::kImage, std::string("image analysis failed: ") + e.what());
  }
  return out;
}

}  // namespace ifpo::image
