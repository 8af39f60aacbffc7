#include "library.h"

#include <cstdio>

namespace ifpo::testserver {
namespace {

uint64_t SplitMix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

void UprightSize(const TsAsset& a, int* w, int* h) {
  if (a.width > 0 && a.height > 0) {
    *w = a.width;
    *h = a.height;
  } else if (a.exif_width && a.exif_height && *a.exif_width > 0 && *a.exif_height > 0) {
    bool swap = a.orientation >= 5 && a.orientation <= 8;
    *w = swap ? *a.exif_height : *a.exif_width;
    *h = swap ? *a.exif_width : *a.exif_height;
  } else {
    *w = 4000;
    *h = 3000;
  }
}

std::string MakeUuid(uint64_t seed) {
  uint64_t hi = SplitMix(seed * 2 + 1);
  uint64_t lo = SplitMix(seed * 2 + 2);
  hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
  lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // variant 10xx
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                static_cast<unsigned>((hi >> 16) & 0xFFFF), static_cast<unsigned>(hi & 0xFFFF),
                static_cast<unsigned>(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
  return buf;
}

std::string MakeChecksum(uint64_t seed) {
  static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  uint64_t x = seed ^ 0x5bd1e995ULL;
  for (int i = 0; i < 27; ++i) {
    if (i % 10 == 0) x = SplitMix(x);
    out += kB64[(x >> ((i % 10) * 6)) & 63];
  }
  // 20 bytes of SHA-1 encode to 27 characters plus one '=' of padding.
  out.back() = kB64[(x >> 4) & 0x3C];
  out += '=';
  return out;
}

std::string Library::AddPerson(TsPerson p) {
  if (p.id.empty()) p.id = MakeUuid(next_seed++);
  people.push_back(std::move(p));
  return people.back().id;
}

std::string Library::AddPerson(const std::string& name) {
  TsPerson p;
  p.name = name;
  return AddPerson(std::move(p));
}

std::string Library::AddAsset(TsAsset a) {
  uint64_t seed = next_seed++;
  if (a.id.empty()) a.id = MakeUuid(seed);
  if (a.checksum.empty()) a.checksum = MakeChecksum(seed);
  if (a.thumbhash.empty()) a.thumbhash = MakeChecksum(seed ^ 0xABCDEF).substr(0, 28);
  for (TsFace& f : a.faces)
    if (f.id.empty()) f.id = MakeUuid(next_seed++);
  assets.push_back(std::move(a));
  return assets.back().id;
}

std::string Library::AddFace(const std::string& asset_id, TsFace f) {
  TsAsset* a = FindAsset(asset_id);
  if (a == nullptr) return "";
  if (f.id.empty()) f.id = MakeUuid(next_seed++);
  a->faces.push_back(std::move(f));
  return a->faces.back().id;
}

std::string Library::AddFace(const std::string& asset_id, const std::string& person_id, int x1, int y1, int x2, int y2,
                             int image_width, int image_height) {
  TsFace f;
  f.person_id = person_id;
  f.x1 = x1;
  f.y1 = y1;
  f.x2 = x2;
  f.y2 = y2;
  f.image_width = image_width;
  f.image_height = image_height;
  return AddFace(asset_id, std::move(f));
}

TsPerson* Library::FindPerson(const std::string& id) {
  for (TsPerson& p : people)
    if (p.id == id) return &p;
  return nullptr;
}

TsAsset* Library::FindAsset(const std::string& id) {
  for (TsAsset& a : assets)
    if (a.id == id) return &a;
  return nullptr;
}

}  // namespace ifpo::testserver
