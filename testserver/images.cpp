#include "images.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "image/analyze.h"
#include "image/codecs.h"

namespace ifpo::testserver {
namespace {

uint64_t HashString(const std::string& s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}

int Round(double v) { return static_cast<int>(std::lround(v)); }

void DrawFace(cv::Mat& img, const TsFace& f, double sx, double sy, cv::RNG& rng) {
  double x1 = f.x1 * sx, y1 = f.y1 * sy, x2 = f.x2 * sx, y2 = f.y2 * sy;
  double bw = x2 - x1, bh = y2 - y1;
  if (bw < 2 || bh < 2) return;
  cv::Point c(Round((x1 + x2) / 2), Round((y1 + y2) / 2));
  auto P = [&](double u, double v) { return cv::Point(Round(x1 + u * bw), Round(y1 + v * bh)); };
  auto S = [&](double u, double v) { return cv::Size(std::max(1, Round(u * bw)), std::max(1, Round(v * bh))); };
  uint64_t h = HashString(f.person_id.empty() ? f.id : f.person_id);
  cv::Scalar skin(110 + static_cast<double>(h % 60), 150 + static_cast<double>((h >> 8) % 50),
                  200 + static_cast<double>((h >> 16) % 40));
  cv::Scalar hair(20 + static_cast<double>((h >> 24) % 60), 30 + static_cast<double>((h >> 32) % 50),
                  40 + static_cast<double>((h >> 40) % 60));
  cv::ellipse(img, P(0.5, 0.35), S(0.52, 0.42), 0, 180, 360, hair, cv::FILLED, cv::LINE_AA);
  cv::ellipse(img, c, S(0.45, 0.5), 0, 0, 360, skin, cv::FILLED, cv::LINE_AA);
  // Skin texture: small darker spots so a sharp face has fine detail.
  int spots = std::clamp(Round(bw * bh / 400.0), 8, 400);
  for (int i = 0; i < spots; ++i) {
    cv::Point p = P(0.2 + 0.6 * rng.uniform(0.0, 1.0), 0.2 + 0.65 * rng.uniform(0.0, 1.0));
    cv::circle(img, p, std::max(1, Round(bw / 120.0)), skin * 0.8, cv::FILLED);
  }
  for (double u : {0.33, 0.67}) {
    cv::ellipse(img, P(u, 0.42), S(0.09, 0.05), 0, 0, 360, cv::Scalar(245, 245, 245), cv::FILLED, cv::LINE_AA);
    cv::circle(img, P(u, 0.42), std::max(1, Round(bw * 0.035)), cv::Scalar(40, 30, 20), cv::FILLED, cv::LINE_AA);
    cv::line(img, P(u - 0.1, 0.33), P(u + 0.1, 0.33), hair, std::max(1, Round(bw * 0.025)), cv::LINE_AA);
  }
  cv::line(img, P(0.5, 0.45), P(0.47, 0.6), skin * 0.7, std::max(1, Round(bw * 0.02)), cv::LINE_AA);
  cv::ellipse(img, P(0.5, 0.7), S(0.14, 0.06), 0, 0, 180, cv::Scalar(60, 60, 170), std::max(1, Round(bw * 0.03)),
              cv::LINE_AA);
}

constexpr int kGrainTile = 256;

// Sensor-like grain: one fixed random tile, repeated with a per-asset offset.
// Filling every frame with fresh random numbers costs more than the rest of
// the rendering together.
void AddGrain(cv::Mat& img, int dx, int dy) {
  static const cv::Mat tile = [] {
    cv::Mat t(kGrainTile * 2, kGrainTile * 2, CV_8UC3);
    cv::RNG(12345).fill(t, cv::RNG::UNIFORM, 0, 20);
    return t;
  }();
  for (int y = 0; y < img.rows; y += kGrainTile) {
    for (int x = 0; x < img.cols; x += kGrainTile) {
      int w = std::min(kGrainTile, img.cols - x), h = std::min(kGrainTile, img.rows - y);
      cv::Mat roi = img(cv::Rect(x, y, w, h));
      cv::add(roi, tile(cv::Rect(dx, dy, w, h)), roi);
    }
  }
  cv::subtract(img, cv::Scalar::all(10), img);
}

// A real photograph resized to w x h as Immich resizes its renditions.
cv::Mat ResizeOriginal(const std::string& bytes, int w, int h) {
  auto decoded = ifpo::image::DecodeImage(bytes, ifpo::image::Channels::kColor);
  if (!decoded) throw std::runtime_error("the asset's original image cannot be decoded: " + decoded.error().message);
  cv::Mat img = std::move(*decoded);
  if (img.cols == w && img.rows == h) return img;
  cv::Mat out;
  cv::resize(img, out, cv::Size(w, h), 0, 0, cv::INTER_AREA);
  return out;
}

// The upright frame at w x h, before encoding.
cv::Mat RenderFrame(const TsAsset& a, int w, int h) {
  if (a.image.original) return ResizeOriginal(*a.image.original, w, h);
  cv::RNG rng(static_cast<uint64_t>(a.image.seed) * 7919ULL + HashString(a.id));
  cv::Mat img(h, w, CV_8UC3);
  cv::Vec3b top(static_cast<uchar>(rng.uniform(60, 200)), static_cast<uchar>(rng.uniform(60, 200)),
                static_cast<uchar>(rng.uniform(60, 200)));
  cv::Vec3b bottom(static_cast<uchar>(rng.uniform(30, 150)), static_cast<uchar>(rng.uniform(30, 150)),
                   static_cast<uchar>(rng.uniform(30, 150)));
  for (int y = 0; y < h; ++y) {
    double t = h > 1 ? static_cast<double>(y) / (h - 1) : 0.0;
    cv::Vec3b row;
    for (int k = 0; k < 3; ++k) row[k] = static_cast<uchar>(top[k] * (1 - t) + bottom[k] * t);
    img.row(y).setTo(cv::Scalar(row[0], row[1], row[2]));
  }
  // Scenery in frame-relative coordinates, so every rendition shows the same picture.
  double unit = std::min(w, h);
  for (int i = 0; i < 24; ++i) {
    cv::Scalar col(rng.uniform(20, 235), rng.uniform(20, 235), rng.uniform(20, 235));
    cv::Point p(Round(rng.uniform(0.0, 1.0) * w), Round(rng.uniform(0.0, 1.0) * h));
    int r = std::max(1, Round(rng.uniform(0.02, 0.15) * unit));
    if (i % 2 == 0) {
      cv::rectangle(img, p, p + cv::Point(r, Round(r * 0.7)), col, cv::FILLED);
    } else {
      cv::circle(img, p, r, col, cv::FILLED, cv::LINE_AA);
    }
  }
  AddGrain(img, rng.uniform(0, kGrainTile), rng.uniform(0, kGrainTile));

  int iw, ih;
  UprightSize(a, &iw, &ih);
  for (const TsFace& f : a.faces) {
    double fw = f.image_width > 0 ? f.image_width : iw;
    double fh = f.image_height > 0 ? f.image_height : ih;
    DrawFace(img, f, w / fw, h / fh, rng);
  }
  double sigma = a.image.blur_sigma * unit / 1440.0;
  if (sigma > 0.05) cv::GaussianBlur(img, img, cv::Size(0, 0), sigma);
  if (a.image.brightness != 1.0) img.convertTo(img, -1, a.image.brightness, 0);
  return img;
}

// Immich's renditions are encoded at quality 80.
constexpr int kQuality = 80;

std::string Checked(Result<std::string> encoded) {
  if (!encoded) throw std::runtime_error(encoded.error().message);
  return std::move(*encoded);
}

std::string Garbage(const TsAsset& a) {
  // Starts like a JPEG so a naive sniffer is fooled; the rest is noise.
  std::string out = "\xFF\xD8\xFF\xE0";
  uint64_t x = HashString(a.id);
  for (int i = 0; i < 2048; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    out += static_cast<char>(x >> 56);
  }
  return out;
}

}  // namespace

void RenditionSize(const TsAsset& a, int short_side, int* w, int* h) {
  int iw, ih;
  UprightSize(a, &iw, &ih);
  int s = std::min(iw, ih);
  int target = std::min(short_side, s);
  double scale = static_cast<double>(target) / s;
  *w = std::max(1, iw == s ? target : Round(iw * scale));
  *h = std::max(1, ih == s ? target : Round(ih * scale));
}

std::string RenderThumbnailWebp(const TsAsset& a, int short_side) {
  if (a.image.corrupt) return Garbage(a);
  int w, h;
  RenditionSize(a, short_side, &w, &h);
  return Checked(ifpo::image::EncodeWebp(RenderFrame(a, w, h), kQuality));
}

std::string RenderPreviewJpeg(const TsAsset& a, int short_side) {
  if (a.image.corrupt) return Garbage(a);
  int w, h;
  RenditionSize(a, short_side, &w, &h);
  return Checked(ifpo::image::EncodeJpeg(RenderFrame(a, w, h), kQuality));
}

std::string RenderPersonThumbnailJpeg(const TsAsset& a, const TsFace& face, int preview_size) {
  // Immich cuts the crop from the original. A real photograph is cut from
  // its own pixels; a drawn one from its preview-sized frame (the drawing is
  // resolution-independent, and a full-size frame costs a second to draw).
  int iw, ih;
  UprightSize(a, &iw, &ih);
  int w = iw, h = ih;
  if (!a.image.original) RenditionSize(a, preview_size, &w, &h);
  cv::Mat frame = RenderFrame(a, w, h);
  // media.service.ts getCrop: the face's box in its own frame, mapped into this one.
  FaceBox box{face.x1,
              face.y1,
              face.x2,
              face.y2,
              face.image_width > 0 ? face.image_width : iw,
              face.image_height > 0 ? face.image_height : ih};
  ifpo::image::Rect c = ifpo::image::ImmichCrop(box, w, h);
  cv::Rect r = cv::Rect(c.x, c.y, std::max(1, c.w), std::max(1, c.h)) & cv::Rect(0, 0, w, h);
  if (r.area() == 0) r = cv::Rect(0, 0, 1, 1);
  cv::Mat crop;
  cv::resize(frame(r), crop, cv::Size(250, 250), 0, 0, cv::INTER_AREA);
  return Checked(ifpo::image::EncodeJpeg(crop, kQuality));
}

std::shared_ptr<const std::string> ImageCache::Get(const std::string& key, const std::function<std::string()>& render) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = map_.find(key);
    if (it != map_.end()) return it->second;
  }
  // Render outside the lock so requests for other images proceed in parallel.
  auto value = std::make_shared<const std::string>(render());
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, inserted] = map_.emplace(key, value);
  if (!inserted) return it->second;
  order_.push_back(key);
  used_ += value->size();
  while (used_ > budget_ && order_.size() > 1) {
    auto old = map_.find(order_.front());
    used_ -= old->second->size();
    map_.erase(old);
    order_.pop_front();
  }
  return value;
}

}  // namespace ifpo::testserver
