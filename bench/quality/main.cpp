// quality-eval: pairwise ranking accuracy of the quality and classic scores
// on degraded real photographs (see eval.h).
//
//   quality-eval [--manifest FILE] [--image-dir DIR] [--analysed auto|thumbnail|preview|all]
//                [--json FILE|-] [--pairs] [--export DIR]
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "quality/eval.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: quality-eval [--manifest FILE] [--image-dir DIR] [--analysed auto|thumbnail|preview|all]\n"
               "                    [--json FILE|-] [--pairs] [--export DIR]\n"
               "  --export DIR  write every pair's photos and face boxes to DIR (pairs.json) and exit\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string manifest_path = IFPO_QUALITY_MANIFEST, image_dir, analysed = "all", json_path, export_dir;
  bool pairs = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--manifest" && has_value)
      manifest_path = argv[++i];
    else if (a == "--image-dir" && has_value)
      image_dir = argv[++i];
    else if (a == "--analysed" && has_value)
      analysed = argv[++i];
    else if (a == "--json" && has_value)
      json_path = argv[++i];
    else if (a == "--pairs")
      pairs = true;
    else if (a == "--export" && has_value)
      export_dir = argv[++i];
    else
      return Usage();
  }
  std::vector<ifpo::bench::Analysed> which;
  if (analysed == "auto" || analysed == "all") which.push_back(ifpo::bench::Analysed::kAuto);
  if (analysed == "thumbnail" || analysed == "all") which.push_back(ifpo::bench::Analysed::kThumbnail);
  if (analysed == "preview" || analysed == "all") which.push_back(ifpo::bench::Analysed::kPreview);
  if (which.empty()) return Usage();

  auto manifest = ifpo::bench::LoadManifest(manifest_path, image_dir);
  if (!manifest) {
    std::fprintf(stderr, "quality-eval: %s\n", manifest.error().message.c_str());
    return 1;
  }
  if (!export_dir.empty()) {
    if (auto s = ifpo::bench::Export(*manifest, export_dir); !s) {
      std::fprintf(stderr, "quality-eval: %s\n", s.error().message.c_str());
      return 1;
    }
    std::printf("wrote %s/pairs.json\n", export_dir.c_str());
    return 0;
  }
  std::vector<ifpo::bench::Evaluation> results;
  for (ifpo::bench::Analysed a : which) {
    auto e = ifpo::bench::Evaluate(*manifest, a);
    if (!e) {
      std::fprintf(stderr, "quality-eval: %s\n", e.error().message.c_str());
      return 1;
    }
    std::cout << ifpo::bench::FormatTable(*e, pairs) << "\n";
    results.push_back(std::move(*e));
  }
  if (!json_path.empty()) {
    const std::string json = ifpo::bench::ToJson(results, *manifest);
    if (json_path == "-") {
      std::cout << json << "\n";
    } else {
      std::ofstream out(json_path);
      out << json << "\n";
      if (!out) {
        std::fprintf(stderr, "quality-eval: cannot write %s\n", json_path.c_str());
        return 1;
      }
    }
  }
  return 0;
}
