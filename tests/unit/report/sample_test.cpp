// Writes a realistic-looking sample report (drawn faces, every kind of
// person) to $IFPO_REPORT_SAMPLE, for the README's screenshot:
//   IFPO_REPORT_SAMPLE=/tmp/sample.html unit_report --gtest_filter='SampleReport.*'
// Without the variable it still renders the page and checks it, so the
// sample cannot rot.
#include <cstdint>
#include <cstdlib>

#include <gtest/gtest.h>

#include "report/html.h"
#include "unit/report/fixtures.h"

namespace ifpo::report {
namespace {

uint32_t Fnv(const std::string& s) {
  uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// The face box of every sample photo, in a 1000x1500 frame (thumbnail 250x375).
FaceBox SampleBox(const std::string& id) {
  const uint32_t h = Fnv(id);
  const int side = 280 + static_cast<int>(h % 5) * 40;
  const int x1 = 260 + static_cast<int>(h / 5 % 7) * 30, y1 = 300 + static_cast<int>(h / 35 % 5) * 40;
  return FaceBox{x1, y1, x1 + side, y1 + side, 1000, 1500};
}

// A cartoon portrait: background, shoulders, head, hair, eyes, smile; the
// id picks colours, and ids ending in "-blur" are out of focus.
std::string SamplePhoto(const std::string& id) {
  const uint32_t h = Fnv(id + "colours");
  static const cv::Scalar kSkins[] = {{190, 215, 245}, {140, 180, 225}, {95, 135, 190}, {60, 95, 140}};
  static const cv::Scalar kHair[] = {{30, 40, 60}, {40, 90, 150}, {25, 25, 25}, {170, 170, 175}, {50, 120, 200}};
  static const cv::Scalar kBack[] = {{200, 170, 120}, {140, 190, 150}, {210, 200, 230}, {120, 120, 150}, {190, 210, 220}};
  static const cv::Scalar kShirt[] = {{160, 80, 40}, {60, 60, 180}, {90, 140, 60}, {140, 140, 140}};
  const cv::Scalar skin = kSkins[h % 4], hair = kHair[h / 4 % 5], back = kBack[h / 20 % 5], shirt = kShirt[h / 100 % 4];

  cv::Mat img(375, 250, CV_8UC3, back);
  for (int y = 0; y < img.rows; ++y) img.row(y) -= cv::Scalar::all(y * 0.12);  // soft vertical gradient
  const FaceBox b = SampleBox(id);
  const double s = 0.25;
  const cv::Point c(static_cast<int>((b.x1 + b.x2) / 2 * s), static_cast<int>((b.y1 + b.y2) / 2 * s));
  const int r = static_cast<int>((b.x2 - b.x1) / 2 * s);
  cv::ellipse(img, cv::Point(c.x, c.y + 3 * r), cv::Size(2 * r + 10, 2 * r), 0, 180, 360, shirt, cv::FILLED, cv::LINE_AA);
  cv::rectangle(img, cv::Point(c.x - r / 3, c.y + r / 2), cv::Point(c.x + r / 3, c.y + r + 8), skin, cv::FILLED);
  cv::ellipse(img, cv::Point(c.x, c.y - r / 4), cv::Size(r + 3, r), 0, 180, 360, hair, cv::FILLED, cv::LINE_AA);
  cv::ellipse(img, c, cv::Size(r * 4 / 5, r), 0, 0, 360, skin, cv::FILLED, cv::LINE_AA);
  cv::ellipse(img, cv::Point(c.x, c.y - r * 2 / 3), cv::Size(r * 4 / 5, r / 3), 0, 180, 360, hair, cv::FILLED, cv::LINE_AA);
  for (int side : {-1, 1}) {
    const cv::Point eye(c.x + side * r / 3, c.y - r / 8);
    cv::ellipse(img, eye, cv::Size(r / 6, r / 10), 0, 0, 360, cv::Scalar(250, 250, 250), cv::FILLED, cv::LINE_AA);
    cv::circle(img, eye, r / 14 + 1, cv::Scalar(40, 30, 20), cv::FILLED, cv::LINE_AA);
  }
  cv::ellipse(img, cv::Point(c.x, c.y + r / 3), cv::Size(r / 3, r / 5), 0, 10, 170, cv::Scalar(60, 60, 170), 2,
              cv::LINE_AA);
  if (id.size() > 5 && id.compare(id.size() - 5, 5, "-blur") == 0) cv::GaussianBlur(img, img, cv::Size(0, 0), 3.0);
  std::vector<uchar> buf;
  cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, 90});
  return std::string(buf.begin(), buf.end());
}

CandidateEntry SampleCand(const std::string& id, bool chosen, std::vector<double> v) {
  CandidateEntry c;
  c.asset_id = id;
  c.link = "https://photos.example.org/photos/" + id;
  c.box = SampleBox(id);
  c.chosen = chosen;
  const char* names[] = {"total", "face", "sharpness", "date", "exposure", "border", "crowd"};
  for (size_t i = 0; i < v.size() && i < 7; ++i) c.components.emplace_back(names[i], v[i]);
  return c;
}

Page SamplePage() {
  Page page;
  page.title = "Immich featured photos";
  page.server = "https://photos.example.org";
  page.seconds = 8.4;
  page.people = {
      {"6c1f", "Ana María", "updated", "", "ana-3",
       {SampleCand("ana-1", true, {0.912, 0.98, 0.95, 1.0, 0.97, 1.0, 1.0}),
        SampleCand("ana-2", false, {0.874, 0.92, 0.96, 0.98, 0.99, 1.0, 0.95}),
        SampleCand("ana-3", false, {0.803, 0.95, 0.88, 0.94, 0.96, 1.0, 1.0}),
        SampleCand("ana-4-blur", false, {0.512, 0.97, 0.53, 1.0, 0.99, 1.0, 1.0})}},
      {"0b9e", "Jonas", "updated", "", "jonas-2019",
       {SampleCand("jonas-1", true, {0.884, 0.91, 0.97, 1.0, 0.98, 1.0, 1.0}),
        SampleCand("jonas-2", false, {0.861, 0.93, 0.94, 0.99, 1.0, 0.99, 1.0})}},
      {"77aa", "Chloé & Zoë", "unchanged", "already our choice", "cz-1",
       {SampleCand("cz-1", true, {0.853, 0.90, 0.96, 1.0, 0.99, 1.0, 0.99}),
        SampleCand("cz-2", false, {0.792, 0.88, 0.92, 0.97, 0.97, 1.0, 1.0}),
        SampleCand("cz-3-blur", false, {0.455, 0.9, 0.51, 1.0, 1.0, 1.0, 1.0})}},
      {"d41d8cd9-8f00-4b20-9e80-0998ecf8427e", "", "skipped",
       "no photo with a face of at least --min-face-size", "", {}},
      {"31c0", "Grandpa Joe", "failed", "PUT /people/31c0 answered 403: missing permission person.update", "",
       {SampleCand("joe-1", true, {0.768, 0.85, 0.93, 0.96, 0.99, 1.0, 1.0}),
        SampleCand("joe-2", false, {0.702, 0.81, 0.90, 0.96, 0.98, 1.0, 1.0})}},
  };
  return page;
}

ImageFetcher SampleFetcher() {
  return [](const std::vector<std::string>& ids, const std::function<void(const std::string&, std::string)>& sink) {
    for (const std::string& id : ids) sink(id, SamplePhoto(id));
  };
}

TEST(SampleReport, RendersEveryFaceAndWritesToEnvPath) {
  const std::string html = RenderHtml(SamplePage(), SampleFetcher());
  // 4 chosen + 7 next best + 3 previous (Ana's a candidate, Jonas's whole, Chloé's same).
  EXPECT_EQ(testing::CountOf(html, "<img "), 14u);
  EXPECT_EQ(testing::CountOf(html, "class=\"ph\""), 0u);
  EXPECT_NE(html.find("<h2>Chloé &amp; Zoë</h2>"), std::string::npos);
  const char* out = std::getenv("IFPO_REPORT_SAMPLE");
  if (out == nullptr || *out == '\0') GTEST_SKIP() << "set IFPO_REPORT_SAMPLE=/path/sample.html to write the sample";
  auto written = WriteHtml(out, SamplePage(), SampleFetcher());
  ASSERT_TRUE(written.ok()) << written.error().message;
  std::printf("sample report written to %s\n", out);
}

}  // namespace
}  // namespace ifpo::report
