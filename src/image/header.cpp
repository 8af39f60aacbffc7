#include "image/header.h"

#include <cstdint>
#include <string>

namespace ifpo::image {
namespace {

std::uint32_t Byte(std::string_view b, std::size_t i) { return static_cast<unsigned char>(b[i]); }
std::uint32_t Be16(std::string_view b, std::size_t i) { return Byte(b, i) << 8 | Byte(b, i + 1); }
std::uint32_t Be32(std::string_view b, std::size_t i) { return Be16(b, i) << 16 | Be16(b, i + 2); }
std::uint32_t Le16(std::string_view b, std::size_t i) { return Byte(b, i) | Byte(b, i + 1) << 8; }
std::uint32_t Le24(std::string_view b, std::size_t i) { return Le16(b, i) | Byte(b, i + 2) << 16; }
std::uint32_t Le32(std::string_view b, std::size_t i) { return Le16(b, i) | Le16(b, i + 2) << 16; }

Error Corrupt(const char* format, const std::string& what) {
  return MakeError(ErrorKind::kImage, std::string("corrupt ") + format + " header: " + what);
}

// Dimensions above int range are clamped: they are refused by CheckSize anyway.
int ToInt(std::uint32_t v) { return v > 0x7fffffffu ? 0x7fffffff : static_cast<int>(v); }

// PNG: 8-byte signature, then the IHDR chunk must come first (width, height
// as big-endian 32-bit).
Result<ImageInfo> ReadPng(std::string_view b) {
  if (b.size() < 24) return Corrupt("PNG", "truncated before IHDR");
  if (b.substr(12, 4) != "IHDR") return Corrupt("PNG", "first chunk is not IHDR");
  return ImageInfo{ImageFormat::kPng, ToInt(Be32(b, 16)), ToInt(Be32(b, 20))};
}

// JPEG: walk the marker segments until a start-of-frame (SOFn) segment,
// which holds precision(1) height(2) width(2).
Result<ImageInfo> ReadJpeg(std::string_view b) {
  std::size_t i = 2;  // after SOI (FF D8)
  while (true) {
    if (i >= b.size()) return Corrupt("JPEG", "no frame header (SOF) before the end");
    if (Byte(b, i) != 0xFF) return Corrupt("JPEG", "expected a marker at byte " + std::to_string(i));
    while (i < b.size() && Byte(b, i) == 0xFF) ++i;  // fill bytes
    if (i >= b.size()) return Corrupt("JPEG", "truncated marker");
    const std::uint32_t marker = Byte(b, i++);
    // Markers without a length field.
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) continue;
    if (marker == 0xD9 || marker == 0xDA) return Corrupt("JPEG", "no frame header (SOF) before the image data");
    if (i + 2 > b.size()) return Corrupt("JPEG", "truncated segment length");
    const std::uint32_t len = Be16(b, i);
    if (len < 2) return Corrupt("JPEG", "segment length below 2");
    const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (sof) {
      if (len < 8 || i + 7 > b.size()) return Corrupt("JPEG", "truncated frame header");
      return ImageInfo{ImageFormat::kJpeg, ToInt(Be16(b, i + 5)), ToInt(Be16(b, i + 3))};
    }
    i += len;
  }
}

// WebP: RIFF container; the first chunk says which bitstream follows.
Result<ImageInfo> ReadWebp(std::string_view b) {
  if (b.size() < 30) return Corrupt("WebP", "truncated before the frame size");
  const std::string_view chunk = b.substr(12, 4);
  if (chunk == "VP8 ") {  // lossy: frame tag(3), start code 9D 01 2A, 14-bit sizes
    if (Byte(b, 23) != 0x9D || Byte(b, 24) != 0x01 || Byte(b, 25) != 0x2A)
      return Corrupt("WebP", "missing VP8 start code");
    return ImageInfo{ImageFormat::kWebp, ToInt(Le16(b, 26) & 0x3FFF), ToInt(Le16(b, 28) & 0x3FFF)};
  }
  if (chunk == "VP8L") {  // lossless: signature 0x2F, then 14-bit (size - 1) fields
    if (Byte(b, 20) != 0x2F) return Corrupt("WebP", "missing VP8L signature");
    const std::uint32_t bits = Le32(b, 21);
    return ImageInfo{ImageFormat::kWebp, ToInt((bits & 0x3FFF) + 1), ToInt(((bits >> 14) & 0x3FFF) + 1)};
  }
  if (chunk == "VP8X") {  // extended: flags(4), then 24-bit (canvas size - 1) fields
    return ImageInfo{ImageFormat::kWebp, ToInt(Le24(b, 24) + 1), ToInt(Le24(b, 27) + 1)};
  }
  return Corrupt("WebP", "unknown chunk '" + std::string(chunk) + "'");
}

}  // namespace

const char* ToString(ImageFormat format) {
  switch (format) {
    case ImageFormat::kJpeg:
      return "JPEG";
    case ImageFormat::kPng:
      return "PNG";
    case ImageFormat::kWebp:
      return "WebP";
  }
  return "?";
}

Result<ImageInfo> ReadImageInfo(std::string_view b) {
  if (b.empty()) return MakeError(ErrorKind::kImage, "empty image (0 bytes)");
  if (b.size() >= 3 && Byte(b, 0) == 0xFF && Byte(b, 1) == 0xD8 && Byte(b, 2) == 0xFF) return ReadJpeg(b);
  if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) return ReadPng(b);
  if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") return ReadWebp(b);
  return MakeError(ErrorKind::kImage,
                   "unknown image format (not JPEG, PNG or WebP; " + std::to_string(b.size()) + " bytes)");
}

Status CheckSize(const ImageInfo& info, long max_pixels) {
  const std::string dims = std::to_string(info.width) + "x" + std::to_string(info.height);
  if (info.width <= 0 || info.height <= 0)
    return MakeError(ErrorKind::kImage, std::string(ToString(info.format)) + " image has zero size (" + dims + ")");
  if (static_cast<long long>(info.width) * info.height > max_pixels)
    return MakeError(ErrorKind::kImage, std::string(ToString(info.format)) + " image too large: " + dims +
                                            " pixels (limit " + std::to_string(max_pixels) + ")");
  return Ok{};
}

}  // namespace ifpo::image
