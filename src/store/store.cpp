#include "store/store.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <numeric>
#include <string_view>
#include <tuple>

#include "store/internal.h"

namespace ifpo::store {

using internal::DbPtr;
using internal::SqlError;
using internal::Stmt;
using internal::Transaction;

namespace {

// Positions of keys in primary-key order: random UUIDs touched in key order
// hit each B-tree page once, several times faster than input order. Equal
// keys keep their input order. The first 8 bytes of the asset id, packed
// big-endian, decide most comparisons without chasing string pointers.
template <typename GetKey>
std::vector<size_t> KeyOrder(size_t n, GetKey get) {
  struct Entry {
    uint64_t prefix;
    size_t index;
  };
  std::vector<Entry> entries(n);
  for (size_t i = 0; i < n; ++i) {
    const std::string& id = get(i).asset_id;
    uint64_t prefix = 0;
    for (size_t b = 0; b < 8; ++b) prefix = (prefix << 8) | (b < id.size() ? static_cast<unsigned char>(id[b]) : 0u);
    entries[i] = {prefix, i};
  }
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    const MeasureKey& x = get(a.index);
    const MeasureKey& y = get(b.index);
    const int c =
        std::tie(x.asset_id, x.face_key, x.rendition) < std::tie(y.asset_id, y.face_key, y.rendition)
            ? -1
            : (std::tie(y.asset_id, y.face_key, y.rendition) < std::tie(x.asset_id, x.face_key, x.rendition) ? 1 : 0);
    return c != 0 ? c < 0 : a.index < b.index;
  });
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = entries[i].index;
  return order;
}

}  // namespace

struct Store::Impl {
  std::mutex mu;
  // The cache (measurements, face lists: safe to delete) and the state (the
  // record of our choices: what --revert, "unchanged" and the manual-pick
  // rule rest on) are two files. Null only if even an in-memory database
  // could not be made.
  DbPtr db, state;
  std::string path, state_path;
  Stmt get_measure, put_measure, drop_stale, count_measures;
  Stmt get_choice, put_choice, add_history, all_choices, history;

  bool Prepare() {
    sqlite3* d = db.get();
    sqlite3* sd = state.get();
    get_measure = Stmt(d,
                       "SELECT image_version, classic_sharpness, face_sharpness, dark_clip, bright_clip, mean_luma, "
                       "contrast, crop_pixels FROM measures WHERE asset_id = ?1 AND face_key = ?2 AND rendition = ?3");
    put_measure = Stmt(d,
                       "INSERT OR REPLACE INTO measures(asset_id, image_version, face_key, rendition, "
                       "classic_sharpness, face_sharpness, dark_clip, bright_clip, mean_luma, contrast, crop_pixels) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    drop_stale = Stmt(d, "DELETE FROM measures WHERE asset_id = ?1 AND image_version <> ?2");
    count_measures = Stmt(d, "SELECT count(*) FROM measures");
    get_choice = Stmt(sd,
                      "SELECT person_id, asset_id, previous_asset_id, updated_at, set_at FROM choices "
                      "WHERE person_id = ?1");
    put_choice = Stmt(sd,
                      "INSERT OR REPLACE INTO choices(person_id, asset_id, previous_asset_id, updated_at, set_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)");
    add_history = Stmt(sd,
                       "INSERT INTO choice_history(person_id, asset_id, previous_asset_id, updated_at, set_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)");
    all_choices = Stmt(sd, "SELECT person_id, asset_id, previous_asset_id, updated_at, set_at FROM choices");
    history = Stmt(sd,
                   "SELECT person_id, asset_id, previous_asset_id, updated_at, set_at FROM choice_history "
                   "WHERE person_id = ?1 ORDER BY seq");
    for (const Stmt* s : {&get_measure, &put_measure, &drop_stale, &count_measures, &get_choice, &put_choice,
                          &add_history, &all_choices, &history}) {
      if (!s->ok()) return false;
    }
    return true;
  }

  long CountLocked() {
    if (!db) return 0;
    count_measures.Reset();
    const long n =
        count_measures.Step() == SQLITE_ROW ? static_cast<long>(sqlite3_column_int64(count_measures.get(), 0)) : 0;
    count_measures.Reset();
    return n;
  }

  Error NoDb() const { return MakeError(ErrorKind::kIo, "cache " + path + " is not open"); }
  Error NoState() const { return MakeError(ErrorKind::kIo, "record of choices " + state_path + " is not open"); }

  // Choices recorded by versions that kept them in the cache file move to
  // the state file once, the first time the state file has none.
  Status MoveChoicesFromCache() {
    Stmt count(state.get(), "SELECT (SELECT count(*) FROM choices) + (SELECT count(*) FROM choice_history)");
    if (!count.ok() || count.Step() != SQLITE_ROW) return SqlError(state.get(), state_path, "counting choices");
    if (sqlite3_column_int64(count.get(), 0) > 0) return Ok{};
    Stmt old_choices(db.get(), "SELECT person_id, asset_id, previous_asset_id, updated_at, set_at FROM choices");
    Stmt old_history(
        db.get(), "SELECT person_id, asset_id, previous_asset_id, updated_at, set_at FROM choice_history ORDER BY seq");
    if (!old_choices.ok() || !old_history.ok()) return SqlError(db.get(), path, "reading old choices");
    Transaction txn(state.get(), state_path);
    if (auto s = txn.Begin(); !s) return s;
    size_t moved = 0;
    for (auto [from, to] : {std::pair<Stmt*, Stmt*>{&old_choices, &put_choice}, {&old_history, &add_history}}) {
      while (from->Step() == SQLITE_ROW) {
        to->Reset();
        for (int i = 0; i < 5; ++i) to->Bind(i + 1, from->Text(i));
        const int rc = to->Step();
        to->Reset();
        if (rc != SQLITE_DONE) return SqlError(state.get(), state_path, "moving choices");
        ++moved;
      }
    }
    if (auto s = txn.Commit(); !s) return s;
    if (moved == 0) return Ok{};
    return internal::Exec(db.get(), path, "DELETE FROM choices; DELETE FROM choice_history;");
  }

  // Columns first..first+6 of a measures row. Never trust the file: a value
  // of the wrong type (NULL from a NaN, text) is a miss.
  static std::optional<FaceMeasures> ReadMeasures(sqlite3_stmt* st, int first) {
    for (int i = first; i < first + 6; ++i) {
      if (sqlite3_column_type(st, i) != SQLITE_FLOAT) return std::nullopt;
    }
    if (sqlite3_column_type(st, first + 6) != SQLITE_INTEGER) return std::nullopt;
    FaceMeasures m;
    m.classic_sharpness = sqlite3_column_double(st, first);
    m.face_sharpness = sqlite3_column_double(st, first + 1);
    m.dark_clip = sqlite3_column_double(st, first + 2);
    m.bright_clip = sqlite3_column_double(st, first + 3);
    m.mean_luma = sqlite3_column_double(st, first + 4);
    m.contrast = sqlite3_column_double(st, first + 5);
    m.crop_pixels = sqlite3_column_int(st, first + 6);
    return m;
  }

  // Caller holds mu.
  std::optional<FaceMeasures> Lookup(const MeasureKey& key) {
    if (!db) return std::nullopt;
    Stmt& s = get_measure;
    s.Reset();
    s.Bind(1, key.asset_id);
    s.Bind(2, key.face_key);
    s.Bind(3, key.rendition);
    std::optional<FaceMeasures> out;
    if (s.Step() == SQLITE_ROW && s.Text(0) == key.image_version) out = ReadMeasures(s.get(), 1);
    s.Reset();
    return out;
  }

  // Answers keys (visited in `order`, their primary-key order) with one pass
  // over the table in the same order: a merge join, several times faster
  // than probing when the batch covers much of the table (warm re-runs).
  // Equality is checked exactly, so an unexpected order only costs misses.
  void MergeLookup(const std::vector<MeasureKey>& keys, const std::vector<size_t>& order,
                   std::vector<std::optional<FaceMeasures>>& out) {
    Stmt scan(db.get(),
              "SELECT asset_id, face_key, rendition, image_version, classic_sharpness, face_sharpness, dark_clip, "
              "bright_clip, mean_luma, contrast, crop_pixels FROM measures ORDER BY asset_id, face_key, rendition");
    if (!scan.ok()) {
      for (size_t i : order) out[i] = Lookup(keys[i]);
      return;
    }
    sqlite3_stmt* st = scan.get();
    auto column = [st](int i) {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
      return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(st, i))) : std::string_view();
    };
    size_t next = 0;
    int rc = scan.Step();
    while (next < order.size() && rc == SQLITE_ROW) {
      const MeasureKey& key = keys[order[next]];
      const auto row = std::tuple(column(0), column(1), column(2));
      const auto want =
          std::tuple(std::string_view(key.asset_id), std::string_view(key.face_key), std::string_view(key.rendition));
      if (row < want) {
        rc = scan.Step();
        continue;
      }
      if (row == want && column(3) == key.image_version) out[order[next]] = ReadMeasures(st, 4);
      ++next;  // the row stays: a duplicate key may follow
    }
  }

  static Choice ReadChoice(const Stmt& s) { return Choice{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4)}; }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, const std::string& server_key,
                                           std::string* warning) {
  return Open(dir, dir, server_key, warning);
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& cache_dir, const std::string& state_dir,
                                           const std::string& server_key, std::string* warning) {
  if (warning) warning->clear();
  if (server_key.empty() || server_key.find('/') != std::string::npos || server_key[0] == '.') {
    return MakeError(ErrorKind::kInvalidArgument, "invalid cache key '" + server_key + "'");
  }
  if (auto s = internal::EnsureDir(cache_dir); !s) return s.error();
  if (auto s = internal::EnsureDir(state_dir); !s) return s.error();
  auto impl = std::make_unique<Impl>();
  impl->path = cache_dir + "/" + server_key + ".sqlite3";
  impl->state_path = state_dir + "/" + server_key + ".state.sqlite3";
  std::string cache_warning, state_warning;
  auto db = internal::OpenDatabase(impl->path, &cache_warning);
  if (!db) return db.error();
  impl->db = std::move(db).value();
  auto state = internal::OpenDatabase(impl->state_path, &state_warning);
  if (!state) return state.error();
  impl->state = std::move(state).value();
  if (warning) *warning = cache_warning + (cache_warning.empty() || state_warning.empty() ? "" : "; ") + state_warning;
  if (!impl->Prepare()) return SqlError(impl->db.get(), impl->path, "preparing statements");
  if (Status moved = impl->MoveChoicesFromCache(); !moved) return moved.error();
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

std::unique_ptr<Store> Store::InMemory() {
  auto impl = std::make_unique<Impl>();
  impl->path = impl->state_path = ":memory:";
  auto db = internal::OpenDatabase(impl->path, nullptr);
  auto state = internal::OpenDatabase(impl->state_path, nullptr);
  if (db && state) {
    impl->db = std::move(db).value();
    impl->state = std::move(state).value();
    if (!impl->Prepare()) impl->db.reset(), impl->state.reset();
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

const std::string& Store::path() const { return impl_->path; }
const std::string& Store::state_path() const { return impl_->state_path; }

std::optional<FaceMeasures> Store::GetMeasure(const MeasureKey& key) {
  std::lock_guard lock(impl_->mu);
  return impl_->Lookup(key);
}

std::vector<std::optional<FaceMeasures>> Store::GetMeasures(const std::vector<MeasureKey>& keys) {
  std::lock_guard lock(impl_->mu);
  std::vector<std::optional<FaceMeasures>> out(keys.size());
  if (!impl_->db) return out;
  // One read transaction instead of one per lookup; a failed BEGIN only costs speed.
  Transaction txn(impl_->db.get(), impl_->path);
  const bool in_txn = txn.Begin(/*write=*/false).ok();
  const auto order = KeyOrder(keys.size(), [&](size_t k) -> const MeasureKey& { return keys[k]; });
  // Scan when the batch is at least an eighth of the table (measured: a scan
  // of 300k rows costs about as much as 40k probes).
  if (keys.size() >= 256 && static_cast<long>(keys.size()) * 8 >= impl_->CountLocked()) {
    impl_->MergeLookup(keys, order, out);
  } else {
    for (size_t i : order) out[i] = impl_->Lookup(keys[i]);
  }
  if (in_txn) (void)txn.Commit();
  return out;
}

Status Store::PutMeasures(const std::vector<std::pair<MeasureKey, FaceMeasures>>& batch) {
  std::lock_guard lock(impl_->mu);
  Impl& im = *impl_;
  if (!im.db) return im.NoDb();
  if (batch.empty()) return Ok{};
  Transaction txn(im.db.get(), im.path);
  if (auto s = txn.Begin(); !s) return s;
  // Stable: of two entries with one key, the later one wins, as in input order.
  const MeasureKey* dropped_for = nullptr;  // asset and version whose stale rows are gone
  for (size_t i : KeyOrder(batch.size(), [&](size_t k) -> const MeasureKey& { return batch[k].first; })) {
    const auto& [key, m] = batch[i];
    if (!dropped_for || dropped_for->asset_id != key.asset_id || dropped_for->image_version != key.image_version) {
      im.drop_stale.Reset();
      im.drop_stale.Bind(1, key.asset_id);
      im.drop_stale.Bind(2, key.image_version);
      if (im.drop_stale.Step() != SQLITE_DONE) return SqlError(im.db.get(), im.path, "writing measurements");
      dropped_for = &key;
    }
    Stmt& s = im.put_measure;
    s.Reset();
    s.Bind(1, key.asset_id);
    s.Bind(2, key.image_version);
    s.Bind(3, key.face_key);
    s.Bind(4, key.rendition);
    s.Bind(5, m.classic_sharpness);
    s.Bind(6, m.face_sharpness);
    s.Bind(7, m.dark_clip);
    s.Bind(8, m.bright_clip);
    s.Bind(9, m.mean_luma);
    s.Bind(10, m.contrast);
    s.Bind(11, static_cast<long long>(m.crop_pixels));
    if (s.Step() != SQLITE_DONE) return SqlError(im.db.get(), im.path, "writing measurements");
  }
  im.drop_stale.Reset();
  im.put_measure.Reset();
  return txn.Commit();
}

std::vector<std::string> Store::CachedAssetIds() {
  std::lock_guard lock(impl_->mu);
  std::vector<std::string> ids;
  if (!impl_->db) return ids;
  Stmt s(impl_->db.get(), "SELECT asset_id FROM measures UNION SELECT asset_id FROM face_lists");
  if (!s.ok()) return ids;
  while (s.Step() == SQLITE_ROW) ids.push_back(s.Text(0));
  return ids;
}

Status Store::ForgetAssets(const std::vector<std::string>& asset_ids) {
  std::lock_guard lock(impl_->mu);
  Impl& im = *impl_;
  if (!im.db) return im.NoDb();
  if (asset_ids.empty()) return Ok{};
  sqlite3* d = im.db.get();
  Transaction txn(d, im.path);
  if (auto s = txn.Begin(); !s) return s;
  for (const char* sql : {"DELETE FROM measures WHERE asset_id = ?1", "DELETE FROM face_lists WHERE asset_id = ?1"}) {
    Stmt del(d, sql);
    if (!del.ok()) return SqlError(d, im.path, "forgetting deleted assets");
    for (const std::string& id : asset_ids) {
      del.Reset();
      del.Bind(1, id);
      if (del.Step() != SQLITE_DONE) return SqlError(d, im.path, "forgetting deleted assets");
    }
  }
  return txn.Commit();
}

namespace {

// One face per line: "id person_id x1 y1 x2 y2 width height" (person "-" when
// none). The face id is no longer kept and is always "-"; the format stays.
std::string EncodeFaces(const std::vector<Face>& faces) {
  std::string out;
  for (const Face& f : faces) {
    const FaceBox& b = f.box;
    out += "- ";
    out += f.person_id.empty() ? std::string_view("-") : f.person_id;
    for (int v : {b.x1, b.y1, b.x2, b.y2, b.image_width, b.image_height}) out += ' ' + std::to_string(v);
    out += '\n';
  }
  return out;
}

// Never trust the file: anything malformed is a miss.
std::optional<std::vector<Face>> DecodeFaces(const std::string& text) {
  std::vector<Face> faces;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) return std::nullopt;
    std::vector<std::string> fields;
    for (size_t p = pos; p < end;) {
      size_t sp = text.find(' ', p);
      if (sp == std::string::npos || sp > end) sp = end;
      fields.push_back(text.substr(p, sp - p));
      p = sp + 1;
    }
    pos = end + 1;
    if (fields.size() != 8) return std::nullopt;
    Face f;
    f.person_id = fields[1] == "-" ? std::string_view() : InternPersonId(fields[1]);
    int* dst[] = {&f.box.x1, &f.box.y1, &f.box.x2, &f.box.y2, &f.box.image_width, &f.box.image_height};
    for (size_t i = 0; i < 6; ++i) {
      const std::string& v = fields[2 + i];
      char* rest = nullptr;
      const long n = std::strtol(v.c_str(), &rest, 10);
      if (v.empty() || *rest != '\0' || n < -1000000000L || n > 1000000000L) return std::nullopt;
      *dst[i] = static_cast<int>(n);
    }
    faces.push_back(f);
  }
  return faces;
}

}  // namespace

std::vector<std::optional<std::vector<Face>>> Store::GetFaceLists(const std::vector<std::string>& asset_ids,
                                                                  const std::vector<std::string>& versions) {
  std::lock_guard lock(impl_->mu);
  std::vector<std::optional<std::vector<Face>>> out(asset_ids.size());
  Impl& im = *impl_;
  if (!im.db || versions.size() != asset_ids.size()) return out;
  sqlite3* d = im.db.get();
  Transaction txn(d, im.path);
  const bool in_txn = txn.Begin(/*write=*/false).ok();
  Stmt get(d, "SELECT version, faces FROM face_lists WHERE asset_id = ?1");
  if (get.ok()) {
    std::vector<size_t> order(asset_ids.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return asset_ids[a] < asset_ids[b]; });
    for (size_t i : order) {
      get.Reset();
      get.Bind(1, asset_ids[i]);
      if (get.Step() == SQLITE_ROW && get.Text(0) == versions[i]) out[i] = DecodeFaces(get.Text(1));
    }
  }
  if (in_txn) (void)txn.Commit();
  return out;
}

Status Store::PutFaceLists(const std::vector<std::tuple<std::string, std::string, std::vector<Face>>>& batch) {
  std::lock_guard lock(impl_->mu);
  Impl& im = *impl_;
  if (!im.db) return im.NoDb();
  if (batch.empty()) return Ok{};
  sqlite3* d = im.db.get();
  Transaction txn(d, im.path);
  if (auto s = txn.Begin(); !s) return s;
  Stmt put(d, "INSERT OR REPLACE INTO face_lists(asset_id, version, faces) VALUES (?1, ?2, ?3)");
  if (!put.ok()) return SqlError(d, im.path, "writing face lists");
  for (const auto& [asset_id, version, faces] : batch) {
    put.Reset();
    put.Bind(1, asset_id);
    put.Bind(2, version);
    put.Bind(3, EncodeFaces(faces));
    if (put.Step() != SQLITE_DONE) return SqlError(d, im.path, "writing face lists");
  }
  return txn.Commit();
}

long Store::MeasureCount() {
  std::lock_guard lock(impl_->mu);
  return impl_->CountLocked();
}

std::optional<Choice> Store::LastChoice(const std::string& person_id) {
  std::lock_guard lock(impl_->mu);
  if (!impl_->state) return std::nullopt;
  Stmt& s = impl_->get_choice;
  s.Reset();
  s.Bind(1, person_id);
  std::optional<Choice> out;
  if (s.Step() == SQLITE_ROW) out = Impl::ReadChoice(s);
  s.Reset();
  return out;
}

Status Store::RecordChoices(const std::vector<Choice>& choices) {
  std::lock_guard lock(impl_->mu);
  Impl& im = *impl_;
  if (!im.state) return im.NoState();
  if (choices.empty()) return Ok{};
  Transaction txn(im.state.get(), im.state_path);
  if (auto s = txn.Begin(); !s) return s;
  for (Choice c : choices) {
    if (c.previous_asset_id.empty() && !c.previous_final) {
      im.get_choice.Reset();
      im.get_choice.Bind(1, c.person_id);
      if (im.get_choice.Step() == SQLITE_ROW) c.previous_asset_id = im.get_choice.Text(1);
      im.get_choice.Reset();
    }
    for (Stmt* s : {&im.put_choice, &im.add_history}) {
      s->Reset();
      s->Bind(1, c.person_id);
      s->Bind(2, c.asset_id);
      s->Bind(3, c.previous_asset_id);
      s->Bind(4, c.updated_at);
      s->Bind(5, c.set_at);
      const int rc = s->Step();
      s->Reset();
      if (rc != SQLITE_DONE) return SqlError(im.state.get(), im.state_path, "recording choices");
    }
  }
  return txn.Commit();
}

std::map<std::string, Choice> Store::AllChoices() {
  std::lock_guard lock(impl_->mu);
  std::map<std::string, Choice> out;
  if (!impl_->state) return out;
  Stmt& s = impl_->all_choices;
  s.Reset();
  while (s.Step() == SQLITE_ROW) {
    Choice c = Impl::ReadChoice(s);
    out.emplace(c.person_id, std::move(c));
  }
  s.Reset();
  return out;
}

std::vector<Choice> Store::ChoiceHistory(const std::string& person_id) {
  std::lock_guard lock(impl_->mu);
  std::vector<Choice> out;
  if (!impl_->state) return out;
  Stmt& s = impl_->history;
  s.Reset();
  s.Bind(1, person_id);
  while (s.Step() == SQLITE_ROW) out.push_back(Impl::ReadChoice(s));
  s.Reset();
  return out;
}

Status Store::RefreshChoice(const std::string& person_id, const std::string& updated_at) {
  std::lock_guard lock(impl_->mu);
  Impl& im = *impl_;
  if (!im.state) return im.NoState();
  // Rare (once per changed person), so not a prepared member statement.
  Stmt s(im.state.get(), "UPDATE choices SET updated_at = ?2 WHERE person_id = ?1");
  if (!s.ok()) return SqlError(im.state.get(), im.state_path, "refreshing a choice");
  s.Bind(1, person_id);
  s.Bind(2, updated_at);
  if (s.Step() != SQLITE_DONE) return SqlError(im.state.get(), im.state_path, "refreshing a choice");
  return Ok{};
}

}  // namespace ifpo::store
