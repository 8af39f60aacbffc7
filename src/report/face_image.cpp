#include "report/face_image.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "image/analyze.h"
#include "image/codecs.h"
#include "image/header.h"
#include "report/encode.h"

namespace ifpo::report {
namespace {

// Decodes to 8-bit BGR after checking the announced size, so a hostile
// thumbnail cannot make OpenCV allocate gigabytes.
Result<cv::Mat> DecodeColor(std::string_view bytes) {
  auto info = image::ReadImageInfo(bytes);
  if (!info) return info.error();
  if (auto ok = image::CheckSize(*info, image::kMaxPixels); !ok) return ok.error();
  auto img = image::DecodeImage(bytes, image::Channels::kColor);
  if (!img) return MakeError(ErrorKind::kImage, "thumbnail could not be decoded: " + img.error().message);
  return img;
}

Result<std::string> EncodeJpeg(const cv::Mat& img) {
  auto jpeg = image::EncodeJpeg(img, 85);
  if (!jpeg) return MakeError(ErrorKind::kImage, jpeg.error().message);
  return jpeg;
}

cv::Mat Resized(const cv::Mat& img, cv::Size size) {
  cv::Mat out;
  // Shrinking averages (no aliasing); enlarging a small face stays smooth.
  const bool shrink = img.cols >= size.width && img.rows >= size.height;
  cv::resize(img, out, size, 0, 0, shrink ? cv::INTER_AREA : cv::INTER_CUBIC);
  return out;
}

}  // namespace

Result<std::string> FaceJpeg(std::string_view thumbnail, const FaceBox& box, int size) {
  auto img = DecodeColor(thumbnail);
  if (!img) return img.error();
  const image::Rect r = image::ImmichCrop(box, img->cols, img->rows);
  if (r.w <= 0 || r.h <= 0 || r.x < 0 || r.y < 0 || r.x + r.w > img->cols || r.y + r.h > img->rows)
    return MakeError(ErrorKind::kImage, "the face box gives an empty crop");
  try {
    return EncodeJpeg(Resized((*img)(cv::Rect(r.x, r.y, r.w, r.h)), cv::Size(size, size)));
  } catch (const cv::Exception& e) {
    return MakeError(ErrorKind::kImage, std::string("face crop failed: ") + e.what());
  }
}

Result<std::string> WholeJpeg(std::string_view thumbnail, int size) {
  auto img = DecodeColor(thumbnail);
  if (!img) return img.error();
  try {
    const double scale = std::min(static_cast<double>(size) / img->cols, static_cast<double>(size) / img->rows);
    const int w = std::clamp(static_cast<int>(std::lround(img->cols * scale)), 1, size);
    const int h = std::clamp(static_cast<int>(std::lround(img->rows * scale)), 1, size);
    cv::Mat canvas(size, size, CV_8UC3, cv::Scalar(238, 236, 234));
    Resized(*img, cv::Size(w, h)).copyTo(canvas(cv::Rect((size - w) / 2, (size - h) / 2, w, h)));
    return EncodeJpeg(canvas);
  } catch (const cv::Exception& e) {
    return MakeError(ErrorKind::kImage, std::string("thumbnail scaling failed: ") + e.what());
  }
}

std::string JpegDataUri(std::string_view jpeg) { return "data:image/jpeg;base64," + Base64Encode(jpeg); }

}  // namespace ifpo::report
