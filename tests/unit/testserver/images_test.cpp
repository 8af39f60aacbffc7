// The served renditions are real images of the right size, and blur_sigma
// controls sharpness.
#include <gtest/gtest.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "images.h"
#include "ts_fixture.h"

namespace ifpo::testserver::testing {
namespace {

cv::Mat Decode(const std::string& bytes) {
  std::vector<uchar> buf(bytes.begin(), bytes.end());
  return cv::imdecode(buf, cv::IMREAD_COLOR);
}

double LaplacianVariance(const cv::Mat& img) {
  cv::Mat gray, lap;
  cv::cvtColor(img, gray, cv::COLOR_BGR2GRAY);
  cv::Laplacian(gray, lap, CV_64F);
  cv::Scalar mean, stddev;
  cv::meanStdDev(lap, mean, stddev);
  return stddev[0] * stddev[0];
}

class Images : public ::testing::Test {
 protected:
  void SetUp() override {
    Options o;
    o.preview_size = 480;  // keeps the test fast; the rule is the same
    server_ = std::make_unique<TestServer>(TinyLibrary(&ids_), Dialect::kV2_5, o);
    ASSERT_GT(server_->Start(), 0);
  }
  Tiny ids_;
  std::unique_ptr<TestServer> server_;
};

TEST_F(Images, ThumbnailIsWebpWithShortSide250) {
  Client c(*server_);
  Reply r = c.Get("/api/assets/" + ids_.a1 + "/thumbnail");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "image/webp");
  EXPECT_EQ(r.body.substr(0, 4), "RIFF");
  EXPECT_EQ(r.body.substr(8, 4), "WEBP");
  cv::Mat img = Decode(r.body);
  ASSERT_FALSE(img.empty());
  EXPECT_EQ(img.rows, 250);
  EXPECT_EQ(img.cols, 333);  // 4000x3000 → 333x250
  Reply portrait = c.Get("/api/assets/" + ids_.a4 + "/thumbnail?size=thumbnail");
  cv::Mat p = Decode(portrait.body);
  EXPECT_EQ(p.cols, 250);
  EXPECT_EQ(p.rows, 333);
}

TEST_F(Images, PreviewIsJpegWithConfiguredShortSide) {
  Client c(*server_);
  Reply r = c.Get("/api/assets/" + ids_.a1 + "/thumbnail?size=preview");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "image/jpeg");
  EXPECT_EQ(static_cast<unsigned char>(r.body[0]), 0xFF);
  EXPECT_EQ(static_cast<unsigned char>(r.body[1]), 0xD8);
  cv::Mat img = Decode(r.body);
  EXPECT_EQ(img.cols, 640);
  EXPECT_EQ(img.rows, 480);
  // The video's preview is a 16:9 frame image.
  cv::Mat v = Decode(c.Get("/api/assets/" + ids_.video + "/thumbnail?size=preview").body);
  EXPECT_EQ(v.cols, 853);
  EXPECT_EQ(v.rows, 480);
}

TEST_F(Images, PreviewNeverEnlarged) {
  TsAsset small;
  small.id = MakeUuid(5);
  small.width = 800;
  small.height = 600;
  int w = 0, h = 0;
  RenditionSize(small, 1440, &w, &h);
  EXPECT_EQ(w, 800);
  EXPECT_EQ(h, 600);
  RenditionSize(small, 250, &w, &h);
  EXPECT_EQ(w, 333);
  EXPECT_EQ(h, 250);
}

TEST_F(Images, FullsizeRedirectsOriginalRefused) {
  Client c(*server_);
  Reply full = c.Get("/api/assets/" + ids_.a1 + "/thumbnail?size=fullsize");
  EXPECT_EQ(full.status, 302);
  EXPECT_EQ(full.location, "/api/assets/" + ids_.a1 + "/thumbnail?size=preview");
  Reply orig = c.Get("/api/assets/" + ids_.a1 + "/thumbnail?size=original");
  EXPECT_EQ(orig.status, 400);
  EXPECT_EQ(orig.json["message"], "May not request original file");
  Reply bad = c.Get("/api/assets/" + ids_.a1 + "/thumbnail?size=huge");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json["message"][0],
            "size must be one of the following values: original, fullsize, preview, thumbnail");
}

TEST_F(Images, PersonThumbnailIs250Square) {
  Reply r = Client(*server_).Get("/api/people/" + ids_.ann + "/thumbnail");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "image/jpeg");
  cv::Mat img = Decode(r.body);
  EXPECT_EQ(img.cols, 250);
  EXPECT_EQ(img.rows, 250);
  EXPECT_EQ(Client(*server_).Get("/api/people/" + ids_.zed + "/thumbnail").status, 404);
}

TEST_F(Images, CorruptAssetServesUndecodableBytes) {
  Library lib;
  TsAsset a;
  a.image.corrupt = true;
  std::string id = lib.AddAsset(a);
  TestServer s(std::move(lib), Dialect::kV2_5);
  ASSERT_GT(s.Start(), 0);
  Reply r = Client(s).Get("/api/assets/" + id + "/thumbnail?size=preview");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "image/jpeg");
  EXPECT_GT(r.body.size(), 1000u);
  EXPECT_TRUE(Decode(r.body).empty());
}

// Same scene, more blur → strictly less high-frequency energy. Measured on
// the face region of the preview.
TEST_F(Images, BlurSigmaLowersLaplacianVarianceMonotonically) {
  TsAsset a;
  a.id = MakeUuid(42);
  a.width = 1200;
  a.height = 900;
  TsFace f;
  f.id = MakeUuid(43);
  f.person_id = MakeUuid(44);
  f.x1 = 400;
  f.y1 = 250;
  f.x2 = 800;
  f.y2 = 750;
  f.image_width = 1200;
  f.image_height = 900;
  a.faces.push_back(f);
  double last = 1e18;
  for (double sigma : {0.0, 1.0, 2.0, 4.0, 8.0}) {
    a.image.blur_sigma = sigma;
    cv::Mat img = Decode(RenderPreviewJpeg(a, 900));
    ASSERT_EQ(img.cols, 1200);
    double v = LaplacianVariance(img(cv::Rect(400, 250, 400, 500)));
    EXPECT_LT(v, last) << "sigma " << sigma;
    last = v;
  }
  EXPECT_LT(last, 5.0);  // sigma 8 leaves almost no detail
}

TEST_F(Images, BrightnessScalesMeanAndRenderingIsDeterministic) {
  TsAsset a;
  a.id = MakeUuid(7);
  a.width = 400;
  a.height = 300;
  cv::Mat normal = Decode(RenderPreviewJpeg(a, 300));
  a.image.brightness = 0.5;
  cv::Mat dark = Decode(RenderPreviewJpeg(a, 300));
  double m1 = cv::mean(normal)[0], m2 = cv::mean(dark)[0];
  EXPECT_NEAR(m2 / m1, 0.5, 0.05);
  a.image.brightness = 1.0;
  EXPECT_TRUE(RenderPreviewJpeg(a, 300) == RenderPreviewJpeg(a, 300));
}

}  // namespace
}  // namespace ifpo::testserver::testing
