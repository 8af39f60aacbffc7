// The image codecs: the one place that knows JPEG (libjpeg-turbo), WebP
// (libwebp) and PNG (libpng). They are small libraries linked straight in;
// OpenCV's imgcodecs is not used (on Debian it pulls in ~140 libraries).
//
// Decoding asks the same of libjpeg and libwebp as cv::imdecode did (BGR or
// libjpeg's own grey output, the same DCT scaling), so measurements do not
// move. Orientation tags are ignored: Immich's renditions are upright.
#pragma once

#include <string>
#include <string_view>

#include <opencv2/core.hpp>

#include "core/result.h"

namespace ifpo::image {

enum class Channels {
  kColor,      // 8-bit BGR (alpha dropped, grey expanded)
  kGray,       // 8-bit grey (JPEG: the decoder's luma; else BGR -> grey as cv::cvtColor)
  kUnchanged,  // as stored, 8-bit: grey, grey+alpha (PNG), BGR or BGRA
};

// Decodes a JPEG, PNG or WebP image (sniffed from the bytes). `jpeg_scale`
// (1, 2, 4 or 8) decodes a JPEG at 1/scale with libjpeg's DCT scaling; the
// other formats are always decoded at full size. The size the header
// announces is checked against kMaxPixels (image/analyze.h) before anything
// is allocated. Undecodable bytes give ErrorKind::kImage, never a crash or an
// exit; data that is damaged but decodable (a truncated JPEG) decodes, with
// the missing part grey, as libjpeg does. 16-bit PNGs come out as 8 bits.
Result<cv::Mat> DecodeImage(std::string_view bytes, Channels channels, int jpeg_scale = 1);

// Baseline JPEG (libjpeg defaults: 4:2:0) of an 8-bit BGR or grey image.
Result<std::string> EncodeJpeg(const cv::Mat& image, int quality);

// Lossy WebP of an 8-bit BGR, BGRA or grey image.
Result<std::string> EncodeWebp(const cv::Mat& image, int quality);

}  // namespace ifpo::image
