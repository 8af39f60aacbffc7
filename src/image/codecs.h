// OpenCV's image codecs (cv::imdecode / cv::imencode), loaded on first use.
//
// Debian's libopencv_imgcodecs pulls in ~100 shared libraries (GDAL, Poppler,
// HDF5, ...). Linked into the binary, loading them costs every run ~0.13 s
// and ~35 MB, also the runs that never touch an image (standard mode is then
// a third faster). So the codecs live in a small plugin, libifpo_codecs.so,
// that only -b, --report and the demo server open. It is looked for beside
// the executable, in the install's lib directory and in the build tree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <opencv2/core.hpp>

#include "core/result.h"

namespace ifpo::image {

// Loads the plugin (once); the error says where it was looked for.
Status CodecsReady();

// cv::imdecode(bytes, flags). An empty Mat means the bytes are not an image
// OpenCV can decode; an error, that the codecs could not be loaded or OpenCV
// threw (the message says which).
Result<cv::Mat> DecodeImage(std::string_view bytes, int flags);

// cv::imencode(ext, img, out, params); an error when it fails or the codecs
// could not be loaded.
Result<std::vector<uchar>> EncodeImage(const std::string& ext, const cv::Mat& img, const std::vector<int>& params);

}  // namespace ifpo::image
