// Runs the labelled quality evaluation (bench/quality) on the committed
// manifest and the photos python3-skimage installs: the quality score must
// rank the better photo of each pair above the worse one at least 95% of the
// time, on whole-image and on local degradations alike, and beat the
// classic formula.
// IFPO_QUALITY_MANIFEST comes with ifpo_quality_eval (bench/CMakeLists.txt
// links it into unit_image); without bench/ this file compiles to nothing.
#ifdef IFPO_QUALITY_MANIFEST
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "quality/eval.h"

namespace ifpo::bench {
namespace {

Manifest Load() {
  auto m = LoadManifest(IFPO_QUALITY_MANIFEST);
  EXPECT_TRUE(m.ok()) << (m.ok() ? "" : m.error().message);
  if (!m.ok()) return {};
  for (const std::vector<Photo>* list : {&m->photos, &m->textures})
    for (const Photo& p : *list) {
      EXPECT_TRUE(std::filesystem::exists(p.Path()))
          << p.Path() << " is missing: the evaluation reads photos from the Debian package " << p.package
          << " (apt-get install " << p.package << ")";
    }
  return *m;
}

TEST(QualityEvaluation, ManifestListsLicensedPhotos) {
  const Manifest m = Load();
  ASSERT_GE(m.photos.size(), 3u);
  ASSERT_GE(m.textures.size(), 3u);
  for (const Photo& p : m.photos) {
    EXPECT_FALSE(p.licence.empty()) << p.name;
    EXPECT_LT(p.face.x1, p.face.x2) << p.name;
    EXPECT_LT(p.face.y1, p.face.y2) << p.name;
  }
  for (const Photo& t : m.textures) EXPECT_FALSE(t.licence.empty()) << t.name;
}

void ExpectBeatsClassic(Analysed analysed, double min_quality) {
  const Manifest m = Load();
  if (::testing::Test::HasFailure()) return;
  auto e = Evaluate(m, analysed);
  ASSERT_TRUE(e.ok()) << e.error().message;
  ::testing::Test::RecordProperty("quality_accuracy", std::to_string(e->overall.QualityAccuracy()));
  ::testing::Test::RecordProperty("classic_accuracy", std::to_string(e->overall.ClassicAccuracy()));
  std::printf("%s", FormatTable(*e, false).c_str());
  // 3 photos x 2 framings x (15 whole-image + 9 local degradations), fewer
  // crowd variants if a framing has no room for other faces.
  EXPECT_GE(e->overall.pairs, 136);
  EXPECT_EQ(e->by_degradation.size(), 11u);
  // The local degradations are there and each is recognised.
  for (const char* local : {"face-blur", "bokeh", "textured-background"}) {
    ASSERT_TRUE(e->by_degradation.count(local)) << local;
    EXPECT_GE(e->by_degradation.at(local).QualityAccuracy(), min_quality) << local << "\n" << FormatTable(*e, true);
  }
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
