#include "image/codecs.h"

#include <csetjmp>
#include <cstdio>  // jpeglib.h wants FILE declared
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <string>

#include <jpeglib.h>
#include <png.h>
#include <webp/decode.h>
#include <webp/encode.h>

#include <opencv2/imgproc.hpp>

#include "image/analyze.h"  // kMaxPixels
#include "image/header.h"

namespace ifpo::image {
namespace {

Error ImageError(std::string message) { return MakeError(ErrorKind::kImage, std::move(message)); }

// The decoder's own idea of the size, checked again before allocating: a
// header our parser read one way cannot make a decoder allocate more.
Status CheckDecoderSize(ImageFormat format, long width, long height) {
  if (width <= 0 || height <= 0 || width * height > kMaxPixels)
    return ImageError(std::string(ToString(format)) + " image has an unacceptable size (" + std::to_string(width) +
                      "x" + std::to_string(height) + ")");
  return Ok{};
}

// --- JPEG (libjpeg-turbo) ---------------------------------------------------
//
// libjpeg reports a fatal error by calling error_exit, which must not return.
// It longjmps back to the setjmp of the step that called libjpeg. Each step
// below is a function whose frame holds no C++ object, so the jump skips no
// destructor; the libjpeg structs and the cv::Mat live in the caller.

struct JpegError {
  jpeg_error_mgr mgr;  // first: libjpeg only sees this part
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void JpegErrorExit(j_common_ptr c) {
  auto* e = reinterpret_cast<JpegError*>(c->err);
  (*c->err->format_message)(c, e->message);
  std::longjmp(e->jump, 1);
}

// Warnings (corrupt but decodable data) are accepted, as OpenCV accepted
// them; nothing is written to stderr.
void JpegSilence(j_common_ptr /*c*/) {}

JpegError* InitJpegError(JpegError* e) {
  jpeg_std_error(&e->mgr);
  e->mgr.error_exit = JpegErrorExit;
  e->mgr.output_message = JpegSilence;
  e->message[0] = '\0';
  return e;
}

// A progressive JPEG may hold any number of scans, each re-decoding the whole
// image: a few kB can keep the decoder busy for minutes. libjpeg-turbo's own
// tools stop at 500.
constexpr int kMaxJpegScans = 500;
void JpegLimitScans(j_common_ptr c) {
  auto* d = reinterpret_cast<j_decompress_ptr>(c);
  if (d->is_decompressor && d->input_scan_number > kMaxJpegScans) {
    std::snprintf(reinterpret_cast<JpegError*>(c->err)->message, JMSG_LENGTH_MAX, "more than %d scans", kMaxJpegScans);
    std::longjmp(reinterpret_cast<JpegError*>(c->err)->jump, 1);
  }
}

// Destroys the libjpeg object on every path (a zeroed, never created one too).
struct JpegDecompress {
  jpeg_decompress_struct c{};
  jpeg_progress_mgr progress{};
  JpegError error{};
  JpegDecompress() = default;
  JpegDecompress(const JpegDecompress&) = delete;
  JpegDecompress& operator=(const JpegDecompress&) = delete;
  ~JpegDecompress() { jpeg_destroy_decompress(&c); }
};

// The output the caller asked for, from the stored components.
void ChooseJpegOutput(jpeg_decompress_struct* c, Channels channels, int scale) {
  c->scale_num = 1;
  c->scale_denom = static_cast<unsigned int>(scale);
  if (c->num_components == 4) {
    c->out_color_space = JCS_CMYK;  // converted below, as OpenCV did
  } else if (channels == Channels::kGray || (channels == Channels::kUnchanged && c->num_components == 1)) {
    c->out_color_space = JCS_GRAYSCALE;
  } else {
    c->out_color_space = JCS_EXT_BGR;
  }
}

bool JpegReadHeader(JpegDecompress* j, const unsigned char* data, unsigned long size, Channels channels, int scale) {
  if (setjmp(j->error.jump)) return false;
  jpeg_create_decompress(&j->c);
  j->progress.progress_monitor = JpegLimitScans;
  j->c.progress = &j->progress;
  jpeg_mem_src(&j->c, data, size);
  jpeg_read_header(&j->c, TRUE);
  ChooseJpegOutput(&j->c, channels, scale);
  jpeg_calc_output_dimensions(&j->c);
  return true;
}

bool JpegReadPixels(JpegDecompress* j, unsigned char* out, std::size_t step) {
  if (setjmp(j->error.jump)) return false;
  jpeg_start_decompress(&j->c);
  while (j->c.output_scanline < j->c.output_height) {
    JSAMPROW row = out + static_cast<std::size_t>(j->c.output_scanline) * step;
    jpeg_read_scanlines(&j->c, &row, 1);
  }
  jpeg_finish_decompress(&j->c);
  return true;
}

// OpenCV's icvCvt_CMYK2BGR_8u_C4C3R (Adobe's inverted CMYK as libjpeg gives it).
cv::Mat CmykToBgr(const cv::Mat& cmyk) {
  cv::Mat bgr(cmyk.rows, cmyk.cols, CV_8UC3);
  for (int y = 0; y < cmyk.rows; ++y) {
    const uchar* in = cmyk.ptr<uchar>(y);
    uchar* out = bgr.ptr<uchar>(y);
    for (int x = 0; x < cmyk.cols; ++x, in += 4, out += 3) {
      const int k = in[3];
      out[2] = static_cast<uchar>(k - ((255 - in[0]) * k >> 8));
      out[1] = static_cast<uchar>(k - ((255 - in[1]) * k >> 8));
      out[0] = static_cast<uchar>(k - ((255 - in[2]) * k >> 8));
    }
  }
  return bgr;
}

Result<cv::Mat> DecodeJpeg(std::string_view bytes, Channels channels, int scale) {
  auto j = std::make_unique<JpegDecompress>();  // jmp_buf and the structs: ~1.5 kB, off the stack
  j->c.err = &InitJpegError(&j->error)->mgr;
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  if (!JpegReadHeader(j.get(), data, static_cast<unsigned long>(bytes.size()), channels, scale))
    return ImageError(std::string("libjpeg: ") + j->error.message);
  if (Status ok = CheckDecoderSize(ImageFormat::kJpeg, j->c.image_width, j->c.image_height); !ok) return ok.error();
  const int components = j->c.output_components;
  if (components != 1 && components != 3 && components != 4)
    return ImageError("JPEG with " + std::to_string(components) + " output components");
  cv::Mat out(static_cast<int>(j->c.output_height), static_cast<int>(j->c.output_width), CV_8UC(components));
  if (!JpegReadPixels(j.get(), out.data, out.step)) return ImageError(std::string("libjpeg: ") + j->error.message);
  if (components == 4) {
    out = CmykToBgr(out);
    if (channels == Channels::kGray) cv::cvtColor(out, out, cv::COLOR_BGR2GRAY);
  }
  return out;
}

struct JpegCompress {
  jpeg_compress_struct c{};
  JpegError error{};
  unsigned char* buffer = nullptr;  // jpeg_mem_dest's, malloc'ed
  unsigned long size = 0;
  JpegCompress() = default;
  JpegCompress(const JpegCompress&) = delete;
  JpegCompress& operator=(const JpegCompress&) = delete;
  ~JpegCompress() {
    jpeg_destroy_compress(&c);
    std::free(buffer);  // NOLINT(cppcoreguidelines-no-malloc): libjpeg allocated it
  }
};

bool JpegWrite(JpegCompress* j, const cv::Mat* image, int quality) {
  if (setjmp(j->error.jump)) return false;
  jpeg_create_compress(&j->c);
  jpeg_mem_dest(&j->c, &j->buffer, &j->size);
  j->c.image_width = static_cast<JDIMENSION>(image->cols);
  j->c.image_height = static_cast<JDIMENSION>(image->rows);
  j->c.input_components = image->channels();
  j->c.in_color_space = image->channels() == 1 ? JCS_GRAYSCALE : JCS_EXT_BGR;
  jpeg_set_defaults(&j->c);
  jpeg_set_quality(&j->c, quality, TRUE);
  jpeg_start_compress(&j->c, TRUE);
  while (j->c.next_scanline < j->c.image_height) {
    // libjpeg does not write to its input; the cast is its API's.
    auto* row = const_cast<JSAMPROW>(image->ptr<uchar>(static_cast<int>(j->c.next_scanline)));
    jpeg_write_scanlines(&j->c, &row, 1);
  }
  jpeg_finish_compress(&j->c);
  return true;
}

// --- WebP (libwebp) ---------------------------------------------------------

Result<cv::Mat> DecodeWebp(std::string_view bytes, Channels channels) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  WebPBitstreamFeatures features;
  if (WebPGetFeatures(data, bytes.size(), &features) != VP8_STATUS_OK) return ImageError("libwebp: unreadable header");
  if (features.has_animation) return ImageError("animated WebP is not supported");
  if (Status ok = CheckDecoderSize(ImageFormat::kWebp, features.width, features.height); !ok) return ok.error();
  const bool alpha = channels == Channels::kUnchanged && features.has_alpha;
  cv::Mat out(features.height, features.width, alpha ? CV_8UC4 : CV_8UC3);
  const std::size_t size = out.total() * out.elemSize();
  const int stride = static_cast<int>(out.step);
  const uint8_t* done = alpha ? WebPDecodeBGRAInto(data, bytes.size(), out.data, size, stride)
                              : WebPDecodeBGRInto(data, bytes.size(), out.data, size, stride);
  if (!done) return ImageError("libwebp: could not decode");
  if (channels == Channels::kGray) cv::cvtColor(out, out, cv::COLOR_BGR2GRAY);
  return out;
}

Result<std::string> WebpBytes(std::size_t size, uint8_t* data) {
  if (size == 0 || !data) {
    WebPFree(data);
    return ImageError("WebP encoding failed");
  }
  std::string out(reinterpret_cast<const char*>(data), size);
  WebPFree(data);
  return out;
}

// --- PNG (libpng's simplified API; it handles its errors itself) -------------

Result<cv::Mat> DecodePng(std::string_view bytes, Channels channels) {
  png_image png{};
  png.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&png, bytes.data(), bytes.size()))
    return ImageError(std::string("libpng: ") + png.message);
  // From here png_image_finish_read or png_image_free releases it.
  if (Status ok = CheckDecoderSize(ImageFormat::kPng, png.width, png.height); !ok) {
    png_image_free(&png);
    return ok.error();
  }
  // 16-bit data without a gAMA chunk is sRGB (as cameras and OpenCV write it),
  // so 16 -> 8 bits is a plain rescale.
  png.flags |= PNG_IMAGE_FLAG_16BIT_sRGB;
  const bool color = (png.format & PNG_FORMAT_FLAG_COLOR) != 0;
  const bool alpha = (png.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  // Alpha is always read and dropped below: asked for a format without it,
  // libpng would composite onto the buffer's contents.
  if (channels == Channels::kUnchanged || channels == Channels::kGray) {
    png.format = color ? (alpha ? PNG_FORMAT_BGRA : PNG_FORMAT_BGR) : (alpha ? PNG_FORMAT_GA : PNG_FORMAT_GRAY);
  } else {
    png.format = alpha ? PNG_FORMAT_BGRA : PNG_FORMAT_BGR;
  }
  const int n = static_cast<int>(PNG_IMAGE_PIXEL_CHANNELS(png.format));
  cv::Mat out(static_cast<int>(png.height), static_cast<int>(png.width), CV_8UC(n));
  if (!png_image_finish_read(&png, nullptr, out.data, 0, nullptr))
    return ImageError(std::string("libpng: ") + png.message);
  if (channels == Channels::kColor && n == 4) {
    cv::cvtColor(out, out, cv::COLOR_BGRA2BGR);
  } else if (channels == Channels::kGray && n > 1) {
    if (n == 2) {
      cv::extractChannel(out, out, 0);
    } else {
      cv::cvtColor(out, out, n == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    }
  }
  return out;
}

bool EightBit(const cv::Mat& image, std::initializer_list<int> channels) {
  if (image.empty() || image.depth() != CV_8U) return false;
  for (int c : channels)
    if (image.channels() == c) return true;
  return false;
}

}  // namespace

Result<cv::Mat> DecodeImage(std::string_view bytes, Channels channels, int jpeg_scale) {
  if (jpeg_scale != 1 && jpeg_scale != 2 && jpeg_scale != 4 && jpeg_scale != 8)
    return MakeError(ErrorKind::kInvalidArgument, "JPEG scale must be 1, 2, 4 or 8");
  auto info = ReadImageInfo(bytes);
  if (!info) return info.error();
  if (Status ok = CheckSize(*info, kMaxPixels); !ok) return ok.error();
  try {
    switch (info->format) {
      case ImageFormat::kJpeg:
        return DecodeJpeg(bytes, channels, jpeg_scale);
      case ImageFormat::kWebp:
        return DecodeWebp(bytes, channels);
      case ImageFormat::kPng:
        return DecodePng(bytes, channels);
    }
  } catch (const cv::Exception& e) {  // allocation or conversion
    return ImageError(std::string(ToString(info->format)) + " decoding failed: " + e.what());
  }
  return ImageError("unknown image format");
}

Result<std::string> EncodeJpeg(const cv::Mat& image, int quality) {
  if (!EightBit(image, {1, 3})) return ImageError("JPEG encoding needs an 8-bit BGR or grey image");
  auto j = std::make_unique<JpegCompress>();
  j->c.err = &InitJpegError(&j->error)->mgr;
  if (!JpegWrite(j.get(), &image, quality)) return ImageError(std::string("JPEG encoding failed: ") + j->error.message);
  return std::string(reinterpret_cast<const char*>(j->buffer), j->size);
}

Result<std::string> EncodeWebp(const cv::Mat& image, int quality) {
  if (!EightBit(image, {1, 3, 4})) return ImageError("WebP encoding needs an 8-bit BGR, BGRA or grey image");
  try {
    cv::Mat bgr = image;
    if (image.channels() == 1) cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    const auto q = static_cast<float>(quality);
    const int stride = static_cast<int>(bgr.step);
    uint8_t* data = nullptr;
    const std::size_t size = bgr.channels() == 4 ? WebPEncodeBGRA(bgr.data, bgr.cols, bgr.rows, stride, q, &data)
                                                 : WebPEncodeBGR(bgr.data, bgr.cols, bgr.rows, stride, q, &data);
    return WebpBytes(size, data);
  } catch (const cv::Exception& e) {
    return ImageError(std::string("WebP encoding failed: ") + e.what());
  }
}

}  // namespace ifpo::image
