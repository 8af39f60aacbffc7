// The image codecs are a plugin opened on first use (image/codecs.h); these
// run through it, so a build that cannot find or load it fails here.
#include "image/codecs.h"

#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace ifpo::image {
namespace {

TEST(CodecsTest, PluginLoadsFromTheBuildTree) {
  Status ready = CodecsReady();
  EXPECT_TRUE(ready.ok()) << ready.error().message;
}

TEST(CodecsTest, EncodesAndDecodesJpegAndWebp) {
  cv::Mat img(60, 80, CV_8UC3, cv::Scalar(40, 120, 200));
  cv::circle(img, {40, 30}, 12, cv::Scalar(250, 250, 250), cv::FILLED);
  for (const auto& [ext, flag] : {std::pair{".jpg", cv::IMWRITE_JPEG_QUALITY}, {".webp", cv::IMWRITE_WEBP_QUALITY}}) {
    auto bytes = EncodeImage(ext, img, {flag, 90});
    ASSERT_TRUE(bytes.ok()) << ext << ": " << bytes.error().message;
    ASSERT_GT(bytes->size(), 100u) << ext;
    const std::string text(bytes->begin(), bytes->end());
    auto back = DecodeImage(text, cv::IMREAD_COLOR);
    ASSERT_TRUE(back.ok()) << ext;
    EXPECT_EQ(back->cols, 80) << ext;
    EXPECT_EQ(back->rows, 60) << ext;
    // Lossy, but the bright disc is still in the middle.
    EXPECT_GT(back->at<cv::Vec3b>(30, 40)[1], 200) << ext;
    auto gray = DecodeImage(text, cv::IMREAD_GRAYSCALE);
    ASSERT_TRUE(gray.ok());
    EXPECT_EQ(gray->channels(), 1);
  }
}

TEST(CodecsTest, BytesThatAreNoImageDecodeToNothing) {
  auto m = DecodeImage("certainly not a JPEG", cv::IMREAD_COLOR);
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_TRUE(m->empty());
}

TEST(CodecsTest, AnUnknownFormatIsAnErrorNotACrash) {
  cv::Mat img(4, 4, CV_8UC3, cv::Scalar::all(0));
  auto bytes = EncodeImage(".no-such-format", img, {});
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ(bytes.error().kind, ErrorKind::kImage);
  EXPECT_NE(bytes.error().message.find("no-such-format"), std::string::npos) << bytes.error().message;
}

}  // namespace
}  // namespace ifpo::image
