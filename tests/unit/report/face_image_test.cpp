#include "report/face_image.h"

#include <gtest/gtest.h>

#include "report/encode.h"
#include "unit/report/fixtures.h"

namespace ifpo::report {
namespace {

using testing::DecodeDataUri;
using testing::FaceFraction;
using testing::IsFacePixel;
using testing::MakeThumb;

cv::Mat Decode(const std::string& jpeg) {
  return cv::imdecode(cv::Mat(1, static_cast<int>(jpeg.size()), CV_8UC1, const_cast<char*>(jpeg.data())),
                      cv::IMREAD_COLOR);
}

// Box in the 1000x1500 frame Immich measured on; the thumbnail is 250x375,
// so the face lands at x 100..149, y 150..199. ImmichCrop: centre (125,175),
// half side floor(25 * 1.1) = 27 -> the 54x54 square at (98,148): 2 dark
// pixels left/top and 3 right/bottom around the 50 px face.
const FaceBox kBox{400, 600, 600, 800, 1000, 1500};

TEST(FaceJpeg, CropsTheMappedBoxLikeImmichAndScalesTo160) {
  auto jpeg = FaceJpeg(MakeThumb(250, 375, kBox), kBox);
  ASSERT_TRUE(jpeg.ok()) << jpeg.error().message;
  const cv::Mat img = Decode(*jpeg);
  ASSERT_EQ(img.cols, 160);
  ASSERT_EQ(img.rows, 160);
  // (50/54)^2 = 0.857 of the crop is face.
  EXPECT_NEAR(FaceFraction(img), 0.857, 0.05);
  EXPECT_TRUE(IsFacePixel(img.at<cv::Vec3b>(80, 80)));
  EXPECT_TRUE(IsFacePixel(img.at<cv::Vec3b>(80, 12)));   // 2 px * 160/54 = 6 px of margin
  EXPECT_TRUE(IsFacePixel(img.at<cv::Vec3b>(148, 80)));
  EXPECT_FALSE(IsFacePixel(img.at<cv::Vec3b>(80, 1)));   // the dark margin left
  EXPECT_FALSE(IsFacePixel(img.at<cv::Vec3b>(1, 80)));   // ... top
  EXPECT_FALSE(IsFacePixel(img.at<cv::Vec3b>(80, 158)));  // ... right
  EXPECT_FALSE(IsFacePixel(img.at<cv::Vec3b>(158, 80)));  // ... bottom
}

TEST(FaceJpeg, ReadsWebpThumbnailsAsImmichServesThem) {
  auto jpeg = FaceJpeg(MakeThumb(250, 375, kBox, ".webp"), kBox);
  ASSERT_TRUE(jpeg.ok()) << jpeg.error().message;
  EXPECT_NEAR(FaceFraction(Decode(*jpeg)), 0.857, 0.06);
}

TEST(FaceJpeg, BoxSpillingPastTheFrameIsClampedLikeImmich) {
  // Face in the top-left corner, box reaching outside: x -40..60, y -40..60
  // in a 200x200 frame, thumbnail 100x100. Clamped to 0..60 -> thumb 0..30,
  // centre (15,15), target half 16, limited by the edge to 15: crop 30x30 at 0.
  const FaceBox box{-40, -40, 60, 60, 200, 200};
  auto jpeg = FaceJpeg(MakeThumb(100, 100, FaceBox{0, 0, 60, 60, 200, 200}), box);
  ASSERT_TRUE(jpeg.ok()) << jpeg.error().message;
  EXPECT_GT(FaceFraction(Decode(*jpeg)), 0.93);  // all face
}

TEST(FaceJpeg, GarbageAndEmptyCropsAreImageErrors) {
  auto garbage = FaceJpeg("not an image at all", kBox);
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.error().kind, ErrorKind::kImage);
  auto empty = FaceJpeg("", kBox);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().kind, ErrorKind::kImage);
  // A zero-sized box: nothing to crop.
  auto degenerate = FaceJpeg(MakeThumb(250, 375, kBox), FaceBox{500, 700, 500, 700, 1000, 1500});
  ASSERT_FALSE(degenerate.ok());
  EXPECT_EQ(degenerate.error().kind, ErrorKind::kImage);
}

TEST(FaceJpeg, TruncatedJpegIsAnErrorNotACrash) {
  const std::string full = MakeThumb(250, 375, kBox);
  auto cut = FaceJpeg(full.substr(0, 40), kBox);
  EXPECT_FALSE(cut.ok());
}

TEST(WholeJpeg, LetterboxesThePortraitThumbnail) {
  // 250x375 scaled by 160/375 -> 107x160, centred: columns 26..132.
  auto jpeg = WholeJpeg(MakeThumb(250, 375, kBox));
  ASSERT_TRUE(jpeg.ok());
  const cv::Mat img = Decode(*jpeg);
  ASSERT_EQ(img.size(), cv::Size(160, 160));
  const cv::Vec3b band = img.at<cv::Vec3b>(80, 5);
  EXPECT_GT(band[1], 220);                         // light letterbox band
  EXPECT_LT(img.at<cv::Vec3b>(10, 60)[1], 60);     // dark photo
  EXPECT_TRUE(IsFacePixel(img.at<cv::Vec3b>(75, 79)));  // the face: x 100..149 * 0.427 + 26
}

TEST(JpegDataUri, PrefixAndBase64) {
  EXPECT_EQ(JpegDataUri("foo"), "data:image/jpeg;base64,Zm9v");
  const std::string jpeg = *FaceJpeg(MakeThumb(250, 375, kBox), kBox);
  EXPECT_EQ(DecodeDataUri(JpegDataUri(jpeg)).cols, 160);
}

}  // namespace
}  // namespace ifpo::report
