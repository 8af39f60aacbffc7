// A test server with the scenario library, per dialect, for e2e tests.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "e2e/harness.h"

namespace ifpo::e2e {

class E2E : public ::testing::TestWithParam<testserver::Dialect> {
 protected:
  void SetUp() override { Start(MakeScenario(), {}); }
  void TearDown() override {
    if (server_) server_->Stop();
  }
  void Start(Scenario s, testserver::Options options) {
    if (server_) server_->Stop();
    s_ = std::move(s);
    server_ = std::make_unique<testserver::TestServer>(s_.lib, GetParam(), options);
    ASSERT_GT(server_->Start(), 0);
  }
  // url key -u args...
  RunResult Run(std::vector<std::string> args, bool unattended = true, const std::string& stdin_text = "",
                const std::map<std::string, std::string>& env = {}) {
    std::vector<std::string> full = {server_->BaseUrl(), "test-key"};
    if (unattended) full.push_back("-u");
    full.insert(full.end(), args.begin(), args.end());
    last_ = RunTool(full, env, stdin_text);
    return last_;
  }
  std::string Featured(const std::string& person) { return server_->FeatureAssetOf(person); }
  size_t PutCount() {
    size_t n = 0;
    for (const auto& r : server_->Requests())
      if (r.method == "PUT") ++n;
    return n;
  }
  size_t CountRequests(const std::string& method, const std::string& path_prefix) {
    return e2e::CountRequests(*server_, method, path_prefix);
  }
  std::string Diag() const { return e2e::Diag(last_); }

  Scenario s_;
  std::unique_ptr<testserver::TestServer> server_;
  RunResult last_;
};

inline std::string DialectName(const ::testing::TestParamInfo<testserver::Dialect>& info) {
  switch (info.param) {
    case testserver::Dialect::kV1_136:
      return "v1_136";
    case testserver::Dialect::kV2_5:
      return "v2_7";
    case testserver::Dialect::kV3:
      return "v3_2";
  }
  return "x";
}

#define IFPO_ALL_DIALECTS(Suite)                                                                             \
  INSTANTIATE_TEST_SUITE_P(                                                                                  \
      Dialects, Suite,                                                                                       \
      ::testing::Values(testserver::Dialect::kV1_136, testserver::Dialect::kV2_5, testserver::Dialect::kV3), \
      DialectName)

}  // namespace ifpo::e2e
