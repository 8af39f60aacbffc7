#include "record.h"

#include <cstdio>
#include <fstream>
#include <set>

namespace ifpo::bench {

namespace {

std::string Fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

// "1 version · 1 people · 50 search · 410 put"
std::string ByEndpoint(const Tally& t) {
  static const char* kOrder[] = {"version", "people", "search", "faces", "thumbnail", "preview", "put", "other"};
  std::string out;
  for (const char* e : kOrder) {
    auto it = t.requests.find(e);
    if (it == t.requests.end() || it->second == 0) continue;
    if (!out.empty()) out += " · ";
    out += std::to_string(it->second) + " " + e;
  }
  return out.empty() ? "-" : out;
}

}  // namespace

std::vector<std::pair<double, std::string>> ReadPhases(const std::string& log_path) {
  static const std::set<std::string> kPerPerson = {
      "featured photo set", "would set featured photo", "skipping person", "could not set the featured photo",
      "no birth date set, skipped (-n)"};
  std::vector<std::pair<double, std::string>> out;
  std::set<std::string> seen;
  std::ifstream in(log_path);
  std::string line;
  double first = -1;
  while (std::getline(in, line)) {
    if (line.rfind("time=", 0) != 0) continue;
    // time=YYYY-MM-DDTHH:MM:SS.mmmZ
    int h = 0, m = 0;
    double s = 0;
    if (line.size() < 29 || std::sscanf(line.c_str() + 16, "%d:%d:%lf", &h, &m, &s) != 3) continue;
    const double t = h * 3600.0 + m * 60.0 + s;
    const size_t at = line.find(" msg=");
    if (at == std::string::npos) continue;
    std::string msg;
    if (line.compare(at + 5, 1, "\"") == 0) {
      const size_t end = line.find('"', at + 6);
      msg = line.substr(at + 6, end == std::string::npos ? std::string::npos : end - at - 6);
    } else {
      msg = line.substr(at + 5, line.find(' ', at + 5) - at - 5);
    }
    if (msg.size() > 48) msg = msg.substr(0, msg.find(':') < 48 ? msg.find(':') : 48);  // summary lists
    if (first < 0) first = t;
    if (kPerPerson.count(msg) || !seen.insert(msg).second) continue;
    double offset = t - first;
    if (offset < 0) offset += 86400;  // crossed midnight
    out.emplace_back(offset, msg);
  }
  return out;
}

std::string MarkdownTable(const std::vector<RunRecord>& runs, int latency_ms, int concurrency) {
  std::string out =
      "| size | API | mode | wall s | client CPU s | peak RSS MB | requests | by endpoint | MB down | "
      "floor req | floor s | wall ÷ floor | server CPU s |\n"
      "|---|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|\n";
  for (const RunRecord& r : runs) {
    const double ratio = r.floor.seconds > 0 ? r.child.wall_s / r.floor.seconds : 0;
    out += "| " + r.size + " | " + r.dialect + " | " + r.mode + (r.child.exit_code == 0 ? "" : " (exit " + std::to_string(r.child.exit_code) + ")") +
           " | " + Fixed(r.child.wall_s, 2) + " | " + Fixed(r.child.user_s + r.child.sys_s, 2) + " | " +
           Fixed(static_cast<double>(r.child.max_rss_kb) / 1024.0, 0) + " | " + std::to_string(r.tally.total_requests) +
           " | " + ByEndpoint(r.tally) + " | " + Fixed(static_cast<double>(r.tally.total_bytes) / 1e6, 1) + " | " +
           std::to_string(r.floor.requests) + " | " + Fixed(r.floor.seconds, 2) + " | " + Fixed(ratio, 1) + "× | " +
           Fixed(r.server_cpu_s, 1) + " |\n";
  }
  out += "\nlatency " + std::to_string(latency_ms) + " ms per request, --concurrency " + std::to_string(concurrency) +
         "; floor = minimal requests × latency ÷ concurrency.\n";
  return out;
}

nlohmann::json ToJson(const RunRecord& r) {
  nlohmann::json j;
  j["size"] = r.size;
  j["dialect"] = r.dialect;
  j["mode"] = r.mode;
  j["args"] = r.args;
  j["library"] = {{"people", r.library.people},     {"photos", r.library.photos},
                  {"faces", r.library.faces},       {"selected_people", r.library.selected},
                  {"settable_people", r.library.settable}, {"candidate_photos", r.library.candidate_assets}};
  j["exit_code"] = r.child.exit_code;
  j["wall_s"] = r.child.wall_s;
  j["client_cpu_s"] = r.child.user_s + r.child.sys_s;
  j["client_user_s"] = r.child.user_s;
  j["client_sys_s"] = r.child.sys_s;
  j["peak_rss_kb"] = r.child.max_rss_kb;
  j["server_cpu_s"] = r.server_cpu_s;
  j["requests"] = r.tally.requests;
  j["requests_total"] = r.tally.total_requests;
  j["bytes"] = r.tally.bytes;
  j["bytes_total"] = r.tally.total_bytes;
  j["images_downloaded"] = r.tally.images;
  j["duplicate_images"] = r.tally.duplicate_images;
  j["error_answers"] = r.tally.errors;
  j["floor_requests"] = r.floor.requests;
  j["floor_s"] = r.floor.seconds;
  if (r.decode.samples > 0)
    j["decode"] = {{"samples", r.decode.samples},
                   {"thumbnail_s", r.decode.thumbnail_s},
                   {"preview_s", r.decode.preview_s},
                   {"total_one_core_s", r.decode.total_s}};
  nlohmann::json phases = nlohmann::json::array();
  for (const auto& [t, msg] : r.phases) phases.push_back({{"t", t}, {"msg", msg}});
  j["phases"] = phases;
  return j;
}

}  // namespace ifpo::bench
