#include "decode.h"

#include <time.h>

#include "image/analyze.h"
#include "images.h"
#include "tally.h"

namespace ifpo::bench {

namespace {

double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

}  // namespace

DecodeEstimate EstimateDecode(const std::unordered_map<std::string, const testserver::TsAsset*>& assets,
                              const std::vector<testserver::RecordedRequest>& requests,
                              const testserver::Options& server_options, int max_samples) {
  DecodeEstimate d;
  std::vector<const testserver::RecordedRequest*> images;
  long thumbs = 0, previews = 0;
  for (const auto& r : requests) {
    const std::string e = EndpointOf(r);
    if (e != "thumbnail" && e != "preview") continue;
    images.push_back(&r);
    ++(e == "preview" ? previews : thumbs);
  }
  if (images.empty() || max_samples <= 0) return d;
  const size_t step = std::max<size_t>(1, images.size() / static_cast<size_t>(max_samples));
  double sum[2] = {0, 0};
  int count[2] = {0, 0};
  for (size_t i = 0; i < images.size() && d.samples < max_samples; i += step) {
    const auto& r = *images[i];
    // "/api/assets/<id>/thumbnail"
    const std::string id = r.path.substr(12, r.path.size() - 12 - 10);
    auto it = assets.find(id);
    if (it == assets.end() || it->second->faces.empty()) continue;
    const testserver::TsAsset& a = *it->second;
    const bool preview = EndpointOf(r) == "preview";
    const std::string bytes = preview ? testserver::RenderPreviewJpeg(a, server_options.preview_size)
                                      : testserver::RenderThumbnailWebp(a, server_options.thumbnail_size);
    const testserver::TsFace& f = a.faces.front();
    const FaceBox box{f.x1, f.y1, f.x2, f.y2, f.image_width, f.image_height};
    // CPU time of this thread: the machine may be busy with other work.
    const double start = ThreadCpuSeconds();
    auto m = image::Measure(bytes, box, {.classic = false});
    const double s = ThreadCpuSeconds() - start;
    if (!m) continue;
    sum[preview] += s;
    ++count[preview];
    ++d.samples;
  }
  if (count[0]) d.thumbnail_s = sum[0] / count[0];
  if (count[1]) d.preview_s = sum[1] / count[1];
  // A rendition that was not sampled borrows the other's mean.
  const double t = count[0] ? d.thumbnail_s : d.preview_s;
  const double p = count[1] ? d.preview_s : d.thumbnail_s;
  d.total_s = static_cast<double>(thumbs) * t + static_cast<double>(previews) * p;
  return d;
}

}  // namespace ifpo::bench
