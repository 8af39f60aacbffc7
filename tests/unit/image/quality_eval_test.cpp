// Runs the labelled quality evaluation (bench/quality) on the committed
// manifest and the photos python3-skimage installs: the quality score must
// rank the pristine photo above each degraded one at least 95% of the time,
// and beat the classic formula.
// IFPO_QUALITY_MANIFEST comes with ifpo_quality_eval (bench/CMakeLists.txt
// links it into unit_image); without bench/ this file compiles to nothing.
#ifdef IFPO_QUALITY_MANIFEST
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "quality/eval.h"

namespace ifpo::bench {
namespace {

Manifest Load() {
  auto m = LoadManifest(IFPO_QUALITY_MANIFEST);
  EXPECT_TRUE(m.ok()) << (m.ok() ? "" : m.error().message);
  if (!m.ok()) return {};
  for (const Photo& p : m->photos) {
    const std::string path = m->image_dir + "/" + p.file;
    EXPECT_TRUE(std::filesystem::exists(path))
        << path << " is missing: the evaluation reads photos from the Debian package " << m->package
        << " (apt-get install " << m->package << ")";
  }
  return *m;
}

TEST(QualityEvaluation, ManifestListsLicensedPhotos) {
  const Manifest m = Load();
  ASSERT_GE(m.photos.size(), 2u);
  for (const Photo& p : m.photos) {
    EXPECT_FALSE(p.licence.empty()) << p.name;
    EXPECT_LT(p.face.x1, p.face.x2) << p.name;
    EXPECT_LT(p.face.y1, p.face.y2) << p.name;
  }
}

void ExpectBeatsClassic(Analysed analysed, double min_quality) {
  const Manifest m = Load();
  if (::testing::Test::HasFailure()) return;
  auto e = Evaluate(m, analysed);
  ASSERT_TRUE(e.ok()) << e.error().message;
  ::testing::Test::RecordProperty("quality_accuracy", std::to_string(e->overall.QualityAccuracy()));
  ::testing::Test::RecordProperty("classic_accuracy", std::to_string(e->overall.ClassicAccuracy()));
  std::printf("%s", FormatTable(*e, false).c_str());
  // 2 photos x 2 framings x 15 degradations (fewer crowd variants if a
  // framing has no room for other faces).
  EXPECT_GE(e->overall.pairs, 56);
  EXPECT_EQ(e->by_degradation.size(), 8u);
  EXPECT_GE(e->overall.QualityAccuracy(), min_quality) << FormatTable(*e, true);
  EXPECT_GT(e->overall.QualityAccuracy(), e->overall.ClassicAccuracy());
  // Each kind of degradation is recognised most of the time on its own.
  for (const auto& [name, t] : e->by_degradation) EXPECT_GE(t.QualityAccuracy(), 0.75) << name;
}

// As the organizer measures: the thumbnail, or the preview for small faces.
TEST(QualityEvaluation, AutoRenditionReachesTarget) { ExpectBeatsClassic(Analysed::kAuto, 0.95); }
TEST(QualityEvaluation, PreviewReachesTarget) { ExpectBeatsClassic(Analysed::kPreview, 0.95); }
TEST(QualityEvaluation, ThumbnailReachesTarget) { ExpectBeatsClassic(Analysed::kThumbnail, 0.95); }

}  // namespace
}  // namespace ifpo::bench
#endif  // IFPO_QUALITY_MANIFEST
