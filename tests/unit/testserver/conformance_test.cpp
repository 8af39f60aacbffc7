// Conformance of the test server with the real Immich API:
//  1. every body it sends fits the @immich/sdk types of its version
//     (tests/sdk/<version>/fetch-client.d.ts, vendored from npm);
//  2. its field sets and error bodies match the raw answers of a real server
//     (shared/immich-samples/).
// The checker itself is tested first, so a wrong field is known to be caught.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "sdk_check.h"
#include "ts_fixture.h"

namespace ifpo::testserver::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path SourceDir() {
  if (const char* e = std::getenv("IFPO_SOURCE_DIR")) return e;
  // Run by hand: this file is <source>/tests/unit/testserver/conformance_test.cpp.
  return fs::path(__FILE__).parent_path().parent_path().parent_path().parent_path();
}

fs::path SharedDir() {
  if (const char* e = std::getenv("IFPO_SHARED_DIR")) return e;
  return SourceDir() / ".." / "shared";
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const SdkTypes& Sdk(const std::string& version) {
  static std::map<std::string, SdkTypes> cache;
  auto it = cache.find(version);
  if (it == cache.end()) {
    fs::path p = SourceDir() / "tests" / "sdk" / version / "fetch-client.d.ts";
    std::string text = ReadFile(p);
    EXPECT_FALSE(text.empty()) << "missing " << p;
    it = cache.emplace(version, ParseSdk(text)).first;
  }
  return it->second;
}

const char* SdkVersionOf(Dialect d) {
  switch (d) {
    case Dialect::kV1_136: return "1.138.1";  // npm has no 1.136/1.137 SDK
    case Dialect::kV2_5: return "2.7.5";
    case Dialect::kV3: return "3.2.2";
  }
  return "";
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += "\n  " + s;
  return out;
}

// ---- the checker ---------------------------------------------------------

TEST(SdkChecker, ParsesTheVendoredTypes) {
  for (const std::string v : {"1.138.1", "2.7.5", "3.2.2"}) {
    // A named string, not a temporary made from a char*: GCC 14 warns
    // (-Wdangling-reference) on a reference returned by a call that was given
    // a temporary, although Sdk returns an entry of its static cache.
    const SdkTypes& sdk = Sdk(v);
    ASSERT_EQ(sdk.objects.count("PersonResponseDto"), 1u) << v;
    EXPECT_EQ(sdk.objects.at("PersonResponseDto").size(), 8u) << v;
    const SdkField* birth = sdk.Field("PersonResponseDto", "birthDate");
    ASSERT_NE(birth, nullptr);
    EXPECT_FALSE(birth->optional);
    EXPECT_EQ(birth->type, "string | null");
    EXPECT_TRUE(sdk.Field("PersonResponseDto", "color")->optional);
    EXPECT_EQ(sdk.Field("AssetResponseDto", "type")->type, "AssetTypeEnum");  // quoted key
    EXPECT_EQ(sdk.enums.at("AssetTypeEnum").count("IMAGE"), 1u);
    EXPECT_GT(sdk.objects.size(), 200u);
  }
  EXPECT_EQ(Sdk("2.7.5").Field("AssetResponseDto", "duration")->type, "string");
  EXPECT_EQ(Sdk("3.2.2").Field("AssetResponseDto", "duration")->type, "number | null");
  EXPECT_EQ(Sdk("3.2.2").Field("AssetResponseDto", "unassignedFaces"), nullptr);
  EXPECT_EQ(Sdk("1.138.1").Field("AssetResponseDto", "createdAt"), nullptr);
}

TEST(SdkChecker, CatchesWrongUnknownAndMissingFields) {
  SdkTypes sdk = ParseSdk(R"(
export type InnerDto = { n: number; };
export declare enum Kind { A = "a", B = "b" }
export type Dto = {
    /** a comment with ; and { } inside */
    id: string;
    maybe?: string | null;
    kind: Kind;
    inner: (InnerDto) | null;
    list: InnerDto[];
};)");
  json good = json::parse(R"({"id":"x","kind":"a","inner":null,"list":[{"n":1}]})");
  EXPECT_TRUE(CheckType(sdk, good, "Dto").empty()) << Join(CheckType(sdk, good, "Dto"));
  json wrong_type = good;
  wrong_type["id"] = 5;
  EXPECT_EQ(CheckType(sdk, wrong_type, "Dto").size(), 1u);
  json unknown = good;
  unknown["idd"] = "x";
  EXPECT_EQ(CheckType(sdk, unknown, "Dto"), std::vector<std::string>{"$.idd: not a field of Dto"});
  json missing = good;
  missing.erase("kind");
  EXPECT_EQ(CheckType(sdk, missing, "Dto"),
            std::vector<std::string>{"$.kind: required by Dto but missing"});
  json bad_enum = good;
  bad_enum["kind"] = "c";
  EXPECT_EQ(CheckType(sdk, bad_enum, "Dto").size(), 1u);
  json nested = good;
  nested["list"][0]["n"] = "1";
  EXPECT_EQ(CheckType(sdk, nested, "Dto").size(), 1u);
  EXPECT_EQ(CheckType(sdk, nested, "Dto")[0].substr(0, 11), "$.list[0].n");
}

// ---- the server against the SDK -------------------------------------------

class Conformance : public ::testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    Library lib = TinyLibrary(&ids_);
    lib.people[1].color = "#aabbcc";  // ben: cover the optional color
    server_ = std::make_unique<TestServer>(std::move(lib), GetParam());
    ASSERT_GT(server_->Start(), 0);
    client_ = std::make_unique<Client>(*server_);
  }
  const SdkTypes& sdk() { return Sdk(SdkVersionOf(GetParam())); }
  void Expect(const Reply& r, const std::string& type, const std::string& what) {
    ASSERT_EQ(r.status, 200) << what << ": " << r.body;
    std::vector<std::string> problems = CheckType(sdk(), r.json, type);
    EXPECT_TRUE(problems.empty()) << what << " vs " << type << " of SDK "
                                  << SdkVersionOf(GetParam()) << Join(problems);
  }
  std::string Body(const std::string& fields) { return "{" + fields + "}"; }
  Tiny ids_;
  std::unique_ptr<TestServer> server_;
  std::unique_ptr<Client> client_;
};

TEST_P(Conformance, ServerVersion) {
  Expect(client_->Get("/api/server/version", false), "ServerVersionResponseDto", "version");
}

TEST_P(Conformance, People) {
  Expect(client_->Get("/api/people?withHidden=true"), "PeopleResponseDto", "GET /people");
  Expect(client_->Get("/api/people/" + ids_.ben), "PersonResponseDto", "GET /people/{id}");
  Expect(client_->Get("/api/search/person?name=a"), "PersonResponseDto[]", "search/person");
  Expect(client_->Put("/api/people/" + ids_.ann, R"({"featureFaceAssetId":")" + ids_.a2 + R"("})"),
         "PersonResponseDto", "PUT /people/{id}");
}

TEST_P(Conformance, Statistics) {
  Expect(client_->Get("/api/people/" + ids_.ann + "/statistics"), "PersonStatisticsResponseDto",
         "people/{id}/statistics");
  Expect(client_->Post("/api/search/statistics", R"({"withDeleted":true})"),
         "SearchStatisticsResponseDto", "search/statistics");
}

TEST_P(Conformance, BulkUpdate) {
  Reply r = client_->Put("/api/people", R"({"people":[{"id":")" + ids_.ben + R"(","featureFaceAssetId":")" +
                                            ids_.a6 + R"("},{"id":")" + ids_.zed + R"(","featureFaceAssetId":")" +
                                            ids_.a6 + R"("}]})");
  ASSERT_EQ(r.json.size(), 2u);
  EXPECT_TRUE(r.json[1].contains("error"));
  Expect(r, "BulkIdResponseDto[]", "PUT /people");
}

TEST_P(Conformance, SearchMetadataEveryShape) {
  const std::string ann = R"("personIds":[")" + ids_.ann + R"("])";
  for (const std::string& body :
       {Body(""), Body(R"("withExif":true,"withPeople":true)"), Body(ann + R"(,"withExif":true)"),
        Body(ann + R"(,"withPeople":true,"withDeleted":true)"), Body(R"("type":"VIDEO","withExif":true)"),
        Body(R"("visibility":"archive","withPeople":true)")}) {
    Reply r = client_->Post("/api/search/metadata", body);
    ASSERT_GT(r.json["assets"]["count"].get<int>(), 0) << body;
    Expect(r, "SearchResponseDto", "search " + body);
  }
}

TEST_P(Conformance, AssetsAndFaces) {
  for (const std::string& id : {ids_.a1, ids_.a5, ids_.video, ids_.trashed, ids_.offline}) {
    Expect(client_->Get("/api/assets/" + id), "AssetResponseDto", "GET /assets/" + id);
    Expect(client_->Get("/api/faces?id=" + id), "AssetFaceResponseDto[]", "GET /faces " + id);
  }
}

// A wrong field in a real answer is caught, whichever dialect.
TEST_P(Conformance, CheckerCatchesABrokenAnswer) {
  Reply r = client_->Get("/api/assets/" + ids_.a1);
  json broken = r.json;
  broken["isTrash"] = broken["isTrashed"];
  broken.erase("isTrashed");
  broken["duration"] = GetParam() == Dialect::kV3 ? json("0:00:00.00000") : json(0);
  std::vector<std::string> p = CheckType(sdk(), broken, "AssetResponseDto");
  EXPECT_EQ(p.size(), 3u) << Join(p);
}

std::string DialectName(const ::testing::TestParamInfo<Dialect>& p) {
  return p.param == Dialect::kV1_136 ? "v1_136" : p.param == Dialect::kV2_5 ? "v2_7" : "v3_2";
}

INSTANTIATE_TEST_SUITE_P(Dialects, Conformance,
                         ::testing::Values(Dialect::kV1_136, Dialect::kV2_5, Dialect::kV3),
                         DialectName);

// ---- the server against a real server's answers ----------------------------

json Sample(const std::string& rel) {
  std::string text = ReadFile(SharedDir() / "immich-samples" / rel);
  return json::parse(text, nullptr, false);
}

bool HaveSamples() { return fs::exists(SharedDir() / "immich-samples" / "v2.7.5" / "people.json"); }

// Key sets, recursively; arrays are compared through their first element.
// Keys in `skip` are left out on both sides.
void CompareKeys(const json& ours, const json& real, const std::string& path,
                 const std::set<std::string>& skip, std::vector<std::string>& out) {
  if (real.is_array() && ours.is_array()) {
    if (!real.empty() && !ours.empty()) CompareKeys(ours[0], real[0], path + "[0]", skip, out);
    return;
  }
  if (!real.is_object() || !ours.is_object()) {
    bool same_kind = (real.is_null() || ours.is_null()) || real.type() == ours.type() ||
                     (real.is_number() && ours.is_number());
    if (!same_kind) out.push_back(path + ": real " + real.type_name() + ", ours " + ours.type_name());
    return;
  }
  for (auto it = real.begin(); it != real.end(); ++it) {
    if (skip.count(it.key())) continue;
    if (!ours.contains(it.key())) {
      out.push_back(path + "." + it.key() + ": missing in ours");
      continue;
    }
    CompareKeys(ours[it.key()], it.value(), path + "." + it.key(), skip, out);
  }
  for (auto it = ours.begin(); it != ours.end(); ++it)
    if (!skip.count(it.key()) && !real.contains(it.key())) out.push_back(path + "." + it.key() + ": not in the real answer");
}

void ExpectSameShape(const json& ours, const std::string& sample, const std::set<std::string>& skip = {}) {
  json real = Sample(sample);
  ASSERT_FALSE(real.is_discarded()) << sample;
  std::vector<std::string> problems;
  CompareKeys(ours, real, "$", skip, problems);
  EXPECT_TRUE(problems.empty()) << sample << Join(problems);
}

void ExpectSameError(json ours, const std::string& sample) {
  json real = Sample(sample);
  ASSERT_FALSE(real.is_discarded()) << sample;
  ASSERT_TRUE(ours.contains("correlationId"));
  ours.erase("correlationId");
  real.erase("correlationId");
  EXPECT_EQ(ours, real) << sample;
}

TEST(Samples, V275FieldSets) {
  if (!HaveSamples()) GTEST_SKIP() << "no immich-samples under " << SharedDir();
  Tiny t;
  TestServer s(TinyLibrary(&t), Dialect::kV2_5);
  ASSERT_GT(s.Start(), 0);
  Client c(s);
  ExpectSameShape(c.Get("/api/people").json, "v2.7.5/people.json");
  ExpectSameShape(c.Get("/api/people/" + t.ann).json, "v2.7.5/person.json");
  ExpectSameShape(c.Get("/api/search/person?name=ann").json, "v2.7.5/search-person.json");
  ExpectSameShape(c.Get("/api/faces?id=" + t.a2).json, "v2.7.5/faces.json");
  ExpectSameShape(c.Get("/api/server/version", false).json, "v2.7.5/server-version.json");
  std::string ann = R"("personIds":[")" + t.ann + R"("])";
  ExpectSameShape(c.Post("/api/search/metadata", "{" + ann + R"(,"withExif":true,"withPeople":true,"size":1})").json,
                  "v2.7.5/search-metadata-person-exif-people.json");
  ExpectSameShape(c.Post("/api/search/metadata", "{" + ann + R"(,"withExif":true,"size":1})").json,
                  "v2.7.5/search-metadata-person-exif.json");
  ExpectSameShape(c.Post("/api/search/metadata", R"({"withExif":"true","isOffline":"false","size":1})").json,
                  "v2.7.5/search-metadata-string-bools.json");
  ExpectSameShape(c.Put("/api/people", R"({"people":[{"id":")" + t.ben + R"(","featureFaceAssetId":")" + t.a6 +
                                            R"("},{"id":"00000000-0000-4000-8000-000000000000","featureFaceAssetId":")" +
                                            t.a6 + R"("}]})").json,
                  "v2.7.5/put-people-bulk.json");
}

TEST(Samples, V275ErrorBodies) {
  if (!HaveSamples()) GTEST_SKIP() << "no immich-samples under " << SharedDir();
  Tiny t;
  Options o;
  o.permissions = {"person.read"};
  TestServer s(TinyLibrary(&t), Dialect::kV2_5, o);
  ASSERT_GT(s.Start(), 0);
  ExpectSameError(Client(s).Get("/api/people", false).json, "v2.7.5/no-key.json");
  ExpectSameError(Client(s, "nope").Get("/api/people").json, "v2.7.5/bad-key.json");
  ExpectSameError(Client(s).Post("/api/search/metadata", "{}").json, "v2.7.5/missing-permission-403.json");
  ExpectSameError(Client(s).Get("/api/people/00000000-0000-4000-8000-000000000000").json,
                  "v2.7.5/person-unknown.json");
  ExpectSameError(Client(s).Get("/api/people/abc").json, "v2.7.5/person-bad-uuid.json");
  TestServer all(TinyLibrary(&t), Dialect::kV2_5);
  ASSERT_GT(all.Start(), 0);
  ExpectSameError(Client(all).Post("/api/search/metadata", R"({"size":5000})").json,
                  "v2.7.5/search-metadata-size-too-big.json");
  ExpectSameError(Client(all).Put("/api/people/" + t.ann, R"({"featureFaceAssetId":"00000000-0000-4000-8000-000000000000"})").json,
                  "v2.7.5/put-person-bad-asset.json");
}

TEST(Samples, ZodErrorBodiesOn3x) {
  if (!HaveSamples()) GTEST_SKIP() << "no immich-samples under " << SharedDir();
  Tiny t;
  TestServer s(TinyLibrary(&t), Dialect::kV3);
  ASSERT_GT(s.Start(), 0);
  Client c(s);
  ExpectSameError(c.Get("/api/people?withHidden=False").json, "main-after-2.7.5/people-withHidden-bool.json");
  ExpectSameError(c.Get("/api/people/abc").json, "main-after-2.7.5/person-bad-uuid.json");
  ExpectSameError(c.Post("/api/search/metadata", R"({"size":5000})").json,
                  "main-after-2.7.5/search-metadata-size-too-big.json");
  ExpectSameError(c.Post("/api/search/metadata", R"({"withExif":"true","isOffline":"false"})").json,
                  "main-after-2.7.5/search-metadata-string-bools.json");
  // The sample predates 3.0, which dropped faces from assets (SDK 3.0.0),
  // and 3.2, which added nextCursor: compare everything else.
  ExpectSameShape(c.Post("/api/search/metadata", R"({"personIds":[")" + t.ann +
                                                     R"("],"withExif":true,"withPeople":true,"size":1})").json,
                  "main-after-2.7.5/search-metadata-person-exif-people.json", {"faces", "unassignedFaces", "nextCursor"});
}

}  // namespace
}  // namespace ifpo::testserver::testing
