// --demo end to end, as the README's first command: the bundled test server,
// a run against it, and a self-contained HTML report whose numbers match the
// summary the run printed. Runs in a fresh working directory and HOME.
#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "e2e/harness.h"
#include "gtest/gtest.h"

namespace ifpo::e2e {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string DecodeBase64(const std::string& in) {
  static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned buf = 0;
  int bits = 0;
  for (char c : in) {
    if (c == '=') break;
    const size_t v = kAlphabet.find(c);
    if (v == std::string::npos) return "";
    buf = (buf << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buf >> bits) & 0xFF);
    }
  }
  return out;
}

// The "Done!" line's counts.
std::map<std::string, std::string> Summary(const std::string& err) {
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    auto kv = ParseLogfmt(line);
    if (kv && (*kv)["msg"] == "Done!") return *kv;
  }
  return {};
}

class Demo : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    root_ = MakeTempDir();
    cwd_ = root_ + "/work";
    home_ = root_ + "/home";
    fs::create_directories(cwd_);
    fs::create_directories(home_);
  }
  void TearDown() override { RemoveTree(root_); }
  std::string root_, cwd_, home_;
};

TEST_P(Demo, RunsAgainstTheBundledLibraryAndWritesASelfContainedReport) {
  const std::string dialect = GetParam();
  auto r = RunToolAt(cwd_, home_, {"--demo", "--demo-dialect", dialect});
  const std::string diag = "exit=" + std::to_string(r.exit_code) + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err;
  ASSERT_EQ(r.exit_code, 0) << diag;
  EXPECT_NE(r.err.find("Demo: a sample Immich library (API " + dialect), std::string::npos) << diag;

  // Where the report is, as printed; it is in the working directory.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.err, m, std::regex("Demo report: ([^\\n]+)\\n"))) << diag;
  const fs::path report = m[1].str();
  EXPECT_EQ(report, fs::path(cwd_) / "immich-demo-report.html");
  ASSERT_TRUE(fs::is_regular_file(report)) << report;
  // Nothing else was written: not in the working directory, not in HOME (no cache for the demo).
  EXPECT_EQ(std::distance(fs::directory_iterator(cwd_), fs::directory_iterator()), 1);
  EXPECT_TRUE(fs::is_empty(home_)) << "the demo wrote into HOME";

  const std::string html = ReadFile(report);
  ASSERT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("</html>"), std::string::npos);
  // Self-contained: no scripts, stylesheets or images from anywhere.
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  // A plain scan: std::regex recurses per character and overflows the stack
  // on base64 images of this size under AddressSanitizer.
  int images = 0;
  for (size_t at = html.find(" src=\""); at != std::string::npos; at = html.find(" src=\"", at + 1)) {
    const size_t begin = at + 6;
    const size_t end = html.find('"', begin);
    ASSERT_NE(end, std::string::npos);
    const std::string src = html.substr(begin, end - begin);
    const std::string prefix = "data:image/jpeg;base64,";
    ASSERT_EQ(src.rfind(prefix, 0), 0u) << "not an embedded image: " << src.substr(0, 80);
    const std::string jpeg = DecodeBase64(src.substr(prefix.size()));
    ASSERT_EQ(jpeg.rfind("\xFF\xD8\xFF", 0), 0u) << "not a JPEG";
    const cv::Mat img = cv::imdecode(cv::Mat(1, static_cast<int>(jpeg.size()), CV_8U, const_cast<char*>(jpeg.data())),
                                     cv::IMREAD_COLOR);
    ASSERT_FALSE(img.empty()) << "an embedded image does not decode";
    EXPECT_GE(std::min(img.cols, img.rows), 64);
    ++images;
  }

  // The demo people by name, each with a card.
  const char* named[] = {"Alice Martin", "Bob Chen", "Carla Diaz", "David Okafor", "Emma Schmidt", "Farid Haddad"};
  for (const char* name : named) EXPECT_NE(html.find(std::string("<h2>") + name + "</h2>"), std::string::npos) << name;
  EXPECT_EQ(html.find("Greta Hidden"), std::string::npos) << "hidden people are left alone";

  // The printed summary and the report's agree, and add up to the people shown.
  auto summary = Summary(r.err);
  ASSERT_FALSE(summary.empty()) << diag;
  int total = 0;
  for (const char* action : {"updated", "unchanged", "skipped", "failed"}) {
    std::smatch c;
    ASSERT_TRUE(std::regex_search(html, c, std::regex(std::string("id=\"count-") + action + "\">(\\d+)<"))) << action;
    EXPECT_EQ(c[1].str(), summary[action]) << action;
    total += std::stoi(summary[action]);
  }
  EXPECT_EQ(summary["would_update"], "0");  // not a dry run
  EXPECT_EQ(summary["declined"], "0");
  std::smatch people;
  ASSERT_TRUE(std::regex_search(html, people, std::regex("id=\"people-total\">(\\d+)<")));
  EXPECT_EQ(std::stoi(people[1].str()), total);
  int cards = 0;
  for (size_t pos = 0; (pos = html.find("<article class=\"card", pos)) != std::string::npos; ++pos) ++cards;
  EXPECT_EQ(cards, total);
  // Every named person got a photo; each updated card shows its chosen face.
  EXPECT_GE(std::stoi(summary["updated"]), 6) << diag;
  EXPECT_GE(images, std::stoi(summary["updated"]));
  const std::regex updated_line("Updated the following people: ([^\\n]*)");
  std::smatch u;
  ASSERT_TRUE(std::regex_search(r.err, u, updated_line)) << diag;
  for (const char* name : named) EXPECT_NE(u[1].str().find(name), std::string::npos) << name;
}

std::string DialectName(const ::testing::TestParamInfo<const char*>& p) {
  std::string n = p.param;
  for (char& c : n)
    if (c == '.') c = '_';
  return "v" + n;
}

INSTANTIATE_TEST_SUITE_P(Dialects, Demo, ::testing::Values("1.136", "2.7", "3.2"), DialectName);

}  // namespace
}  // namespace ifpo::e2e
