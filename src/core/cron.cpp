#include "core/cron.h"

#include <cctype>
#include <ctime>
#include <vector>

namespace ifpo {
namespace {

struct Field {
  const char* name;
  int lo, hi;
  const char* const* names;  // names[i] is lo + i; may be null
};

constexpr const char* kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr const char* kDayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

constexpr Field kFields[] = {
    {"minute", 0, 59, nullptr},    {"hour", 0, 23, nullptr},         {"day of month", 1, 31, nullptr},
    {"month", 1, 12, kMonthNames}, {"day of week", 0, 7, kDayNames},
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end - start));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

std::optional<int> Number(const std::string& s, const Field& f) {
  if (s.empty()) return std::nullopt;
  std::string lower;
  for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (f.names) {
    const int count = f.name == kFields[3].name ? 12 : 7;
    for (int i = 0; i < count; ++i)
      if (lower == f.names[i]) return f.lo + i;
  }
  int v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c)) || v > 1000) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// One field into bits[lo..hi]; returns whether it was '*'.
Result<bool> ParseField(const std::string& text, const Field& f, std::vector<bool>* bits) {
  auto bad = [&](const std::string& why) {
    return MakeError(ErrorKind::kInvalidArgument, std::string("the ") + f.name + " field '" + text + "' " + why);
  };
  bits->assign(static_cast<size_t>(f.hi) + 1, false);
  for (const std::string& item : Split(text, ',')) {
    const auto slash = item.find('/');
    const std::string range = item.substr(0, slash);
    int step = 1;
    if (slash != std::string::npos) {
      auto s = Number(item.substr(slash + 1), Field{f.name, 0, 0, nullptr});
      if (!s || *s < 1 || *s > f.hi) return bad("has a bad step '" + item.substr(slash + 1) + "'");
      step = *s;
    }
    int from = f.lo, to = f.hi;
    if (range != "*") {
      const auto dash = range.find('-');
      auto a = Number(range.substr(0, dash), f);
      if (!a) return bad("has '" + range.substr(0, dash) + "', not a number or name");
      from = to = *a;
      if (dash != std::string::npos) {
        auto b = Number(range.substr(dash + 1), f);
        if (!b) return bad("has '" + range.substr(dash + 1) + "', not a number or name");
        to = *b;
      } else if (slash != std::string::npos) {
        to = f.hi;  // "5/15": from 5 on
      }
      if (from < f.lo || to > f.hi || from > to)
        return bad("is out of range: " + std::string(f.name) + " takes " + std::to_string(f.lo) + "-" +
                   std::to_string(f.hi));
    }
    for (int v = from; v <= to; v += step) (*bits)[static_cast<size_t>(v)] = true;
  }
  return text == "*" || text == "*/1";
}

std::string Expand(const std::string& e) {
  if (e == "@hourly") return "0 * * * *";
  if (e == "@daily" || e == "@midnight") return "0 0 * * *";
  if (e == "@weekly") return "0 0 * * 0";
  if (e == "@monthly") return "0 0 1 * *";
  if (e == "@yearly" || e == "@annually") return "0 0 1 1 *";
  return e;
}

bool DayMatches(const CronSchedule& s, const std::tm& t) {
  const bool dom = s.days[static_cast<size_t>(t.tm_mday)];
  const bool dow = s.weekdays[static_cast<size_t>(t.tm_wday)];
  if (s.any_day && s.any_weekday) return true;
  if (s.any_day) return dow;
  if (s.any_weekday) return dom;
  return dom || dow;
}

}  // namespace

Result<CronSchedule> ParseCron(const std::string& expression) {
  const std::string expanded = Expand(expression);
  std::vector<std::string> fields;
  std::string word;
  for (char c : expanded + " ") {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) fields.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (fields.size() != 5)
    return MakeError(ErrorKind::kInvalidArgument,
                     "the cron expression '" + expression + "' has " + std::to_string(fields.size()) +
                         " fields, not 5 (minute hour day-of-month month day-of-week), e.g. '0 3 * * *' for 03:00 "
                         "every day");
  CronSchedule s;
  std::vector<bool> bits;
  for (size_t i = 0; i < 5; ++i) {
    auto any = ParseField(fields[i], kFields[i], &bits);
    if (!any)
      return MakeError(ErrorKind::kInvalidArgument, "cron expression '" + expression + "': " + any.error().message);
    for (size_t v = 0; v < bits.size(); ++v) {
      if (!bits[v]) continue;
      switch (i) {
        case 0:
          s.minutes.set(v);
          break;
        case 1:
          s.hours.set(v);
          break;
        case 2:
          s.days.set(v);
          break;
        case 3:
          s.months.set(v);
          break;
        default:
          s.weekdays.set(v % 7);
          break;  // 7 is Sunday too
      }
    }
    if (i == 2) s.any_day = *any;
    if (i == 4) s.any_weekday = *any;
  }
  return s;
}

std::optional<std::chrono::sys_seconds> NextRun(const CronSchedule& s, std::chrono::sys_seconds after) {
  // Walk the real timeline, reading each minute's local wall clock, so DST
  // is what the system's zone data says; an hour that cannot match is
  // skipped whole (hour boundaries are where clocks change).
  std::time_t t = after.time_since_epoch().count();
  t = t - (t % 60 + 60) % 60 + 60;
  const std::time_t limit = t + 5L * 366 * 24 * 3600;
  while (t < limit) {
    std::tm local{};
    localtime_r(&t, &local);
    if (!s.months[static_cast<size_t>(local.tm_mon) + 1] || !DayMatches(s, local) ||
        !s.hours[static_cast<size_t>(local.tm_hour)]) {
      t += 60L * (60 - local.tm_min);
      continue;
    }
    if (s.minutes[static_cast<size_t>(local.tm_min)]) return std::chrono::sys_seconds(std::chrono::seconds(t));
    t += 60;
  }
  return std::nullopt;
}

}  // namespace ifpo
