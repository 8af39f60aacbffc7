#include "image/header.h"

#include <gtest/gtest.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <string>
#include <vector>

#include "image/analyze.h"

namespace ifpo::image {
namespace {

std::string Encode(const cv::Mat& m, const std::string& ext, std::vector<int> params = {}) {
  std::vector<unsigned char> buf;
  EXPECT_TRUE(cv::imencode(ext, m, buf, params));
  return std::string(buf.begin(), buf.end());
}

cv::Mat Colour(int w, int h) { return cv::Mat(h, w, CV_8UC3, cv::Scalar(40, 120, 200)); }

void ExpectSize(const std::string& bytes, ImageFormat format, int w, int h) {
  auto info = ReadImageInfo(bytes);
  ASSERT_TRUE(info.ok()) << info.error().message;
  EXPECT_EQ(info->format, format);
  EXPECT_EQ(info->width, w);
  EXPECT_EQ(info->height, h);
}

TEST(ReadImageInfo, JpegFromImencode) {
  ExpectSize(Encode(Colour(333, 250), ".jpg"), ImageFormat::kJpeg, 333, 250);
  // Progressive JPEG has SOF2 instead of SOF0.
  ExpectSize(Encode(Colour(77, 1001), ".jpg", {cv::IMWRITE_JPEG_PROGRESSIVE, 1}), ImageFormat::kJpeg, 77, 1001);
  cv::Mat gray(31, 17, CV_8UC1, cv::Scalar(9));
  ExpectSize(Encode(gray, ".jpg"), ImageFormat::kJpeg, 17, 31);
}

TEST(ReadImageInfo, PngFromImencode) {
  ExpectSize(Encode(Colour(250, 188), ".png"), ImageFormat::kPng, 250, 188);
}

TEST(ReadImageInfo, WebpLossyAndLossless) {
  ExpectSize(Encode(Colour(250, 333), ".webp", {cv::IMWRITE_WEBP_QUALITY, 80}), ImageFormat::kWebp, 250, 333);
  // Quality above 100 makes OpenCV write lossless WebP (VP8L).
  const std::string lossless = Encode(Colour(123, 45), ".webp", {cv::IMWRITE_WEBP_QUALITY, 101});
  ASSERT_EQ(lossless.substr(12, 4), "VP8L");
  ExpectSize(lossless, ImageFormat::kWebp, 123, 45);
}

TEST(ReadImageInfo, WebpExtendedHeader) {
  // RIFF....WEBP VP8X: flags(4), canvas width-1 and height-1 as 24-bit LE.
  std::string b = std::string("RIFF") + std::string(4, '\0') + "WEBPVP8X" + std::string(4, '\0');
  b += std::string(4, '\0');                          // flags
  b += std::string("\x1f\x01\x00", 3);                // 0x011f + 1 = 288
  b += std::string("\xc7\x00\x00", 3);                // 0xc7 + 1 = 200
  ExpectSize(b, ImageFormat::kWebp, 288, 200);
}

std::string PngHeader(unsigned w, unsigned h) {
  std::string b("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
  for (unsigned v : {w, h})
    for (int s = 24; s >= 0; s -= 8) b += static_cast<char>((v >> s) & 0xFF);
  b += std::string("\x08\x02\x00\x00\x00", 5);
  return b;
}

std::string JpegHeader(unsigned w, unsigned h) {
  // SOI, an APP0 segment to walk over, then SOF0.
  std::string b("\xff\xd8\xff\xe0\x00\x04\x00\x00\xff\xc0\x00\x11\x08", 13);
  b += static_cast<char>(h >> 8); b += static_cast<char>(h & 0xFF);
  b += static_cast<char>(w >> 8); b += static_cast<char>(w & 0xFF);
  b += std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
  return b;
}

TEST(ReadImageInfo, CraftedHeaders) {
  ExpectSize(PngHeader(50000, 50000), ImageFormat::kPng, 50000, 50000);
  ExpectSize(JpegHeader(50000, 50000), ImageFormat::kJpeg, 50000, 50000);
}

TEST(CheckSize, RefusesBombsAndZeroSizes) {
  auto bomb = CheckSize(ImageInfo{ImageFormat::kPng, 50000, 50000}, kMaxPixels);
  ASSERT_FALSE(bomb.ok());
  EXPECT_EQ(bomb.error().kind, ErrorKind::kImage);
  EXPECT_EQ(bomb.error().message, "PNG image too large: 50000x50000 pixels (limit 100000000)");
  // Exactly the limit is allowed, one row more is not.
  EXPECT_TRUE(CheckSize(ImageInfo{ImageFormat::kJpeg, 10000, 10000}, kMaxPixels).ok());
  EXPECT_FALSE(CheckSize(ImageInfo{ImageFormat::kJpeg, 10000, 10001}, kMaxPixels).ok());
  auto zero = CheckSize(ImageInfo{ImageFormat::kWebp, 0, 250}, kMaxPixels);
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.error().message, "WebP image has zero size (0x250)");
}

TEST(ReadImageInfo, GarbageEmptyAndTruncated) {
  auto empty = ReadImageInfo("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().kind, ErrorKind::kImage);
  EXPECT_EQ(empty.error().message, "empty image (0 bytes)");

  auto garbage = ReadImageInfo("<html>not an image</html>");
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.error().kind, ErrorKind::kImage);
  EXPECT_NE(garbage.error().message.find("unknown image format"), std::string::npos);

  const std::string jpeg = JpegHeader(10, 10);
  auto cut = ReadImageInfo(jpeg.substr(0, 12));  // ends inside SOF
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.error().message.find("corrupt JPEG header"), std::string::npos);

  auto png = ReadImageInfo(PngHeader(10, 10).substr(0, 20));
  ASSERT_FALSE(png.ok());
  EXPECT_NE(png.error().message.find("corrupt PNG header"), std::string::npos);

  // Image data (SOS) before any frame header.
  auto sos = ReadImageInfo(std::string("\xff\xd8\xff\xda\x00\x02", 6));
  ASSERT_FALSE(sos.ok());
  EXPECT_NE(sos.error().message.find("no frame header"), std::string::npos);

  // A segment length that runs past the end must not read out of bounds.
  auto runaway = ReadImageInfo(std::string("\xff\xd8\xff\xe1\xff\xff\x00", 7));
  ASSERT_FALSE(runaway.ok());
}

TEST(Measure, RefusesBombBeforeDecoding) {
  // Only a header: decoding it would fail anyway, but the size check must
  // answer first and say why.
  const FaceBox box{0, 0, 10, 10, 50000, 50000};
  for (const std::string& bytes : {PngHeader(50000, 50000), JpegHeader(50000, 50000)}) {
    auto m = Measure(bytes, box);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().kind, ErrorKind::kImage);
    EXPECT_NE(m.error().message.find("too large: 50000x50000"), std::string::npos) << m.error().message;
    auto c = ClassicSharpness(bytes);
    ASSERT_FALSE(c.ok());
    EXPECT_NE(c.error().message.find("too large"), std::string::npos);
  }
}

TEST(Measure, ZeroSizeGarbageAndCorruptData) {
  const FaceBox box{0, 0, 10, 10, 100, 100};
  auto zero = Measure(PngHeader(0, 100), box);
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.error().message, "PNG image has zero size (0x100)");

  auto empty = Measure("", box);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().kind, ErrorKind::kImage);

  auto garbage = ClassicSharpness(std::string(1000, '\x42'));
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.error().kind, ErrorKind::kImage);

  // A valid header followed by nothing decodable.
  auto headonly = Measure(PngHeader(100, 100), box);
  ASSERT_FALSE(headonly.ok());
  EXPECT_EQ(headonly.error().kind, ErrorKind::kImage);
  EXPECT_NE(headonly.error().message.find("corrupt PNG data (100x100)"), std::string::npos)
      << headonly.error().message;

  // A real PNG cut in half: libpng fails, we say so.
  cv::Mat noise(100, 100, CV_8UC3);
  cv::randu(noise, 0, 255);
  const std::string png = Encode(noise, ".png");
  auto half = Measure(png.substr(0, png.size() / 2), box);
  ASSERT_FALSE(half.ok());
  EXPECT_EQ(half.error().kind, ErrorKind::kImage);
}

TEST(Measure, FormatComesFromTheBytesNotTheLabel) {
  // Measure never sees a Content-Type: a PNG served as image/jpeg decodes as
  // the PNG it is.
  const std::string png = Encode(cv::Mat(100, 100, CV_8UC3, cv::Scalar(128, 128, 128)), ".png");
  auto m = Measure(png, FaceBox{25, 25, 75, 75, 100, 100});
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_NEAR(m->mean_luma, 128 / 255.0, 1e-9);
}

}  // namespace
}  // namespace ifpo::image

namespace ifpo::image {
namespace {

// Every prefix and a few thousand single-byte corruptions of real JPEG, PNG
// and WebP files: Measure answers (a result or a kImage error), never crashes.
TEST(Measure, SurvivesTruncationAndCorruption) {
  cv::Mat img(64, 80, CV_8UC3);
  cv::RNG rng(7);
  rng.fill(img, cv::RNG::UNIFORM, 0, 256);
  const FaceBox box{10, 10, 50, 50, 80, 64};
  int errors = 0, results = 0;
  for (const auto& [ext, params] : std::vector<std::pair<std::string, std::vector<int>>>{
           {".jpg", {cv::IMWRITE_JPEG_QUALITY, 80}}, {".png", {}}, {".webp", {cv::IMWRITE_WEBP_QUALITY, 80}}}) {
    const std::string bytes = Encode(img, ext, params);
    for (std::size_t n = 0; n < bytes.size(); n += std::max<std::size_t>(1, bytes.size() / 200)) {
      auto m = Measure(bytes.substr(0, n), box);
      if (m.ok()) {
        ++results;
      } else {
        ++errors;
        EXPECT_EQ(m.error().kind, ErrorKind::kImage);
        EXPECT_FALSE(m.error().message.empty());
      }
    }
    for (int i = 0; i < 300; ++i) {
      std::string bad = bytes;
      bad[static_cast<std::size_t>(rng.uniform(0, static_cast<int>(bad.size())))] = static_cast<char>(rng.uniform(0, 256));
      auto m = Measure(bad, box);
      if (m.ok()) {
        ++results;
        EXPECT_GE(m->mean_luma, 0);
        EXPECT_LE(m->mean_luma, 1);
      } else {
        ++errors;
        EXPECT_EQ(m.error().kind, ErrorKind::kImage);
      }
    }
  }
  EXPECT_GT(errors, 0);
  EXPECT_GT(results, 0);
}

}  // namespace
}  // namespace ifpo::image
