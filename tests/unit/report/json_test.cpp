// --output json comes from the same Page as the HTML report.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/json.h"

namespace ifpo::report {
namespace {

std::vector<nlohmann::json> Lines(const Page& page) {
  std::vector<nlohmann::json> out;
  std::istringstream in(RenderJsonLines(page));
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

TEST(RenderJson, OneLinePerPersonWithTheChosenPhotoAndItsScore) {
  Page page;
  PersonEntry alice{"p1", "Alice", "updated", "", "old-asset", {}, 7};
  CandidateEntry best{
      "a1", "https://immich.example/photos/a1", {}, true, {{"total", 0.8}, {"sharpness", std::nullopt}}};
  CandidateEntry next{"a2", "https://immich.example/photos/a2", {}, false, {{"total", 0.5}}};
  alice.candidates = {best, next};
  PersonEntry bob{"p2", "", "skipped", "no usable photo", "", {}, 0};
  page.people = {alice, bob};
  const auto lines = Lines(page);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "p1");
  EXPECT_EQ(lines[0]["action"], "updated");
  EXPECT_EQ(lines[0]["candidates"], 7);
  EXPECT_EQ(lines[0]["chosen_asset"], "a1");
  EXPECT_EQ(lines[0]["link"], "https://immich.example/photos/a1");
  EXPECT_EQ(lines[0]["previous_asset"], "old-asset");
  EXPECT_DOUBLE_EQ(lines[0]["score"]["total"].get<double>(), 0.8);
  EXPECT_TRUE(lines[0]["score"]["sharpness"].is_null());  // not measured: null, never 1
  EXPECT_TRUE(lines[1]["chosen_asset"].is_null());
  EXPECT_TRUE(lines[1]["previous_asset"].is_null());
  EXPECT_FALSE(lines[1].contains("link"));
  EXPECT_EQ(lines[1]["note"], "no usable photo");
}

TEST(RenderJson, ARandomPickHasNoScore) {
  Page page;
  PersonEntry p{"p1", "Alice", "updated", "", "", {}, 3};
  p.candidates = {CandidateEntry{"a1", "l", {}, true, {}}};
  page.people = {p};
  const auto lines = Lines(page);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["chosen_asset"], "a1");
  EXPECT_FALSE(lines[0].contains("score"));
}

}  // namespace
}  // namespace ifpo::report
