#include "report/html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <map>
#include <mutex>
#include <set>

#include "report/atomic_file.h"
#include "report/encode.h"
#include "report/face_image.h"
#include "report/style.h"

namespace ifpo::report {
namespace {

constexpr size_t kMaxNextBest = 3;
// A thumbnail is a few tens of KB; anything far larger is not one.
constexpr size_t kMaxImageBytes = 64u << 20;

struct ActionInfo {
  const char* action;
  const char* label;  // what the badge and the summary say
};

constexpr ActionInfo kActions[] = {
    {"updated", "updated"},        {"would_update", "would update (dry run)"},
    {"unchanged", "unchanged"},    {"skipped", "skipped"},
    {"declined", "not confirmed"}, {"failed", "failed"},
};

const ActionInfo* FindAction(const std::string& action) {
  for (const ActionInfo& a : kActions)
    if (action == a.action) return &a;
  return nullptr;
}

// CSS class for an action: only known names, so no text reaches class="".
const char* ActionClass(const std::string& action) {
  const ActionInfo* a = FindAction(action);
  return a ? a->action : "other";
}

std::string ActionLabel(const std::string& action) {
  const ActionInfo* a = FindAction(action);
  return a ? a->label : action;
}

// Changes first: they are what a reviewer came to look at.
int SortRank(const std::string& action) { return action == "updated" || action == "would_update" ? 0 : 1; }

std::string Label(const PersonEntry& p) { return p.name.empty() ? p.id : p.name; }

const CandidateEntry* Chosen(const PersonEntry& p) {
  for (const CandidateEntry& c : p.candidates)
    if (c.chosen) return &c;
  return nullptr;
}

std::vector<const CandidateEntry*> NextBest(const PersonEntry& p) {
  std::vector<const CandidateEntry*> out;
  for (const CandidateEntry& c : p.candidates)
    if (!c.chosen && out.size() < kMaxNextBest) out.push_back(&c);
  return out;
}

const CandidateEntry* FindCandidate(const PersonEntry& p, const std::string& asset_id) {
  for (const CandidateEntry& c : p.candidates)
    if (c.asset_id == asset_id) return &c;
  return nullptr;
}

std::string PhotoLink(const Page& page, const std::string& asset_id) {
  std::string server = page.server;
  while (!server.empty() && server.back() == '/') server.pop_back();
  if (!IsWebUrl(server)) return "";
  return server + "/photos/" + PercentEncode(asset_id);
}

std::string FormatNumber(double v) {
  if (!std::isfinite(v)) return "–";
  char buf[64];
  const double a = std::fabs(v);
  std::snprintf(buf, sizeof buf, a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : "%.3f", v);
  return buf;
}

std::string FormatSeconds(double s) {
  if (!std::isfinite(s) || s < 0) s = 0;
  char buf[64];
  if (s < 60) {
    std::snprintf(buf, sizeof buf, "%.1f s", s);
  } else if (s < 3600) {
    const long t = std::lround(s);
    std::snprintf(buf, sizeof buf, "%ld min %ld s", t / 60, t % 60);
  } else {
    const long t = std::lround(s / 60);
    std::snprintf(buf, sizeof buf, "%ld h %ld min", t / 60, t % 60);
  }
  return buf;
}

// Asset ids the page shows, each once, in page order.
std::vector<std::string> NeededIds(const Page& page) {
  std::vector<std::string> ids;
  std::set<std::string> seen;
  auto add = [&](const std::string& id) {
    if (!id.empty() && seen.insert(id).second) ids.push_back(id);
  };
  for (const PersonEntry& p : page.people) {
    if (const CandidateEntry* c = Chosen(p)) add(c->asset_id);
    for (const CandidateEntry* c : NextBest(p)) add(c->asset_id);
    add(p.previous_asset_id);
  }
  return ids;
}

std::map<std::string, std::string> FetchAll(const Page& page, const ImageFetcher& fetch) {
  std::map<std::string, std::string> images;
  const std::vector<std::string> ids = NeededIds(page);
  if (!fetch || ids.empty()) return images;
  const std::set<std::string> wanted(ids.begin(), ids.end());
  std::mutex mu;  // the fetcher may call sink from its own threads
  try {
    fetch(ids, [&](const std::string& id, std::string bytes) {
      if (!wanted.count(id) || bytes.size() > kMaxImageBytes) return;
      std::lock_guard<std::mutex> lock(mu);
      images[id] = std::move(bytes);
    });
  } catch (const std::exception&) {
    // A failing fetcher leaves placeholders for what it did not deliver.
  }
  return images;
}

class Renderer {
 public:
  Renderer(const Page& page, const std::map<std::string, std::string>& images) : page_(page), images_(images) {}

  std::string Render() {
    std::vector<const PersonEntry*> people;
    for (const PersonEntry& p : page_.people) people.push_back(&p);
    std::stable_sort(people.begin(), people.end(), [](const PersonEntry* a, const PersonEntry* b) {
      return SortRank(a->action) < SortRank(b->action);
    });

    const std::string title = EscapeHtml(page_.title.empty() ? "Immich featured photos" : page_.title);
    out_ +=
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n<title>";
    out_ += title + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<div class=\"wrap\">\n";
    Header(title);
    out_ += "<main>\n<h2 class=\"sr\">People</h2>\n<div class=\"cards\">\n";
    for (const PersonEntry* p : people) Card(*p);
    out_ += "</div>\n";
    if (people.empty()) out_ += "<p class=\"none\">No people were processed.</p>\n";
    out_ +=
        "</main>\n<footer>Faces are cropped from Immich's thumbnails the way Immich crops a person's "
        "featured photo. Links open the photo in Immich.</footer>\n</div>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void Header(const std::string& title) {
    out_ += "<header class=\"top\">\n<h1>" + title + "</h1>\n<p class=\"meta\">";
    if (!page_.server.empty()) out_ += "Server <span class=\"server\">" + EscapeHtml(page_.server) + "</span> · ";
    out_ += "<span id=\"people-total\">" + std::to_string(page_.people.size()) + "</span> " +
            (page_.people.size() == 1 ? "person" : "people") + " · took <span id=\"seconds\">" +
            FormatSeconds(page_.seconds) + "</span></p>\n";
    if (page_.dry_run)
      out_ +=
          "<p class=\"banner\" id=\"dry-run\" role=\"note\">Dry run: nothing was changed on the server. "
          "These are the photos the organizer would set.</p>\n";
    std::map<std::string, int> counts;
    for (const PersonEntry& p : page_.people) ++counts[p.action];
    out_ +=
        "<section aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\" class=\"sr\">Summary</h2>\n"
        "<ul class=\"summary\">\n";
    for (const ActionInfo& a : kActions) {
      const int n = counts[a.action];
      // Declined only exists with --confirm, would-update only in a dry run.
      const std::string action = a.action;
      if (n == 0 && (action == "declined" || (action == "would_update" && !page_.dry_run))) continue;
      out_ += std::string("<li class=\"stat ") + a.action + "\"><span class=\"count\" id=\"count-" + a.action + "\">" +
              std::to_string(n) + "</span> <span class=\"label\">" + a.label + "</span></li>\n";
    }
    out_ += "</ul>\n</section>\n</header>\n";
  }

  // A face picture (or a grey placeholder saying why there is none),
  // wrapped in a link to the photo in Immich when we can make one.
  void Picture(const std::string& asset_id, const FaceBox* box, const std::string& alt, const std::string& link) {
    std::string img;
    auto it = images_.find(asset_id);
    if (it == images_.end()) {
      img = Placeholder("image unavailable", alt);
    } else {
      auto jpeg = box ? FaceJpeg(it->second, *box) : WholeJpeg(it->second);
      img = jpeg ? "<img src=\"" + JpegDataUri(*jpeg) + "\" width=\"" + std::to_string(kFaceSize) + "\" height=\"" +
                       std::to_string(kFaceSize) + "\" alt=\"" + EscapeHtml(alt) + "\">"
                 : Placeholder("image could not be read", alt);
    }
    if (IsWebUrl(link)) {
      out_ += "<a href=\"" + EscapeHtml(link) + "\">" + img + "</a>";
    } else {
      out_ += img;
    }
  }

  static std::string Placeholder(const char* text, const std::string& alt) {
    return "<div class=\"ph\" role=\"img\" aria-label=\"" + EscapeHtml(alt) + " (" + text + ")\"><span>" + text +
           "</span></div>";
  }

  void Card(const PersonEntry& p) {
    const std::string label = Label(p);
    const char* cls = ActionClass(p.action);
    out_ += std::string("<article class=\"card ") + cls + "\" id=\"person-" + EscapeHtml(PercentEncode(p.id)) +
            "\">\n<div class=\"card-head\"><h2" + (p.name.empty() ? " class=\"unnamed\"" : "") + ">" +
            EscapeHtml(label) + "</h2><span class=\"badge " + cls + "\">" + EscapeHtml(ActionLabel(p.action)) +
            "</span></div>\n";
    if (!p.note.empty()) out_ += "<p class=\"note\">" + EscapeHtml(p.note) + "</p>\n";

    out_ += "<div class=\"row\">\n";
    const CandidateEntry* chosen = Chosen(p);
    if (chosen) {
      out_ += "<figure class=\"big chosen\">";
      Picture(chosen->asset_id, &chosen->box, "Face of " + label + " chosen", chosen->link);
      out_ += "<figcaption>Chosen</figcaption></figure>\n";
    } else {
      out_ += "<p class=\"none\">No photo chosen.</p>\n";
    }
    LastTime(p, label);
    out_ += "</div>\n";

    const std::vector<const CandidateEntry*> next = NextBest(p);
    if (!next.empty()) {
      out_ += "<section class=\"next\">\n<h3>Next best</h3>\n<div class=\"cands\">\n";
      for (size_t i = 0; i < next.size(); ++i) {
        out_ += "<figure class=\"small candidate\">";
        Picture(next[i]->asset_id, &next[i]->box, "Face of " + label + ", candidate " + std::to_string(i + 2),
                next[i]->link);
        out_ += "<figcaption>#" + std::to_string(i + 2) + "</figcaption></figure>\n";
      }
      out_ += "</div>\n</section>\n";
    }
    ScoreTable(chosen, next, label);
    out_ += "</article>\n";
  }

  void LastTime(const PersonEntry& p, const std::string& label) {
    out_ += "<section class=\"last\">\n<h3>Last time</h3>\n";
    if (p.previous_asset_id.empty()) {
      out_ += "<p class=\"none\">No earlier choice recorded.</p>\n</section>\n";
      return;
    }
    const CandidateEntry* c = FindCandidate(p, p.previous_asset_id);
    const std::string link = c && IsWebUrl(c->link) ? c->link : PhotoLink(page_, p.previous_asset_id);
    out_ += "<figure class=\"small previous\">";
    // Without the person's face box (not among the candidates) the whole
    // photo is the honest thing to show.
    Picture(p.previous_asset_id, c ? &c->box : nullptr, (c ? "Face of " : "Photo of ") + label + " chosen last time",
            link);
    const bool same = Chosen(p) && Chosen(p)->asset_id == p.previous_asset_id;
    out_ += "<figcaption>" + std::string(same ? "same photo · " : "") + "<span class=\"id\">" +
            EscapeHtml(p.previous_asset_id) + "</span></figcaption></figure>\n</section>\n";
  }

  void ScoreTable(const CandidateEntry* chosen, const std::vector<const CandidateEntry*>& next,
                  const std::string& label) {
    std::vector<std::pair<std::string, const CandidateEntry*>> rows;
    if (chosen) rows.emplace_back("Chosen", chosen);
    for (size_t i = 0; i < next.size(); ++i) rows.emplace_back("#" + std::to_string(i + 2), next[i]);
    // Columns in the order of the first entry that has any (random mode has none).
    std::vector<std::string> columns;
    for (const auto& [name, c] : rows) {
      if (!c->components.empty()) {
        for (const auto& [key, value] : c->components) columns.push_back(key);
        break;
      }
    }
    if (columns.empty()) return;
    out_ += "<table class=\"score\">\n<caption class=\"sr\">Score components for " + EscapeHtml(label) +
            "</caption>\n<thead><tr><th scope=\"col\">Photo</th>";
    for (const std::string& col : columns) out_ += "<th scope=\"col\">" + EscapeHtml(col) + "</th>";
    out_ += "</tr></thead>\n<tbody>\n";
    for (const auto& [name, c] : rows) {
      out_ += std::string("<tr") + (c->chosen ? " class=\"chosen\"" : "") + "><th scope=\"row\">" + name + "</th>";
      for (const std::string& col : columns) {
        auto it =
            std::find_if(c->components.begin(), c->components.end(), [&](const auto& kv) { return kv.first == col; });
        const bool known = it != c->components.end() && it->second.has_value();
        out_ += known ? "<td>" + FormatNumber(*it->second) + "</td>"
                      : std::string("<td class=\"unmeasured\" title=\"not measured\">—</td>");
      }
      out_ += "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n";
  }

  const Page& page_;
  const std::map<std::string, std::string>& images_;
  std::string out_;
};

}  // namespace

std::string RenderHtml(const Page& page, const ImageFetcher& fetch) {
  const std::map<std::string, std::string> images = FetchAll(page, fetch);
  return Renderer(page, images).Render();
}

Status WriteHtml(const std::string& path, const Page& page, const ImageFetcher& fetch) {
  // Create the file first: an unwritable path should fail before we
  // download a thumbnail for every person.
  auto file = AtomicFile::Create(path);
  if (!file) return file.error();
  return file->Commit(RenderHtml(page, fetch));
}

}  // namespace ifpo::report
