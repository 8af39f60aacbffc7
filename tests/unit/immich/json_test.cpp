// The JSON mapping against raw answers of a real Immich server
// (shared/immich-samples) and the version dialects.
#include "immich/json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "immich/client.h"
#include "unit/immich/samples.h"

namespace ifpo::immich {
namespace {

nlohmann::json Sample(const std::string& rel) { return nlohmann::json::parse(testing::SampleText(rel)); }

TEST(Json, PeopleFromARealServer) {
  auto j = Sample("v2.7.5/people.json");
  auto alice = ParsePerson(j["people"][0]);
  ASSERT_TRUE(alice.ok());
  EXPECT_EQ(alice->name, "Alice");
  ASSERT_TRUE(alice->birth_date);
  EXPECT_EQ(FormatDate(*alice->birth_date), "1990-06-14");
  auto bob = ParsePerson(j["people"][1]);
  ASSERT_TRUE(bob.ok());
  EXPECT_FALSE(bob->birth_date);
}

TEST(Json, SearchResultWithPeopleCarriesFacesOn275) {
  auto j = Sample("v2.7.5/search-metadata-person-exif-people.json");
  auto a = ParseAsset(j["assets"]["items"][0]);
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(a->faces_loaded);
  ASSERT_EQ(a->faces.size(), 1u);
  EXPECT_EQ(a->faces[0].box.x1, 384);
  EXPECT_EQ(a->faces[0].box.image_width, 1024);
  EXPECT_EQ(a->exif_width, 1024);
  EXPECT_TRUE(a->has_exif_date);
  EXPECT_EQ(FormatDate(a->taken->local_date), "2025-01-20");
  EXPECT_EQ(a->person_ids.size(), 1u);
}

TEST(Json, SearchResultWithoutWithPeopleHasNoFaces) {
  // v2.7.5 with personIds but no withPeople: "people": [] — not "nobody".
  auto j = Sample("v2.7.5/search-metadata-person-exif.json");
  auto a = ParseAsset(j["assets"]["items"][0]);
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->faces_loaded);
  EXPECT_TRUE(a->faces.empty());
}

TEST(Json, UpstreamMainBefore3StillCarriesFacesWithWithPeople) {
  auto j = Sample("main-after-2.7.5/search-metadata-person-exif-people.json");
  auto a = ParseAsset(j["assets"]["items"][0]);
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(a->faces_loaded);
  ASSERT_EQ(a->faces.size(), 1u);
  EXPECT_EQ(a->faces[0].box.y2, 512);
}

TEST(Json, ThreeDotXPeopleWithoutFacesAreNotLoadedFaces) {
  // SDK 3.0: AssetResponseDto.people is PersonResponseDto[] (no faces).
  auto a = ParseAsset(nlohmann::json::parse(
      R"({"id":"a","type":"IMAGE","people":[{"id":"p1","name":"Alice","birthDate":null,"isHidden":false,
          "thumbnailPath":"","updatedAt":"2026-01-01T00:00:00.000Z"}]})"));
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->faces_loaded);
  EXPECT_EQ(a->person_ids, std::vector<std::string>{"p1"});
}

TEST(Json, FaceListFromARealServer) {
  auto faces = ParseFaceList(Sample("v2.7.5/faces.json"));
  ASSERT_TRUE(faces.ok());
  ASSERT_FALSE(faces->empty());
  EXPECT_EQ((*faces)[0].box.x2, 1000);
  EXPECT_EQ((*faces)[0].person_id, "dcd21ce8-b42b-4484-a306-3059fbcb0beb");
}

TEST(Json, ErrorMessagesStringOrArray) {
  EXPECT_EQ(ErrorMessageOf(Sample("v2.7.5/missing-permission-403.json").dump()),
            "Missing required permission: asset.read");
  EXPECT_EQ(ErrorMessageOf(Sample("main-after-2.7.5/search-metadata-string-bools.json").dump()),
            "[isOffline] Invalid input: expected boolean, received string; [withExif] Invalid input: expected "
            "boolean, received string");
  EXPECT_EQ(ErrorMessageOf("<html>502 Bad Gateway</html>"), "");
}

TEST(Json, NullExifAndMissingSizesDoNotCrash) {
  auto a = ParseAsset(nlohmann::json::parse(R"({"id":"x","type":"IMAGE","exifInfo":{"dateTimeOriginal":null,
      "exifImageWidth":null,"exifImageHeight":0},"fileCreatedAt":"2024-02-29T23:30:00.000Z",
      "localDateTime":"2024-03-01T01:30:00.000Z","people":[]})"));
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->has_exif_date);
  ASSERT_TRUE(a->taken);
  // The wall-clock date is the local one.
  EXPECT_EQ(FormatDate(a->taken->local_date), "2024-03-01");
  EXPECT_EQ(a->exif_width, 0);
  EXPECT_FALSE(ParseAsset(nlohmann::json::parse(R"({"type":"IMAGE"})")).ok());
  EXPECT_FALSE(ParseFace(nlohmann::json::parse(R"({"id":"f"})"), "p").ok());
}

TEST(Dialects, ByVersion) {
  EXPECT_FALSE(DialectFor({1, 135, 3}));
  EXPECT_EQ(DialectFor({1, 136, 0}), Dialect::kV1_136);
  EXPECT_EQ(DialectFor({2, 4, 1}), Dialect::kV1_136);
  EXPECT_EQ(DialectFor({2, 5, 0}), Dialect::kV2_5);
  EXPECT_EQ(DialectFor({2, 7, 5}), Dialect::kV2_5);
  EXPECT_EQ(DialectFor({3, 0, 0}), Dialect::kV3);
  EXPECT_EQ(DialectFor({3, 2, 2}), Dialect::kV3);
}

// One summary line per cause: the request is cut off, the cause kept.
TEST(Errors, CauseOfDropsTheRequest) {
  EXPECT_EQ(CauseOf("GET /api/assets/1b2c/thumbnail: Immich answered 403 (Missing required permission: asset.view)."),
            "Immich answered 403 (Missing required permission: asset.view).");
  EXPECT_EQ(CauseOf("PUT /api/people/9f: Immich answered 503 (Service Unavailable) after 5 attempt(s)"),
            "Immich answered 503 (Service Unavailable) after 5 attempt(s)");
  EXPECT_EQ(CauseOf("interrupted"), "interrupted");
  EXPECT_EQ(CauseOf("the face is gone: no box"), "the face is gone: no box");  // not a request
  EXPECT_EQ(CauseOf(""), "");
}

TEST(Url, NormalisedWithOrWithoutApiAndSlash) {
  EXPECT_EQ(*NormalizeApiUrl("https://immich.example.com"), "https://immich.example.com/api");
  EXPECT_EQ(*NormalizeApiUrl("https://immich.example.com/"), "https://immich.example.com/api");
  EXPECT_EQ(*NormalizeApiUrl("https://immich.example.com/api"), "https://immich.example.com/api");
  EXPECT_EQ(*NormalizeApiUrl("https://immich.example.com/api/"), "https://immich.example.com/api");
  EXPECT_EQ(*NormalizeApiUrl("http://10.0.0.2:2283/photos/"), "http://10.0.0.2:2283/photos/api");
  EXPECT_EQ(*NormalizeApiUrl("HTTP://[::1]:2283"), "http://[::1]:2283/api");
  EXPECT_EQ(WebUrlOf("https://h/api"), "https://h");
  for (const char* bad : {"immich.example.com", "ftp://h", "https://", "https://h:0", "https://h:70000",
                          "https://user:pw@h", "https://h/?a=1", "https://h h"}) {
    auto r = NormalizeApiUrl(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().message.find(bad), std::string::npos) << r.error().message;
  }
}

TEST(Errors, StatusCodesBecomeActionableMessages) {
  net::Response r;
  r.status = 403;
  r.body = R"({"message":"Missing required permission: person.update","error":"Forbidden","statusCode":403})";
  Error e = ErrorFromResponse(r, "PUT /api/people/x");
  EXPECT_EQ(e.kind, ErrorKind::kPermission);
  EXPECT_NE(e.message.find("person.update"), std::string::npos);
  EXPECT_NE(e.message.find("face.read"), std::string::npos);  // the minimal set
  r.status = 401;
  r.body = R"({"message":"Invalid API key"})";
  EXPECT_EQ(ErrorFromResponse(r, "x").kind, ErrorKind::kAuth);
  r.status = 400;
  r.body = R"({"message":"Not found or no person.read access"})";
  EXPECT_EQ(ErrorFromResponse(r, "x").kind, ErrorKind::kNotFound);
  r.status = 502;
  r.body = "<html><body>Bad gateway</body></html>";
  r.content_type = "text/html";
  e = ErrorFromResponse(r, "x");
  EXPECT_EQ(e.kind, ErrorKind::kServer);
  EXPECT_NE(e.message.find("HTML"), std::string::npos);
}

}  // namespace
}  // namespace ifpo::immich
