// Routes and semantics of the test server against TinyLibrary (see ts_fixture.h).
#include <gtest/gtest.h>

#include <algorithm>

#include "ts_fixture.h"

namespace ifpo::testserver::testing {
namespace {

using nlohmann::json;

class Routes : public ::testing::Test {
 protected:
  std::unique_ptr<TestServer> Serve(Dialect d, Options o = {}) {
    auto s = std::make_unique<TestServer>(TinyLibrary(&ids_), d, o);
    EXPECT_GT(s->Start(), 0);
    return s;
  }
  static std::vector<std::string> Ids(const json& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i["id"].get<std::string>());
    return out;
  }
  static std::string Search(const std::string& extra) { return "{" + extra + "}"; }
  Tiny ids_;
};

TEST_F(Routes, ServerVersionPerDialect) {
  auto s1 = Serve(Dialect::kV1_136);
  EXPECT_EQ(Client(*s1).Get("/api/server/version", false).json,
            json::parse(R"({"major":1,"minor":136,"patch":0})"));
  auto s3 = Serve(Dialect::kV3);
  EXPECT_EQ(Client(*s3).Get("/api/server/version", false).json,
            json::parse(R"({"major":3,"minor":2,"patch":2,"prerelease":null})"));
  Options o;
  o.version = "2.4.1";
  auto s2 = Serve(Dialect::kV1_136, o);
  EXPECT_EQ(Client(*s2).Get("/api/server/version", false).json["minor"], 4);
  EXPECT_EQ(Client(*s2).Get("/api/server/ping", false).json, json::parse(R"({"res":"pong"})"));
}

TEST_F(Routes, AuthErrors) {
  auto s = Serve(Dialect::kV2_5);
  Reply none = Client(*s).Get("/api/people", false);
  EXPECT_EQ(none.status, 401);
  EXPECT_EQ(none.json["message"], "Authentication required");
  EXPECT_EQ(none.json["error"], "Unauthorized");
  EXPECT_EQ(none.json["statusCode"], 401);
  EXPECT_EQ(none.json["correlationId"].get<std::string>().size(), 8u);
  Reply bad = Client(*s, "wrong").Get("/api/people");
  EXPECT_EQ(bad.status, 401);
  EXPECT_EQ(bad.json["message"], "Invalid API key");
  // The key in the query works too.
  EXPECT_EQ(Client(*s).Get("/api/people?apiKey=test-key", false).status, 200);
}

TEST_F(Routes, MissingPermissionUsesPerEndpointTableFrom1137) {
  Options o;
  o.permissions = {"person.read", "asset.view"};
  auto s = Serve(Dialect::kV2_5, o);
  Client c(*s);
  EXPECT_EQ(c.Get("/api/people").status, 200);
  EXPECT_EQ(c.Get("/api/search/person?name=an").status, 200);
  Reply r = c.Post("/api/search/metadata", "{}");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.json["message"], "Missing required permission: asset.read");
  EXPECT_EQ(r.json["error"], "Forbidden");
  EXPECT_EQ(c.Get("/api/faces?id=" + ids_.a1).json["message"],
            "Missing required permission: face.read");
  EXPECT_EQ(c.Put("/api/people/" + ids_.ann, "{}").json["message"],
            "Missing required permission: person.update");
  EXPECT_EQ(c.Get("/api/assets/" + ids_.a1 + "/thumbnail").status, 200);
  Reply me = c.Get("/api/api-keys/me");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json["permissions"], json::parse(R"(["asset.view","person.read"])"));
}

TEST_F(Routes, Version1136NeedsAllForSearch) {
  Options o;
  o.permissions = {"person.read", "asset.read", "asset.view", "face.read"};
  auto s = Serve(Dialect::kV1_136, o);
  Client c(*s);
  EXPECT_EQ(c.Get("/api/people").status, 200);
  EXPECT_EQ(c.Post("/api/search/metadata", "{}").json["message"],
            "Missing required permission: all");
  EXPECT_EQ(c.Get("/api/search/person?name=a").json["message"], "Missing required permission: all");
  EXPECT_EQ(c.Get("/api/api-keys/me").status, 404);  // added in 1.139
}

TEST_F(Routes, PeopleListingCountsAndOrder) {
  auto s = Serve(Dialect::kV2_5);
  Client c(*s);
  Reply r = c.Get("/api/people");
  ASSERT_EQ(r.status, 200);
  // total/hidden count every person with a face on a live timeline asset
  // (ann ben cy dee hid); dee (unnamed, 1 face) is below minFaces, arch has
  // only archived faces, zed none.
  EXPECT_EQ(r.json["total"], 5);
  EXPECT_EQ(r.json["hidden"], 1);
  EXPECT_EQ(r.json["hasNextPage"], false);
  EXPECT_EQ(Ids(r.json["people"]), (std::vector<std::string>{ids_.ann, ids_.ben, ids_.cy}));
  Reply all = c.Get("/api/people?withHidden=true");
  EXPECT_EQ(Ids(all.json["people"]),
            (std::vector<std::string>{ids_.ann, ids_.ben, ids_.cy, ids_.hid}));
  // Paging: 2 per page.
  Reply p1 = c.Get("/api/people?withHidden=true&size=2&page=1");
  Reply p2 = c.Get("/api/people?withHidden=true&size=2&page=2");
  Reply p3 = c.Get("/api/people?withHidden=true&size=2&page=3");
  EXPECT_EQ(Ids(p1.json["people"]), (std::vector<std::string>{ids_.ann, ids_.ben}));
  EXPECT_TRUE(p1.json["hasNextPage"].get<bool>());
  EXPECT_EQ(Ids(p2.json["people"]), (std::vector<std::string>{ids_.cy, ids_.hid}));
  EXPECT_FALSE(p2.json["hasNextPage"].get<bool>());
  EXPECT_TRUE(p3.json["people"].empty());
  // Field names and key order like the v2.7.5 sample.
  std::vector<std::string> keys;
  for (auto it = r.json.begin(); it != r.json.end(); ++it) keys.push_back(it.key());
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"hasNextPage", "hidden", "people", "total"}));
  const json& ann = r.json["people"][0];
  EXPECT_EQ(ann["name"], "Ann Lee");
  EXPECT_EQ(ann["birthDate"], "1990-02-28");
  EXPECT_TRUE(ann["isFavorite"].get<bool>());
  EXPECT_TRUE(r.json["people"][2]["birthDate"].is_null());
  EXPECT_FALSE(ann.contains("color"));
}

TEST_F(Routes, MinFacesOption) {
  Options o;
  o.min_faces = 1;
  auto s = Serve(Dialect::kV2_5, o);
  Reply r = Client(*s).Get("/api/people");
  EXPECT_EQ(Ids(r.json["people"]), (std::vector<std::string>{ids_.ann, ids_.ben, ids_.cy, ids_.dee}));
}

TEST_F(Routes, PeopleQueryValidationPerDialect) {
  auto s2 = Serve(Dialect::kV2_5);
  Client c2(*s2);
  Reply big = c2.Get("/api/people?size=1001");
  EXPECT_EQ(big.status, 400);
  EXPECT_EQ(big.json["message"], json::parse(R"(["size must not be greater than 1000"])"));
  EXPECT_EQ(c2.Get("/api/people?page=0").json["message"],
            json::parse(R"(["page must not be less than 1"])"));
  auto s3 = Serve(Dialect::kV3);
  Client c3(*s3);
  Reply caps = c3.Get("/api/people?withHidden=True");
  EXPECT_EQ(caps.status, 400);
  EXPECT_EQ(caps.json["message"],
            json::parse(R"(["[withHidden] Invalid option: expected one of \"true\"|\"false\""])"));
  EXPECT_EQ(c3.Get("/api/people?withHidden=false").status, 200);
}

TEST_F(Routes, PersonByIdAndErrors) {
  auto s2 = Serve(Dialect::kV2_5);
  Client c2(*s2);
  Reply ok = c2.Get("/api/people/" + ids_.arch);  // listed nowhere, still readable
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.json["name"], "Archie");
  EXPECT_EQ(ok.json["thumbnailPath"].get<std::string>().find("/data/thumbs/"), 0u);
  Reply unknown = c2.Get("/api/people/00000000-0000-4000-8000-000000000000");
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.json["message"], "Not found or no person.read access");
  EXPECT_EQ(unknown.json["error"], "Bad Request");
  EXPECT_EQ(c2.Get("/api/people/not-a-uuid").json["message"],
            json::parse(R"(["id must be a UUID"])"));
  auto s3 = Serve(Dialect::kV3);
  EXPECT_EQ(Client(*s3).Get("/api/people/not-a-uuid").json["message"],
            json::parse(R"(["[id] Invalid UUID"])"));
}

TEST_F(Routes, SearchPersonPrefixAndWordMatch) {
  auto s = Serve(Dialect::kV2_5);
  Client c(*s);
  EXPECT_EQ(Ids(c.Get("/api/search/person?name=an").json), (std::vector<std::string>{ids_.ann}));
  EXPECT_EQ(Ids(c.Get("/api/search/person?name=ODE").json), (std::vector<std::string>{ids_.ben}));
  EXPECT_TRUE(c.Get("/api/search/person?name=de").json.empty());  // not a substring match
  EXPECT_TRUE(c.Get("/api/search/person?name=hal").json.empty());
  EXPECT_EQ(Ids(c.Get("/api/search/person?name=hal&withHidden=true").json),
            (std::vector<std::string>{ids_.hid}));
  EXPECT_EQ(c.Get("/api/search/person?name=").status, 400);
}

TEST_F(Routes, SearchMetadataFiltersAndPaging) {
  auto s = Serve(Dialect::kV2_5);
  Client c(*s);
  auto ids = [&](const std::string& body) {
    Reply r = c.Post("/api/search/metadata", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return Ids(r.json["assets"]["items"]);
  };
  using V = std::vector<std::string>;
  const Tiny& t = ids_;
  // Default: timeline, not trashed, newest first.
  EXPECT_EQ(ids("{}"), (V{t.a1, t.a2, t.a3, t.a4, t.a5, t.a6, t.offline, t.video}));
  EXPECT_EQ(ids(R"({"order":"asc","size":2})"), (V{t.video, t.offline}));
  EXPECT_EQ(ids(R"({"personIds":[")" + t.ann + R"("]})"), (V{t.a1, t.a2, t.a3, t.a5, t.offline}));
  // personIds is AND.
  EXPECT_EQ(ids(R"({"personIds":[")" + t.ann + R"(",")" + t.cy + R"("]})"), (V{t.a2, t.a3}));
  EXPECT_EQ(ids(R"({"personIds":[")" + t.ann + R"(",")" + t.ben + R"("]})"), (V{t.a1}));
  EXPECT_EQ(ids(R"({"type":"VIDEO"})"), (V{t.video}));
  EXPECT_EQ(ids(R"({"visibility":"archive"})"), (V{t.archived}));
  EXPECT_EQ(ids(R"({"isOffline":true})"), (V{t.offline}));
  EXPECT_EQ(ids(R"({"withDeleted":true,"size":2})"), (V{t.trashed, t.a1}));
  EXPECT_EQ(ids(R"({"personIds":[")" + t.ann + R"("],"withDeleted":true,"size":1})"), (V{t.trashed}));
  // Paging: total == count of the page, nextPage a string or null.
  Reply p1 = c.Post("/api/search/metadata", R"({"size":3,"page":1})");
  EXPECT_EQ(p1.json["assets"]["total"], 3);
  EXPECT_EQ(p1.json["assets"]["count"], 3);
  EXPECT_EQ(p1.json["assets"]["nextPage"], "2");
  EXPECT_EQ(p1.json["albums"], json::parse(R"({"total":0,"count":0,"items":[],"facets":[]})"));
  Reply p3 = c.Post("/api/search/metadata", R"({"size":3,"page":3})");
  EXPECT_EQ(Ids(p3.json["assets"]["items"]), (V{t.offline, t.video}));
  EXPECT_EQ(p3.json["assets"]["total"], 2);
  EXPECT_TRUE(p3.json["assets"]["nextPage"].is_null());
  // Exact page boundary: 8 items, size 4 → page 2 is the last.
  EXPECT_TRUE(c.Post("/api/search/metadata", R"({"size":4,"page":2})").json["assets"]["nextPage"].is_null());
  // Locked needs an elevated session.
  Reply locked = c.Post("/api/search/metadata", R"({"visibility":"locked"})");
  EXPECT_EQ(locked.status, 401);
  EXPECT_EQ(locked.json["message"], "Elevated permission is required");
}

TEST_F(Routes, Statistics) {
  Options o;
  o.permissions = {"person.statistics", "asset.statistics"};
  auto s = Serve(Dialect::kV2_5, o);
  Client c(*s);
  // ann: a1 a2 a3 a5 offline (the trashed one does not count).
  EXPECT_EQ(c.Get("/api/people/" + ids_.ann + "/statistics").json, json::parse(R"({"assets":5})"));
  EXPECT_EQ(c.Get("/api/people/" + ids_.arch + "/statistics").json["assets"], 0);
  EXPECT_EQ(c.Post("/api/search/statistics", "{}").json, json::parse(R"({"total":8})"));
  EXPECT_EQ(c.Post("/api/search/statistics", R"({"personIds":[")" + ids_.ann + R"(",")" + ids_.cy + R"("]})")
                .json["total"], 2);
  EXPECT_EQ(c.Post("/api/search/statistics", R"({"withDeleted":true})").json["total"], 9);
  EXPECT_EQ(c.Post("/api/search/metadata", "{}").status, 403);
}

TEST_F(Routes, SearchMetadataExif) {
  auto s = Serve(Dialect::kV2_5);
  Client c(*s);
  Reply r = c.Post("/api/search/metadata", R"({"withExif":true,"personIds":[")" + ids_.dee + R"("]})");
  ASSERT_EQ(r.json["assets"]["count"], 1);
  const json& a5 = r.json["assets"]["items"][0];
  EXPECT_EQ(a5["id"], ids_.a5);
  EXPECT_TRUE(a5["exifInfo"]["dateTimeOriginal"].is_null());
  EXPECT_EQ(a5["exifInfo"]["exifImageWidth"], 4000);
  EXPECT_EQ(a5["exifInfo"]["orientation"], "1");
  EXPECT_EQ(a5["fileCreatedAt"], "2024-02-01T12:00:00.000Z");
  EXPECT_EQ(a5["duration"], "0:00:00.00000");
  Reply no_exif = c.Post("/api/search/metadata", R"({"size":1})");
  EXPECT_FALSE(no_exif.json["assets"]["items"][0].contains("exifInfo"));
  Reply a1 = c.Post("/api/search/metadata", R"({"withExif":true,"size":1})");
  EXPECT_EQ(a1.json["assets"]["items"][0]["exifInfo"]["dateTimeOriginal"], "2024-06-01T12:00:00+00:00");
}

TEST_F(Routes, SearchSizeValidationPerDialect) {
  auto s2 = Serve(Dialect::kV2_5);
  Reply r2 = Client(*s2).Post("/api/search/metadata", R"({"size":1001})");
  EXPECT_EQ(r2.status, 400);
  EXPECT_EQ(r2.json["message"], json::parse(R"(["size must not be greater than 1000"])"));
  EXPECT_EQ(Client(*s2).Post("/api/search/metadata", R"({"size":0})").json["message"],
            json::parse(R"(["size must not be less than 1"])"));
  auto s3 = Serve(Dialect::kV3);
  Reply r3 = Client(*s3).Post("/api/search/metadata", R"({"size":1001})");
  EXPECT_EQ(r3.json["message"], json::parse(R"(["[size] Too big: expected number to be <=1000"])"));
  EXPECT_EQ(Client(*s3).Post("/api/search/metadata", R"({"size":1000})").status, 200);
}

TEST_F(Routes, StringBooleansAcceptedOn2xRejectedOn3x) {
  const std::string body = R"({"withExif":"true","isOffline":"false","size":1})";
  auto s2 = Serve(Dialect::kV2_5);
  Reply r2 = Client(*s2).Post("/api/search/metadata", body);
  EXPECT_EQ(r2.status, 200);
  EXPECT_TRUE(r2.json["assets"]["items"][0].contains("exifInfo"));
  auto s3 = Serve(Dialect::kV3);
  Reply r3 = Client(*s3).Post("/api/search/metadata", body);
  EXPECT_EQ(r3.status, 400);
  EXPECT_EQ(r3.json["message"], json::parse(R"([
    "[isOffline] Invalid input: expected boolean, received string",
    "[withExif] Invalid input: expected boolean, received string"])"));
  EXPECT_EQ(Client(*s3).Post("/api/search/metadata", R"({"withExif":true})").status, 200);
}

// Which searches carry faces: ≤2.4 withPeople or personIds; 2.5–2.7 only
// withPeople; 3.x never (people without faces, no unassignedFaces).
TEST_F(Routes, FacesInSearchPerDialect) {
  auto s1 = Serve(Dialect::kV1_136);  // sets ids_
  std::string by_person = R"({"personIds":[")" + ids_.ann + R"("],"size":1})";
  std::string with_people = R"({"withPeople":true,"size":1})";
  Reply ra = Client(*s1).Post("/api/search/metadata", by_person);
  json a = ra.json["assets"]["items"][0];
  ASSERT_EQ(ra.status, 200) << ra.body;
  ASSERT_EQ(a["people"].size(), 2u);  // a1: ben then ann, in face order
  EXPECT_EQ(a["people"][0]["id"], ids_.ben);
  EXPECT_EQ(a["people"][1]["faces"][0]["boundingBoxX1"], 200);
  EXPECT_EQ(a["unassignedFaces"].size(), 1u);
  EXPECT_EQ(a["unassignedFaces"][0]["boundingBoxX1"], 1600);
  EXPECT_FALSE(a.contains("createdAt"));  // SDK 1.138 has no createdAt
  EXPECT_FALSE(a.contains("width"));

  auto s2 = Serve(Dialect::kV2_5);
  json b = Client(*s2).Post("/api/search/metadata", by_person).json["assets"]["items"][0];
  EXPECT_TRUE(b["people"].empty());
  EXPECT_FALSE(b.contains("unassignedFaces"));
  json c = Client(*s2).Post("/api/search/metadata", with_people).json["assets"]["items"][0];
  ASSERT_EQ(c["people"].size(), 2u);
  const json& face = c["people"][1]["faces"][0];
  EXPECT_EQ(face["boundingBoxY2"], 700);
  EXPECT_EQ(face["imageWidth"], 1920);
  EXPECT_EQ(face["imageHeight"], 1440);
  EXPECT_EQ(face["sourceType"], "machine-learning");
  EXPECT_EQ(c["width"], 4000);
  EXPECT_EQ(c["isEdited"], false);

  auto s3 = Serve(Dialect::kV3);
  json d = Client(*s3).Post("/api/search/metadata", with_people).json["assets"]["items"][0];
  ASSERT_EQ(d["people"].size(), 2u);
  EXPECT_FALSE(d["people"][0].contains("faces"));
  EXPECT_FALSE(d.contains("unassignedFaces"));
  EXPECT_FALSE(d.contains("deviceId"));
  EXPECT_TRUE(d["duration"].is_null());
  json v = Client(*s3).Post("/api/search/metadata", R"({"type":"VIDEO"})").json["assets"]["items"][0];
  EXPECT_EQ(v["duration"], 12345);
}

TEST_F(Routes, FacesEndpointSortedWithPerson) {
  auto s = Serve(Dialect::kV3);
  Client c(*s);
  Reply r = c.Get("/api/faces?id=" + ids_.a1);
  ASSERT_EQ(r.status, 200);
  ASSERT_EQ(r.json.size(), 3u);
  EXPECT_EQ(r.json[0]["boundingBoxX1"], 200);  // ann
  EXPECT_EQ(r.json[0]["person"]["id"], ids_.ann);
  EXPECT_EQ(r.json[1]["boundingBoxX1"], 1000);  // ben
  EXPECT_EQ(r.json[2]["boundingBoxX1"], 1600);
  EXPECT_TRUE(r.json[2]["person"].is_null());
  Reply unknown = c.Get("/api/faces?id=00000000-0000-4000-8000-000000000000");
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.json["message"], "Not found or no asset.read access");
  EXPECT_EQ(c.Get("/api/faces").status, 400);
}

TEST_F(Routes, GetAsset) {
  auto s = Serve(Dialect::kV2_5);
  Client c(*s);
  Reply r = c.Get("/api/assets/" + ids_.a4);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json["width"], 3000);
  EXPECT_EQ(r.json["height"], 4000);
  EXPECT_EQ(r.json["exifInfo"]["exifImageHeight"], 4000);
  EXPECT_EQ(r.json["people"].size(), 2u);
  EXPECT_EQ(c.Get("/api/assets/" + ids_.trashed).json["isTrashed"], true);
  EXPECT_EQ(c.Get("/api/assets/00000000-0000-4000-8000-000000000000").json["message"],
            "Not found or no asset.read access");
  EXPECT_EQ(c.Get("/api/nothing").status, 404);
  EXPECT_EQ(c.Get("/api/nothing").json["message"], "Cannot GET /api/nothing");
}

TEST_F(Routes, PutPersonFeatureFace) {
  auto s = Serve(Dialect::kV2_5);
  Client c(*s);
  std::string before = c.Get("/api/people/" + ids_.ann).json["updatedAt"];
  Reply ok = c.Put("/api/people/" + ids_.ann, R"({"featureFaceAssetId":")" + ids_.a2 + R"("})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json["id"], ids_.ann);
  EXPECT_GT(ok.json["updatedAt"].get<std::string>(), before);
  EXPECT_EQ(s->FeatureAssetOf(ids_.ann), ids_.a2);
  // No face of ann on a4; the offline asset is refused from 2.6 on.
  Reply none = c.Put("/api/people/" + ids_.ann, R"({"featureFaceAssetId":")" + ids_.a4 + R"("})");
  EXPECT_EQ(none.status, 400);
  EXPECT_EQ(none.json["message"], "Invalid assetId for feature face or asset is offline");
  EXPECT_EQ(c.Put("/api/people/" + ids_.ann, R"({"featureFaceAssetId":")" + ids_.offline + R"("})")
                .json["message"],
            "Invalid assetId for feature face or asset is offline");
  // The trashed asset is accepted (the server does not check).
  EXPECT_EQ(c.Put("/api/people/" + ids_.ann, R"({"featureFaceAssetId":")" + ids_.trashed + R"("})").status, 200);
  Reply unknown_asset = c.Put("/api/people/" + ids_.ann,
                              R"({"featureFaceAssetId":"00000000-0000-4000-8000-000000000000"})");
  EXPECT_EQ(unknown_asset.json["message"], "Not found or no asset.read access");
  Reply unknown_person = c.Put("/api/people/00000000-0000-4000-8000-000000000000",
                               R"({"featureFaceAssetId":")" + ids_.a2 + R"("})");
  EXPECT_EQ(unknown_person.json["message"], "Not found or no person.update access");
  EXPECT_EQ(c.Put("/api/people/" + ids_.ann, R"({"featureFaceAssetId":"x"})").json["message"],
            json::parse(R"(["featureFaceAssetId must be a UUID"])"));
  std::vector<FeatureUpdate> u = s->Updates();
  ASSERT_EQ(u.size(), 2u);
  EXPECT_EQ(u[0].asset_id, ids_.a2);
  EXPECT_EQ(u[1].asset_id, ids_.trashed);
  EXPECT_FALSE(u[0].bulk);
}

TEST_F(Routes, FeatureFaceMessagesByVersion) {
  auto s1 = Serve(Dialect::kV1_136);
  Client c1(*s1);
  EXPECT_EQ(c1.Put("/api/people/" + ids_.ann, R"({"featureFaceAssetId":")" + ids_.a4 + R"("})").json["message"],
            "Invalid assetId for feature face");
  // 1.136 allows offline assets.
  EXPECT_EQ(c1.Put("/api/people/" + ids_.ann, R"({"featureFaceAssetId":")" + ids_.offline + R"("})").status, 200);
  Options o;
  o.version = "2.0.0";
  auto s20 = Serve(Dialect::kV1_136, o);
  EXPECT_EQ(Client(*s20).Put("/api/people/" + ids_.ann, R"({"featureFaceAssetId":")" + ids_.offline + R"("})")
                .json["message"],
            "An offline asset cannot be used for feature face");
}

TEST_F(Routes, StrictBooleansInPutOn3x) {
  auto s3 = Serve(Dialect::kV3);
  Reply r = Client(*s3).Put("/api/people/" + ids_.ben, R"({"isFavorite":"true"})");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["message"],
            json::parse(R"(["[isFavorite] Invalid input: expected boolean, received string"])"));
  auto s2 = Serve(Dialect::kV2_5);
  Reply ok = Client(*s2).Put("/api/people/" + ids_.ben, R"({"isFavorite":"true","name":"Benedict"})");
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.json["isFavorite"], true);
  EXPECT_EQ(ok.json["name"], "Benedict");
}

TEST_F(Routes, BulkPut) {
  auto s = Serve(Dialect::kV2_5);
  std::string body = R"({"people":[{"id":")" + ids_.ben + R"(","featureFaceAssetId":")" + ids_.a6 +
                     R"("},{"id":"00000000-0000-4000-8000-000000000000","featureFaceAssetId":")" +
                     ids_.a6 + R"("},{"id":")" + ids_.cy + R"(","featureFaceAssetId":")" + ids_.a1 + R"("}]})";
  Reply r = Client(*s).Put("/api/people", body);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json, json::parse(R"([{"id":")" + ids_.ben + R"(","success":true},
      {"id":"00000000-0000-4000-8000-000000000000","success":false,"error":"unknown"},
      {"id":")" + ids_.cy + R"(","success":false,"error":"unknown"}])"));
  ASSERT_EQ(s->Updates().size(), 1u);
  EXPECT_TRUE(s->Updates()[0].bulk);
  EXPECT_EQ(s->FeatureAssetOf(ids_.ben), ids_.a6);
  EXPECT_EQ(s->FeatureAssetOf(ids_.cy), "");
}

TEST_F(Routes, BodyOverTenMegabytes) {
  auto s = Serve(Dialect::kV2_5);
  Reply r = Client(*s).Put("/api/people", std::string(11u << 20, ' '));
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.json["message"], "request entity too large");
}

TEST_F(Routes, RecordsRequests) {
  auto s = Serve(Dialect::kV2_5);
  Client c(*s);
  Reply people = c.Get("/api/people?size=2");
  c.Post("/api/search/metadata", R"({"size":1})");
  std::vector<RecordedRequest> r = s->Requests();
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].method, "GET");
  EXPECT_EQ(r[0].path, "/api/people");
  EXPECT_EQ(r[0].query, "size=2");
  EXPECT_EQ(r[0].status, 200);
  EXPECT_EQ(r[0].response_bytes, people.body.size());
  EXPECT_EQ(r[1].body, R"({"size":1})");
}

}  // namespace
}  // namespace ifpo::testserver::testing
