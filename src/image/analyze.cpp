#include "image/analyze.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
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

Result<cv::Mat> Decode(std::string_view bytes, const ImageInfo& info, Channels channels, int jpeg_scale = 1) {
  auto decoded = DecodeImage(bytes, channels, jpeg_scale);
  if (!decoded)
    return MakeError(ErrorKind::kImage, std::string("corrupt ") + ToString(info.format) + " data (" +
                                            std::to_string(info.width) + "x" + std::to_string(info.height) +
                                            "): " + decoded.error().message);
  return decoded;
}

// The original tool's grey conversion, for any channel count that
// DecodeImage(kUnchanged) gives for JPEG/PNG/WebP (8-bit; 16-bit PNGs are
// brought to 8 bits by the decoder, so variances stay on one scale).
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
// (they have no such scaling), so they are decoded as is.
constexpr int kReductionHeadroom = 4;
int ReductionFor(const ImageInfo& info, int crop_side) {
  if (info.format != ImageFormat::kJpeg) return 1;
  for (int k : {8, 4, 2})
    if (crop_side / k >= kReductionHeadroom * kAnalysisSize) return k;
  return 1;
}

// Detail relative to contrast: the mean squared Laplacian over the mean
// squared gradient. Both grow with contrast squared, so their ratio does not:
// it is the face's spectral spread, which blur lowers and a low-contrast
// but sharp face keeps. Borders are reflected; the region is small enough
// that its edge rows barely move the means.
constexpr double kNoiseGradient = 2.0;
double DetailRatio(const cv::Mat& gray) {
  cv::Mat f, lap, gx, gy;
  gray.convertTo(f, CV_32F);
  cv::Laplacian(f, lap, CV_32F, 1, 1, 0, cv::BORDER_REFLECT);
  cv::Sobel(f, gx, CV_32F, 1, 0, 3, 1, 0, cv::BORDER_REFLECT);
  cv::Sobel(f, gy, CV_32F, 0, 1, 3, 1, 0, cv::BORDER_REFLECT);
  const double grad = cv::sum(gx.mul(gx) + gy.mul(gy))[0];
  if (grad <= 0) return 0;  // a flat patch: nothing in focus to judge
  // Sobel's 3x3 kernels weigh a unit step 8; the ratio's scale is then about
  // 1 for a soft face and 2-6 for a sharp one.
  const double ratio = 64.0 * cv::sum(lap.mul(lap))[0] / grad;
  // Far out of focus, what gradient is left is mostly compression noise,
  // whose ratio is high: below kNoiseGradient grey levels per pixel the
  // ratio is trusted less and less.
  const double g2 = grad / 64.0 / static_cast<double>(f.total());
  return ratio * g2 / (g2 + kNoiseGradient * kNoiseGradient);
}

// JPEG blocking: steps on an 8 px grid, which the detail ratio would take for
// fine detail. The mean absolute step between neighbours, per column (row)
// phase modulo 8: on a blocky image one phase stands out; elsewhere they are
// alike. Returns the largest phase over the median of the others, >= 1.
// Only a grid that survived at its own scale is seen, which is where the
// blocks are large enough to matter.
// Immich's own q80 JPEG preview and a camera's q90+ JPEG leave 1.0-1.45.
constexpr double kBlockTolerance = 1.4;
double Blockiness(const cv::Mat& gray) {
  if (gray.cols < 24 || gray.rows < 24) return 1;
  cv::Mat f;
  gray.convertTo(f, CV_32F);
  double worst = 1;
  for (int axis = 0; axis < 2; ++axis) {
    const cv::Mat m = axis == 0 ? f : cv::Mat(f.t());
    std::array<double, 8> step{};
    std::array<int, 8> count{};
    for (int y = 0; y < m.rows; ++y) {
      const float* row = m.ptr<float>(y);
      for (int x = 0; x + 1 < m.cols; ++x) {
        step[static_cast<size_t>(x % 8)] += std::abs(row[x + 1] - row[x]);
        ++count[static_cast<size_t>(x % 8)];
      }
    }
    std::array<double, 8> mean{};
    for (size_t i = 0; i < 8; ++i) mean[i] = count[i] ? step[i] / count[i] : 0;
    const size_t peak = static_cast<size_t>(std::max_element(mean.begin(), mean.end()) - mean.begin());
    std::vector<double> rest;
    for (size_t i = 0; i < 8; ++i)
      if (i != peak) rest.push_back(mean[i]);
    std::nth_element(rest.begin(), rest.begin() + 3, rest.end());
    if (rest[3] > 0) worst = std::max(worst, mean[peak] / rest[3]);
  }
  return worst;
}

void MeasureCrop(const cv::Mat& gray, const Rect& crop, const Rect& inner, FaceMeasures* out) {
  out->mean_luma = 0.5;  // neutral when there is nothing to look at
  if (crop.w <= 0 || crop.h <= 0 || inner.w <= 0 || inner.h <= 0) return;
  // The inner face at the crop's analysis scale: crops larger than the grid
  // are brought down to it, smaller ones are measured as they are.
  const double scale = crop.w > kAnalysisSize ? static_cast<double>(kAnalysisSize) / crop.w : 1.0;
  const cv::Mat roi = gray(cv::Rect(inner.x, inner.y, inner.w, inner.h));
  cv::Mat face;
  if (scale < 1) {
    cv::resize(roi, face,
               cv::Size(std::max(1, static_cast<int>(std::lround(inner.w * scale))),
                        std::max(1, static_cast<int>(std::lround(inner.h * scale)))),
               0, 0, cv::INTER_AREA);
  } else {
    face = roi.clone();
  }
  cv::Scalar mean, stddev;
  cv::meanStdDev(face, mean, stddev);
  out->mean_luma = mean[0] / 255.0;
  out->contrast = stddev[0] / 255.0;
  const double n = static_cast<double>(face.total());
  out->dark_clip = cv::countNonZero(face <= 8) / n;
  out->bright_clip = cv::countNonZero(face >= 247) / n;
  if (std::min(face.cols, face.rows) < kMinCropSide) return;
  // The grid is looked for around the face at the image's own scale.
  const int pad = std::max(inner.w, inner.h) / 4;
  const cv::Rect around = cv::Rect(inner.x - pad, inner.y - pad, inner.w + 2 * pad, inner.h + 2 * pad) &
                          cv::Rect(0, 0, gray.cols, gray.rows);
  const double blocks = Blockiness(gray(around));
  const double excess = std::max(1.0, blocks / kBlockTolerance);
  out->face_sharpness = DetailRatio(face) / (excess * excess);
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

Rect InnerFace(const FaceBox& box, int width, int height) {
  if (width <= 0 || height <= 0) return {};
  const double old_w = box.image_width > 0 ? box.image_width : width;
  const double old_h = box.image_height > 0 ? box.image_height : height;
  const double sx = width / old_w, sy = height / old_h;
  const double x1 = std::clamp<double>(std::min(box.x1, box.x2), 0, old_w) * sx;
  const double x2 = std::clamp<double>(std::max(box.x1, box.x2), 0, old_w) * sx;
  const double y1 = std::clamp<double>(std::min(box.y1, box.y2), 0, old_h) * sy;
  const double y2 = std::clamp<double>(std::max(box.y1, box.y2), 0, old_h) * sy;
  const double w = x2 - x1, h = y2 - y1;
  const int left = static_cast<int>(std::lround(x1 + kInnerSide * w));
  const int right = static_cast<int>(std::lround(x2 - kInnerSide * w));
  const int top = static_cast<int>(std::lround(y1 + kInnerTop * h));
  const int bottom = static_cast<int>(std::lround(y2 - kInnerBottom * h));
  const int cl = std::clamp(left, 0, width), cr = std::clamp(right, 0, width);
  const int ct = std::clamp(top, 0, height), cb = std::clamp(bottom, 0, height);
  if (cr <= cl || cb <= ct) return {};
  return Rect{cl, ct, cr - cl, cb - ct};
}

Result<double> ClassicSharpness(std::string_view bytes) {
  ImageInfo info;
  if (auto ok = CheckBytes(bytes, &info); !ok) return ok.error();
  auto decoded = Decode(bytes, info, Channels::kUnchanged);
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
  auto decoded = Decode(bytes, info, options.classic ? Channels::kUnchanged : Channels::kGray, k);
  if (!decoded) return decoded.error();
  try {
    const cv::Mat gray = ToGray8(*decoded);
    if (options.classic) out.classic_sharpness = ClassicFromGray(gray);
    MeasureCrop(gray, ImmichCrop(box, gray.cols, gray.rows), InnerFace(box, gray.cols, gray.rows), &out);
  } catch (const cv::Exception& e) {
    return MakeError(ErrorKind::kImage, std::string("image analysis failed: ") + e.what());
  }
  return out;
}

namespace {

Result<cv::Mat> DecodeGray(std::string_view bytes) {
  ImageInfo info;
  if (auto ok = CheckBytes(bytes, &info); !ok) return ok.error();
  auto decoded = Decode(bytes, info, Channels::kGray);
  if (!decoded) return decoded.error();
  return ToGray8(*decoded);
}

cv::Mat Resized(const cv::Mat& gray, int side) {
  cv::Mat small, f;
  cv::resize(gray, small, cv::Size(side, side), 0, 0, cv::INTER_AREA);
  small.convertTo(f, CV_64F);
  return f;
}

double Ncc(cv::Mat a, cv::Mat b) {
  a -= cv::mean(a)[0];
  b -= cv::mean(b)[0];
  const double na = cv::norm(a), nb = cv::norm(b);
  // A flat image correlates with nothing; two flat ones are alike.
  if (na < 1e-6 || nb < 1e-6) return na < 1e-6 && nb < 1e-6 ? 1.0 : 0.0;
  return a.dot(b) / (na * nb);
}

double LaplacianRms(const cv::Mat& f) {
  cv::Mat lap;
  cv::Laplacian(f, lap, CV_64F);
  return std::sqrt(cv::mean(lap.mul(lap))[0]);
}

}  // namespace

Result<CropSimilarity> SameCrop(std::string_view thumbnail, std::string_view preview, const FaceBox& box) {
  auto thumb = DecodeGray(thumbnail);
  if (!thumb) return thumb.error();
  auto frame = DecodeGray(preview);
  if (!frame) return frame.error();
  try {
    const Rect r = ImmichCrop(box, frame->cols, frame->rows);
    if (r.w < 2 || r.h < 2) return MakeError(ErrorKind::kImage, "the face box cuts nothing from the preview");
    // A few pixels blown up to 250 px by Immich (from the original) and by
    // us (from the preview) differ by the resampling alone: no verdict.
    if (r.w < kMinCompareCrop)
      return MakeError(ErrorKind::kImage, "the face is too small to compare (under " + std::to_string(kMinCompareCrop) +
                                              " px in the preview)");
    const cv::Mat crop = (*frame)(cv::Rect(r.x, r.y, r.w, r.h));
    CropSimilarity out;
    const cv::Mat a = Resized(*thumb, kCompareSide), b = Resized(crop, kCompareSide);
    out.mean_abs_diff = cv::mean(cv::abs(a - b))[0];
    cv::Mat sa, sb;
    cv::GaussianBlur(a, sa, cv::Size(0, 0), 1.0);
    cv::GaussianBlur(b, sb, cv::Size(0, 0), 1.0);
    out.ncc = Ncc(sa, sb);
    const int side = std::max(16, std::min({thumb->cols, thumb->rows, r.w, 128}));
    const double da = LaplacianRms(Resized(*thumb, side)), db = LaplacianRms(Resized(crop, side));
    out.detail_ratio = db < 1e-6 ? (da < 1e-6 ? 1.0 : 1e6) : da / db;
    return out;
  } catch (const cv::Exception& e) {
    return MakeError(ErrorKind::kImage, std::string("image comparison failed: ") + e.what());
  }
}

}  // namespace ifpo::image
