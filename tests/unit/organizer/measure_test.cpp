// Stage 3, in-process: -b/-B download and measure what could win, and a
// photo that could not be read never hands the person a worse one.
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "unit/organizer/fake_immich.h"

namespace ifpo::organizer {
namespace {

using testing::Photo;
using testing::Someone;
using Puts = std::vector<std::pair<std::string, std::string>>;

// An 800x600 JPEG of the 2000x1500 frame that Photo() puts boxes in: seeded
// detail everywhere, blurred by sigma (0: sharp).
std::string Jpeg(double sigma, int seed) {
  cv::Mat img(600, 800, CV_8UC3);
  cv::RNG rng(static_cast<uint64_t>(seed));
  rng.fill(img, cv::RNG::UNIFORM, cv::Scalar::all(40), cv::Scalar::all(215));
  cv::resize(img, img, cv::Size(200, 150), 0, 0, cv::INTER_AREA);  // 4 px detail, not pixel noise
  cv::resize(img, img, cv::Size(800, 600), 0, 0, cv::INTER_CUBIC);
  if (sigma > 0) cv::GaussianBlur(img, img, cv::Size(), sigma);
  std::vector<uchar> out;
  cv::imencode(".jpg", img, out, {cv::IMWRITE_JPEG_QUALITY, 92});
  return std::string(out.begin(), out.end());
}

class Measure : public testing::InProcess {
 protected:
  void SetUp() override {
    immich_.people = {Someone("alice", "Alice")};
    // Newest first: without -b the blurry one wins on order alone.
    immich_.assets = {Photo("blurry", "2026-05-01T10:00:00Z", {{"alice", 500, 700, 400}}),
                      Photo("sharp", "2025-05-01T10:00:00Z", {{"alice", 500, 700, 400}})};
    immich_.images = {{"blurry", Jpeg(6, 1)}, {"sharp", Jpeg(0, 2)}};
  }
};

TEST_F(Measure, WithoutBlurDetectionNothingIsDownloaded) {
  EXPECT_EQ(ChosenFor(Choose({}), "alice"), "blurry");
  EXPECT_TRUE(immich_.fetched.empty());
}

TEST_F(Measure, BlurDetectionPicksTheSharpFaceAndReversedTheBlurryOne) {
  EXPECT_EQ(ChosenFor(Choose({"-b"}), "alice"), "sharp");
  EXPECT_EQ(ChosenFor(Choose({"-B"}), "alice"), "blurry");
  EXPECT_EQ(ChosenFor(Choose({"--classic", "-b"}), "alice"), "sharp");
}

TEST_F(Measure, ABrokenImageCannotWin) {
  immich_.images["sharp"] = "not a jpeg at all";
  auto people = Choose({"-b"});
  EXPECT_EQ(ChosenFor(people, "alice"), "blurry");
  EXPECT_NE(Log().find("the image on the server is broken"), std::string::npos) << Log();
}

TEST_F(Measure, APhotoThatCouldNotBeDownloadedAndCouldHaveWonFailsThePerson) {
  immich_.image_errors["sharp"] = MakeError(ErrorKind::kServer, "Immich answered 500");
  EXPECT_EQ(RunAll({"-b", "--output", "json"}), ExitCode::kPartial);
  EXPECT_TRUE(immich_.puts.empty());  // never updated from partial data
  EXPECT_NE(terminal_.printed.find("\"action\":\"failed\""), std::string::npos) << terminal_.printed;
  EXPECT_NE(terminal_.printed.find("photo sharp could not be downloaded"), std::string::npos) << terminal_.printed;
}

TEST_F(Measure, APhotoThatCouldNotBeDownloadedButCouldNotHaveWonIsNoObstacle) {
  // A tiny face: even perfectly sharp it scores below the measured sharp one.
  immich_.assets.push_back(Photo("tiny", "2024-05-01T10:00:00Z", {{"alice", 40, 100, 100}}));
  immich_.image_errors["tiny"] = MakeError(ErrorKind::kServer, "Immich answered 500");
  EXPECT_EQ(RunAll({"-b"}), ExitCode::kOk);
  EXPECT_EQ(immich_.puts, (Puts{{"alice", "sharp"}}));
}

TEST_F(Measure, PhotosThatCannotWinAreNotDownloaded) {
  for (int i = 0; i < 6; ++i) {
    immich_.assets.push_back(Photo("tiny" + std::to_string(i), "2024-05-01T10:00:00Z", {{"alice", 40, 100, 100}}));
    immich_.images["tiny" + std::to_string(i)] = Jpeg(0, 10 + i);
  }
  EXPECT_EQ(ChosenFor(Choose({"-b"}), "alice"), "sharp");
  // One round of the bounded search (3 photos, best bound first) is measured;
  // then no tiny face's bound reaches the sharp face's score.
  EXPECT_EQ(immich_.fetched.size(), 3u) << Log();
  EXPECT_EQ(immich_.fetched[0].substr(0, 6), "blurry") << Log();
  // -B has no bound: every photo is needed; the 3 measured ones come from the cache.
  immich_.fetched.clear();
  Choose({"-B"});
  EXPECT_EQ(immich_.fetched.size(), 5u) << ::testing::PrintToString(immich_.fetched);
}

TEST_F(Measure, AKeyThatCannotDownloadEndsTheRunBeforeAnyChange) {
  for (const char* a : {"blurry", "sharp"})
    immich_.image_errors[a] = MakeError(ErrorKind::kPermission, "Immich answered 403: missing asset.view");
  EXPECT_EQ(RunAll({"-b"}), ExitCode::kError);
  EXPECT_TRUE(immich_.puts.empty());
  EXPECT_NE(Log().find("the API key cannot download photos, which -b/-B need"), std::string::npos) << Log();
}

}  // namespace
}  // namespace ifpo::organizer
