// The codecs (image/codecs.h: libjpeg, libwebp, libpng) against OpenCV's
// imgcodecs, which they replace: the measurements must not move, so JPEG and
// WebP decode to the same pixels, and what we encode decodes in OpenCV.
#include "image/codecs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "image/analyze.h"

namespace ifpo::image {
namespace {

cv::Mat Picture(int w, int h) {
  cv::Mat img(h, w, CV_8UC3, cv::Scalar(40, 120, 200));
  cv::RNG rng(11);
  for (int i = 0; i < 30; ++i)
    cv::circle(img, {rng.uniform(0, w), rng.uniform(0, h)}, rng.uniform(2, w / 4 + 3),
               cv::Scalar(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256)), cv::FILLED, cv::LINE_AA);
  cv::Mat noise(h, w, CV_8UC3);
  rng.fill(noise, cv::RNG::UNIFORM, 0, 12);
  return img + noise;
}

std::string CvEncode(const cv::Mat& img, const std::string& ext, const std::vector<int>& params = {}) {
  std::vector<uchar> buf;
  EXPECT_TRUE(cv::imencode(ext, img, buf, params));
  return std::string(buf.begin(), buf.end());
}

cv::Mat CvDecode(const std::string& bytes, int flags) {
  return cv::imdecode(cv::Mat(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char*>(bytes.data())), flags);
}

bool Same(const cv::Mat& a, const cv::Mat& b) {
  return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

TEST(CodecsTest, JpegDecodesAsOpenCvDid) {
  const cv::Mat img = Picture(203, 157);  // odd sizes: the DCT scaling rounds up
  cv::Mat grey;
  cv::cvtColor(img, grey, cv::COLOR_BGR2GRAY);
  for (const std::string& jpeg : {CvEncode(img, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 90}),
                                  CvEncode(img, ".jpg", {cv::IMWRITE_JPEG_PROGRESSIVE, 1}), CvEncode(grey, ".jpg")}) {
    auto color = DecodeImage(jpeg, Channels::kColor);
    ASSERT_TRUE(color.ok()) << color.error().message;
    EXPECT_TRUE(Same(*color, CvDecode(jpeg, cv::IMREAD_COLOR)));
    auto unchanged = DecodeImage(jpeg, Channels::kUnchanged);
    ASSERT_TRUE(unchanged.ok());
    EXPECT_TRUE(Same(*unchanged, CvDecode(jpeg, cv::IMREAD_UNCHANGED)));
    auto gray = DecodeImage(jpeg, Channels::kGray);
    ASSERT_TRUE(gray.ok());
    EXPECT_TRUE(Same(*gray, CvDecode(jpeg, cv::IMREAD_GRAYSCALE)));
    for (const auto& [k, flag] : {std::pair{2, cv::IMREAD_REDUCED_GRAYSCALE_2},
                                  {4, cv::IMREAD_REDUCED_GRAYSCALE_4},
                                  {8, cv::IMREAD_REDUCED_GRAYSCALE_8}}) {
      auto reduced = DecodeImage(jpeg, Channels::kGray, k);
      ASSERT_TRUE(reduced.ok());
      EXPECT_EQ(reduced->cols, (203 + k - 1) / k);
      EXPECT_TRUE(Same(*reduced, CvDecode(jpeg, flag))) << "1/" << k;
    }
  }
}

TEST(CodecsTest, WebpDecodesAsOpenCvDid) {
  const cv::Mat img = Picture(120, 90);
  cv::Mat bgra;
  cv::cvtColor(img, bgra, cv::COLOR_BGR2BGRA);
  bgra(cv::Rect(0, 0, 40, 40)).setTo(cv::Scalar(10, 20, 30, 128));
  for (const std::string& webp : {CvEncode(img, ".webp", {cv::IMWRITE_WEBP_QUALITY, 80}),
                                  CvEncode(img, ".webp", {cv::IMWRITE_WEBP_QUALITY, 101}), CvEncode(bgra, ".webp")}) {
    auto color = DecodeImage(webp, Channels::kColor);
    ASSERT_TRUE(color.ok()) << color.error().message;
    EXPECT_TRUE(Same(*color, CvDecode(webp, cv::IMREAD_COLOR)));
    auto unchanged = DecodeImage(webp, Channels::kUnchanged);
    ASSERT_TRUE(unchanged.ok());
    EXPECT_TRUE(Same(*unchanged, CvDecode(webp, cv::IMREAD_UNCHANGED)));
    auto gray = DecodeImage(webp, Channels::kGray);
    ASSERT_TRUE(gray.ok());
    EXPECT_TRUE(Same(*gray, CvDecode(webp, cv::IMREAD_GRAYSCALE)));
  }
}

TEST(CodecsTest, PngDecodesEveryLayoutTo8Bits) {
  const cv::Mat img = Picture(64, 48);
  cv::Mat grey, bgra, grey16, bgr16;
  cv::cvtColor(img, grey, cv::COLOR_BGR2GRAY);
  cv::cvtColor(img, bgra, cv::COLOR_BGR2BGRA);
  bgra(cv::Rect(0, 0, 10, 10)).setTo(cv::Scalar(1, 2, 3, 0));  // alpha is dropped, not composited
  grey.convertTo(grey16, CV_16U, 257);
  img.convertTo(bgr16, CV_16UC3, 257);

  auto color = DecodeImage(CvEncode(img, ".png"), Channels::kColor);
  ASSERT_TRUE(color.ok()) << color.error().message;
  EXPECT_TRUE(Same(*color, img));
  auto from_grey = DecodeImage(CvEncode(grey, ".png"), Channels::kColor);
  ASSERT_TRUE(from_grey.ok());
  EXPECT_EQ(from_grey->type(), CV_8UC3);
  auto grey_back = DecodeImage(CvEncode(grey, ".png"), Channels::kUnchanged);
  ASSERT_TRUE(grey_back.ok());
  EXPECT_TRUE(Same(*grey_back, grey));

  auto with_alpha = DecodeImage(CvEncode(bgra, ".png"), Channels::kUnchanged);
  ASSERT_TRUE(with_alpha.ok());
  EXPECT_TRUE(Same(*with_alpha, bgra));
  auto alpha_dropped = DecodeImage(CvEncode(bgra, ".png"), Channels::kColor);
  ASSERT_TRUE(alpha_dropped.ok());
  EXPECT_TRUE(Same(*alpha_dropped, CvDecode(CvEncode(bgra, ".png"), cv::IMREAD_COLOR)));

  // cv::cvtColor's grey, within a level of libpng's own conversion in OpenCV.
  auto gray = DecodeImage(CvEncode(img, ".png"), Channels::kGray);
  ASSERT_TRUE(gray.ok());
  EXPECT_TRUE(Same(*gray, grey));
  EXPECT_LE(cv::norm(*gray, CvDecode(CvEncode(img, ".png"), cv::IMREAD_GRAYSCALE), cv::NORM_INF), 1);

  // 16 bits come out as 8: the same picture, not a gamma-shifted one.
  auto eight = DecodeImage(CvEncode(grey16, ".png"), Channels::kUnchanged);
  ASSERT_TRUE(eight.ok()) << eight.error().message;
  EXPECT_EQ(eight->type(), CV_8UC1);
  EXPECT_LE(cv::norm(*eight, grey, cv::NORM_INF), 1);
  auto eight_color = DecodeImage(CvEncode(bgr16, ".png"), Channels::kColor);
  ASSERT_TRUE(eight_color.ok());
  EXPECT_LE(cv::norm(*eight_color, img, cv::NORM_INF), 1);
}

TEST(CodecsTest, EncodesWhatOpenCvDecodes) {
  const cv::Mat img = Picture(80, 60);
  auto jpeg = EncodeJpeg(img, 85);
  ASSERT_TRUE(jpeg.ok()) << jpeg.error().message;
  // The same libjpeg with the same settings: the same bytes as cv::imencode.
  EXPECT_EQ(*jpeg, CvEncode(img, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 85}));
  auto webp = EncodeWebp(img, 80);
  ASSERT_TRUE(webp.ok()) << webp.error().message;
  EXPECT_EQ(*webp, CvEncode(img, ".webp", {cv::IMWRITE_WEBP_QUALITY, 80}));

  cv::Mat grey;
  cv::cvtColor(img, grey, cv::COLOR_BGR2GRAY);
  auto grey_jpeg = EncodeJpeg(grey, 90);
  ASSERT_TRUE(grey_jpeg.ok());
  EXPECT_EQ(CvDecode(*grey_jpeg, cv::IMREAD_UNCHANGED).channels(), 1);
  auto grey_webp = EncodeWebp(grey, 90);
  ASSERT_TRUE(grey_webp.ok());
  EXPECT_EQ(CvDecode(*grey_webp, cv::IMREAD_COLOR).size(), img.size());

  // Higher quality, closer to the original.
  auto low = DecodeImage(*EncodeJpeg(img, 20), Channels::kColor);
  auto high = DecodeImage(*EncodeJpeg(img, 95), Channels::kColor);
  ASSERT_TRUE(low.ok() && high.ok());
  EXPECT_LT(cv::norm(*high, img, cv::NORM_L1), cv::norm(*low, img, cv::NORM_L1));
}

TEST(CodecsTest, WhatCannotBeEncodedIsAnError) {
  for (const cv::Mat& bad : {cv::Mat(), cv::Mat(4, 4, CV_32FC3, cv::Scalar::all(0)),
                             cv::Mat(4, 4, CV_8UC2, cv::Scalar::all(0))}) {
    auto jpeg = EncodeJpeg(bad, 80);
    ASSERT_FALSE(jpeg.ok());
    EXPECT_EQ(jpeg.error().kind, ErrorKind::kImage);
    auto webp = EncodeWebp(bad, 80);
    ASSERT_FALSE(webp.ok());
    EXPECT_EQ(webp.error().kind, ErrorKind::kImage);
  }
  // Beyond WebP's 16383-pixel side.
  auto wide = EncodeWebp(cv::Mat(1, 20000, CV_8UC3, cv::Scalar::all(0)), 80);
  ASSERT_FALSE(wide.ok());
  EXPECT_EQ(wide.error().kind, ErrorKind::kImage);
}

TEST(CodecsTest, UndecodableBytesAreAnErrorNotACrash) {
  for (const std::string& bytes : {std::string("certainly not a JPEG"), std::string(),
                                   std::string("\xFF\xD8\xFF\xE0garbage after a JPEG signature", 34),
                                   std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10\0\0\0\x10", 24),
                                   std::string("RIFF\0\0\0\0WEBPVP8 \0\0\0\0\0\0\0\x9d\x01\x2a\x10\0\x10\0", 30)}) {
    auto m = DecodeImage(bytes, Channels::kColor);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().kind, ErrorKind::kImage);
    EXPECT_FALSE(m.error().message.empty());
  }
  EXPECT_EQ(DecodeImage(CvEncode(Picture(8, 8), ".jpg"), Channels::kGray, 3).error().kind,
            ErrorKind::kInvalidArgument);
}

TEST(CodecsTest, ATruncatedJpegStillDecodes) {
  // libjpeg warns and fills what is missing: decodable, as OpenCV had it.
  // The part that was there is the same; the rest differs (OpenCV's source
  // manager suspended where libjpeg's memory source ends the data).
  const std::string jpeg = CvEncode(Picture(160, 120), ".jpg");
  const std::string cut = jpeg.substr(0, jpeg.size() * 2 / 3);
  auto m = DecodeImage(cut, Channels::kColor);
  ASSERT_TRUE(m.ok()) << m.error().message;
  const cv::Mat opencv = CvDecode(cut, cv::IMREAD_COLOR);
  ASSERT_EQ(m->size(), opencv.size());
  const cv::Rect top(0, 0, 160, 48);
  EXPECT_TRUE(Same((*m)(top), opencv(top)));
}

TEST(CodecsTest, ABombIsRefusedBeforeDecoding) {
  // A real JPEG whose frame header is patched to 20000x20000.
  std::string jpeg = CvEncode(Picture(16, 16), ".jpg");
  const std::size_t sof = jpeg.find("\xFF\xC0");
  ASSERT_NE(sof, std::string::npos);
  jpeg.replace(sof + 5, 4, std::string("\x4e\x20\x4e\x20", 4));
  auto m = DecodeImage(jpeg, Channels::kColor);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("too large"), std::string::npos) << m.error().message;
}

}  // namespace
}  // namespace ifpo::image
