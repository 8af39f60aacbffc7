// libifpo_codecs.so: the only code that links libopencv_imgcodecs (see
// image/codecs.h for why). Same compiler and OpenCV as the binary, so C++
// types cross the boundary; C names keep dlsym simple. OpenCV's exceptions
// stay inside: failures come back as a message.
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

extern "C" {

__attribute__((visibility("default"))) bool ifpo_codecs_decode(const cv::Mat* raw, int flags, cv::Mat* out,
                                                               std::string* error) {
  try {
    *out = cv::imdecode(*raw, flags);
    return true;
  } catch (const cv::Exception& e) {
    *error = e.what();
    return false;
  }
}

__attribute__((visibility("default"))) bool ifpo_codecs_encode(const std::string* ext, const cv::Mat* img,
                                                               const std::vector<int>* params, std::vector<uchar>* out,
                                                               std::string* error) {
  try {
    if (cv::imencode(*ext, *img, *out, *params)) return true;
    *error = "cv::imencode(" + *ext + ") failed";
    return false;
  } catch (const cv::Exception& e) {
    *error = "cv::imencode(" + *ext + "): " + e.what();
    return false;
  }
}

}  // extern "C"
