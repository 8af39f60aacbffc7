// The demo and scaled libraries have the promised contents.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "generate.h"
#include "ts_fixture.h"

namespace ifpo::testserver::testing {
namespace {

TEST(Generate, UuidsAreDeterministicV4Looking) {
  EXPECT_EQ(MakeUuid(1), MakeUuid(1));
  EXPECT_NE(MakeUuid(1), MakeUuid(2));
  std::string u = MakeUuid(123);
  ASSERT_EQ(u.size(), 36u);
  EXPECT_EQ(u[14], '4');
  EXPECT_NE(std::string("89ab").find(u[19]), std::string::npos);
  EXPECT_EQ(MakeChecksum(5).size(), 28u);
  EXPECT_EQ(MakeChecksum(5).back(), '=');
}

TEST(Generate, DemoLibraryHasTheAwkwardCases) {
  Library lib = MakeDemoLibrary();
  int named = 0, unnamed = 0, hidden = 0, fav = 0, leap = 0;
  for (const TsPerson& p : lib.people) {
    (p.name.empty() ? unnamed : named)++;
    hidden += p.is_hidden;
    fav += p.is_favorite;
    leap += p.birth_date && p.birth_date->substr(5) == "02-29";
  }
  EXPECT_GE(named, 6);
  EXPECT_GE(unnamed, 2);
  EXPECT_GE(hidden, 1);
  EXPECT_GE(fav, 1);
  EXPECT_EQ(leap, 1);
  int trashed = 0, archived = 0, video = 0, offline = 0, undated = 0, sharp = 0, blurred = 0;
  std::set<std::string> years;
  for (const TsAsset& a : lib.assets) {
    trashed += a.is_trashed;
    archived += a.visibility == "archive";
    video += a.type == "VIDEO";
    offline += a.is_offline;
    undated += !a.date_time_original.has_value();
    sharp += a.image.blur_sigma == 0.0;
    blurred += a.image.blur_sigma >= 3.0;
    years.insert(a.file_created_at.substr(0, 4));
    for (const TsFace& f : a.faces) {
      EXPECT_LT(f.x1, f.x2);
      EXPECT_GT(f.image_width, 0);
    }
  }
  EXPECT_EQ(trashed, 1);
  EXPECT_EQ(archived, 1);
  EXPECT_EQ(video, 1);
  EXPECT_EQ(offline, 1);
  EXPECT_EQ(undated, 1);
  EXPECT_GT(sharp, 5);
  EXPECT_GT(blurred, 5);
  EXPECT_GE(years.size(), 5u);
  // Deterministic.
  EXPECT_EQ(MakeDemoLibrary().assets[7].id, lib.assets[7].id);
}

TEST(Generate, DemoLibraryServesEveryNamedPerson) {
  TestServer s(MakeDemoLibrary(), Dialect::kV2_5);
  ASSERT_GT(s.Start(), 0);
  Reply r = Client(s).Get("/api/people");
  ASSERT_EQ(r.status, 200);
  std::set<std::string> names;
  for (const auto& p : r.json["people"]) names.insert(p["name"].get<std::string>());
  for (const char* n : {"Alice Martin", "Bob Chen", "Carla Diaz", "David Okafor", "Emma Schmidt",
                        "Farid Haddad", ""})
    EXPECT_TRUE(names.count(n)) << n;
  EXPECT_FALSE(names.count("Greta Hidden"));
}

TEST(Generate, ScaledLibrarySkewAndSize) {
  Library lib = MakeScaledLibrary(300, 20000, 3);
  ASSERT_EQ(lib.people.size(), 300u);
  ASSERT_EQ(lib.assets.size(), 20000u);
  std::map<std::string, int> count;
  size_t faces = 0;
  for (const TsAsset& a : lib.assets) {
    EXPECT_GE(a.faces.size(), 1u);
    EXPECT_LE(a.faces.size(), 4u);
    faces += a.faces.size();
    for (const TsFace& f : a.faces)
      if (!f.person_id.empty()) count[f.person_id]++;
  }
  std::vector<int> per;
  for (auto& [id, n] : count) per.push_back(n);
  std::sort(per.rbegin(), per.rend());
  EXPECT_GT(per[0], 2000);                   // a few people in thousands of photos
  EXPECT_LT(per[per.size() / 2], 100);       // most in few
  EXPECT_GT(faces, 30000u);                  // 1–4 faces per photo, mean ≈ 1.7
  EXPECT_EQ(MakeScaledLibrary(300, 20000, 3).assets[123].id, lib.assets[123].id);
  EXPECT_NE(MakeScaledLibrary(300, 20000, 4).assets[123].id, lib.assets[123].id);
}

TEST(Generate, Scaled200kIsQuick) {
  auto t0 = std::chrono::steady_clock::now();
  Library lib = MakeScaledLibrary(2000, 200000, 1);
  TestServer s(std::move(lib), Dialect::kV2_5);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 45.0);  // ~3 s on an idle machine; generous for a loaded CI run
  ASSERT_GT(s.Start(), 0);
  Reply r = Client(s).Post("/api/search/metadata", R"({"size":1000,"withPeople":true,"page":3})");
  EXPECT_EQ(r.json["assets"]["count"], 1000);
  EXPECT_EQ(r.json["assets"]["nextPage"], "4");
}

}  // namespace
}  // namespace ifpo::testserver::testing
