// --output json against its published schema (docs/output.schema.json): the
// real binary's stdout, in dry runs and real runs, in every dialect, checked
// with Debian's python3-jsonschema; plus the values a script relies on.
#include <sys/wait.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "e2e/fixture.h"

namespace ifpo::e2e {
namespace {

namespace fs = std::filesystem;

// This file sits at tests/e2e/ of the source tree.
const fs::path kSchema = fs::path(__FILE__).parent_path().parent_path().parent_path() / "docs" / "output.schema.json";

// Validates every line of a JSON Lines file against the schema with the
// Debian package's validator (the system python, not a user's pip one).
constexpr const char* kValidator = R"PY(
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
def no_nan(c):
    raise ValueError("not JSON: " + c)
text = open(sys.argv[2]).read()
if not text.endswith("\n"):
    sys.exit("stdout does not end with a newline")
errors = 0
for n, line in enumerate(text.split("\n")[:-1], 1):
    obj = json.loads(line, parse_constant=no_nan)
    for e in validator.iter_errors(obj):
        print("line %d: %s: %s" % (n, e.json_path, e.message))
        errors += 1
print("validated %d objects, %d errors" % (len(text.split("\n")) - 1, errors))
sys.exit(1 if errors else 0)
)PY";

struct Validation {
  int exit_code = -1;
  std::string output;
};

Validation Validate(const std::string& json_lines) {
  const std::string dir = MakeTempDir();
  const std::string script = dir + "/validate.py", data = dir + "/out.jsonl";
  std::ofstream(script) << kValidator;
  std::ofstream(data) << json_lines;
  const std::string cmd = "/usr/bin/python3 '" + script + "' '" + kSchema.string() + "' '" + data + "' 2>&1";
  Validation v;
  if (std::FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) v.output.append(buf, n);
    const int status = pclose(p);
    v.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  RemoveTree(dir);
  return v;
}

// stdout split into objects; fails the test on anything that is not one JSON object per line.
std::vector<nlohmann::json> Objects(const std::string& out) {
  std::vector<nlohmann::json> objects;
  EXPECT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    EXPECT_TRUE(j.is_object()) << "not a JSON object on stdout: " << line;
    if (j.is_object()) objects.push_back(std::move(j));
  }
  return objects;
}

const nlohmann::json* PersonIn(const std::vector<nlohmann::json>& objects, const std::string& id) {
  for (const auto& o : objects)
    if (o.value("id", "") == id) return &o;
  return nullptr;
}

// "people identified count=N" from the logs.
int PeopleIdentified(const std::string& err) {
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    auto kv = ParseLogfmt(line);
    if (kv && (*kv)["msg"] == "people identified") return std::stoi((*kv)["count"]);
  }
  return -1;
}

class Output : public E2E {
 protected:
  void SetUp() override {
    E2E::SetUp();
    cache_ = MakeTempDir();
  }
  void TearDown() override {
    E2E::TearDown();
    RemoveTree(cache_);
  }
  // A run with --output json and the cache kept between runs; checks what
  // holds for every such run and returns the objects.
  std::vector<nlohmann::json> RunJson(std::vector<std::string> args) {
    args.insert(args.end(), {"--output", "json", "--cache-dir", cache_});
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, 0) << Diag();
    // Logs on stderr only; stdout holds nothing but the JSON lines.
    EXPECT_NE(r.err.find("msg=Done!"), std::string::npos) << Diag();
    EXPECT_EQ(r.out.find("msg="), std::string::npos) << Diag();
    auto objects = Objects(r.out);
    EXPECT_EQ(static_cast<int>(objects.size()), PeopleIdentified(r.err)) << Diag();
    const Validation v = Validate(r.out);
    EXPECT_EQ(v.exit_code, 0) << "schema validation failed:\n" << v.output << Diag();
    EXPECT_NE(v.output.find("validated " + std::to_string(objects.size()) + " objects, 0 errors"), std::string::npos)
        << v.output;
    return objects;
  }
  std::string cache_;
};

TEST_P(Output, DryRunRealRunAndReRunMatchTheSchemaAndTheServer) {
  ASSERT_TRUE(fs::exists(kSchema)) << kSchema;
  // Dry run: the choice is announced, nothing is sent.
  auto dry = RunJson({"-b", "-y"});
  EXPECT_EQ(PutCount(), 0u);
  const nlohmann::json* alice = PersonIn(dry, s_.alice);
  ASSERT_NE(alice, nullptr) << Diag();
  EXPECT_EQ((*alice)["name"], "Alice");
  EXPECT_EQ((*alice)["action"], "would_update");
  EXPECT_EQ((*alice)["chosen_asset"], s_.a_medium_sharp) << alice->dump();
  EXPECT_TRUE((*alice)["previous_asset"].is_null());
  // Trashed, archived, video and offline photos are no candidates.
  EXPECT_EQ((*alice)["candidates"], 3);
  EXPECT_EQ((*alice)["link"], server_->BaseUrl() + "/photos/" + s_.a_medium_sharp);
  const auto& score = (*alice)["score"];
  const double product = score["face"].get<double>() * score["sharpness"].get<double>() * score["date"].get<double>() *
                         score["exposure"].get<double>() * score["border"].get<double>() *
                         score["crowd"].get<double>() * score["shape"].get<double>();
  EXPECT_NEAR(score["total"].get<double>(), product, 1e-9 * product) << score.dump();
  EXPECT_LT(score["sharpness"].get<double>(), 1.0);  // measured (-b), not the unmeasured 1
  const nlohmann::json* dave = PersonIn(dry, s_.dave_hidden);
  EXPECT_EQ(dave, nullptr) << "hidden people are not processed";

  // The real run sets what the dry run announced.
  auto real = RunJson({"-b"});
  ASSERT_EQ(real.size(), dry.size());
  size_t updated = 0;
  for (const auto& o : real) {
    const nlohmann::json* before = PersonIn(dry, o["id"]);
    ASSERT_NE(before, nullptr) << o.dump();
    EXPECT_EQ(o["chosen_asset"], (*before)["chosen_asset"]) << o.dump();
    if (o["action"] == "updated") {
      ++updated;
      // json == json: nlohmann-json 3.11.3 (trixie) has no std::string == json in C++20.
      EXPECT_EQ(nlohmann::json(Featured(o["id"])), o["chosen_asset"]) << o.dump();
    }
  }
  EXPECT_EQ(updated, PutCount());
  EXPECT_EQ((*PersonIn(real, s_.alice))["action"], "updated");
  EXPECT_EQ(Featured(s_.alice), s_.a_medium_sharp);

  // Again: nothing to do, and the previous choice is reported.
  auto again = RunJson({"-b"});
  const nlohmann::json* alice2 = PersonIn(again, s_.alice);
  ASSERT_NE(alice2, nullptr);
  EXPECT_EQ((*alice2)["action"], "unchanged");
  EXPECT_EQ((*alice2)["previous_asset"], s_.a_medium_sharp);
  EXPECT_EQ(PutCount(), updated);
}

TEST_P(Output, ClassicAndRandomRunsMatchTheSchema) {
  // --classic: raw factors (box area, Laplacian variance) far above 1.
  auto classic = RunJson({"--classic", "-b", "-y"});
  const nlohmann::json* alice = PersonIn(classic, s_.alice);
  ASSERT_NE(alice, nullptr);
  EXPECT_EQ((*alice)["chosen_asset"], s_.a_medium_sharp);
  EXPECT_GT((*alice)["score"]["face"].get<double>(), 1.0);
  EXPECT_GT((*alice)["score"]["sharpness"].get<double>(), 1.0);
  // The classic formula has no such factors: not measured, not 1.
  for (const char* none : {"exposure", "border", "crowd", "shape"})
    EXPECT_TRUE((*alice)["score"][none].is_null()) << none << ": " << alice->dump();
  // -r: no score at all; the schema says so.
  auto random = RunJson({"-r", "--seed", "7", "-y"});
  for (const auto& o : random) {
    EXPECT_FALSE(o.contains("score")) << o.dump();
    if (o["id"] == s_.bob) {
      EXPECT_EQ(o["candidates"], 4);
    }
  }
}

// Without -b no image is looked at: sharpness and exposure are null, never
// a made-up 1.000; the box factors are measured.
TEST_P(Output, UnmeasuredFactorsAreNull) {
  auto plain = RunJson({"-y"});
  const nlohmann::json* alice = PersonIn(plain, s_.alice);
  ASSERT_NE(alice, nullptr) << Diag();
  const auto& score = (*alice)["score"];
  EXPECT_TRUE(score["sharpness"].is_null()) << score.dump();
  EXPECT_TRUE(score["exposure"].is_null()) << score.dump();
  for (const char* known : {"total", "face", "border", "crowd", "shape", "date"})
    EXPECT_TRUE(score[known].is_number()) << known << ": " << score.dump();
}

TEST_P(Output, TheSchemaRejectsWhatTheToolMustNotPrint) {
  // The validator is not vacuous: a real line passes, damaged copies fail.
  auto r = Run({"-s", s_.bob, "--output", "json"});
  ASSERT_EQ(r.exit_code, 0) << Diag();
  ASSERT_EQ(Validate(r.out).exit_code, 0) << Validate(r.out).output;
  const nlohmann::json good = nlohmann::json::parse(r.out);
  auto fails = [&](const nlohmann::json& bad) { return Validate(bad.dump() + "\n").exit_code != 0; };
  nlohmann::json bad = good;
  bad.erase("action");
  EXPECT_TRUE(fails(bad));
  bad = good;
  bad["action"] = "done";
  EXPECT_TRUE(fails(bad));
  bad = good;
  bad["score"].erase("crowd");
  EXPECT_TRUE(fails(bad));
  bad = good;
  bad["chosen_asset"] = nullptr;  // a link and a score without a photo
  EXPECT_TRUE(fails(bad));
  bad = good;
  bad["extra"] = 1;
  EXPECT_TRUE(fails(bad));
  EXPECT_NE(Validate(r.out + "time=x level=INFO msg=oops\n").exit_code, 0);  // a log line on stdout
}

IFPO_ALL_DIALECTS(Output);

}  // namespace
}  // namespace ifpo::e2e
