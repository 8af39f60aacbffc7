// Shared helpers of the report tests: thumbnails with a known face, and
// reading the faces back out of the generated HTML.
#pragma once

#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/model.h"

namespace ifpo::report::testing {

// The "face": a bright cyan square, a colour the report's CSS never uses,
// so it can be found again in a crop or a browser screenshot.
inline const cv::Scalar kFaceBgr(255, 230, 60);
inline const cv::Scalar kDarkBgr(30, 30, 30);

inline bool IsFacePixel(const cv::Vec3b& p) { return p[0] > 180 && p[1] > 170 && p[2] < 140; }

// A dark w x h thumbnail with the face square drawn where box lands once
// mapped from its image_width x image_height frame.
inline std::string MakeThumb(int w, int h, const FaceBox& box, const char* ext = ".jpg") {
  cv::Mat img(h, w, CV_8UC3, kDarkBgr);
  const double sx = static_cast<double>(w) / box.image_width, sy = static_cast<double>(h) / box.image_height;
  cv::rectangle(img, cv::Point(static_cast<int>(box.x1 * sx), static_cast<int>(box.y1 * sy)),
                cv::Point(static_cast<int>(box.x2 * sx) - 1, static_cast<int>(box.y2 * sy) - 1), kFaceBgr,
                cv::FILLED);
  std::vector<uchar> buf;
  cv::imencode(ext, img, buf, {cv::IMWRITE_JPEG_QUALITY, 95});
  return std::string(buf.begin(), buf.end());
}

inline std::string DecodeBase64(const std::string& in) {
  static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned value = 0;
  int bits = 0;
  for (char c : in) {
    const size_t k = kAlphabet.find(c);
    if (k == std::string::npos) continue;  // '=' and anything else
    value = value << 6 | static_cast<unsigned>(k);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((value >> bits) & 0xff);
    }
  }
  return out;
}

// The src of the <img> whose alt is exactly alt ("" if none).
inline std::string ImgSrcWithAlt(const std::string& html, const std::string& alt) {
  const std::string key = "alt=\"" + alt + "\"";
  const size_t a = html.find(key);
  if (a == std::string::npos) return "";
  const size_t img = html.rfind("<img ", a);
  const size_t src = html.find("src=\"", img);
  if (img == std::string::npos || src == std::string::npos || src > a) return "";
  return html.substr(src + 5, html.find('"', src + 5) - (src + 5));
}

inline cv::Mat DecodeDataUri(const std::string& uri) {
  const std::string prefix = "data:image/jpeg;base64,";
  if (uri.rfind(prefix, 0) != 0) return {};
  const std::string bytes = DecodeBase64(uri.substr(prefix.size()));
  return cv::imdecode(cv::Mat(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char*>(bytes.data())),
                      cv::IMREAD_COLOR);
}

inline double FaceFraction(const cv::Mat& img) {
  if (img.empty()) return 0;
  long n = 0;
  for (int y = 0; y < img.rows; ++y)
    for (int x = 0; x < img.cols; ++x) n += IsFacePixel(img.at<cv::Vec3b>(y, x)) ? 1 : 0;
  return static_cast<double>(n) / (img.rows * img.cols);
}

inline size_t CountOf(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

}  // namespace ifpo::report::testing
