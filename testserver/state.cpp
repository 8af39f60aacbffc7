#include "state.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>

namespace ifpo::testserver {

Version ParseVersion(const std::string& s) {
  Version v;
  const char* p = s.c_str();
  if (*p == 'v' || *p == 'V') ++p;
  if (std::sscanf(p, "%d.%d.%d", &v.major, &v.minor, &v.patch) < 2) return Version{};
  return v;
}

const char* DefaultVersion(Dialect d) {
  switch (d) {
    case Dialect::kV1_136:
      return "1.136.0";
    case Dialect::kV2_5:
      return "2.7.5";
    case Dialect::kV3:
      return "3.2.2";
  }
  return "2.7.5";
}

State::State(Library library, Dialect d, Options o)
    : lib(std::move(library)),
      dialect(d),
      opts(std::move(o)),
      images(opts.image_cache_bytes),
      items(lib.assets.size(), lib.people.size()) {
  if (opts.version.empty()) opts.version = DefaultVersion(d);
  ver = ParseVersion(opts.version);
  owner_id = MakeUuid(0xD0D0CAFEULL);
  latency_ms = opts.latency_ms;

  person_index.reserve(lib.people.size());
  for (size_t i = 0; i < lib.people.size(); ++i) person_index[lib.people[i].id] = i;
  asset_index.reserve(lib.assets.size());
  qualifying_faces.assign(lib.people.size(), 0);
  person_assets.assign(lib.people.size(), {});
  for (size_t i = 0; i < lib.assets.size(); ++i) {
    const TsAsset& a = lib.assets[i];
    asset_index[a.id] = i;
    bool qualifies = !a.is_trashed && a.visibility == "timeline";
    for (const TsFace& f : a.faces) {
      auto it = person_index.find(f.person_id);
      if (it == person_index.end()) continue;
      std::vector<uint32_t>& list = person_assets[it->second];
      if (list.empty() || list.back() != i) list.push_back(static_cast<uint32_t>(i));
      if (qualifies) ++qualifying_faces[it->second];
    }
  }
  by_created_desc.resize(lib.assets.size());
  for (size_t i = 0; i < by_created_desc.size(); ++i) by_created_desc[i] = static_cast<uint32_t>(i);
  std::stable_sort(by_created_desc.begin(), by_created_desc.end(), [this](uint32_t x, uint32_t y) {
    return lib.assets[x].file_created_at > lib.assets[y].file_created_at;
  });
}

const TsPerson* State::Person(const std::string& id) const {
  auto it = person_index.find(id);
  return it == person_index.end() ? nullptr : &lib.people[it->second];
}

TsPerson* State::MutablePerson(const std::string& id) {
  auto it = person_index.find(id);
  return it == person_index.end() ? nullptr : &lib.people[it->second];
}

const TsAsset* State::Asset(const std::string& id) const {
  auto it = asset_index.find(id);
  return it == asset_index.end() ? nullptr : &lib.assets[it->second];
}

std::string State::NextCorrelationId() {
  // Immich's correlation ids are 8 base-36 characters.
  uint64_t n = correlation.fetch_add(1) * 2654435761ULL + 0x1234567ULL;
  std::string out(8, '0');
  for (int i = 7; i >= 0; --i) {
    out[static_cast<size_t>(i)] = "0123456789abcdefghijklmnopqrstuvwxyz"[n % 36];
    n /= 36;
  }
  return out;
}

void State::Sleep(int ms) const {
  auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (!stopping && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(std::min(ms, 10)));
}

int64_t State::NowMs() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
             .count() +
         clock_offset_ms.load();
}

std::string State::NowTimestamp() {
  static std::mutex mu;
  static int64_t last_ms = 0;
  std::lock_guard<std::mutex> lock(mu);
  int64_t ms = NowMs();
  if (ms <= last_ms) ms = last_ms + 1;  // so each update visibly bumps updatedAt
  last_ms = ms;
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

void State::RunThumbnailJobsLocked(bool all) {
  const auto now = std::chrono::steady_clock::now();
  std::vector<ThumbnailJob> waiting;
  for (ThumbnailJob& job : thumbnail_jobs) {
    if (!all && (opts.person_thumbnail_delay_ms < 0 || job.due > now)) {
      waiting.push_back(std::move(job));
      continue;
    }
    // The job renders whatever face is featured when it runs.
    TsPerson* p = MutablePerson(job.person_id);
    if (p == nullptr) continue;
    thumbnail_asset[p->id] = p->feature_asset_id;
    thumbnail_written_ms[p->id] = NowMs();
    p->updated_at = NowTimestamp();
    items.PersonChanged(static_cast<size_t>(p - lib.people.data()));
  }
  thumbnail_jobs = std::move(waiting);
  queued_jobs = static_cast<int>(thumbnail_jobs.size());
}

void State::RunDueThumbnailJobs() {
  if (queued_jobs.load() == 0) return;
  std::unique_lock lock(people_mu);
  RunThumbnailJobsLocked(/*all=*/false);
}

}  // namespace ifpo::testserver
