#include "generate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "core/dates.h"

namespace ifpo::testserver {
namespace {

// "YYYY-MM-DDTHH:MM:SS.000Z" for a day number and a second of that day.
std::string Timestamp(long days, int second_of_day) {
  CivilDate d = CivilFromDays(days);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", d.year, d.month, d.day, second_of_day / 3600,
                (second_of_day / 60) % 60, second_of_day % 60);
  return buf;
}

long Days(int y, int m, int d) { return DaysFromCivil(CivilDate{y, m, d}); }

// An image with the given upright size; faces are boxed in its preview frame
// (short side 1440), as Immich's ML faces are.
TsAsset Photo(int w, int h, long day, int second, double blur, double brightness, int seed) {
  TsAsset a;
  a.exif_width = w;
  a.exif_height = h;
  a.orientation = 1;
  a.width = w;
  a.height = h;
  a.file_created_at = Timestamp(day, second);
  a.local_date_time = a.file_created_at;
  a.date_time_original = a.file_created_at;
  a.image.blur_sigma = blur;
  a.image.brightness = brightness;
  a.image.seed = seed;
  return a;
}

void PreviewFrame(const TsAsset& a, int* fw, int* fh) {
  int w = a.width, h = a.height;
  double scale = 1440.0 / std::min(w, h);
  *fw = static_cast<int>(std::lround(w * scale));
  *fh = static_cast<int>(std::lround(h * scale));
}

// A face of `person` centred at (cx, cy) (fractions of the frame), `size`
// = box width as a fraction of the frame width.
TsFace FaceAt(const TsAsset& a, const std::string& person, double cx, double cy, double size) {
  int fw, fh;
  PreviewFrame(a, &fw, &fh);
  double bw = size * fw, bh = bw * 1.25;
  TsFace f;
  f.person_id = person;
  f.image_width = fw;
  f.image_height = fh;
  f.x1 = static_cast<int>(std::lround(cx * fw - bw / 2));
  f.x2 = static_cast<int>(std::lround(cx * fw + bw / 2));
  f.y1 = static_cast<int>(std::lround(cy * fh - bh / 2));
  f.y2 = static_cast<int>(std::lround(cy * fh + bh / 2));
  return f;
}

}  // namespace

Library MakeDemoLibrary() {
  Library lib;
  lib.next_seed = 1000;
  auto person = [&](const char* name, const char* birth, bool fav, bool hidden) {
    TsPerson p;
    p.name = name;
    if (birth != nullptr) p.birth_date = birth;
    p.is_favorite = fav;
    p.is_hidden = hidden;
    return lib.AddPerson(std::move(p));
  };
  std::vector<std::string> named = {
      person("Alice Martin", "1990-06-14", true, false),  person("Bob Chen", "1985-11-03", false, false),
      person("Carla Diaz", "1992-02-29", false, false),  // leap-day birthday
      person("David Okafor", nullptr, false, false),      person("Emma Schmidt", "2015-08-21", true, false),
      person("Farid Haddad", "1978-01-09", false, false),
  };
  std::string hidden = person("Greta Hidden", "1970-03-15", false, true);
  std::vector<std::string> unnamed = {person("", nullptr, false, false), person("", nullptr, false, false)};
  std::string stray = person("", nullptr, false, false);  // one face: below minFaces

  std::mt19937 rng(20240229);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const double blurs[] = {0.0, 0.0, 0.4, 0.8, 1.5, 3.0, 6.0};
  const double lights[] = {1.0, 1.0, 1.0, 0.55, 1.35};
  long start = Days(2018, 1, 1), span = Days(2025, 12, 31) - start;
  // 48 ordinary photos: each named person appears in several, with varied
  // sharpness, exposure and face size; some group photos.
  for (int i = 0; i < 48; ++i) {
    bool portrait = i % 5 == 0;
    TsAsset a = Photo(portrait ? 3000 : 4000, portrait ? 4000 : 3000,
                      start + static_cast<long>(u(rng) * static_cast<double>(span)),
                      8 * 3600 + static_cast<int>(u(rng) * 12 * 3600), blurs[i % 7], lights[(i / 7) % 5], i);
    int faces = 1 + (i % 4 == 0) + (i % 9 == 0);
    for (int k = 0; k < faces; ++k) {
      const std::string& who = named[static_cast<size_t>((i + k * 2) % 6)];
      double size = 0.06 + 0.22 * u(rng);
      a.faces.push_back(FaceAt(a, who, (k + 0.5) / faces, 0.35 + 0.2 * u(rng), size / faces));
    }
    if (i % 6 == 1) a.faces.push_back(FaceAt(a, unnamed[0], 0.85, 0.7, 0.05));
    if (i % 8 == 3) a.faces.push_back(FaceAt(a, unnamed[1], 0.12, 0.72, 0.05));
    if (i % 12 == 5) a.faces.push_back(FaceAt(a, hidden, 0.5, 0.8, 0.06));
    if (i % 10 == 7) a.faces.push_back(FaceAt(a, "", 0.92, 0.2, 0.03));  // unassigned
    lib.AddAsset(std::move(a));
  }
  TsAsset stray_photo = Photo(4000, 3000, Days(2021, 7, 4), 15 * 3600, 0.0, 1.0, 77);
  stray_photo.faces.push_back(FaceAt(stray_photo, stray, 0.5, 0.5, 0.2));
  lib.AddAsset(std::move(stray_photo));

  // The awkward cases. Each carries a big sharp face, so picking it by
  // mistake would be tempting.
  TsAsset trashed = Photo(4000, 3000, Days(2025, 6, 14), 12 * 3600, 0.0, 1.0, 101);
  trashed.is_trashed = true;
  trashed.faces.push_back(FaceAt(trashed, named[0], 0.5, 0.45, 0.35));
  lib.AddAsset(std::move(trashed));
  TsAsset archived = Photo(4000, 3000, Days(2024, 11, 3), 12 * 3600, 0.0, 1.0, 102);
  archived.visibility = "archive";
  archived.faces.push_back(FaceAt(archived, named[1], 0.5, 0.45, 0.35));
  lib.AddAsset(std::move(archived));
  TsAsset video = Photo(1920, 1080, Days(2024, 2, 29), 12 * 3600, 0.0, 1.0, 103);
  video.type = "VIDEO";
  video.duration_ms = 12345;
  video.faces.push_back(FaceAt(video, named[2], 0.5, 0.45, 0.3));
  lib.AddAsset(std::move(video));
  TsAsset offline = Photo(4000, 3000, Days(2023, 5, 5), 12 * 3600, 0.0, 1.0, 104);
  offline.is_offline = true;
  offline.faces.push_back(FaceAt(offline, named[3], 0.5, 0.45, 0.35));
  lib.AddAsset(std::move(offline));
  TsAsset undated = Photo(4000, 3000, Days(2022, 8, 21), 12 * 3600, 0.0, 1.0, 105);
  undated.date_time_original.reset();  // exif dateTimeOriginal: null
  undated.faces.push_back(FaceAt(undated, named[4], 0.5, 0.45, 0.3));
  lib.AddAsset(std::move(undated));
  TsAsset corrupt = Photo(4000, 3000, Days(2020, 1, 9), 12 * 3600, 0.0, 1.0, 106);
  corrupt.image.corrupt = true;
  corrupt.faces.push_back(FaceAt(corrupt, named[5], 0.5, 0.45, 0.3));
  lib.AddAsset(std::move(corrupt));
  return lib;
}

Library MakeScaledLibrary(int people, int photos, uint32_t seed) {
  Library lib;
  people = std::max(people, 1);
  photos = std::max(photos, 0);
  lib.next_seed = static_cast<uint64_t>(seed) << 32;
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  static const char* kFirst[] = {"Ada",  "Ben",  "Cleo", "Dan",  "Eli",  "Fay", "Gus",  "Hana",
                                 "Ivan", "Jade", "Kai",  "Lena", "Milo", "Nia", "Otto", "Pia",
                                 "Quin", "Rosa", "Sam",  "Tara", "Uma",  "Vik", "Wren", "Yara"};
  static const char* kLast[] = {"Berg",  "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ito",   "Jensen",
                                "Kowal", "Lopez", "Moreau", "Novak", "Olsen",   "Petrov", "Rossi",  "Silva", "Tanaka"};
  lib.people.reserve(static_cast<size_t>(people));
  for (int i = 0; i < people; ++i) {
    TsPerson p;
    p.id = MakeUuid(lib.next_seed++);
    if (u(rng) < 0.8) {
      p.name = std::string(kFirst[rng() % 24]) + " " + kLast[rng() % 18];
      if (i >= 24 * 18 || u(rng) < 0.3) p.name += " " + std::to_string(i);
    }
    if (u(rng) < 0.3) {
      char buf[48];
      int month = 1 + static_cast<int>(rng() % 12);
      int day = 1 + static_cast<int>(rng() % static_cast<unsigned>(DaysInMonth(1988, month)));
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 1950 + static_cast<int>(rng() % 70), month,
                    month == 2 && day == 29 ? 28 : day);
      p.birth_date = buf;
    }
    p.is_hidden = u(rng) < 0.02;
    p.is_favorite = u(rng) < 0.01;
    lib.people.push_back(std::move(p));
  }
  // Zipf-like popularity: person i is chosen with weight 1/(i+1)^1.1.
  std::vector<double> cumulative(static_cast<size_t>(people));
  double total = 0;
  for (int i = 0; i < people; ++i) {
    total += 1.0 / std::pow(i + 1.0, 1.1);
    cumulative[static_cast<size_t>(i)] = total;
  }
  auto pick = [&]() {
    double r = u(rng) * total;
    return static_cast<size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
  };
  long start = Days(2010, 1, 1), span = Days(2025, 12, 31) - start;
  lib.assets.reserve(static_cast<size_t>(photos));
  for (int i = 0; i < photos; ++i) {
    bool portrait = u(rng) < 0.25;
    double blur = u(rng) < 0.6 ? 0.0 : u(rng) * 6.0;
    double light = u(rng) < 0.85 ? 1.0 : 0.5 + u(rng);
    TsAsset a = Photo(portrait ? 3000 : 4000, portrait ? 4000 : 3000,
                      start + static_cast<long>(u(rng) * static_cast<double>(span)), static_cast<int>(u(rng) * 86399),
                      blur, light, i);
    uint64_t s = lib.next_seed++;
    a.id = MakeUuid(s);
    a.checksum = MakeChecksum(s);
    a.thumbhash = MakeChecksum(s ^ 0xABCDEF);
    double r = u(rng);
    if (r < 0.01)
      a.visibility = "archive";
    else if (r < 0.015)
      a.is_trashed = true;
    else if (r < 0.025) {
      a.type = "VIDEO";
      a.duration_ms = 1000 + static_cast<int>(rng() % 60000);
    } else if (r < 0.027)
      a.is_offline = true;
    else if (r < 0.037)
      a.date_time_original.reset();
    double fr = u(rng);
    int faces = fr < 0.55 ? 1 : fr < 0.8 ? 2 : fr < 0.93 ? 3 : 4;
    std::vector<size_t> chosen;
    for (int k = 0; k < faces; ++k) {
      size_t who = pick();
      for (int tries = 0; tries < 4 && std::find(chosen.begin(), chosen.end(), who) != chosen.end(); ++tries)
        who = pick();
      if (std::find(chosen.begin(), chosen.end(), who) != chosen.end()) continue;
      chosen.push_back(who);
      double size = (0.04 + 0.25 * u(rng)) / faces;
      TsFace f =
          FaceAt(a, u(rng) < 0.05 ? std::string() : lib.people[who].id, (k + 0.5) / faces, 0.3 + 0.35 * u(rng), size);
      f.id = MakeUuid(lib.next_seed++);
      a.faces.push_back(std::move(f));
    }
    lib.assets.push_back(std::move(a));
  }
  return lib;
}

}  // namespace ifpo::testserver
