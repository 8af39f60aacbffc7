// The sweep's page parser (simdjson) must read exactly what the DOM parser
// reads: same assets, same faces, same dates, on real server answers and on
// the test server's pages, and refuse what the DOM path refuses.
#include "immich/search_page.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "immich/json.h"
#include "unit/immich/samples.h"

namespace ifpo::immich {
namespace {

using testing::SampleText;

void ExpectSameAsset(const Asset& a, const Asset& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.is_image, b.is_image);
  EXPECT_EQ(a.on_timeline, b.on_timeline);
  EXPECT_EQ(a.is_trashed, b.is_trashed);
  EXPECT_EQ(a.is_offline, b.is_offline);
  EXPECT_EQ(a.checksum(), b.checksum());
  EXPECT_EQ(a.thumbhash(), b.thumbhash());
  EXPECT_EQ(a.image_version, b.image_version);
  EXPECT_EQ(a.taken.has_value(), b.taken.has_value());
  if (a.taken && b.taken) {
    EXPECT_EQ(a.taken->instant, b.taken->instant);
    EXPECT_EQ(FormatDate(a.taken->local_date), FormatDate(b.taken->local_date));
  }
  EXPECT_EQ(a.has_exif_date, b.has_exif_date);
  EXPECT_EQ(a.exif_width, b.exif_width);
  EXPECT_EQ(a.exif_height, b.exif_height);
  EXPECT_EQ(a.orientation, b.orientation);
  EXPECT_EQ(a.is_edited, b.is_edited);
  EXPECT_EQ(a.person_ids, b.person_ids);
  EXPECT_EQ(a.faces_loaded, b.faces_loaded);
  ASSERT_EQ(a.faces.size(), b.faces.size());
  for (size_t i = 0; i < a.faces.size(); ++i) {
    const Face &x = a.faces[i], &y = b.faces[i];
    EXPECT_EQ(x.person_id, y.person_id);
    EXPECT_EQ(std::tie(x.box.x1, x.box.y1, x.box.x2, x.box.y2, x.box.image_width, x.box.image_height),
              std::tie(y.box.x1, y.box.y1, y.box.x2, y.box.y2, y.box.image_width, y.box.image_height));
  }
}

void ExpectSameAsDom(const std::string& body, size_t min_assets) {
  auto page = ParseSearchPage(body);
  ASSERT_TRUE(page.ok()) << page.error().message;
  const auto j = nlohmann::json::parse(body);
  const auto& items = j["assets"]["items"];
  ASSERT_EQ(page->assets.size(), items.size());
  EXPECT_GE(page->assets.size(), min_assets);
  for (size_t i = 0; i < items.size(); ++i) {
    auto dom = ParseAsset(items[i]);
    ASSERT_TRUE(dom.ok());
    ExpectSameAsset(page->assets[i], *dom);
  }
  EXPECT_EQ(page->has_next, !j["assets"]["nextPage"].is_null() && !items.empty());
}

TEST(SearchPage, RealServerPagesReadAsTheDomReadsThem) {
  for (const char* sample :
       {"v2.7.5/search-metadata-person-exif-people.json", "v2.7.5/search-metadata-person-exif.json",
        "v2.7.5/search-metadata-sweep-page.json", "main-after-2.7.5/search-metadata-person-exif-people.json"}) {
    SCOPED_TRACE(sample);
    ExpectSameAsDom(SampleText(sample), 1);
  }
}

TEST(SearchPage, FacesBoxesAndFallbacks) {
  const std::string body = R"({"assets":{"nextPage":"2","items":[
    {"id":"a1","type":"IMAGE","visibility":"timeline","checksum":"c1","thumbhash":"t1",
     "fileCreatedAt":"2024-05-01T10:00:00.000Z","localDateTime":"2024-05-01T12:00:00.000Z",
     "exifInfo":{"dateTimeOriginal":null,"exifImageWidth":"4000","exifImageHeight":3000.4,"orientation":"6"},
     "people":[{"id":"p1","faces":[{"id":"f1","boundingBoxX1":1,"boundingBoxY1":2,"boundingBoxX2":30,
       "boundingBoxY2":40,"imageWidth":1440,"imageHeight":1080}]}],
     "unassignedFaces":[{"id":"f2","boundingBoxX1":5,"boundingBoxY1":6,"boundingBoxX2":7,"boundingBoxY2":8}]},
    {"id":"a2","type":"VIDEO","isArchived":true,"width":1920,"height":1080,"people":[]}]}})";
  ExpectSameAsDom(body, 2);
  auto page = ParseSearchPage(body);
  ASSERT_TRUE(page.ok());
  const Asset& a = page->assets[0];
  EXPECT_FALSE(a.has_exif_date);
  EXPECT_EQ(a.exif_width, 4000);
  EXPECT_EQ(a.exif_height, 3000);
  EXPECT_EQ(a.orientation, 6);
  ASSERT_EQ(a.faces.size(), 2u);
  EXPECT_EQ(a.faces[0].person_id, "p1");
  EXPECT_EQ(a.faces[0].box.x2, 30);
  EXPECT_EQ(a.faces[1].person_id, "");
  EXPECT_FALSE(page->assets[1].on_timeline);   // visibility archive
  EXPECT_FALSE(page->assets[1].faces_loaded);  // people [] without faces fields
  EXPECT_TRUE(page->has_next);
}

TEST(SearchPage, RefusesWhatTheDomRefuses) {
  for (const char* bad : {"", "{", "<html>502 Bad Gateway</html>", R"({"assets":{"items":{}}})", R"({"albums":{}})"}) {
    auto page = ParseSearchPage(bad);
    ASSERT_FALSE(page.ok()) << bad;
    EXPECT_NE(page.error().message.find("POST /api/search/metadata"), std::string::npos) << bad;
  }
  for (const char* bad : {R"({"assets":{"items":[{"id":"x","people":[{"id":"p","faces":[{"id":"f"}]}]}]}})",
                          R"({"assets":{"items":[{"type":"IMAGE"}]}})"}) {
    auto page = ParseSearchPage(bad);
    ASSERT_FALSE(page.ok()) << bad;
    EXPECT_EQ(page.error().message, ParseAsset(nlohmann::json::parse(bad)["assets"]["items"][0]).error().message);
  }
  // A cut page (truncated by a proxy) is never half-read.
  const std::string full = SampleText("v2.7.5/search-metadata-sweep-page.json");
  EXPECT_FALSE(ParseSearchPage(full.substr(0, full.size() / 2)).ok());
}

TEST(SearchPage, LastPageHasNoNext) {
  auto page = ParseSearchPage(R"({"assets":{"nextPage":null,"items":[{"id":"a"}]}})");
  ASSERT_TRUE(page.ok());
  EXPECT_FALSE(page->has_next);
  auto empty = ParseSearchPage(R"({"assets":{"nextPage":"3","items":[]}})");
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(empty->has_next);
}

}  // namespace
}  // namespace ifpo::immich
