// An in-memory Immich behind the organizer's port (immich::Api), and a run
// context around it: the stages' decisions tested in milliseconds, with the
// requests they would send recorded. The HTTP side is tested end to end
// against the test server (tests/e2e).
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli/options.h"
#include "organizer/pipeline.h"

namespace ifpo::organizer::testing {

// A photo of the library: id, when it was taken, and its faces.
struct PhotoFace {
  std::string person_id;
  int side = 100;  // a square face of this many pixels
  int x = 100, y = 100;
};
inline Asset Photo(std::string id, const std::string& taken, std::vector<PhotoFace> faces, int width = 2000,
                   int height = 1500) {
  Asset a;
  a.id = std::move(id);
  a.is_image = a.on_timeline = true;
  a.taken = ParseTimestamp(taken);
  a.has_exif_date = true;
  a.exif_width = width;
  a.exif_height = height;
  a.SetVersion("sum-" + a.id, "hash-" + a.id);
  for (const PhotoFace& f : faces) {
    a.faces.push_back(Face{InternPersonId(f.person_id), FaceBox{f.x, f.y, f.x + f.side, f.y + f.side, width, height}});
    a.person_ids.push_back(f.person_id);
  }
  a.faces_loaded = true;
  return a;
}

inline Person Someone(std::string id, std::string name, std::optional<CivilDate> birth = std::nullopt) {
  Person p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.birth_date = birth;
  p.updated_at = "2026-01-01T00:00:00.000Z";
  return p;
}

class FakeImmich : public immich::Api {
 public:
  immich::Dialect dialect_ = immich::Dialect::kV2_5;
  std::vector<Person> people;
  std::vector<Asset> assets;                  // server order: newest first, as Immich sorts
  std::map<std::string, Error> put_errors;    // asset id → what a PUT of it answers
  std::map<std::string, Error> get_errors;    // person id → what GET /people/{id} answers
  std::map<std::string, std::string> images;  // asset id → its thumbnail and preview
  std::map<std::string, Error> image_errors;  // asset id → what a download of it answers
  std::optional<Error> list_error;            // what GET /people answers
  std::set<std::string> unlisted;             // in GET /people/{id} but not in the list
  // What was asked.
  std::vector<std::pair<std::string, std::string>> puts;  // person id, asset id
  std::vector<std::string> searches;                      // person ids of per-person searches
  std::vector<std::string> fetched;                       // "<asset id> <size>" of each image download
  int sweeps = 0;
  std::map<std::string, std::string> featured;  // person id → asset id, after our PUTs

  immich::Dialect dialect() const override { return dialect_; }
  Result<immich::ServerVersion> Version() override { return immich::ServerVersion{2, 7, 5}; }
  Result<std::vector<Person>> ListPeople(int, bool with_hidden,
                                         const std::function<void(size_t, long)>& on_page) override {
    if (list_error) return *list_error;
    std::vector<Person> out;
    for (const Person& p : people)
      if ((with_hidden || !p.is_hidden) && !unlisted.count(p.id)) out.push_back(p);
    if (on_page) on_page(out.size(), static_cast<long>(out.size()));
    return out;
  }
  Result<Person> GetPerson(const std::string& id) override {
    if (auto e = get_errors.find(id); e != get_errors.end()) return e->second;
    for (const Person& p : people)
      if (p.id == id) return p;
    return MakeError(ErrorKind::kNotFound, "Immich answered 404 for person " + id);
  }
  Result<std::vector<Asset>> SearchAssets(const immich::SearchQuery& q) override {
    for (const std::string& id : q.person_ids) searches.push_back(id);
    std::vector<Asset> out;
    for (const Asset& a : assets) {
      bool all = true;
      for (const std::string& id : q.person_ids)
        all = all && std::find(a.person_ids.begin(), a.person_ids.end(), id) != a.person_ids.end();
      if (all) out.push_back(a);
    }
    return out;
  }
  Status SweepAssets(const immich::SearchQuery&,
                     const std::function<void(int, std::vector<Asset>&&)>& on_page) override {
    ++sweeps;
    on_page(1, std::vector<Asset>(assets));
    return Ok{};
  }
  std::vector<std::pair<std::string, Error>> LoadFaces(std::vector<Asset*> list,
                                                       const std::function<void()>& on_done) override {
    for (Asset* a : list) {
      a->faces_loaded = true;
      if (on_done) on_done();
    }
    return {};
  }
  void FetchImages(const std::vector<std::string>& ids, const std::string& size, bool,
                   const std::function<void(const std::string&, Result<std::string>)>& on_image) override {
    for (const std::string& id : ids) {
      fetched.push_back(id + " " + size);
      if (auto e = image_errors.find(id); e != image_errors.end()) {
        on_image(id, e->second);
      } else if (auto i = images.find(id); i != images.end()) {
        on_image(id, i->second);
      } else {
        on_image(id, MakeError(ErrorKind::kNotFound, "Immich answered 404 for asset " + id));
      }
    }
  }
  void FetchPersonThumbnails(
      const std::vector<std::string>& ids,
      const std::function<void(const std::string&, Result<PersonThumbnail>)>& on_image) override {
    for (const std::string& id : ids) on_image(id, MakeError(ErrorKind::kNotFound, "no thumbnail in the fake"));
  }
  std::vector<Result<Person>> SetFeaturePhotos(
      const std::vector<std::pair<std::string, std::string>>& changes) override {
    std::vector<Result<Person>> out;
    for (const auto& [person_id, asset_id] : changes) {
      puts.emplace_back(person_id, asset_id);
      if (auto e = put_errors.find(asset_id); e != put_errors.end()) {
        out.emplace_back(e->second);
        continue;
      }
      Person* p = Find(person_id);
      if (!p) {
        out.emplace_back(MakeError(ErrorKind::kNotFound, "Immich answered 404 for person " + person_id));
        continue;
      }
      featured[person_id] = asset_id;
      p->updated_at = "2026-06-01T00:00:0" + std::to_string(puts.size() % 10) + ".000Z";
      out.emplace_back(*p);
    }
    return out;
  }
  Person* Find(const std::string& id) {
    for (Person& p : people)
      if (p.id == id) return &p;
    return nullptr;
  }
};

// Answers prompts from a script; what was asked and printed is kept.
class ScriptedTerminal : public ui::Terminal {
 public:
  std::vector<std::string> answers;  // then end of input
  std::string printed, prompted;
  void Print(const std::string& text) override { printed += text; }
  void Prompt(const std::string& text) override { prompted += text; }
  std::optional<std::string> ReadLine() override {
    if (next_ >= answers.size()) return std::nullopt;
    return answers[next_++];
  }
  bool ProgressAllowed() const override { return false; }

 private:
  size_t next_ = 0;
};

// Now for every in-process run unless a test sets another.
inline std::chrono::sys_seconds At(const std::string& iso) { return ParseTimestamp(iso)->instant; }

// One run's context over the fakes: Configure(args) as on the command line
// (after URL and key), then call a stage or RunStages.
class InProcess : public ::testing::Test {
 protected:
  InProcess() : log_file_(open_memstream(&log_buf_, &log_size_)), log_(ui::Level::kVerbose, log_file_) {}
  ~InProcess() override {
    std::fclose(log_file_);
    std::free(log_buf_);
  }

  // Parses and resolves args as the binary would; -u unless asked not to.
  Context& Configure(std::vector<std::string> args, bool unattended = true) {
    std::vector<std::string> argv = {"organizer", "http://immich.test", "test-key"};
    if (unattended) argv.push_back("-u");
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<const char*> c;
    for (const std::string& a : argv) c.push_back(a.c_str());
    auto parsed = cli::Parse(static_cast<int>(c.size()), c.data());
    EXPECT_EQ(parsed.kind, cli::ParseOutcome::Kind::kRun) << parsed.output;
    auto config = Resolve(parsed.options, clock_.Now());
    EXPECT_TRUE(config) << (config ? "" : config.error().message);
    ctx_ = Context{};
    if (config) ctx_.config = *config;
    ctx_.immich = &immich_;
    ctx_.store = store_.get();
    ctx_.log = &log_;
    ctx_.terminal = &terminal_;
    ctx_.progress = &progress_;
    ctx_.clock = &clock_;
    ctx_.rng.seed(ctx_.config.seed.value_or(0));
    return ctx_;
  }
  ExitCode RunAll(std::vector<std::string> args, bool unattended = true) {
    Configure(std::move(args), unattended);
    return RunStages(ctx_);
  }
  // The stages up to the choice, without applying: who gets which photo.
  std::vector<PersonResult> Choose(std::vector<std::string> args) {
    Configure(std::move(args));
    auto people = SelectPeople(ctx_);
    EXPECT_TRUE(people) << (people ? "" : people.error().message);
    if (!people) return {};
    auto g = GatherCandidates(ctx_, std::move(*people));
    EXPECT_TRUE(g);
    if (!g) return {};
    gathered_ = std::move(*g);
    EXPECT_TRUE(MeasureCandidates(ctx_, gathered_));
    ScoreAndChoose(ctx_, gathered_.people);
    return std::move(gathered_.people);
  }
  std::string ChosenFor(const std::vector<PersonResult>& people, const std::string& person_id) {
    for (const PersonResult& p : people)
      if (p.person.id == person_id) return p.Chosen() ? p.Chosen()->asset->id : "";
    return "(not selected)";
  }
  std::string Log() {
    std::fflush(log_file_);
    return std::string(log_buf_, log_size_);
  }

  FakeImmich immich_;
  std::unique_ptr<store::Store> store_ = store::Store::InMemory();
  ScriptedTerminal terminal_;
  FixedClock clock_{At("2026-11-27T12:00:00Z")};

 private:
  char* log_buf_ = nullptr;
  size_t log_size_ = 0;
  std::FILE* log_file_;
  ui::Logger log_;
  ui::Progress progress_{false};
  Context ctx_;
  Gathered gathered_;
};

}  // namespace ifpo::organizer::testing
