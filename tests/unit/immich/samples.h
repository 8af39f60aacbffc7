// Raw answers of a real Immich server (shared/immich-samples, beside the
// project; IFPO_SHARED_DIR overrides where shared/ is).
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace ifpo::immich::testing {

// The text of immich-samples/<rel>; "" after a failed expectation.
inline std::string SampleText(const std::string& rel) {
  const char* shared = std::getenv("IFPO_SHARED_DIR");
  const char* source = std::getenv("IFPO_SOURCE_DIR");
  const std::string dir = shared ? shared : std::string(source ? source : "..") + "/../shared";
  const std::string path = dir + "/immich-samples/" + rel;
  std::ifstream f(path);
  EXPECT_TRUE(f) << "missing sample " << path;
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace ifpo::immich::testing
