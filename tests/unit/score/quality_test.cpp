#include "score/quality.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace ifpo::score {
namespace {

QualityInputs Face(int x1, int y1, int x2, int y2, int fw = 1440, int fh = 1080) {
  QualityInputs in;
  in.box = FaceBox{x1, y1, x2, y2, fw, fh};
  return in;
}

FaceMeasures Pixels(double sharp, double dark = 0, double bright = 0, double mean = 0.5, double contrast = 0.2,
                    int crop = 200) {
  FaceMeasures m;
  m.face_sharpness = sharp;
  m.dark_clip = dark;
  m.bright_clip = bright;
  m.mean_luma = mean;
  m.contrast = contrast;
  m.crop_pixels = crop;
  return m;
}

TEST(QualitySize, SaturatesAtTheThumbnailSide) {
  // 100x120 in the 1440x1080 preview of a 4000x3000 original: 120 * 2.78 *
  // 1.1 = 367 px of crop, more than 250: full credit.
  QualityInputs in = Face(600, 300, 700, 420);
  in.exif_width = 4000;
  in.exif_height = 3000;
  EXPECT_DOUBLE_EQ(Quality(in, false, false).size, 1.0);
  // Same box, original no bigger than the preview: 120 * 1.1 / 250 = 0.528.
  in.exif_width = 1440;
  in.exif_height = 1080;
  EXPECT_DOUBLE_EQ(Quality(in, false, false).size, 0.528);
  // Unknown exif size: the box's own frame is used.
  in.exif_width = 0;
  EXPECT_DOUBLE_EQ(Quality(in, false, false).size, 0.528);
  // A 1-pixel face hits the floor.
  EXPECT_DOUBLE_EQ(Quality(Face(10, 10, 11, 11), false, false).size, 0.02);
}

TEST(QualitySize, OrientationSwapsExifSides) {
  // Upright frame 1080x1440 (portrait); exif stores the landscape 4000x3000
  // sensor size with orientation 6, so the upright original is 3000x4000 and
  // both scales are 2.78: 60 px wide -> 166.7 * 1.1 / 250 = 0.7333.
  QualityInputs in = Face(100, 100, 160, 140, 1080, 1440);
  in.exif_width = 4000;
  in.exif_height = 3000;
  in.orientation = 6;
  EXPECT_NEAR(Quality(in, false, false).size, 60 * (3000.0 / 1080) * 1.1 / 250, 1e-12);
  EXPECT_NEAR(Quality(in, false, false).size, 0.73333, 1e-5);
  // Read without the swap it would be 60 * 4000/1080 * 1.1 / 250 = 0.978.
  in.orientation = 1;
  EXPECT_NEAR(Quality(in, false, false).size, 0.97778, 1e-5);
}

TEST(QualitySize, FavorSmallInverts) {
  QualityInputs in = Face(600, 300, 650, 360);  // 60 * 1.1 / 250 = 0.264
  EXPECT_DOUBLE_EQ(Quality(in, false, false).size, 0.264);
  EXPECT_DOUBLE_EQ(Quality(in, false, true).size, 1 / 0.264);
}

TEST(QualityBorder, WorkedNumbers) {
  // Well inside: no penalty.
  EXPECT_DOUBLE_EQ(Quality(Face(400, 400, 500, 500, 1000, 1000), false, false).border, 1.0);
  // Near the edge but whole, square inside: no penalty.
  EXPECT_DOUBLE_EQ(Quality(Face(10, 400, 110, 500, 1000, 1000), false, false).border, 1.0);
  // Touching the left edge: the 110 px square is 5/110 outside:
  // (1 - 0.5 * 5/110) * 0.85.
  EXPECT_NEAR(Quality(Face(0, 400, 100, 500, 1000, 1000), false, false).border, (1 - 0.5 * 5 / 110.0) * 0.85, 1e-12);
  // Half the face outside: (1 - 0.5)^2 * (1 - 0.5 * 0.5) * 0.85 = 0.159375.
  EXPECT_NEAR(Quality(Face(-50, 400, 50, 500, 1000, 1000), false, false).border, 0.159375, 1e-12);
  // Entirely outside: floor.
  EXPECT_DOUBLE_EQ(Quality(Face(-300, 400, -200, 500, 1000, 1000), false, false).border, 0.05);
}

TEST(QualityCrowd, WeighsOtherFacesBySize) {
  QualityInputs in = Face(100, 100, 200, 200, 1000, 1000);
  EXPECT_DOUBLE_EQ(Quality(in, false, false).crowd, 1.0);
  in.other_faces = {FaceBox{500, 500, 600, 600, 1000, 1000}};  // same size
  EXPECT_DOUBLE_EQ(Quality(in, false, false).crowd, 1 / 1.5);
  in.other_faces = {FaceBox{500, 500, 550, 550, 1000, 1000}};  // half the side: 0.25 weight
  EXPECT_DOUBLE_EQ(Quality(in, false, false).crowd, 1 / 1.125);
  in.other_faces = {FaceBox{500, 500, 510, 510, 1000, 1000}};  // tiny background face
  EXPECT_NEAR(Quality(in, false, false).crowd, 1 / 1.005, 1e-12);
  in.other_faces = {FaceBox{0, 0, 400, 400, 1000, 1000}};  // bigger counts as same size
  EXPECT_DOUBLE_EQ(Quality(in, false, false).crowd, 1 / 1.5);
  in.other_faces = {FaceBox{500, 500, 600, 600, 1000, 1000}, FaceBox{700, 700, 800, 800, 1000, 1000}};
  EXPECT_DOUBLE_EQ(Quality(in, false, false).crowd, 0.5);
  // Frames may differ: 50x50 in 500x500 is the same relative size.
  in.other_faces = {FaceBox{10, 10, 60, 60, 500, 500}};
  EXPECT_DOUBLE_EQ(Quality(in, false, false).crowd, 1 / 1.5);
}

TEST(QualityShape, PenalisesImplausibleBoxes) {
  EXPECT_DOUBLE_EQ(Quality(Face(100, 100, 180, 200), false, false).shape, 1.0);  // 0.8
  // w/h = 1.5: d = ln(1.5 / 1.2), exp(-(d / 0.5)^2) = 0.8194.
  const double d = std::log(1.5 / 1.2);
  EXPECT_NEAR(Quality(Face(100, 100, 250, 200), false, false).shape, std::exp(-(d / 0.5) * (d / 0.5)), 1e-12);
  EXPECT_NEAR(Quality(Face(100, 100, 250, 200), false, false).shape, 0.81941, 1e-5);
  // w/h = 0.3 falls to the floor.
  EXPECT_DOUBLE_EQ(Quality(Face(100, 100, 130, 200), false, false).shape, 0.2);
}

TEST(QualitySharpness, SaturatesAndInverts) {
  QualityInputs in = Face(600, 300, 700, 420);
  EXPECT_DOUBLE_EQ(Quality(in, false, false).sharpness, 1.0);  // not analysed
  EXPECT_DOUBLE_EQ(Quality(in, true, false).sharpness, 1.0);
  in.pixels = Pixels(1.5);  // the detail ratio at its reference: 1 - e^-1
  EXPECT_NEAR(Quality(in, false, false).sharpness, 1 - std::exp(-1.0), 1e-12);  // 0.632
  EXPECT_NEAR(Quality(in, true, false).sharpness, 1 / (1 - std::exp(-1.0)), 1e-12);
  in.pixels = Pixels(0.75);  // half the reference: 1 - e^-(1/4)
  EXPECT_NEAR(Quality(in, false, false).sharpness, 1 - std::exp(-0.25), 1e-12);
  in.pixels = Pixels(6);  // a sharp face saturates
  EXPECT_GT(Quality(in, false, false).sharpness, 0.9999);
  in.pixels = Pixels(0);
  EXPECT_DOUBLE_EQ(Quality(in, false, false).sharpness, 0.01);
  EXPECT_DOUBLE_EQ(Quality(in, true, false).sharpness, 100.0);
  in.pixels = Pixels(5000, 0, 0, 0.5, 0.2, /*crop=*/5);  // too small to judge
  EXPECT_DOUBLE_EQ(Quality(in, false, false).sharpness, 0.5);
}

TEST(QualityExposure, WorkedNumbers) {
  QualityInputs in = Face(600, 300, 700, 420);
  in.pixels = Pixels(1000);
  EXPECT_DOUBLE_EQ(Quality(in, false, false).exposure, 1.0);
  in.pixels = Pixels(1000, 0.1);  // 10% crushed blacks: 0.9^2
  EXPECT_NEAR(Quality(in, false, false).exposure, 0.81, 1e-12);
  in.pixels = Pixels(1000, 0, 0.3);  // 30% blown highlights: 0.7^2
  EXPECT_NEAR(Quality(in, false, false).exposure, 0.49, 1e-12);
  in.pixels = Pixels(1000, 0, 0, 0.25);  // darker skin, mid-tones: no penalty
  EXPECT_DOUBLE_EQ(Quality(in, false, false).exposure, 1.0);
  in.pixels = Pixels(1000, 0, 0, 0.05);  // 0.15 below the band: e^-1
  EXPECT_NEAR(Quality(in, false, false).exposure, std::exp(-1.0), 1e-12);
  in.pixels = Pixels(1000, 0, 0, 0.5, 0.015);  // washed out: sqrt(0.25)
  EXPECT_NEAR(Quality(in, false, false).exposure, 0.5, 1e-12);
  in.pixels = Pixels(1000, 1.0, 0, 0.0, 0.0);  // black frame: floor
  EXPECT_DOUBLE_EQ(Quality(in, false, false).exposure, 0.05);
}

TEST(Quality, TotalIsTheProduct) {
  QualityInputs in = Face(-50, 400, 50, 500, 1000, 1000);      // border 0.159375
  in.other_faces = {FaceBox{500, 500, 600, 600, 1000, 1000}};  // crowd 2/3
  in.pixels = Pixels(1.5, 0.1);                                // sharp 0.632, exposure 0.81
  const QualityParts p = Quality(in, false, false);
  EXPECT_DOUBLE_EQ(p.size, 0.44);  // 100 * 1.1 / 250
  EXPECT_NEAR(p.total, 0.44 * 0.159375 * (1 / 1.5) * 1.0 * (1 - std::exp(-1.0)) * 0.81, 1e-12);
  EXPECT_DOUBLE_EQ(p.total, p.size * p.border * p.crowd * p.shape * p.sharpness * p.exposure);
}

TEST(Quality, HostileInputsStayFiniteAndPositive) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  for (const QualityInputs& base :
       {Face(0, 0, 0, 0, 0, 0), Face(5, 5, 1, 1, 10, 10), Face(-1000000, -1000000, 1000000, 1000000, 1, 1)}) {
    QualityInputs in = base;
    in.exif_width = -5;
    in.other_faces = {FaceBox{}, FaceBox{0, 0, 1, 1, 0, 0}};
    for (double v : {nan, inf, -inf, -1.0}) {
      in.pixels = Pixels(v, v, v, v, v, -3);
      for (bool blur : {false, true})
        for (bool small : {false, true}) {
          const QualityParts p = Quality(in, blur, small);
          EXPECT_TRUE(std::isfinite(p.total) && p.total > 0) << v << " " << blur << small;
        }
    }
  }
}

}  // namespace
}  // namespace ifpo::score
