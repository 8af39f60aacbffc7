// Bad arguments stop before any request; server errors give clear messages;
// the API key is never printed.
#include <filesystem>

#include "e2e/fixture.h"

namespace ifpo::e2e {
namespace {

using Errors = E2E;

TEST_P(Errors, InvalidArgumentsStopBeforeAnyRequest) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {{{"-d", "02-30"}, "02-30"},
                                                                               {{"-d", "2024-13-01"}, "2024-13-01"},
                                                                               {{"-g", "0"}, "-g"},
                                                                               {{"-C", "5000"}, "5000"},
                                                                               {{"-b", "-B"}, "-B"},
                                                                               {{"-t", "-T"}, "-T"},
                                                                               {{"-w", "-W"}, "-W"},
                                                                               {{"-l", "LOUD"}, "LOUD"},
                                                                               {{"--concurrency", "0"}, "concurrency"}};
  for (const auto& [args, needle] : cases) {
    server_->ClearRequests();
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, 1) << Diag();
    EXPECT_NE(r.err.find(needle), std::string::npos) << "missing '" << needle << "' in: " << r.err;
    EXPECT_TRUE(server_->Requests().empty()) << needle;
  }
}

// A report that cannot be written is found before any request, so a run is
// never done (and its PUTs sent) only to lose the report at the end.
TEST_P(Errors, UnwritableReportStopsBeforeAnyRequest) {
  const std::string dir = MakeTempDir();
  for (const std::string& path : {std::string("/nonexistent-dir/sub/plan.html"), dir}) {
    server_->ClearRequests();
    auto r = Run({"-s", s_.bob, "--report", path});
    EXPECT_EQ(r.exit_code, 1) << Diag();
    EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nothing was changed"), std::string::npos) << r.err;
    EXPECT_TRUE(server_->Requests().empty()) << path;
  }
  // The check leaves nothing behind in a writable directory.
  const std::string ok = dir + "/plan.html";
  auto r = Run({"-s", s_.bob, "-y", "--report", ok});
  EXPECT_EQ(r.exit_code, 0) << Diag();
  EXPECT_TRUE(std::filesystem::exists(ok));
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files += e.is_regular_file();
  EXPECT_EQ(files, 1u) << "a probe file was left in " << dir;
  RemoveTree(dir);
}

// Swapped positionals or a damaged key: said plainly, the key never echoed.
TEST_P(Errors, SwappedArgumentsAndDamagedKeyAreExplainedWithoutTheKey) {
  const std::string key = "Qx7kP2mZr9TfW3bLcV8nYd1HsJ4gUe6A0oRiKlMtN5";
  auto swapped = RunTool({key, server_->BaseUrl(), "-u"});
  EXPECT_EQ(swapped.exit_code, 1) << swapped.err;
  EXPECT_NE(swapped.err.find("look swapped"), std::string::npos) << swapped.err;
  EXPECT_EQ(swapped.err.find(key), std::string::npos) << swapped.err;
  EXPECT_EQ(swapped.out.find(key), std::string::npos) << swapped.out;
  auto key_only = RunTool({key, "-u"});
  EXPECT_EQ(key_only.exit_code, 1) << key_only.err;
  EXPECT_NE(key_only.err.find("looks like an API key"), std::string::npos) << key_only.err;
  EXPECT_EQ(key_only.err.find(key), std::string::npos) << key_only.err;
  auto newline = RunTool({server_->BaseUrl(), key + "\n", "-u"});
  EXPECT_EQ(newline.exit_code, 1) << newline.err;
  EXPECT_NE(newline.err.find("line break at character 43"), std::string::npos) << newline.err;
  EXPECT_EQ(newline.err.find(key), std::string::npos) << newline.err;
  EXPECT_TRUE(server_->Requests().empty());
}

TEST_P(Errors, MalformedUrlIsNamed) {
  for (const std::string url : {"immich.local", "ftp://x", "http://host:99999", "http:///api"}) {
    auto r = RunTool({url, "test-key", "-u"});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find(url), std::string::npos) << r.err;
  }
}

TEST_P(Errors, RejectedKeyIsExplainedAndNeverPrinted) {
  const std::string secret = "sEcReT-KEY-0123456789abcdef";
  auto r = RunTool({server_->BaseUrl(), secret, "-u", "-l", "VERBOSE"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("API key was rejected"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(secret), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find(secret), std::string::npos) << r.out;
}

TEST_P(Errors, MissingPermissionIsNamed) {
  testserver::Options o;
  o.permissions = {"person.read", "asset.read", "asset.view", "face.read"};
  Start(MakeScenario(), o);
  auto r = Run({"-s", s_.bob});
  EXPECT_NE(r.exit_code, 0) << Diag();
  if (GetParam() != testserver::Dialect::kV1_136) {
    EXPECT_NE(r.err.find("person.update"), std::string::npos) << Diag();
  }
  EXPECT_EQ(Featured(s_.bob), "");
}

// How many lines of text contain needle.
size_t Lines(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, text.find('\n', at) + 1)) {
    ++n;
    if (text.find('\n', at) == std::string::npos) break;
  }
  return n;
}

// A key without person.update: one PUT tells it, the run stops with exit 1
// and one error line, instead of a failed PUT and two lines per person.
TEST_P(Errors, MissingPersonUpdateStopsAtTheFirstPut) {
  if (GetParam() == testserver::Dialect::kV1_136) GTEST_SKIP() << "1.136 keys have no fine-grained permissions";
  testserver::Options o;
  o.permissions = {"person.read", "asset.read", "asset.view", "face.read"};
  Start(MakeScenario(), o);
  auto r = Run({});
  EXPECT_EQ(r.exit_code, 1) << Diag();
  EXPECT_EQ(PutCount(), 1u) << Diag();
  EXPECT_NE(r.err.find("Nothing was changed"), std::string::npos) << Diag();
  EXPECT_EQ(Lines(r.err, "person.update"), 1u) << Diag();
}

// -b with a key without asset.view: one line with the count, exit 1, no PUT.
TEST_P(Errors, MissingAssetViewUnderBlurDetectionIsOneLine) {
  if (GetParam() == testserver::Dialect::kV1_136) GTEST_SKIP() << "1.136 keys have no fine-grained permissions";
  testserver::Options o;
  o.permissions = {"person.read", "person.update", "asset.read", "face.read"};
  Start(MakeScenario(), o);
  auto r = Run({"-b"});
  EXPECT_EQ(r.exit_code, 1) << Diag();
  EXPECT_EQ(PutCount(), 0u) << Diag();
  // The cause that ends the run is said once, as the reason it ends.
  EXPECT_EQ(Lines(r.err, "asset.view"), 1u) << Diag();
  EXPECT_NE(r.err.find("asset.view"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("Nothing was changed"), std::string::npos) << Diag();
  EXPECT_EQ(Lines(r.err, "level=WARNING"), 0u) << Diag();
}

TEST_P(Errors, TooOldServerIsRefused) {
  testserver::Options o;
  o.version = "1.135.3";
  Start(MakeScenario(), o);
  auto r = Run({});
  EXPECT_EQ(r.exit_code, 1) << Diag();
  EXPECT_NE(r.err.find("1.135.3"), std::string::npos) << Diag();
  EXPECT_NE(r.err.find("1.136"), std::string::npos) << Diag();
}

TEST_P(Errors, UnreachableServer) {
  auto r = RunTool({"http://127.0.0.1:9", "test-key", "-u"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("could not reach Immich"), std::string::npos) << r.err;
}

TEST_P(Errors, HelpDocumentsEveryOption) {
  auto r = RunTool({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* opt : {"--dry-run",       "--unattended",
                          "--confirmation",  "--with-names",
                          "--without-names", "--people-ids",
                          "--people-names",  "--favorite-people",
                          "--random-mode",   "--low-pixel-mode",
                          "--detect-blur",   "--detect-blur-reversed",
                          "--recency-bias",  "--recency-bias-reversed",
                          "--date-bias",     "--birthday-bias",
                          "--sigma-days",    "--fetch-chunk-size",
                          "--log-level",     "--api-key-file",
                          "--version",       "default: 7",
                          "default: 1000",   "default: INFO"})
    EXPECT_NE(r.out.find(opt), std::string::npos) << opt;
}

IFPO_ALL_DIALECTS(Errors);

}  // namespace
}  // namespace ifpo::e2e
