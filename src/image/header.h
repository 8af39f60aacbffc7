// Reads an image's pixel size from its first bytes, without decoding, so a
// decompression bomb or a zero-sized image is refused before OpenCV allocates
// anything. The format is sniffed from magic bytes, never from Content-Type
// (a PNG served as image/jpeg is still a PNG).
#pragma once

#include <string_view>

#include "core/result.h"

namespace ifpo::image {

enum class ImageFormat { kJpeg, kPng, kWebp };

struct ImageInfo {
  ImageFormat format = ImageFormat::kJpeg;
  int width = 0, height = 0;
};

const char* ToString(ImageFormat format);

// The format and size announced by the header. ErrorKind::kImage when the
// bytes are empty, not JPEG/PNG/WebP, or the header is truncated or corrupt.
// Sizes are returned as announced (0 and huge included); see CheckSize.
Result<ImageInfo> ReadImageInfo(std::string_view bytes);

// kImage for a zero width/height or more than max_pixels pixels.
Status CheckSize(const ImageInfo& info, long max_pixels);

}  // namespace ifpo::image
