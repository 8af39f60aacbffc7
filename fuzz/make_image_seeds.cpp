// Writes the seed corpus of fuzz_image (run once; the output is committed):
//   g++ -std=c++20 -w fuzz/make_image_seeds.cpp -I/usr/include/opencv4 \
//       -lopencv_imgcodecs -lopencv_core -o /tmp/seeds && /tmp/seeds fuzz/corpus/fuzz_image
// Each seed is 8 bytes that choose the face box, then an image: small real
// JPEG/PNG/WebP files, and headers that announce bombs or zero sizes.
#include <fstream>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace {

void Write(const std::string& dir, const std::string& name, const std::vector<unsigned char>& image) {
  const unsigned char box[8] = {8, 6, 40, 40, 8, 6, 1, 0};  // x1 32, y1 24, 32 px wide, frame 64x48, classic
  std::ofstream f(dir + "/" + name, std::ios::binary);
  f.write(reinterpret_cast<const char*>(box), 8);
  f.write(reinterpret_cast<const char*>(image.data()), static_cast<std::streamsize>(image.size()));
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : ".";
  cv::Mat img(48, 64, CV_8UC3);
  for (int y = 0; y < img.rows; ++y)
    for (int x = 0; x < img.cols; ++x)
      img.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<unsigned char>(x * 4), static_cast<unsigned char>(y * 5),
                                          static_cast<unsigned char>((x ^ y) * 8));
  std::vector<unsigned char> buf;
  cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, 60});
  Write(dir, "small.jpg", buf);
  cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
  Write(dir, "progressive.jpg", buf);
  cv::imencode(".png", img, buf);
  Write(dir, "small.png", buf);
  cv::Mat grey;
  cv::extractChannel(img, grey, 0);
  cv::imencode(".png", grey, buf);
  Write(dir, "grey.png", buf);
  cv::imencode(".webp", img, buf, {cv::IMWRITE_WEBP_QUALITY, 50});
  Write(dir, "small.webp", buf);
  // A PNG whose header announces 60000 x 60000 (3.6 Gpx) over a tiny body.
  cv::imencode(".png", img, buf);
  auto png = buf;
  const unsigned char big[8] = {0, 0, 0xEA, 0x60, 0, 0, 0xEA, 0x60};
  std::copy(big, big + 8, png.begin() + 16);
  Write(dir, "bomb.png", png);
  // The same with a zero width.
  auto zero = buf;
  std::fill(zero.begin() + 16, zero.begin() + 20, 0);
  Write(dir, "zero.png", zero);
  // A JPEG whose SOF announces 65500 x 65500.
  cv::imencode(".jpg", img, buf);
  auto jpg = buf;
  for (size_t i = 2; i + 9 < jpg.size(); ++i) {
    if (jpg[i] == 0xFF && (jpg[i + 1] == 0xC0 || jpg[i + 1] == 0xC2)) {
      jpg[i + 5] = 0xFF, jpg[i + 6] = 0xDC, jpg[i + 7] = 0xFF, jpg[i + 8] = 0xDC;
      break;
    }
  }
  Write(dir, "bomb.jpg", jpg);
  // A JPEG cut in half.
  cv::imencode(".jpg", img, buf);
  buf.resize(buf.size() / 2);
  Write(dir, "truncated.jpg", buf);
  return 0;
}
