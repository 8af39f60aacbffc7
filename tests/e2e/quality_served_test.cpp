// The labelled quality evaluation (bench/quality) end to end: every pair
// (pristine, degraded) of real photographs becomes one person in a test
// server library whose two candidates are the two versions, served as Immich
// would serve them (WebP thumbnail and JPEG preview resized from the photo,
// face boxes in the preview's frame, other faces as unassigned faces). The
// real binary runs once per scoring mode; a pair counts as right when the
// person ends up with the pristine photo (the PUT the server received).
//
// IFPO_QUALITY_MANIFEST comes with ifpo_quality_eval (bench/CMakeLists.txt
// links it into e2e_tests); without bench/ this file compiles to nothing.
#ifdef IFPO_QUALITY_MANIFEST
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <map>

#include "e2e/harness.h"
#include "quality/eval.h"

namespace ifpo::e2e {
namespace {

struct PersonPair {
  std::string person, pristine, degraded;
  const bench::ServedPair* pair = nullptr;
};

struct Served {
  std::vector<bench::ServedPair> pairs;
  testserver::Library lib;
  std::vector<PersonPair> people;
};

std::string AddShot(testserver::Library& lib, const bench::ServedShot& shot, const std::string& person,
                    const std::string& when) {
  testserver::TsAsset a;
  a.file_created_at = a.local_date_time = when;
  a.date_time_original = when;
  a.width = shot.width;
  a.height = shot.height;
  a.exif_width = shot.width;
  a.exif_height = shot.height;
  a.orientation = 1;
  a.image.original = std::make_shared<const std::string>(shot.png);
  std::string id = lib.AddAsset(a);
  auto add = [&](const FaceBox& b, const std::string& who) {
    lib.AddFace(id, who, b.x1, b.y1, b.x2, b.y2, b.image_width, b.image_height);
  };
  add(shot.face, person);
  for (const FaceBox& o : shot.others) add(o, "");  // unassigned: another face, nobody we process
  return id;
}

// One person per pair. The degraded photo is the newer one, so the server
// lists it first and a tie (kept in server order) counts as wrong, as in
// the bench, where a pair is right only when the pristine photo scores higher.
Served MakeServed(std::vector<bench::ServedPair> pairs) {
  Served s;
  s.pairs = std::move(pairs);
  for (size_t i = 0; i < s.pairs.size(); ++i) {
    const bench::ServedPair& p = s.pairs[i];
    PersonPair pp;
    pp.pair = &p;
    pp.person = s.lib.AddPerson(p.photo + " " + p.degradation + " " + p.variant);
    auto when = [&](int hour) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "2024-01-%02dT%02d:%02d:00.000Z", 1 + static_cast<int>(i / 60), hour,
                    static_cast<int>(i % 60));
      return std::string(buf);
    };
    pp.pristine = AddShot(s.lib, p.better, pp.person, when(8));
    pp.degraded = AddShot(s.lib, p.worse, pp.person, when(9));
    s.people.push_back(pp);
  }
  return s;
}

struct Outcome {
  int right = 0, pairs = 0;
  std::map<std::string, std::pair<int, int>> by_degradation;  // right, pairs
  std::string wrong;                                          // the pairs it got wrong
  double seconds = 0;
  double Accuracy() const { return pairs ? static_cast<double>(right) / pairs : 0; }
};

// Serves the library, runs the binary with `args`, tallies whose photo each person got.
Outcome RunMode(const Served& s, const std::vector<std::string>& args) {
  Outcome o;
  testserver::TestServer server(s.lib, testserver::Dialect::kV2_5);
  EXPECT_GT(server.Start(), 0);
  std::vector<std::string> full = {server.BaseUrl(), "test-key", "-u"};
  full.insert(full.end(), args.begin(), args.end());
  const auto t0 = std::chrono::steady_clock::now();
  const RunResult r = RunTool(full);
  o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // One PUT per person (nobody had a featured photo before).
  EXPECT_EQ(server.Updates().size(), s.people.size()) << r.err;
  for (const PersonPair& p : s.people) {
    const std::string got = server.FeatureAssetOf(p.person);
    EXPECT_TRUE(got == p.pristine || got == p.degraded) << p.pair->photo << " " << p.pair->variant << ": " << got;
    const bool right = got == p.pristine;
    ++o.pairs;
    o.right += right;
    auto& d = o.by_degradation[p.pair->degradation];
    d.first += right;
    ++d.second;
    if (!right) o.wrong += "  " + p.pair->photo + " " + p.pair->degradation + " " + p.pair->variant + "\n";
  }
  server.Stop();
  return o;
}

TEST(QualityServed, EndToEndPairwiseAccuracy) {
  auto manifest = bench::LoadManifest(IFPO_QUALITY_MANIFEST);
  ASSERT_TRUE(manifest.ok()) << manifest.error().message;
  auto pairs = bench::ServedPairs(*manifest);
  ASSERT_TRUE(pairs.ok()) << pairs.error().message << " (the photos come from the Debian package " << manifest->package
                          << ")";
  // 3 photos x 2 framings x 24 degradations, whole-image and local (fewer
  // crowd variants where a framing has no room for other faces), as in the bench.
  ASSERT_GE(pairs->size(), 136u);
  const Served served = MakeServed(std::move(*pairs));

  // Quality score with the image factors (-b: sharpness and exposure), and
  // the classic formula with its blur detection: the bench's two scores.
  const Outcome quality = RunMode(served, {"-b"});
  const Outcome classic = RunMode(served, {"--classic", "-b"});

  std::printf("End-to-end quality evaluation (%d pairs, Immich %s dialect):\n", quality.pairs, "2.7");
  std::printf("%-20s %6s %10s %10s\n", "degradation", "pairs", "quality", "classic");
  for (const auto& [name, q] : quality.by_degradation) {
    const auto& c = classic.by_degradation.at(name);
    std::printf("%-20s %6d %9.1f%% %9.1f%%\n", name.c_str(), q.second, 100.0 * q.first / q.second,
                100.0 * c.first / c.second);
  }
  std::printf("%-20s %6d %9.1f%% %9.1f%%\n", "overall", quality.pairs, 100 * quality.Accuracy(),
              100 * classic.Accuracy());
  std::printf("run time: quality %.1f s, classic %.1f s\n", quality.seconds, classic.seconds);
  ::testing::Test::RecordProperty("quality_accuracy", std::to_string(quality.Accuracy()));
  ::testing::Test::RecordProperty("classic_accuracy", std::to_string(classic.Accuracy()));

  EXPECT_GE(quality.Accuracy(), 0.95) << "quality got these wrong:\n" << quality.wrong;
  // A face out of focus in front of a sharp or textured background, and a
  // bokeh portrait against it: -b must judge the face, not the crop.
  for (const char* local : {"face-blur", "bokeh", "textured-background"}) {
    ASSERT_TRUE(quality.by_degradation.count(local)) << local;
    const auto& [right, count] = quality.by_degradation.at(local);
    EXPECT_GE(right, 0.95 * count) << local << ": quality got these wrong:\n" << quality.wrong;
  }
  EXPECT_GT(quality.Accuracy(), classic.Accuracy()) << "classic got these wrong:\n" << classic.wrong;
}

}  // namespace
}  // namespace ifpo::e2e
#endif  // IFPO_QUALITY_MANIFEST
