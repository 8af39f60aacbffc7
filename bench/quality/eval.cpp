#include "quality/eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "image/analyze.h"
#include "score/classic.h"
#include "score/quality.h"

namespace ifpo::bench {
namespace {

// Immich's defaults (immich-api.md §6): preview JPEG, shorter side 1440;
// thumbnail WebP, shorter side 250; both quality 80, never upscaled.
constexpr int kPreviewShort = 1440, kThumbShort = 250, kRenditionQuality = 80;

// One photograph as it would sit in Immich: the original's pixels, the
// person's face box and every other face, all in the original's frame.
struct Shot {
  std::string degradation, variant;
  cv::Mat original;  // BGR
  FaceBox face;
  std::vector<FaceBox> others;
};

// Two versions of one framing of a photograph; a good score ranks `better`
// above `worse`. Whole-image degradations pair the pristine photo with a
// degraded one; local ones may degrade both (a bokeh portrait against a
// face out of focus in front of a sharp background).
struct Pair {
  std::string degradation, variant;
  Shot better, worse;
};

// One framing of a photograph and its pairs.
struct Family {
  std::string photo;  // name, "/portrait" for the second framing
  std::vector<Pair> pairs;
};

struct Texture {
  std::string name;
  cv::Mat pixels;  // BGR
};

Error MissingPhoto(const Photo& p) {
  return MakeError(ErrorKind::kIo, "cannot read " + p.Path() + " (install the Debian package " + p.package +
                                       ": apt-get install " + p.package + ")");
}

FaceBox MakeBox(double x1, double y1, double x2, double y2, const cv::Mat& frame) {
  return FaceBox{static_cast<int>(std::lround(x1)),
                 static_cast<int>(std::lround(y1)),
                 static_cast<int>(std::lround(x2)),
                 static_cast<int>(std::lround(y2)),
                 frame.cols,
                 frame.rows};
}

Shot Variant(const std::string& degradation, const std::string& variant, cv::Mat pixels, const Shot& base) {
  Shot s{degradation, variant, std::move(pixels), base.face, base.others};
  return s;
}

cv::Mat Motion(const cv::Mat& img, int length, bool diagonal) {
  cv::Mat kernel = cv::Mat::zeros(length, length, CV_32F);
  for (int i = 0; i < length; ++i) kernel.at<float>(diagonal ? i : length / 2, i) = 1.0f / static_cast<float>(length);
  cv::Mat out;
  cv::filter2D(img, out, -1, kernel, cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
  return out;
}

cv::Mat JpegRoundTrip(const cv::Mat& img, int quality) {
  std::vector<unsigned char> buf;
  cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
  return cv::imdecode(buf, cv::IMREAD_COLOR);
}

cv::Mat Gain(const cv::Mat& img, double gain) {
  cv::Mat out;
  img.convertTo(out, -1, gain, 0);  // saturates at 0/255 like a real exposure error
  return out;
}

// The face half outside: cut the photo through the face centre.
Shot CutLeft(const Shot& base) {
  const int cx = (base.face.x1 + base.face.x2) / 2;
  Shot s{"border",
         "cut-left",
         base.original(cv::Rect(cx, 0, base.original.cols - cx, base.original.rows)).clone(),
         base.face,
         {}};
  s.face = MakeBox(base.face.x1 - cx, base.face.y1, base.face.x2 - cx, base.face.y2, s.original);
  return s;
}

Shot CutTop(const Shot& base) {
  const int cy = (base.face.y1 + base.face.y2) / 2;
  Shot s{"border",
         "cut-top",
         base.original(cv::Rect(0, cy, base.original.cols, base.original.rows - cy)).clone(),
         base.face,
         {}};
  s.face = MakeBox(base.face.x1, base.face.y1 - cy, base.face.x2, base.face.y2 - cy, s.original);
  return s;
}

// The whole photo shrunk and centred on a plain canvas of the same size, as
// when the person stands far away in a wide shot.
Shot Tiny(const Shot& base, int divisor) {
  const cv::Mat& o = base.original;
  cv::Mat small;
  cv::resize(o, small, cv::Size(o.cols / divisor, o.rows / divisor), 0, 0, cv::INTER_AREA);
  cv::Mat canvas(o.size(), o.type(), cv::mean(o));
  const int ox = (o.cols - small.cols) / 2, oy = (o.rows - small.rows) / 2;
  small.copyTo(canvas(cv::Rect(ox, oy, small.cols, small.rows)));
  const double f = static_cast<double>(small.cols) / o.cols;
  Shot s{"tiny", "1/" + std::to_string(divisor), canvas, {}, {}};
  s.face = MakeBox(ox + base.face.x1 * f, oy + base.face.y1 * f, ox + base.face.x2 * f, oy + base.face.y2 * f, canvas);
  return s;
}

bool Overlaps(const cv::Rect& a, const std::vector<cv::Rect>& taken) {
  return std::any_of(taken.begin(), taken.end(), [&](const cv::Rect& t) { return (a & t).area() > 0; });
}

// Other people around the person: copies of the face (with some margin)
// pasted outside the person's Immich crop, nearest places first, so the
// person's own crop is untouched and only the company changes.
Shot Crowd(const Shot& base, int count) {
  const cv::Mat& o = base.original;
  const FaceBox& f = base.face;
  const int fw = f.x2 - f.x1, fh = f.y2 - f.y1;
  const int mx = fw / 5, my = fh / 5;
  const cv::Rect patch_rect = cv::Rect(f.x1 - mx, f.y1 - my, fw + 2 * mx, fh + 2 * my) & cv::Rect(0, 0, o.cols, o.rows);
  const cv::Mat patch = o(patch_rect).clone();
  const image::Rect crop = image::ImmichCrop(f, o.cols, o.rows);
  std::vector<cv::Rect> taken = {cv::Rect(crop.x, crop.y, crop.w, crop.h)};
  const cv::Point centre((f.x1 + f.x2) / 2, (f.y1 + f.y2) / 2);

  Shot s{"crowd", "", o.clone(), f, {}};
  for (int i = 0; i < count; ++i) {
    // The largest of these sizes that still fits somewhere free.
    cv::Mat p;
    cv::Rect best;
    double scale = 0;
    for (double sc : {0.9, 0.75, 0.6, 0.5, 0.4}) {
      cv::resize(patch, p, cv::Size(), sc, sc, cv::INTER_AREA);
      double best_d = 1e18;
      for (int y = 0; y + p.rows <= o.rows; y += 4) {
        for (int x = 0; x + p.cols <= o.cols; x += 4) {
          const cv::Rect r(x, y, p.cols, p.rows);
          if (Overlaps(r, taken)) continue;
          const double d = std::hypot(x + p.cols / 2 - centre.x, y + p.rows / 2 - centre.y);
          if (d < best_d) best_d = d, best = r;
        }
      }
      scale = sc;
      if (best.area() > 0) break;
    }
    if (best.area() == 0) break;
    p.copyTo(s.original(best));
    taken.push_back(best);
    const double ox = best.x + (f.x1 - patch_rect.x) * scale, oy = best.y + (f.y1 - patch_rect.y) * scale;
    s.others.push_back(MakeBox(ox, oy, ox + fw * scale, oy + fh * scale, s.original));
  }
  s.variant = std::to_string(s.others.size()) + " others";
  return s;
}

// A second framing of each photograph: a head-and-shoulders square of
// 2.2x the face's longer side, so the face is large in the thumbnail too.
Shot Portrait(const Shot& base) {
  const FaceBox& f = base.face;
  const int side = static_cast<int>(2.2 * std::max(f.x2 - f.x1, f.y2 - f.y1));
  cv::Rect r((f.x1 + f.x2 - side) / 2, (f.y1 + f.y2 - side) / 2, side, side);
  r &= cv::Rect(0, 0, base.original.cols, base.original.rows);
  Shot s{"pristine", "", base.original(r).clone(), {}, {}};
  s.face = MakeBox(f.x1 - r.x, f.y1 - r.y, f.x2 - r.x, f.y2 - r.y, s.original);
  return s;
}

std::vector<Shot> Degrade(const Shot& pristine) {
  const cv::Mat& o = pristine.original;
  std::vector<Shot> out;
  for (double sigma : {1.5, 3.0, 6.0}) {
    cv::Mat b;
    cv::GaussianBlur(o, b, cv::Size(), sigma);
    char name[32];
    std::snprintf(name, sizeof name, "sigma %.1f", sigma);
    out.push_back(Variant("gaussian-blur", name, b, pristine));
  }
  out.push_back(Variant("motion-blur", "9 px horizontal", Motion(o, 9, false), pristine));
  out.push_back(Variant("motion-blur", "15 px diagonal", Motion(o, 15, true), pristine));
  out.push_back(Variant("jpeg", "quality 5", JpegRoundTrip(o, 5), pristine));
  out.push_back(Variant("jpeg", "quality 10", JpegRoundTrip(o, 10), pristine));
  out.push_back(Variant("under-exposed", "gain 0.3", Gain(o, 0.3), pristine));
  out.push_back(Variant("over-exposed", "gain 2.2", Gain(o, 2.2), pristine));
  out.push_back(CutLeft(pristine));
  out.push_back(CutTop(pristine));
  out.push_back(Tiny(pristine, 3));
  out.push_back(Tiny(pristine, 6));
  for (int n : {2, 4})
    if (Shot c = Crowd(pristine, n); !c.others.empty()) out.push_back(std::move(c));
  return out;
}

// --- Local degradations: one part of the photo changes, the rest stays ---
// Real failures are local: the camera focused behind the subject, the
// subject moved, a portrait with its background out of focus (which must
// win). Amounts are relative to the face, so they look alike at the size
// Immich shows the face (the box scaled to about 227 px).

// 1 inside an ellipse a little larger than the face box, 0 outside, with a
// soft edge, as a lens blur or a subject's motion would leave it.
cv::Mat FaceMask(const cv::Mat& img, const FaceBox& f) {
  cv::Mat m = cv::Mat::zeros(img.size(), CV_32F);
  const cv::Point centre((f.x1 + f.x2) / 2, (f.y1 + f.y2) / 2);
  const cv::Size axes(std::max(1, static_cast<int>(0.6 * (f.x2 - f.x1))),
                      std::max(1, static_cast<int>(0.6 * (f.y2 - f.y1))));
  cv::ellipse(m, centre, axes, 0, 0, 360, cv::Scalar(1.0), cv::FILLED);
  cv::GaussianBlur(m, m, cv::Size(), std::max(1.0, 0.06 * std::max(f.x2 - f.x1, f.y2 - f.y1)));
  return m;
}

// `inside` where mask is 1, `outside` where it is 0.
cv::Mat Blend(const cv::Mat& outside, const cv::Mat& inside, const cv::Mat& mask) {
  cv::Mat a, b, m3, out;
  outside.convertTo(a, CV_32F);
  inside.convertTo(b, CV_32F);
  const std::vector<cv::Mat> planes(static_cast<size_t>(outside.channels()), mask);
  cv::merge(planes, m3);
  const cv::Mat inv = cv::Scalar::all(1.0) - m3;
  cv::Mat blended = a.mul(inv) + b.mul(m3);
  blended.convertTo(out, outside.type());
  return out;
}

cv::Mat Blurred(const cv::Mat& img, double sigma) {
  cv::Mat b;
  cv::GaussianBlur(img, b, cv::Size(), sigma);
  return b;
}

// A texture behind the person, at its own scale where it fits (fine detail
// is the point), enlarged only when the photo is larger.
cv::Mat TextureFor(const cv::Mat& texture, const cv::Mat& img) {
  cv::Mat t = texture;
  if (t.cols < img.cols || t.rows < img.rows) {
    const double f = std::max(static_cast<double>(img.cols) / t.cols, static_cast<double>(img.rows) / t.rows);
    cv::resize(texture, t, cv::Size(), f, f, cv::INTER_LINEAR);
  }
  cv::Mat out = t(cv::Rect(0, 0, img.cols, img.rows)).clone();
  if (out.channels() != img.channels()) cv::cvtColor(out, out, cv::COLOR_GRAY2BGR);
  return out;
}

std::string Fmt(const char* format, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::vector<Pair> LocalPairs(const Shot& pristine, const std::vector<Texture>& textures) {
  const cv::Mat& o = pristine.original;
  const FaceBox& f = pristine.face;
  const double side = std::max(f.x2 - f.x1, f.y2 - f.y1);
  const cv::Mat mask = FaceMask(o, f);
  const cv::Mat background = cv::Scalar::all(1.0) - mask;
  const double soft = std::max(1.5, side / 60), strong = std::max(2.5, side / 30);
  const int streak = std::max(5, static_cast<int>(side / 8)) | 1;
  auto shot = [&](const char* degradation, cv::Mat pixels) { return Shot{degradation, "", std::move(pixels), f, {}}; };
  const Shot face_soft = shot("face-blur", Blend(o, Blurred(o, soft), mask));
  const Shot face_strong = shot("face-blur", Blend(o, Blurred(o, strong), mask));
  const Shot face_motion = shot("face-blur", Blend(o, Motion(o, streak, true), mask));
  const Shot bokeh = shot("bokeh", Blend(o, Blurred(o, std::max(4.0, side / 10)), background));

  std::vector<Pair> out;
  out.push_back({"face-blur", Fmt("gaussian sigma %.1f", soft), pristine, face_soft});
  out.push_back({"face-blur", Fmt("gaussian sigma %.1f", strong), pristine, face_strong});
  out.push_back({"face-blur", Fmt("motion %.0f px", streak), pristine, face_motion});
  out.push_back({"bokeh", "vs face blurred", bokeh, face_strong});
  out.push_back({"bokeh", "vs face moved", bokeh, face_motion});
  for (const Texture& t : textures) {
    const cv::Mat behind = Blend(TextureFor(t.pixels, o), Blurred(o, strong), mask);
    out.push_back({"textured-background", t.name + ", face blurred", pristine, shot("textured-background", behind)});
  }
  if (!textures.empty()) {
    // A sharp face with little texture of its own (half the contrast)
    // against a blurred one in front of foliage.
    cv::Mat flat;
    o.convertTo(flat, -1, 0.5,
                0.5 * cv::mean(o(cv::Rect(f.x1, f.y1, f.x2 - f.x1, f.y2 - f.y1) & cv::Rect(0, 0, o.cols, o.rows)))[0]);
    const Shot low_contrast = shot("textured-background", Blend(o, flat, mask));
    const cv::Mat behind = Blend(TextureFor(textures.front().pixels, o), Blurred(o, strong), mask);
    out.push_back({"textured-background", "low-contrast sharp face vs " + textures.front().name, low_contrast,
                   shot("textured-background", behind)});
  }
  return out;
}

// Immich's renditions: resized from the upright original so the shorter side
// is at most `short_side`, never enlarged.
std::string Rendition(const cv::Mat& original, int short_side, const char* ext, int quality_flag) {
  const int s = std::min(original.cols, original.rows);
  cv::Mat r = original;
  if (s > short_side) {
    const double f = static_cast<double>(short_side) / s;
    cv::resize(
        original, r,
        cv::Size(static_cast<int>(std::lround(original.cols * f)), static_cast<int>(std::lround(original.rows * f))), 0,
        0, cv::INTER_AREA);
  }
  std::vector<unsigned char> buf;
  cv::imencode(ext, r, buf, {quality_flag, kRenditionQuality});
  return std::string(buf.begin(), buf.end());
}

// A box from the original's frame into the ML preview's frame (integers, as
// the server stores them).
FaceBox ToPreviewFrame(const FaceBox& b, int pw, int ph) {
  const double sx = static_cast<double>(pw) / b.image_width, sy = static_cast<double>(ph) / b.image_height;
  return FaceBox{static_cast<int>(std::lround(b.x1 * sx)),
                 static_cast<int>(std::lround(b.y1 * sy)),
                 static_cast<int>(std::lround(b.x2 * sx)),
                 static_cast<int>(std::lround(b.y2 * sy)),
                 pw,
                 ph};
}

struct Scored {
  double quality = 0, classic = 0;
  std::string parts;
};

// The organizer's rule (src/organizer/measure.cpp): the thumbnail, unless the
// face crop in it would be under 96 px, then the preview.
bool UsePreview(const FaceBox& b, Analysed analysed) {
  if (analysed != Analysed::kAuto) return analysed == Analysed::kPreview;
  const double scale = static_cast<double>(kThumbShort) / std::min(b.image_width, b.image_height);
  return std::max(std::abs(b.x2 - b.x1), std::abs(b.y2 - b.y1)) * 1.1 * scale < 96.0;
}

// The ML preview's size: short side at most 1440, never enlarged.
std::pair<int, int> PreviewSize(const cv::Mat& original) {
  const int s = std::min(original.cols, original.rows);
  const double pf = s > kPreviewShort ? static_cast<double>(kPreviewShort) / s : 1.0;
  return {static_cast<int>(std::lround(original.cols * pf)), static_cast<int>(std::lround(original.rows * pf))};
}

Result<Scored> ScoreShot(const Shot& shot, Analysed analysed) {
  const auto [pw, ph] = PreviewSize(shot.original);

  score::QualityInputs in;
  in.box = ToPreviewFrame(shot.face, pw, ph);
  const bool preview = UsePreview(in.box, analysed);
  const std::string thumbnail = Rendition(shot.original, kThumbShort, ".webp", cv::IMWRITE_WEBP_QUALITY);
  const std::string bytes =
      preview ? Rendition(shot.original, kPreviewShort, ".jpg", cv::IMWRITE_JPEG_QUALITY) : thumbnail;
  in.exif_width = shot.original.cols;
  in.exif_height = shot.original.rows;
  in.orientation = 1;
  for (const FaceBox& o : shot.others) in.other_faces.push_back(ToPreviewFrame(o, pw, ph));
  // The quality score's measures come from the fast greyscale path, as the
  // organizer should call it outside --classic.
  auto m = image::Measure(bytes, in.box, image::MeasureOptions{.classic = false});
  if (!m) return m.error();
  in.pixels = *m;
  const score::QualityParts q = score::Quality(in, false, false);

  Scored out;
  out.quality = q.total;
  // --classic always measures the thumbnail (the original tool's input);
  // the fixed modes measure both scores on the same rendition.
  auto classic_sharpness = image::ClassicSharpness(analysed == Analysed::kAuto ? thumbnail : bytes);
  if (!classic_sharpness) return classic_sharpness.error();
  out.classic = score::ClassicFaceSize(in.box, in.exif_width, in.exif_height) * *classic_sharpness;
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "size=%.3f border=%.3f crowd=%.3f shape=%.3f sharp=%.3f (v=%.3f) expo=%.3f "
                "(dark=%.3f bright=%.3f luma=%.2f contrast=%.3f) crop=%d on %s",
                q.size, q.border, q.crowd, q.shape, q.sharpness, m->face_sharpness, q.exposure, m->dark_clip,
                m->bright_clip, m->mean_luma, m->contrast, m->crop_pixels, preview ? "preview" : "thumbnail");
  out.parts = buf;
  return out;
}

// Every photo, in two framings (as shot, and a head-and-shoulders square),
// against every whole-image and local degradation.
Result<std::vector<Family>> Families(const Manifest& manifest) {
  std::vector<Texture> textures;
  for (const Photo& t : manifest.textures) {
    cv::Mat pixels = cv::imread(t.Path(), cv::IMREAD_COLOR);
    if (pixels.empty()) return MissingPhoto(t);
    textures.push_back(Texture{t.name, std::move(pixels)});
  }
  std::vector<Family> out;
  for (const Photo& photo : manifest.photos) {
    Shot pristine{"pristine", "", cv::imread(photo.Path(), cv::IMREAD_COLOR), photo.face, {}};
    if (pristine.original.empty()) return MissingPhoto(photo);
    pristine.face.image_width = pristine.original.cols;
    pristine.face.image_height = pristine.original.rows;
    for (const auto& [framing, shot0] :
         {std::pair<std::string, Shot>{"", pristine}, {"/portrait", Portrait(pristine)}}) {
      Family family{photo.name + framing, {}};
      for (Shot& d : Degrade(shot0)) family.pairs.push_back(Pair{d.degradation, d.variant, shot0, std::move(d)});
      for (Pair& p : LocalPairs(shot0, textures)) family.pairs.push_back(std::move(p));
      out.push_back(std::move(family));
    }
  }
  return out;
}

void Count(Tally& t, const PairResult& p) {
  ++t.pairs;
  t.quality_right += p.quality_better > p.quality_worse;
  t.classic_right += p.classic_better > p.classic_worse;
  t.quality_ties += p.quality_better == p.quality_worse;
  t.classic_ties += p.classic_better == p.classic_worse;
}

nlohmann::json TallyJson(const Tally& t) {
  return {{"pairs", t.pairs},
          {"quality_right", t.quality_right},
          {"classic_right", t.classic_right},
          {"quality_ties", t.quality_ties},
          {"classic_ties", t.classic_ties},
          {"quality_accuracy", t.QualityAccuracy()},
          {"classic_accuracy", t.ClassicAccuracy()}};
}

}  // namespace

const char* ToString(Analysed a) {
  switch (a) {
    case Analysed::kThumbnail:
      return "thumbnail";
    case Analysed::kPreview:
      return "preview";
    case Analysed::kAuto:
      return "auto";
  }
  return "?";
}

Result<Manifest> LoadManifest(const std::string& path, const std::string& image_dir_override) {
  std::ifstream in(path);
  if (!in) return MakeError(ErrorKind::kIo, "cannot read the manifest " + path);
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    Manifest m;
    m.package = j.at("package").get<std::string>();
    m.image_dir = image_dir_override.empty() ? j.at("image_dir").get<std::string>() : image_dir_override;
    // A photo may come from another package than the manifest's default.
    auto read = [&](const nlohmann::json& p) {
      Photo photo;
      photo.name = p.at("name").get<std::string>();
      photo.file = p.at("file").get<std::string>();
      photo.licence = p.at("licence").get<std::string>();
      photo.package = p.value("package", m.package);
      photo.dir = p.contains("image_dir") ? p.at("image_dir").get<std::string>() : m.image_dir;
      if (p.contains("face")) {
        const auto& f = p.at("face");
        photo.face = FaceBox{f.at(0).get<int>(), f.at(1).get<int>(), f.at(2).get<int>(), f.at(3).get<int>(), 0, 0};
      }
      return photo;
    };
    for (const auto& p : j.at("photos")) m.photos.push_back(read(p));
    for (const auto& t : j.value("textures", nlohmann::json::array())) m.textures.push_back(read(t));
    return m;
  } catch (const nlohmann::json::exception& e) {
    return MakeError(ErrorKind::kProtocol, "bad manifest " + path + ": " + e.what());
  }
}

Result<Evaluation> Evaluate(const Manifest& manifest, Analysed analysed) {
  auto families = Families(manifest);
  if (!families) return families.error();
  Evaluation e;
  e.analysed = analysed;
  for (const Family& family : *families) {
    for (const Pair& pair : family.pairs) {
      auto better = ScoreShot(pair.better, analysed);
      if (!better) return better.error();
      auto worse = ScoreShot(pair.worse, analysed);
      if (!worse) return worse.error();
      PairResult p{family.photo,    pair.degradation, pair.variant,  better->quality, worse->quality,
                   better->classic, worse->classic,   better->parts, worse->parts};
      Count(e.by_degradation[p.degradation], p);
      Count(e.overall, p);
      e.pairs.push_back(std::move(p));
    }
  }
  return e;
}

namespace {

ServedShot Served(const Shot& shot) {
  ServedShot s;
  std::vector<unsigned char> buf;
  cv::imencode(".png", shot.original, buf, {cv::IMWRITE_PNG_COMPRESSION, 1});
  s.png.assign(buf.begin(), buf.end());
  s.width = shot.original.cols;
  s.height = shot.original.rows;
  const auto [pw, ph] = PreviewSize(shot.original);
  s.face = ToPreviewFrame(shot.face, pw, ph);
  for (const FaceBox& o : shot.others) s.others.push_back(ToPreviewFrame(o, pw, ph));
  return s;
}

}  // namespace

Result<std::vector<ServedPair>> ServedPairs(const Manifest& manifest) {
  auto families = Families(manifest);
  if (!families) return families.error();
  std::vector<ServedPair> out;
  for (const Family& family : *families)
    for (const Pair& p : family.pairs)
      out.push_back(ServedPair{family.photo, p.degradation, p.variant, Served(p.better), Served(p.worse)});
  return out;
}

Status Export(const Manifest& manifest, const std::string& dir) {
  auto pairs = ServedPairs(manifest);
  if (!pairs) return pairs.error();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return MakeError(ErrorKind::kIo, "cannot create " + dir + ": " + ec.message());
  // Boxes go out in the photo's own frame: a seeding script hands them to
  // POST /api/faces with imageWidth/imageHeight = the photo's size.
  auto box = [](const FaceBox& b, const ServedShot& s) {
    const double fx = static_cast<double>(s.width) / b.image_width, fy = static_cast<double>(s.height) / b.image_height;
    return nlohmann::json::array(
        {std::lround(b.x1 * fx), std::lround(b.y1 * fy), std::lround(b.x2 * fx), std::lround(b.y2 * fy)});
  };
  nlohmann::json j;
  j["pairs"] = nlohmann::json::array();
  int n = 0;
  for (const ServedPair& p : *pairs) {
    char id[16];
    std::snprintf(id, sizeof id, "p%03d", ++n);
    nlohmann::json pj = {{"id", id}, {"photo", p.photo}, {"degradation", p.degradation}, {"variant", p.variant}};
    for (const auto& [role, shot] :
         {std::pair<const char*, const ServedShot*>{"better", &p.better}, {"worse", &p.worse}}) {
      const std::string file = std::string(id) + "-" + role + ".png";
      std::ofstream f(dir + "/" + file, std::ios::binary);
      f.write(shot->png.data(), static_cast<std::streamsize>(shot->png.size()));
      if (!f) return MakeError(ErrorKind::kIo, "cannot write " + dir + "/" + file);
      nlohmann::json others = nlohmann::json::array();
      for (const FaceBox& o : shot->others) others.push_back(box(o, *shot));
      pj[role] = {{"file", file},
                  {"width", shot->width},
                  {"height", shot->height},
                  {"face", box(shot->face, *shot)},
                  {"others", others}};
    }
    j["pairs"].push_back(pj);
  }
  std::ofstream out(dir + "/pairs.json");
  out << j.dump(1) << "\n";
  if (!out) return MakeError(ErrorKind::kIo, "cannot write " + dir + "/pairs.json");
  return Ok{};
}

std::string FormatTable(const Evaluation& e, bool with_pairs) {
  std::ostringstream out;
  char line[1024];
  out << "Analysed rendition: " << ToString(e.analysed) << "\n";
  std::snprintf(line, sizeof line, "%-20s %6s %10s %10s\n", "degradation", "pairs", "quality", "classic");
  out << line;
  for (const auto& [name, t] : e.by_degradation) {
    std::snprintf(line, sizeof line, "%-20s %6d %9.1f%% %9.1f%%\n", name.c_str(), t.pairs, 100 * t.QualityAccuracy(),
                  100 * t.ClassicAccuracy());
    out << line;
  }
  std::snprintf(line, sizeof line, "%-20s %6d %9.1f%% %9.1f%%\n", "overall", e.overall.pairs,
                100 * e.overall.QualityAccuracy(), 100 * e.overall.ClassicAccuracy());
  out << line;
  if (with_pairs) {
    for (const PairResult& p : e.pairs) {
      std::snprintf(
          line, sizeof line,
          "%s %-18s %-20s %-34s quality %.4f vs %.4f%s  classic %.4g vs %.4g%s\n    better: %s\n    worse:  %s\n",
          p.quality_better > p.quality_worse ? " " : "!", p.photo.c_str(), p.degradation.c_str(), p.variant.c_str(),
          p.quality_better, p.quality_worse, p.quality_better > p.quality_worse ? "" : " WRONG", p.classic_better,
          p.classic_worse, p.classic_better > p.classic_worse ? "" : " wrong", p.better_parts.c_str(),
          p.worse_parts.c_str());
      out << line;
    }
  }
  return out.str();
}

std::string ToJson(const std::vector<Evaluation>& evaluations, const Manifest& manifest) {
  nlohmann::json j;
  j["package"] = manifest.package;
  j["image_dir"] = manifest.image_dir;
  for (const Photo& p : manifest.photos)
    j["photos"].push_back({{"name", p.name}, {"file", p.file}, {"licence", p.licence}});
  for (const Evaluation& e : evaluations) {
    nlohmann::json ej;
    ej["analysed"] = ToString(e.analysed);
    ej["overall"] = TallyJson(e.overall);
    for (const auto& [name, t] : e.by_degradation) ej["by_degradation"][name] = TallyJson(t);
    for (const PairResult& p : e.pairs)
      ej["pairs"].push_back({{"photo", p.photo},
                             {"degradation", p.degradation},
                             {"variant", p.variant},
                             {"quality", {{"better", p.quality_better}, {"worse", p.quality_worse}}},
                             {"classic", {{"better", p.classic_better}, {"worse", p.classic_worse}}}});
    j["evaluations"].push_back(ej);
  }
  return j.dump(2);
}

}  // namespace ifpo::bench
