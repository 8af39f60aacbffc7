#include "image/analyze.h"

#include <gtest/gtest.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <string>
#include <vector>

namespace ifpo::image {
namespace {

std::string Encode(const cv::Mat& m, const std::string& ext, std::vector<int> params = {}) {
  std::vector<unsigned char> buf;
  EXPECT_TRUE(cv::imencode(ext, m, buf, params));
  return std::string(buf.begin(), buf.end());
}

void ExpectRect(const Rect& r, int x, int y, int w, int h) {
  EXPECT_EQ(r.x, x);
  EXPECT_EQ(r.y, y);
  EXPECT_EQ(r.w, w);
  EXPECT_EQ(r.h, h);
}

// Box in the 1440x1080 ML preview, mapped into the 333x250 thumbnail:
// sx = 333/1440, sy = 250/1080; half sizes 23.125 and 30.09; centre
// round(161.875)=162, round(99.54)=100; half = floor(30.09*1.1) = 33.
TEST(ImmichCrop, MapsFromPreviewFrameIntoThumbnail) {
  ExpectRect(ImmichCrop(FaceBox{600, 300, 800, 560, 1440, 1080}, 333, 250), 129, 67, 66, 66);
  // The same box in the preview itself: half = floor(130*1.1) = 143.
  ExpectRect(ImmichCrop(FaceBox{600, 300, 800, 560, 1440, 1080}, 1440, 1080), 557, 287, 286, 286);
}

// A box spilling off the bottom-left corner: clamped to x 0..150, y 900..1080,
// centre (17, 229), wanted half 22, but only 17 px to the left edge: the
// square shrinks around the centre rather than sliding (as Immich does).
TEST(ImmichCrop, ClampsAtEdges) {
  ExpectRect(ImmichCrop(FaceBox{-50, 900, 150, 1130, 1440, 1080}, 333, 250), 0, 212, 34, 34);
  // Right/bottom edges use width-1/height-1, like getCrop.
  // Centre 95, wanted half floor(5.5) = 5, but only 99 - 95 = 4 to the edge.
  ExpectRect(ImmichCrop(FaceBox{90, 90, 100, 100, 100, 100}, 100, 100), 91, 91, 8, 8);
}

TEST(ImmichCrop, DegenerateInputs) {
  ExpectRect(ImmichCrop(FaceBox{2000, 2000, 2100, 2100, 1440, 1080}, 333, 250), 333, 250, 0, 0);
  ExpectRect(ImmichCrop(FaceBox{10, 10, 20, 20, 100, 100}, 0, 250), 0, 0, 0, 0);
  // Unknown frame: the box is taken to be in this image's pixels.
  ExpectRect(ImmichCrop(FaceBox{40, 40, 60, 60, 0, 0}, 100, 100), 39, 39, 22, 22);
}

// 300x300 columns alternating 0/255: the Laplacian is +-510 everywhere
// (reflect-101 borders keep the pattern), so the variance is 510^2.
cv::Mat Stripes() {
  cv::Mat m(300, 300, CV_8UC1);
  for (int x = 0; x < 300; ++x) m.col(x).setTo(x % 2 ? 255 : 0);
  return m;
}

TEST(ClassicSharpness, WorkedValueForOneThreeAndFourChannels) {
  const cv::Mat gray = Stripes();
  cv::Mat bgr, bgra, gray16;
  cv::cvtColor(gray, bgr, cv::COLOR_GRAY2BGR);
  cv::cvtColor(gray, bgra, cv::COLOR_GRAY2BGRA);
  gray.convertTo(gray16, CV_16U, 257.0);
  for (const cv::Mat& m : {gray, bgr, bgra, gray16}) {
    auto v = ClassicSharpness(Encode(m, ".png"));
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_DOUBLE_EQ(*v, 510.0 * 510.0) << "channels " << m.channels() << " depth " << m.depth();
  }
  auto flat = ClassicSharpness(Encode(cv::Mat(50, 80, CV_8UC3, cv::Scalar(7, 7, 7)), ".png"));
  ASSERT_TRUE(flat.ok());
  EXPECT_DOUBLE_EQ(*flat, 0.0);
}

cv::Mat Textured(int size) {
  cv::Mat m(size, size, CV_8UC3);
  cv::RNG rng(42);
  rng.fill(m, cv::RNG::UNIFORM, 0, 256);
  cv::GaussianBlur(m, m, cv::Size(), 0.7);  // some structure, not pure noise
  cv::circle(m, {size / 2, size / 2}, size / 4, cv::Scalar(30, 60, 90), 3);
  return m;
}

TEST(Measure, SharpnessFallsMonotonicallyWithBlur) {
  const cv::Mat base = Textured(400);
  const FaceBox box{120, 100, 280, 300, 400, 400};    // crop 220 px: measured on the 160 grid
  const FaceBox small{170, 170, 230, 230, 400, 400};  // crop 66 px: measured natively
  double last_face = 1e300, last_small = 1e300, last_classic = 1e300;
  for (double sigma : {0.0, 0.8, 1.6, 3.2, 6.4}) {
    cv::Mat img = base.clone();
    if (sigma > 0) cv::GaussianBlur(base, img, cv::Size(), sigma);
    const std::string jpg = Encode(img, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 90});
    auto m = Measure(jpg, box);
    auto s = Measure(jpg, small);
    ASSERT_TRUE(m.ok() && s.ok());
    EXPECT_LT(m->face_sharpness, last_face) << "sigma " << sigma;
    EXPECT_LT(s->face_sharpness, last_small) << "sigma " << sigma;
    EXPECT_LT(m->classic_sharpness, last_classic) << "sigma " << sigma;
    EXPECT_GT(m->face_sharpness, 0);
    last_face = m->face_sharpness;
    last_small = s->face_sharpness;
    last_classic = m->classic_sharpness;
  }
}

// Exposure is judged on the face itself (InnerFace), not the crop's margins.
// Left half black, right half white, 140 px: the crop (side 138) is measured
// natively and the inner face, columns 25-114, is split at column 70.
TEST(Measure, ExposureFractionsOnSyntheticImage) {
  cv::Mat m(140, 140, CV_8UC3, cv::Scalar(0, 0, 0));
  m(cv::Rect(70, 0, 70, 140)).setTo(cv::Scalar(255, 255, 255));
  const FaceBox box{0, 0, 140, 140, 140, 140};
  const Rect inner = InnerFace(box, 140, 140);
  EXPECT_EQ(inner.x, 25);
  EXPECT_EQ(inner.w, 90);
  EXPECT_EQ(inner.y, 35);
  EXPECT_EQ(inner.h, 91);
  auto r = Measure(Encode(m, ".png"), box);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->crop_pixels, 138);
  EXPECT_DOUBLE_EQ(r->dark_clip, 0.5);
  EXPECT_DOUBLE_EQ(r->bright_clip, 0.5);
  EXPECT_DOUBLE_EQ(r->mean_luma, 0.5);
  EXPECT_DOUBLE_EQ(r->contrast, 0.5);

  // Mid grey: nothing clipped, no contrast, no sharpness.
  cv::Mat grey(200, 200, CV_8UC1, cv::Scalar(100));
  auto g = Measure(Encode(grey, ".png"), FaceBox{50, 50, 150, 150, 200, 200});
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->dark_clip, 0);
  EXPECT_EQ(g->bright_clip, 0);
  EXPECT_DOUBLE_EQ(g->mean_luma, 100 / 255.0);
  EXPECT_EQ(g->contrast, 0);
  EXPECT_EQ(g->face_sharpness, 0);

  // 8/255 still counts as clipped dark, 9/255 does not; 247 bright, 246 not.
  // The inner face spans rows 25-89: 20 rows of each band but the last.
  cv::Mat edges(100, 100, CV_8UC1, cv::Scalar(8));
  edges(cv::Rect(0, 0, 100, 25)).setTo(9);
  edges(cv::Rect(0, 25, 100, 20)).setTo(9);    // rows 25-44: not clipped
  edges(cv::Rect(0, 45, 100, 20)).setTo(8);    // rows 45-64: dark
  edges(cv::Rect(0, 65, 100, 20)).setTo(247);  // rows 65-84: bright
  edges(cv::Rect(0, 85, 100, 15)).setTo(246);  // rows 85-89 in the face: not clipped
  auto e = Measure(Encode(edges, ".png"), FaceBox{0, 0, 100, 100, 100, 100});
  ASSERT_TRUE(e.ok());
  EXPECT_NEAR(e->dark_clip, 20.0 / 65, 1e-12);
  EXPECT_NEAR(e->bright_clip, 20.0 / 65, 1e-12);
}

// Sharpness is the face's, not the crop's: a face out of focus in front of a
// sharp texture loses to a sharp face on a plain background, and halving
// the face's contrast barely moves its sharpness.
TEST(Measure, JudgesTheFaceNotTheBackground) {
  const cv::Mat texture = Textured(300);
  const FaceBox box{100, 100, 200, 200, 300, 300};
  const cv::Rect face(100, 100, 100, 100);
  auto sharpness = [&](const cv::Mat& img) {
    auto m = Measure(Encode(img, ".png"), box);
    EXPECT_TRUE(m.ok());
    return m.ok() ? m->face_sharpness : 0;
  };
  cv::Mat plain(300, 300, CV_8UC3, cv::Scalar(128, 128, 128));
  texture(face).copyTo(plain(face));
  cv::Mat busy = texture.clone(), blurred;
  cv::GaussianBlur(texture, blurred, cv::Size(), 3.0);
  blurred(face).copyTo(busy(face));
  cv::Mat faint = plain.clone();
  plain(face).convertTo(faint(face), -1, 0.5, 64);

  const double sharp = sharpness(plain), out_of_focus = sharpness(busy), low_contrast = sharpness(faint);
  EXPECT_GT(sharp, 3 * out_of_focus) << sharp << " vs " << out_of_focus;
  EXPECT_GT(low_contrast, 3 * out_of_focus) << low_contrast << " vs " << out_of_focus;
  EXPECT_NEAR(low_contrast, sharp, 0.1 * sharp);
}

TEST(Measure, TinyCropStillAnswers) {
  const std::string png = Encode(Textured(200), ".png");
  auto r = Measure(png, FaceBox{100, 100, 104, 104, 200, 200});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_LT(r->crop_pixels, 8);
  EXPECT_EQ(r->face_sharpness, 0);  // nothing to measure
  EXPECT_GT(r->classic_sharpness, 0);
  // A box entirely outside the frame: neutral exposure, zero crop.
  auto out = Measure(png, FaceBox{300, 300, 400, 400, 200, 200});
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->crop_pixels, 0);
  EXPECT_DOUBLE_EQ(out->mean_luma, 0.5);
}

TEST(Measure, MapsTheBoxFromTheMlFrame) {
  // A 1000x800 image whose right half is white; the box lies in the right
  // half of a 500x400 frame, so it must land in the white part.
  cv::Mat m(800, 1000, CV_8UC1, cv::Scalar(0));
  m(cv::Rect(500, 0, 500, 800)).setTo(255);
  auto r = Measure(Encode(m, ".png"), FaceBox{300, 100, 400, 200, 500, 400});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->crop_pixels, 220);
  EXPECT_DOUBLE_EQ(r->bright_clip, 1.0);
}

TEST(Measure, ReducedJpegDecodeAgreesWithFullDecode) {
  // A 4000x3000 JPEG with a face crop of 1430 px: without the classic score
  // it is decoded at 1/2 scale (715 px left >= 4 x 160); the exposure figures
  // must agree and sharpness stay close. A 700 px crop is not reduced at all.
  cv::Mat img;
  cv::resize(Textured(1000), img, cv::Size(4000, 3000), 0, 0, cv::INTER_CUBIC);
  const std::string jpg = Encode(img, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 90});
  const FaceBox box{1400, 800, 2400, 2100, 4000, 3000};
  auto full = Measure(jpg, box);
  auto fast = Measure(jpg, box, MeasureOptions{.classic = false});
  ASSERT_TRUE(full.ok() && fast.ok());
  EXPECT_EQ(full->crop_pixels, 1430);
  EXPECT_GT(full->classic_sharpness, 0);
  EXPECT_EQ(fast->classic_sharpness, 0);
  EXPECT_EQ(fast->crop_pixels, full->crop_pixels);
  EXPECT_NEAR(fast->mean_luma, full->mean_luma, 0.01);
  EXPECT_NEAR(fast->contrast, full->contrast, 0.01);
  EXPECT_NEAR(fast->face_sharpness, full->face_sharpness, 0.15 * full->face_sharpness);
  EXPECT_NE(fast->face_sharpness, full->face_sharpness);  // it really took the fast path

  // Crop 699: no reduction, only libjpeg's luma instead of BGR2GRAY.
  const FaceBox mid{1700, 1200, 2200, 1836, 4000, 3000};
  auto a = Measure(jpg, mid);
  auto b = Measure(jpg, mid, MeasureOptions{.classic = false});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NEAR(a->face_sharpness, b->face_sharpness, 0.03 * a->face_sharpness);
  EXPECT_NEAR(a->mean_luma, b->mean_luma, 0.005);
}

}  // namespace
}  // namespace ifpo::image
