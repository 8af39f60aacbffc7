// Libraries to serve: a small hand-made demo library and large generated ones.
#pragma once

#include <cstdint>

#include "library.h"

namespace ifpo::testserver {

// ~6 named people plus unnamed, hidden and favourite ones, birthdays (one on
// Feb 29), photos over several years with varied sharpness and face sizes,
// and the awkward cases: trashed, archived, video, offline, no exif date.
Library MakeDemoLibrary();

// `people` people in `photos` photos with a realistic skew (a few people in
// thousands of photos, most in a few), 1–4 faces per photo. Deterministic
// for a seed; builds 200k photos in a few seconds (images are rendered lazily).
Library MakeScaledLibrary(int people, int photos, uint32_t seed);

}  // namespace ifpo::testserver
