#include "report/html.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "unit/report/page_fixture.h"

namespace ifpo::report {
namespace {

using namespace testing;  // NOLINT

std::string Section(const std::string& html, const std::string& start_marker) {
  const size_t a = html.find(start_marker);
  if (a == std::string::npos) return "";
  return html.substr(a, html.find("</article>", a) - a);
}

TEST(RenderHtml, AsksTheFetcherOnceForEveryShownAssetDeduplicated) {
  FakeFetcher fetcher;
  RenderHtml(MakePage(), fetcher.Fn());
  ASSERT_EQ(fetcher.calls.size(), 1u);
  const std::set<std::string> asked(fetcher.calls[0].begin(), fetcher.calls[0].end());
  EXPECT_EQ(asked.size(), fetcher.calls[0].size());  // no duplicates (a-bob1 is chosen and previous)
  // Alice: chosen + next 3 (a-alice5 is 5th, not shown) + previous a-alice3 (already there).
  EXPECT_EQ(asked, (std::set<std::string>{"a-bob1", "a-alice1", "a-alice2", "a-alice3", "a-alice4", "a-evil1",
                                          "a-carol1", "a-missing", "a-old"}));
}

TEST(RenderHtml, ChosenFaceIsTheImmichCropAsJpegDataUri) {
  FakeFetcher fetcher;
  const std::string html = RenderHtml(MakePage(), fetcher.Fn());
  const cv::Mat face = DecodeDataUri(ImgSrcWithAlt(html, "Face of Alice chosen"));
  ASSERT_EQ(face.size(), cv::Size(160, 160));
  EXPECT_NEAR(FaceFraction(face), 0.857, 0.05);  // see face_image_test: 50 px face in a 54 px crop
  EXPECT_FALSE(IsFacePixel(face.at<cv::Vec3b>(1, 1)));
  // Candidates and the previous choice (a candidate) are face crops too.
  EXPECT_GT(FaceFraction(DecodeDataUri(ImgSrcWithAlt(html, "Face of Alice, candidate 2"))), 0.8);
  EXPECT_GT(FaceFraction(DecodeDataUri(ImgSrcWithAlt(html, "Face of Alice chosen last time"))), 0.8);
  // Carol's previous photo is not a candidate: the whole thumbnail, letterboxed.
  const cv::Mat whole = DecodeDataUri(ImgSrcWithAlt(html, "Photo of Carol chosen last time"));
  ASSERT_EQ(whole.size(), cv::Size(160, 160));
  EXPECT_NEAR(FaceFraction(whole), (50 * 0.4267) * (50 * 0.4267) / (160.0 * 160), 0.01);
}

TEST(RenderHtml, EscapesNamesNotesAndIds) {
  FakeFetcher fetcher;
  const std::string html = RenderHtml(MakePage(), fetcher.Fn());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("alert(1)</script>"), std::string::npos);
  EXPECT_NE(html.find("<h2>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</h2>"), std::string::npos);
  // In the alt attribute too (the image is undecodable: placeholder label).
  EXPECT_NE(html.find("aria-label=\"Face of &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; chosen"),
            std::string::npos);
  EXPECT_NE(html.find("PUT failed: &lt;500&gt; &amp; &quot;retry&quot;"), std::string::npos);
}

TEST(RenderHtml, SummaryCountsEachAction) {
  FakeFetcher fetcher;
  const std::string html = RenderHtml(MakePage(), fetcher.Fn());
  EXPECT_NE(html.find("id=\"count-updated\">2<"), std::string::npos);
  EXPECT_EQ(html.find("count-would_update"), std::string::npos);  // not a dry run: no tile
  EXPECT_NE(html.find("id=\"count-unchanged\">1<"), std::string::npos);
  EXPECT_NE(html.find("id=\"count-skipped\">1<"), std::string::npos);
  EXPECT_NE(html.find("id=\"count-failed\">1<"), std::string::npos);
  EXPECT_EQ(html.find("count-declined"), std::string::npos);  // none declined: no tile
  EXPECT_NE(html.find("<span id=\"people-total\">5</span> people"), std::string::npos);
  EXPECT_NE(html.find("<span id=\"seconds\">2 min 5 s</span>"), std::string::npos);
  EXPECT_EQ(html.find("Dry run"), std::string::npos);

  const std::string dry = RenderHtml(MakePage(true), fetcher.Fn());
  EXPECT_NE(dry.find("id=\"count-would_update\">2<"), std::string::npos);
  EXPECT_NE(dry.find("id=\"count-updated\">0<"), std::string::npos);
  EXPECT_NE(dry.find("id=\"dry-run\""), std::string::npos);
  EXPECT_NE(dry.find("<span class=\"badge would_update\">would update (dry run)</span>"), std::string::npos);
}

TEST(RenderHtml, ChangedPeopleComeFirstOthersKeepTheirOrder) {
  FakeFetcher fetcher;
  const std::string html = RenderHtml(MakePage(), fetcher.Fn());
  const size_t alice = html.find("id=\"person-p-alice\""), carol = html.find("id=\"person-p-carol\"");
  const size_t bob = html.find("id=\"person-p-bob\""), evil = html.find("id=\"person-p-evil\"");
  const size_t unnamed = html.find("id=\"person-3f2a9c1e-0000-4000-8000-00000000abcd\"");
  ASSERT_NE(bob, std::string::npos);
  EXPECT_LT(alice, carol);
  EXPECT_LT(carol, bob);
  EXPECT_LT(bob, unnamed);
  EXPECT_LT(unnamed, evil);
}

TEST(RenderHtml, PlaceholdersForMissingAndUndecodableImages) {
  FakeFetcher fetcher;
  const std::string html = RenderHtml(MakePage(), fetcher.Fn());
  EXPECT_NE(html.find("<div class=\"ph\" role=\"img\" aria-label=\"Face of Carol, candidate 2 (image unavailable)\">"
                      "<span>image unavailable</span></div>"),
            std::string::npos);
  EXPECT_NE(Section(html, "id=\"person-p-evil\"").find("<span>image could not be read</span>"), std::string::npos);
  // No fetcher at all: every picture is a placeholder, nothing crashes.
  const std::string bare = RenderHtml(MakePage(), nullptr);
  EXPECT_EQ(bare.find("<img "), std::string::npos);
  EXPECT_EQ(CountOf(bare, "class=\"ph\""), 11u);  // 4 chosen + 3 + 1 candidates + 3 previous
}

TEST(RenderHtml, UnnamedPersonShowsIdAndNoChoice) {
  FakeFetcher fetcher;
  const std::string card = Section(RenderHtml(MakePage(), fetcher.Fn()), "id=\"person-3f2a9c1e");
  EXPECT_NE(card.find("<h2 class=\"unnamed\">3f2a9c1e-0000-4000-8000-00000000abcd</h2>"), std::string::npos);
  EXPECT_NE(card.find("No photo chosen."), std::string::npos);
  EXPECT_NE(card.find("No earlier choice recorded."), std::string::npos);
  EXPECT_NE(card.find("no usable photos"), std::string::npos);
  EXPECT_EQ(card.find("<table"), std::string::npos);
}

TEST(RenderHtml, UnmeasuredFactorIsADashNotOne) {
  FakeFetcher fetcher;
  Page page = MakePage();
  CandidateEntry& c = page.people[0].candidates[0];
  c.components = {{"total", 0.5}, {"face", 0.5}, {"sharpness", std::nullopt}, {"shape", 1.0}};
  const std::string html = RenderHtml(page, fetcher.Fn());
  EXPECT_NE(
      html.find("<td>0.500</td><td>0.500</td><td class=\"unmeasured\" title=\"not measured\">—</td><td>1.000</td>"),
      std::string::npos);
  EXPECT_NE(html.find("<th scope=\"col\">shape</th>"), std::string::npos);
}

TEST(RenderHtml, ScoreTableListsChosenAndUpToThreeNextBest) {
  FakeFetcher fetcher;
  const std::string card = Section(RenderHtml(MakePage(), fetcher.Fn()), "id=\"person-p-alice\"");
  EXPECT_NE(card.find("<thead><tr><th scope=\"col\">Photo</th><th scope=\"col\">total</th><th scope=\"col\">face"
                      "</th><th scope=\"col\">sharpness</th><th scope=\"col\">date</th><th scope=\"col\">exposure"
                      "</th><th scope=\"col\">border</th><th scope=\"col\">crowd</th></tr></thead>"),
            std::string::npos);
  EXPECT_NE(card.find("<tr class=\"chosen\"><th scope=\"row\">Chosen</th><td>0.812</td><td>0.900</td><td>523.4</td>"
                      "<td>1.000</td><td>0.950</td><td>1.000</td><td>1235</td></tr>"),
            std::string::npos);
  EXPECT_NE(card.find("<th scope=\"row\">#4</th><td>0.600</td>"), std::string::npos);
  EXPECT_EQ(card.find("#5"), std::string::npos);  // only 3 next best
  EXPECT_EQ(CountOf(card, "<figure class=\"small candidate\">"), 3u);
}

TEST(RenderHtml, LastTimeLinksThePreviousPhoto) {
  FakeFetcher fetcher;
  const std::string html = RenderHtml(MakePage(), fetcher.Fn());
  const std::string carol = Section(html, "id=\"person-p-carol\"");
  EXPECT_NE(carol.find("<a href=\"https://immich.example/photos/a-old\"><img"), std::string::npos);
  EXPECT_NE(carol.find("<span class=\"id\">a-old</span>"), std::string::npos);
  const std::string bob = Section(html, "id=\"person-p-bob\"");
  EXPECT_NE(bob.find("same photo"), std::string::npos);
}

TEST(RenderHtml, SelfContainedOnlyPhotoLinksLeaveThePage) {
  FakeFetcher fetcher;
  Page page = MakePage();
  page.people[0].candidates[0].link = "javascript:alert(2)";  // never a link
  const std::string html = RenderHtml(page, fetcher.Fn());
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  // Every URL-carrying attribute (std::regex would do, but trips GCC 12's
  // -Wmaybe-uninitialized under the sanitizers).
  int links = 0, images = 0;
  for (const std::string attr : {" src=\"", " href=\""}) {
    for (size_t p = html.find(attr); p != std::string::npos; p = html.find(attr, p + 1)) {
      const size_t start = p + attr.size();
      const std::string value = html.substr(start, html.find('"', start) - start);
      if (attr == " src=\"") {
        EXPECT_EQ(value.rfind("data:image/jpeg;base64,", 0), 0u) << value.substr(0, 40);
        ++images;
      } else {
        EXPECT_EQ(value.rfind("https://immich.example/photos/", 0), 0u) << value;
        ++links;
      }
    }
  }
  EXPECT_EQ(images, 11 - 2);  // 11 pictures, placeholders for a-missing and a-evil1
  EXPECT_GT(links, 8);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
}

TEST(RenderHtml, EmptyPage) {
  const std::string html = RenderHtml(Page{}, nullptr);
  EXPECT_NE(html.find("<title>Immich featured photos</title>"), std::string::npos);
  EXPECT_NE(html.find("No people were processed."), std::string::npos);
  EXPECT_NE(html.find("<span id=\"people-total\">0</span> people"), std::string::npos);
}

// --- writing -------------------------------------------------------------

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/ifpo-report-XXXXXX";
    path_ = ::mkdtemp(tmpl);
  }
  ~TempDir() { std::system(("rm -rf '" + path_ + "'").c_str()); }
  const std::string& path() const { return path_; }
  std::vector<std::string> Entries() const {
    std::vector<std::string> out;
    if (DIR* d = ::opendir(path_.c_str())) {
      while (dirent* e = ::readdir(d))
        if (std::string(e->d_name) != "." && std::string(e->d_name) != "..") out.push_back(e->d_name);
      ::closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::string path_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(WriteHtml, WritesTheRenderedPageAndNothingElse) {
  TempDir dir;
  const std::string path = dir.path() + "/report.html";
  { std::ofstream(path) << "old report"; }
  FakeFetcher fetcher;
  auto ok = WriteHtml(path, MakePage(), fetcher.Fn());
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ReadFile(path), RenderHtml(MakePage(), fetcher.Fn()));
  EXPECT_EQ(dir.Entries(), std::vector<std::string>{"report.html"});  // no temp file left
  EXPECT_EQ(fetcher.calls.size(), 2u);
}

TEST(WriteHtml, MissingDirectoryFailsFastNamingThePath) {
  TempDir dir;
  { std::ofstream(dir.path() + "/file") << "x"; }
  const std::string path = dir.path() + "/file/report.html";  // parent is a file: fails even as root
  FakeFetcher fetcher;
  auto status = WriteHtml(path, MakePage(), fetcher.Fn());
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().kind, ErrorKind::kIo);
  EXPECT_NE(status.error().message.find(path), std::string::npos) << status.error().message;
  EXPECT_TRUE(fetcher.calls.empty());  // nothing downloaded for a report we cannot write
  EXPECT_EQ(dir.Entries(), std::vector<std::string>{"file"});
}

TEST(WriteHtml, DirectoryInTheWayIsAnErrorAndLeavesNoPartialFile) {
  TempDir dir;
  const std::string path = dir.path() + "/report.html";
  ASSERT_EQ(::mkdir(path.c_str(), 0755), 0);
  auto status = WriteHtml(path, MakePage(), nullptr);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().kind, ErrorKind::kIo);
  EXPECT_NE(status.error().message.find(path), std::string::npos);
  EXPECT_EQ(dir.Entries(), std::vector<std::string>{"report.html"});
}

TEST(WriteHtml, ReadOnlyDirectoryIsAnError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  TempDir dir;
  ASSERT_EQ(::chmod(dir.path().c_str(), 0555), 0);
  auto status = WriteHtml(dir.path() + "/report.html", MakePage(), nullptr);
  ::chmod(dir.path().c_str(), 0755);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().kind, ErrorKind::kIo);
  EXPECT_TRUE(dir.Entries().empty());
}

TEST(WriteHtml, EmptyPathIsAnError) {
  auto status = WriteHtml("", MakePage(), nullptr);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().kind, ErrorKind::kIo);
}

}  // namespace
}  // namespace ifpo::report
