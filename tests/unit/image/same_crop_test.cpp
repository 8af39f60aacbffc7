// image::SameCrop: is a person thumbnail the crop Immich makes of a face box?
#include <gtest/gtest.h>

#include <cstdio>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

#include "image/analyze.h"
#include "images.h"  // the test server's renderer
#include "library.h"

namespace ifpo::image {
namespace {

std::string Encode(const cv::Mat& m, const std::string& ext, int quality) {
  std::vector<unsigned char> buf;
  const int flag = ext == ".webp" ? cv::IMWRITE_WEBP_QUALITY : cv::IMWRITE_JPEG_QUALITY;
  EXPECT_TRUE(cv::imencode(ext, m, buf, {flag, quality}));
  return std::string(buf.begin(), buf.end());
}

// A photo-like 2400x1800 original: shapes, grain, and a face in `box`.
cv::Mat Original(int seed, const FaceBox& box) {
  cv::RNG rng(static_cast<uint64_t>(seed));
  cv::Mat img(1800, 2400, CV_8UC3, cv::Scalar(rng.uniform(40, 200), rng.uniform(40, 200), rng.uniform(40, 200)));
  for (int i = 0; i < 80; ++i) {
    cv::Scalar col(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255));
    cv::Point p(rng.uniform(0, 2400), rng.uniform(0, 1800));
    int r = rng.uniform(20, 300);
    if (i % 2) {
      cv::circle(img, p, r, col, cv::FILLED, cv::LINE_AA);
    } else {
      cv::rectangle(img, p, p + cv::Point(r, r / 2), col, cv::FILLED);
    }
  }
  const int w = box.x2 - box.x1, h = box.y2 - box.y1;
  const cv::Point c((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2);
  cv::ellipse(img, c, cv::Size(w * 45 / 100, h / 2), 0, 0, 360, cv::Scalar(120, 160, 210), cv::FILLED, cv::LINE_AA);
  for (int dx : {-w / 6, w / 6})
    cv::circle(img, c + cv::Point(dx, -h / 10), w / 20, cv::Scalar(40, 30, 20), cv::FILLED);
  cv::ellipse(img, c + cv::Point(0, h / 5), cv::Size(w / 7, h / 16), 0, 0, 180, cv::Scalar(60, 60, 170), 6);
  cv::Mat noise(img.size(), CV_8UC3);
  rng.fill(noise, cv::RNG::UNIFORM, 0, 24);
  cv::add(img, noise, img);
  cv::GaussianBlur(img, img, cv::Size(0, 0), 1.2);
  return img;
}

// What Immich serves: the person thumbnail cut from the original, and the preview.
std::string PersonThumbnail(const cv::Mat& original, const FaceBox& box, int side, const std::string& ext) {
  const Rect r = ImmichCrop(box, original.cols, original.rows);
  cv::Mat crop;
  cv::resize(original(cv::Rect(r.x, r.y, r.w, r.h)), crop, cv::Size(side, side), 0, 0, cv::INTER_AREA);
  return Encode(crop, ext, 80);
}
std::string Preview(const cv::Mat& original) {
  cv::Mat small;
  cv::resize(original, small, cv::Size(1440, 1080), 0, 0, cv::INTER_AREA);
  return Encode(small, ".jpg", 80);
}

CropSimilarity Compare(const std::string& thumbnail, const std::string& preview, const FaceBox& box) {
  auto s = SameCrop(thumbnail, preview, box);
  EXPECT_TRUE(s) << s.error().message;
  return s ? *s : CropSimilarity{-2, 255, 0};
}

void Print(const char* what, const CropSimilarity& s) {
  std::printf("%-36s ncc %.4f diff %6.2f detail %.2f %s\n", what, s.ncc, s.mean_abs_diff, s.detail_ratio,
              s.Same() ? "same" : "not");
}

constexpr FaceBox kBox{1000, 600, 1400, 1100, 2400, 1800};

TEST(SameCrop, TheSameCropReEncodedAndResizedIsAlike) {
  const cv::Mat photo = Original(1, kBox);
  const std::string preview = Preview(photo);
  const CropSimilarity jpeg = Compare(PersonThumbnail(photo, kBox, 250, ".jpg"), preview, kBox);
  const CropSimilarity webp = Compare(PersonThumbnail(photo, kBox, 160, ".webp"), preview, kBox);
  Print("same crop, jpeg 250", jpeg);
  Print("same crop, webp 160", webp);
  EXPECT_TRUE(jpeg.Same());
  EXPECT_TRUE(webp.Same());
  EXPECT_GE(jpeg.ncc, 0.97);
  EXPECT_LE(jpeg.mean_abs_diff, 3);
  EXPECT_NEAR(jpeg.detail_ratio, 1, 0.2);
  // The box in another frame (the ML preview's 1440x1080) cuts the same square.
  const FaceBox scaled{600, 360, 840, 660, 1440, 1080};
  EXPECT_TRUE(Compare(PersonThumbnail(photo, kBox, 250, ".jpg"), preview, scaled).Same());
}

TEST(SameCrop, AnotherPhotoOrAnotherFaceIsNot) {
  const cv::Mat photo = Original(1, kBox);
  const std::string thumbnail = PersonThumbnail(photo, kBox, 250, ".jpg");
  const CropSimilarity other_photo = Compare(thumbnail, Preview(Original(2, kBox)), kBox);
  const FaceBox elsewhere{300, 900, 700, 1400, 2400, 1800};
  const CropSimilarity other_face = Compare(thumbnail, Preview(photo), elsewhere);
  Print("another photo", other_photo);
  Print("another place on the photo", other_face);
  EXPECT_FALSE(other_photo.Same());
  EXPECT_FALSE(other_face.Same());
}

// The same picture degraded, as in the labelled pairs: the structure alone
// (ncc) hardly changes; brightness and detail tell them apart.
TEST(SameCrop, TheSamePictureBrighterOrBlurredIsNot) {
  const cv::Mat photo = Original(1, kBox);
  const std::string preview = Preview(photo);
  cv::Mat brighter, blurred;
  photo.convertTo(brighter, -1, 1.4, 0);
  cv::GaussianBlur(photo, blurred, cv::Size(0, 0), 6);
  const CropSimilarity b = Compare(PersonThumbnail(brighter, kBox, 250, ".jpg"), preview, kBox);
  const CropSimilarity s = Compare(PersonThumbnail(blurred, kBox, 250, ".jpg"), preview, kBox);
  Print("the picture 1.4x brighter", b);
  Print("the picture blurred (sigma 6)", s);
  EXPECT_FALSE(b.Same());
  EXPECT_FALSE(s.Same());
  EXPECT_GT(b.mean_abs_diff, 8);
  EXPECT_LT(s.detail_ratio, 0.7);
}

// The test server draws every face of a person alike: two photos of one
// person, same box, differ only around and on the face. Still told apart.
TEST(SameCrop, TwoDrawnPhotosOfOnePersonAreToldApart) {
  testserver::Library lib;
  const std::string person = lib.AddPerson("Bob");
  std::vector<std::string> ids;
  for (int seed : {11, 12}) {
    testserver::TsAsset a;
    a.width = 4000;
    a.height = 3000;
    a.image.seed = seed;
    ids.push_back(lib.AddAsset(a));
    lib.AddFace(ids.back(), person, 1500, 900, 2100, 1700, 4000, 3000);
  }
  const testserver::TsAsset& a = *lib.FindAsset(ids[0]);
  const testserver::TsAsset& b = *lib.FindAsset(ids[1]);
  const FaceBox box{1500, 900, 2100, 1700, 4000, 3000};
  const std::string thumb_a = testserver::RenderPersonThumbnailJpeg(a, a.faces[0], 1440);
  const CropSimilarity same = Compare(thumb_a, testserver::RenderPreviewJpeg(a, 1440), box);
  const CropSimilarity other = Compare(thumb_a, testserver::RenderPreviewJpeg(b, 1440), box);
  Print("test server: same photo", same);
  Print("test server: other photo, same person", other);
  EXPECT_TRUE(same.Same());
  EXPECT_FALSE(other.Same());
}

TEST(SameCrop, UndecodableBytesAreAnError) {
  const cv::Mat photo = Original(1, kBox);
  auto s = SameCrop("not an image", Preview(photo), kBox);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().kind, ErrorKind::kImage);
  const FaceBox outside{3000, 3000, 3100, 3100, 2400, 1800};
  EXPECT_FALSE(SameCrop(PersonThumbnail(photo, kBox, 250, ".jpg"), Preview(photo), outside));
}

// A face a few pixels wide in the preview gives no verdict (an error the
// caller turns into its fallback), rather than "someone else's photo".
TEST(SameCrop, ATinyFaceCannotBeCompared) {
  const FaceBox tiny{1200, 800, 1230, 836, 2400, 1800};  // 36 px in the original, ~20 px crop in the preview
  const cv::Mat photo = Original(1, tiny);
  auto s = SameCrop(PersonThumbnail(photo, tiny, 250, ".jpg"), Preview(photo), tiny);
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("too small to compare"), std::string::npos) << s.error().message;
  const FaceBox enough{1200, 800, 1245, 854, 2400, 1800};  // ~36 px crop in the preview
  EXPECT_TRUE(SameCrop(PersonThumbnail(photo, enough, 250, ".jpg"), Preview(photo), enough));
}

}  // namespace
}  // namespace ifpo::image
