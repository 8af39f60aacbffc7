// The report as a person sees it: rendered by a real browser (Debian's
// headless Chromium), checked in the DOM and in a screenshot's pixels.
#include <gtest/gtest.h>

#include "unit/report/browser.h"
#include "unit/report/page_fixture.h"

namespace ifpo::report {
namespace {

using namespace testing;  // NOLINT

#define REQUIRE_CHROMIUM()                                                                           \
  if (!HaveChromium())                                                                               \
  GTEST_SKIP() << "no " << kChromium << " (apt-get install chromium; the CI script installs it)"

TEST(ReportInBrowser, DomShowsPeopleCountsAndEscapedNames) {
  REQUIRE_CHROMIUM();
  ScratchDir dir;
  const std::string html = dir.path() + "/report.html";
  FakeFetcher fetcher;
  ASSERT_TRUE(WriteHtml(html, MakePage(), fetcher.Fn()).ok());
  ASSERT_EQ(RunChromium(dir.path(), "--dump-dom", html, dir.path() + "/dom.html"), 0)
      << Slurp(dir.path() + "/chromium.log");
  const std::string dom = Slurp(dir.path() + "/dom.html");
  ASSERT_FALSE(dom.empty());

  for (const char* name : {"<h2>Alice</h2>", "<h2>Bob</h2>", "<h2>Carol</h2>",
                           "<h2 class=\"unnamed\">3f2a9c1e-0000-4000-8000-00000000abcd</h2>"})
    EXPECT_NE(dom.find(name), std::string::npos) << name;
  // The browser parsed the evil name as text: no script element exists.
  EXPECT_NE(dom.find("<h2>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\"</h2>"), std::string::npos);
  EXPECT_EQ(dom.find("<script"), std::string::npos);

  EXPECT_NE(dom.find("id=\"count-updated\">2<"), std::string::npos);
  EXPECT_NE(dom.find("id=\"count-unchanged\">1<"), std::string::npos);
  EXPECT_NE(dom.find("id=\"count-skipped\">1<"), std::string::npos);
  EXPECT_NE(dom.find("id=\"count-failed\">1<"), std::string::npos);
  EXPECT_NE(dom.find("2 min 5 s"), std::string::npos);
  EXPECT_NE(dom.find("<td>0.812</td>"), std::string::npos);
  EXPECT_EQ(CountOf(dom, "<img "), 9u);
  EXPECT_NE(dom.find("alt=\"Face of Alice chosen\""), std::string::npos);
}

// Finds the cyan face squares in the screenshot: each shown crop is one
// connected blob (the face fills ~93% of the crop's side).
TEST(ReportInBrowser, ScreenshotShowsTheEmbeddedFaces) {
  REQUIRE_CHROMIUM();
  ScratchDir dir;
  const std::string html = dir.path() + "/report.html";
  Page page = MakePage();
  // Two people so everything fits in 1200x900: Alice (chosen 160 px, three
  // next best and last time at 96 px) and Carol (chosen; candidate missing;
  // last time a whole, letterboxed photo with a tiny face).
  page.people = {page.people[1], page.people[4]};
  FakeFetcher fetcher;
  ASSERT_TRUE(WriteHtml(html, page, fetcher.Fn()).ok());
  const std::string png = dir.path() + "/shot.png";
  ASSERT_EQ(RunChromium(dir.path(), "--screenshot=" + png + " --window-size=1200,900", html, dir.path() + "/out"), 0)
      << Slurp(dir.path() + "/chromium.log");

  const cv::Mat shot = cv::imread(png, cv::IMREAD_COLOR);
  ASSERT_EQ(shot.size(), cv::Size(1200, 900));
  cv::Mat mask(shot.size(), CV_8UC1, cv::Scalar(0));
  for (int y = 0; y < shot.rows; ++y)
    for (int x = 0; x < shot.cols; ++x)
      if (IsFacePixel(shot.at<cv::Vec3b>(y, x))) mask.at<uchar>(y, x) = 255;
  cv::Mat labels, stats, centroids;
  const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids);
  int big = 0, small = 0;
  for (int i = 1; i < n; ++i) {
    const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
    const int area = stats.at<int>(i, cv::CC_STAT_AREA);
    // 160 px crop -> 148 px face; 96 px crop -> 89 px face; squares are full.
    if (w >= 140 && w <= 156 && h >= 140 && h <= 156 && area > 0.9 * w * h) ++big;
    if (w >= 82 && w <= 94 && h >= 82 && h <= 94 && area > 0.9 * w * h) ++small;
  }
  EXPECT_EQ(big, 2) << "chosen faces of Alice and Carol";
  EXPECT_EQ(small, 4) << "Alice's three next best and her last-time face";
}

}  // namespace
}  // namespace ifpo::report
