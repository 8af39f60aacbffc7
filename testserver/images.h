// Internal: deterministic synthetic photos. Each asset renders to a textured
// scene with a simple drawn face at every face box, blurred by the asset's
// blur_sigma (so sharpness is controlled) and scaled by its brightness.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "library.h"

namespace ifpo::testserver {

// Size of a rendition whose short side is `short_side`, keeping the asset's
// aspect ratio; never larger than the original.
void RenditionSize(const TsAsset& a, int short_side, int* w, int* h);

// Encoded bytes: WebP (quality 80) for the thumbnail, JPEG (quality 80) for
// the preview. Garbage bytes when the asset is marked corrupt.
std::string RenderThumbnailWebp(const TsAsset& a, int short_side);
std::string RenderPreviewJpeg(const TsAsset& a, int short_side);
// The 250x250 JPEG face crop Immich keeps per person: image::ImmichCrop
// (media.service.ts getCrop) of the face's box, cut from the original (a
// drawn asset: from its preview-sized frame, the same picture).
std::string RenderPersonThumbnailJpeg(const TsAsset& a, const TsFace& face, int preview_size);

// Rendered images by key, within a byte budget (oldest dropped first).
class ImageCache {
 public:
  explicit ImageCache(size_t budget_bytes) : budget_(budget_bytes) {}
  std::shared_ptr<const std::string> Get(const std::string& key, const std::function<std::string()>& render);

 private:
  std::mutex mu_;
  size_t budget_;
  size_t used_ = 0;
  std::unordered_map<std::string, std::shared_ptr<const std::string>> map_;
  std::deque<std::string> order_;
};

}  // namespace ifpo::testserver
