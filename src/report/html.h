// The HTML report (--report FILE.html): one self-contained page, images
// embedded, that shows per person the face we chose, cropped as Immich will
// crop it, and the next best candidates with their score components.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model.h"
#include "core/result.h"

namespace ifpo::report {

struct CandidateEntry {
  std::string asset_id;
  std::string link;  // <server>/photos/<id>
  FaceBox box;       // the person's face; crop as Immich does
  bool chosen = false;
  // total, face, sharpness, ...; nullopt: not measured (shown as a dash);
  // empty when there is no score (-r)
  std::vector<std::pair<std::string, std::optional<double>>> components;
};

struct PersonEntry {
  std::string id, name;
  std::string action;  // updated, would_update, unchanged, skipped, declined, failed
  std::string note;
  std::string previous_asset_id;
  std::vector<CandidateEntry> candidates;  // best first: the chosen one and up to 3 next best
  size_t candidate_count = 0;              // all of them (--output json)
};

struct Page {
  std::string title;
  std::string server;
  bool dry_run = false;
  double seconds = 0;
  std::vector<PersonEntry> people;
};

// Asks fetch for the thumbnails of the given asset ids; fetch calls sink for
// each image it got (missing ones are shown as a placeholder).
using ImageFetcher = std::function<void(const std::vector<std::string>& asset_ids,
                                        const std::function<void(const std::string& id, std::string bytes)>& sink)>;

// The whole page as one self-contained HTML document (inline CSS, faces as
// data: URIs, no script). fetch is called once with every asset id the page
// shows (chosen, up to 3 next best, previous choice), deduplicated; an empty
// fetch means no images (placeholders everywhere).
std::string RenderHtml(const Page& page, const ImageFetcher& fetch);

// Writes the page atomically (temp file + rename). The file is created
// before anything is fetched, so an unwritable path fails fast with
// ErrorKind::kIo naming the path, and leaves nothing behind.
Status WriteHtml(const std::string& path, const Page& page, const ImageFetcher& fetch);

}  // namespace ifpo::report
