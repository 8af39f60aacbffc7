#include "image/codecs.h"

#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

namespace ifpo::image {
namespace {

using DecodeFn = bool (*)(const cv::Mat*, int, cv::Mat*, std::string*);
using EncodeFn = bool (*)(const std::string*, const cv::Mat*, const std::vector<int>*, std::vector<uchar>*,
                          std::string*);

struct Codecs {
  DecodeFn decode = nullptr;
  EncodeFn encode = nullptr;
  std::string error;  // why they could not be loaded
};

#ifdef IFPO_CODECS_LINKED
// Built with the plugin's source linked in (the fuzz targets): no dlopen.
extern "C" bool ifpo_codecs_decode(const cv::Mat*, int, cv::Mat*, std::string*);
extern "C" bool ifpo_codecs_encode(const std::string*, const cv::Mat*, const std::vector<int>*, std::vector<uchar>*,
                                   std::string*);
Codecs LoadCodecs() { return {&ifpo_codecs_decode, &ifpo_codecs_encode, {}}; }
#else
constexpr const char* kPlugin = "libifpo_codecs.so";

std::filesystem::path ExecutableDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

// Beside the binary (build tree), the install's lib directory relative to the
// binary and absolute, then the build tree (the test binaries live in its
// subdirectories).
std::vector<std::string> Candidates() {
  std::vector<std::string> out;
  if (auto dir = ExecutableDir(); !dir.empty()) {
    out.push_back((dir / kPlugin).string());
#ifdef IFPO_CODECS_FROM_BINDIR
    out.push_back((dir / IFPO_CODECS_FROM_BINDIR).lexically_normal().string());  // a relocated install
#endif
  }
#ifdef IFPO_CODECS_INSTALL_PATH
  out.push_back(IFPO_CODECS_INSTALL_PATH);
#endif
#ifdef IFPO_CODECS_BUILD_PATH
  out.push_back(IFPO_CODECS_BUILD_PATH);
#endif
  // The build tree is also the directory of the binary built in it.
  std::vector<std::string> unique;
  for (std::string& p : out)
    if (std::find(unique.begin(), unique.end(), p) == unique.end()) unique.push_back(std::move(p));
  return unique;
}

Codecs LoadCodecs() {
  Codecs c;
  std::string tried;
  for (const std::string& path : Candidates()) {
    if (::access(path.c_str(), R_OK) != 0) {
      tried += (tried.empty() ? "" : ", ") + path;
      continue;
    }
    void* lib = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);  // kept open for the process's life
    if (!lib) {
      const char* why = ::dlerror();
      c.error = "cannot load the image codecs " + path + ": " + (why ? why : "unknown error");
      return c;
    }
    c.decode = reinterpret_cast<DecodeFn>(::dlsym(lib, "ifpo_codecs_decode"));
    c.encode = reinterpret_cast<EncodeFn>(::dlsym(lib, "ifpo_codecs_encode"));
    if (!c.decode || !c.encode) c.error = path + " is not this version's image codec plugin; reinstall";
    return c;
  }
  c.error = std::string("cannot find the image codecs (") + kPlugin + "; looked for " + tried +
            "); reinstall immich-featured-photo-organizer";
  return c;
}
#endif

const Codecs& Loaded() {
  static const Codecs codecs = LoadCodecs();
  return codecs;
}

}  // namespace

Status CodecsReady() {
  const Codecs& c = Loaded();
  if (!c.decode) return MakeError(ErrorKind::kImage, c.error);
  return Ok{};
}

Result<cv::Mat> DecodeImage(std::string_view bytes, int flags) {
  if (Status ready = CodecsReady(); !ready) return ready.error();
  const Codecs& c = Loaded();
  // imdecode never writes to its input; the cast only satisfies cv::Mat.
  const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char*>(bytes.data()));
  cv::Mat out;
  std::string error;
  if (!c.decode(&raw, flags, &out, &error)) return MakeError(ErrorKind::kImage, error);
  return out;
}

Result<std::vector<uchar>> EncodeImage(const std::string& ext, const cv::Mat& img, const std::vector<int>& params) {
  const Codecs& c = Loaded();
  if (!c.encode) return MakeError(ErrorKind::kImage, c.error);
  std::vector<uchar> out;
  std::string error;
  if (!c.encode(&ext, &img, &params, &out, &error)) return MakeError(ErrorKind::kImage, error);
  return out;
}

}  // namespace ifpo::image
