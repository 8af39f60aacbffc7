#include "score/classic.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace ifpo::score {
namespace {

constexpr double kTol = 1e-9;

FaceBox Box(int x1, int y1, int x2, int y2, int w, int h) { return FaceBox{x1, y1, x2, y2, w, h}; }

TEST(ClassicFaceSize, ScalesToTheOriginal) {
  // 100 x 50 = 5000 px in a 1000x500 preview of a 4000x2000 original:
  // scale = (4000*2000)/(1000*500) = 16, so 80000.
  EXPECT_NEAR(ClassicFaceSize(Box(10, 20, 110, 70, 1000, 500), 4000, 2000), 80000.0, kTol);
  // Same frame as the original: unscaled.
  EXPECT_NEAR(ClassicFaceSize(Box(10, 20, 110, 70, 4000, 2000), 4000, 2000), 5000.0, kTol);
  // Rotated original (exif 2000x4000 for an upright 1000x500 frame): the product is the same, 16.
  EXPECT_NEAR(ClassicFaceSize(Box(10, 20, 110, 70, 1000, 500), 2000, 4000), 80000.0, kTol);
}

TEST(ClassicFaceSize, ReversedCornersUseAbsoluteSides) {
  EXPECT_NEAR(ClassicFaceSize(Box(110, 70, 10, 20, 1000, 500), 4000, 2000), 80000.0, kTol);
}

TEST(ClassicFaceSize, UnknownSizesLeaveTheAreaUnscaled) {
  EXPECT_NEAR(ClassicFaceSize(Box(10, 20, 110, 70, 1000, 500), 0, 0), 5000.0, kTol);
  EXPECT_NEAR(ClassicFaceSize(Box(10, 20, 110, 70, 1000, 500), 4000, 0), 5000.0, kTol);
  EXPECT_NEAR(ClassicFaceSize(Box(10, 20, 110, 70, 0, 0), 4000, 2000), 5000.0, kTol);
  EXPECT_NEAR(ClassicFaceSize(Box(10, 20, 110, 70, 1000, 0), 4000, 2000), 5000.0, kTol);
  EXPECT_NEAR(ClassicFaceSize(Box(10, 20, 110, 70, 1000, 500), -4000, 2000), 5000.0, kTol);
}

TEST(ClassicFaceSize, EmptyBoxIsNeutral) {
  EXPECT_EQ(ClassicFaceSize(Box(10, 10, 10, 50, 1000, 500), 4000, 2000), 1.0);
  EXPECT_EQ(ClassicFaceSize(Box(10, 10, 60, 10, 1000, 500), 4000, 2000), 1.0);
  EXPECT_EQ(ClassicFaceSize(FaceBox{}, 0, 0), 1.0);
}

TEST(ClassicFaceSize, LargeNumbersDoNotOverflow) {
  // 40000^2 = 1.6e9 > INT_MAX; scale (60000*60000)/(30000*30000) = 4 -> 6.4e9.
  EXPECT_NEAR(ClassicFaceSize(Box(0, 0, 40000, 40000, 30000, 30000), 60000, 60000), 6.4e9, 1e-3);
}

TEST(InvertFaceSize, ReciprocalWithGuard) {
  EXPECT_NEAR(InvertFaceSize(80000.0), 1.25e-5, 1e-15);
  EXPECT_NEAR(InvertFaceSize(0.5), 2.0, kTol);
  EXPECT_EQ(InvertFaceSize(1.0), 1.0);
  EXPECT_EQ(InvertFaceSize(0.0), 1.0);
  EXPECT_EQ(InvertFaceSize(-3.0), 1.0);
  EXPECT_EQ(InvertFaceSize(std::numeric_limits<double>::quiet_NaN()), 1.0);
  // Smaller faces score higher, as -p wants.
  EXPECT_GT(InvertFaceSize(100.0), InvertFaceSize(10000.0));
}

TEST(InvertSharpness, ReciprocalWithFiniteCeiling) {
  EXPECT_NEAR(InvertSharpness(250.0), 0.004, 1e-15);
  EXPECT_NEAR(InvertSharpness(2e-9), 5e8, 1e-3);
  EXPECT_EQ(InvertSharpness(0.0), 1e9);
  EXPECT_EQ(InvertSharpness(1e-10), 1e9);
  EXPECT_EQ(InvertSharpness(1e-9), 1e9);
  EXPECT_EQ(InvertSharpness(-1.0), 1e9);
  EXPECT_EQ(InvertSharpness(std::numeric_limits<double>::quiet_NaN()), 1e9);
  // Blurrier (lower variance) scores higher, as -B wants.
  EXPECT_GT(InvertSharpness(10.0), InvertSharpness(1000.0));
}

}  // namespace
}  // namespace ifpo::score
