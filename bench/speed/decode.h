// The client's unavoidable image work under -b, for the target
// "downloads × latency ÷ concurrency + decode time ÷ cores": the bench
// renders a sample of the images a run downloaded and times image::Measure
// (the organizer's decode + face analysis) on each: CPU time of one thread,
// so other load on the machine does not inflate it.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "library.h"
#include "test_server.h"

namespace ifpo::bench {

struct DecodeEstimate {
  int samples = 0;
  double thumbnail_s = 0;  // mean seconds per thumbnail (0 if none sampled)
  double preview_s = 0;    // mean seconds per preview
  double total_s = 0;      // over all images of the run, one core
};

// assets: id → asset of the served library. Samples up to max_samples image
// requests evenly from the run's requests.
DecodeEstimate EstimateDecode(const std::unordered_map<std::string, const testserver::TsAsset*>& assets,
                              const std::vector<testserver::RecordedRequest>& requests,
                              const testserver::Options& server_options, int max_samples);

}  // namespace ifpo::bench
