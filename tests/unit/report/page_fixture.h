// A small report page with every case the renderer must handle, and a fake
// fetcher serving real JPEG thumbnails.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "report/html.h"
#include "unit/report/fixtures.h"

namespace ifpo::report::testing {

inline const char* kEvilName = R"(<script>alert(1)</script> & "x")";
inline const FaceBox kFaceBox{400, 600, 600, 800, 1000, 1500};  // lands at 100..149 x 150..199 of 250x375

inline CandidateEntry Cand(const std::string& id, bool chosen, double total) {
  CandidateEntry c;
  c.asset_id = id;
  c.link = "https://immich.example/photos/" + id;
  c.box = kFaceBox;
  c.chosen = chosen;
  c.components = {{"total", total}, {"face", 0.9},    {"sharpness", 523.4}, {"date", 1.0},
                  {"exposure", 0.95}, {"border", 1.0}, {"crowd", 1234.6}};
  return c;
}

// Unchanged Bob first, so sorting has to move the updated people up.
inline Page MakePage(bool dry_run = false) {
  Page page;
  page.title = "Immich featured photos";
  page.server = "https://immich.example";
  page.dry_run = dry_run;
  page.seconds = 125;
  const std::string changed = dry_run ? "would_update" : "updated";

  PersonEntry bob{"p-bob", "Bob", "unchanged", "already our choice", "a-bob1", {Cand("a-bob1", true, 0.7)}};
  PersonEntry alice{"p-alice", "Alice", changed, "", "a-alice3",
                    {Cand("a-alice1", true, 0.8123), Cand("a-alice2", false, 0.75), Cand("a-alice3", false, 0.7),
                     Cand("a-alice4", false, 0.6), Cand("a-alice5", false, 0.5)}};
  PersonEntry unnamed{"3f2a9c1e-0000-4000-8000-00000000abcd", "", "skipped", "no usable photos", "", {}};
  PersonEntry evil{"p-evil", kEvilName, "failed", "PUT failed: <500> & \"retry\"", "", {Cand("a-evil1", true, 0.4)}};
  // Previous choice not among the candidates: shown whole, by id.
  PersonEntry carol{"p-carol", "Carol", changed, "", "a-old", {Cand("a-carol1", true, 0.9), Cand("a-missing", false, 0.8)}};
  page.people = {bob, alice, unnamed, evil, carol};
  return page;
}

// Serves a real thumbnail for every id except a-missing (never sent) and
// a-evil1 (undecodable bytes); records what was asked.
struct FakeFetcher {
  std::vector<std::vector<std::string>> calls;
  std::string thumb = MakeThumb(250, 375, kFaceBox);

  ImageFetcher Fn() {
    return [this](const std::vector<std::string>& ids,
                  const std::function<void(const std::string&, std::string)>& sink) {
      calls.push_back(ids);
      for (const std::string& id : ids) {
        if (id == "a-missing") continue;
        sink(id, id == "a-evil1" ? std::string("\xFF\xD8\xFF garbage") : thumb);
      }
      sink("a-not-asked", thumb);  // ignored
    };
  }
};

}  // namespace ifpo::report::testing
