// Image decoding on arbitrary bytes (a thumbnail from a hostile or broken
// server): Measure and ClassicSharpness return a value or ErrorKind::kImage;
// headers announcing a bomb are refused before decoding. The first 8 bytes
// choose the face box.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "image/analyze.h"
#include "image/header.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 8) return 0;
  ifpo::FaceBox box;
  box.x1 = data[0] * 4;
  box.y1 = data[1] * 4;
  box.x2 = box.x1 + data[2] * 4 - 128;
  box.y2 = box.y1 + data[3] * 4 - 128;
  box.image_width = data[4] * 8;
  box.image_height = data[5] * 8;
  const bool classic = (data[6] & 1) != 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 8, size - 8);
  auto info = ifpo::image::ReadImageInfo(bytes);
  const bool refused = !info || !ifpo::image::CheckSize(*info, ifpo::image::kMaxPixels);
  ifpo::image::MeasureOptions options;
  options.classic = classic;
  auto m = ifpo::image::Measure(bytes, box, options);
  if (m && refused) std::abort();  // decoded what the header check refuses
  if (!m && m.error().kind != ifpo::ErrorKind::kImage) std::abort();
  if (classic) {
    auto s = ifpo::image::ClassicSharpness(bytes);
    if (s && refused) std::abort();
  }
  return 0;
}
