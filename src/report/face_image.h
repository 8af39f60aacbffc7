// The face pictures of the report: a thumbnail cropped as Immich crops the
// person thumbnail, scaled to a fixed square and encoded as JPEG.
#pragma once

#include <string>
#include <string_view>

#include "core/model.h"
#include "core/result.h"

namespace ifpo::report {

// Side, in pixels, of every face picture embedded in the report.
constexpr int kFaceSize = 160;

// Decodes the thumbnail (JPEG, PNG, WebP), maps box from its
// image_width x image_height frame into the decoded image, cuts
// image::ImmichCrop and returns it as a size x size JPEG. ErrorKind::kImage
// for undecodable or oversized images and for an empty crop.
Result<std::string> FaceJpeg(std::string_view thumbnail, const FaceBox& box, int size = kFaceSize);

// The whole thumbnail, letterboxed into a size x size JPEG (for a previous
// choice whose face box we do not know).
Result<std::string> WholeJpeg(std::string_view thumbnail, int size = kFaceSize);

// "data:image/jpeg;base64,..."
std::string JpegDataUri(std::string_view jpeg);

}  // namespace ifpo::report
