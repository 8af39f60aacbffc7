#include "store/store.h"

#include <mutex>

#include "store/internal.h"

namespace ifpo::store {

using internal::DbPtr;
using internal::SqlError;
using internal::Stmt;
using internal::Transaction;

struct Store::Impl {
  std::mutex mu;
  DbPtr db;  // null only if even an in-memory database could not be made
  std::string path;
  Stmt get_measure, put_measure, drop_stale, count_measures;
  Stmt get_choice, put_choice, add_history, all_choices, history;

  bool Prepare() {
    sqlite3* d = db.get();
    get_measure = Stmt(d,
                       "SELECT image_version, classic_sharpness, face_sharpness, dark_clip, bright_clip, mean_luma, "
                       "contrast, crop_pixels FROM measures WHERE asset_id = ?1 AND face_key = ?2 AND rendition = ?3");
    put_measure = Stmt(d,
                       "INSERT OR REPLACE INTO measures(asset_id, image_version, face_key, rendition, "
                       "classic_sharpness, face_sharpness, dark_clip, bright_clip, mean_luma, contrast, crop_pixels) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    drop_stale = Stmt(d, "DELETE FROM measures WHERE asset_id = ?1 AND image_version <> ?2");
    count_measures = Stmt(d, "SELECT count(*) FROM measures");
    get_choice = Stmt(d,
                      "SELECT person_id, asset_id, previous_asset_id, updated_at, set_at FROM choices "
                      "WHERE person_id = ?1");
    put_choice = Stmt(d,
                      "INSERT OR REPLACE INTO choices(person_id, asset_id, previous_asset_id, updated_at, set_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)");
    add_history = Stmt(d,
                       "INSERT INTO choice_history(person_id, asset_id, previous_asset_id, updated_at, set_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)");
    all_choices = Stmt(d, "SELECT person_id, asset_id, previous_asset_id, updated_at, set_at FROM choices");
    history = Stmt(d,
                   "SELECT person_id, asset_id, previous_asset_id, updated_at, set_at FROM choice_history "
                   "WHERE person_id = ?1 ORDER BY seq");
    for (const Stmt* s : {&get_measure, &put_measure, &drop_stale, &count_measures, &get_choice, &put_choice,
                          &add_history, &all_choices, &history}) {
      if (!s->ok()) return false;
    }
    return true;
  }

  Error NoDb() const { return MakeError(ErrorKind::kIo, "cache " + path + " is not open"); }

  // Caller holds mu.
  std::optional<FaceMeasures> Lookup(const MeasureKey& key) {
    if (!db) return std::nullopt;
    Stmt& s = get_measure;
    s.Reset();
    s.Bind(1, key.asset_id);
    s.Bind(2, key.face_key);
    s.Bind(3, key.rendition);
    std::optional<FaceMeasures> out;
    if (s.Step() == SQLITE_ROW && s.Text(0) == key.image_version) {
      sqlite3_stmt* st = s.get();
      // Never trust the file: a value of the wrong type is a miss.
      bool sane = true;
      for (int i = 1; i <= 6; ++i) sane = sane && sqlite3_column_type(st, i) == SQLITE_FLOAT;
      sane = sane && sqlite3_column_type(st, 7) == SQLITE_INTEGER;
      if (sane) {
        FaceMeasures m;
        m.classic_sharpness = sqlite3_column_double(st, 1);
        m.face_sharpness = sqlite3_column_double(st, 2);
        m.dark_clip = sqlite3_column_double(st, 3);
        m.bright_clip = sqlite3_column_double(st, 4);
        m.mean_luma = sqlite3_column_double(st, 5);
        m.contrast = sqlite3_column_double(st, 6);
        m.crop_pixels = sqlite3_column_int(st, 7);
        out = m;
      }
    }
    s.Reset();
    return out;
  }

  static Choice ReadChoice(const Stmt& s) { return Choice{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4)}; }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, const std::string& server_key,
                                           std::string* warning) {
  if (warning) warning->clear();
  if (server_key.empty() || server_key.find('/') != std::string::npos || server_key[0] == '.') {
    return MakeError(ErrorKind::kInvalidArgument, "invalid cache key '" + server_key + "'");
  }
  if (auto s = internal::EnsureDir(dir); !s) return s.error();
  auto impl = std::make_unique<Impl>();
  impl->path = dir + "/" + server_key + ".sqlite3";
  auto db = internal::OpenDatabase(impl->path, warning);
  if (!db) return db.error();
  impl->db = std::move(db).value();
  if (!impl->Prepare()) return SqlError(impl->db.get(), impl->path, "preparing statements");
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

std::unique_ptr<Store> Store::InMemory() {
  auto impl = std::make_unique<Impl>();
  impl->path = ":memory:";
  if (auto db = internal::OpenDatabase(impl->path, nullptr); db) {
    impl->db = std::move(db).value();
    if (!impl->Prepare()) impl->db.reset();
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

const std::string& Store::path() const { return impl_->path; }

std::optional<FaceMeasures> Store::GetMeasure(const MeasureKey& key) {
  std::lock_guard lock(impl_->mu);
  return impl_->Lookup(key);
}

std::vector<std::optional<FaceMeasures>> Store::GetMeasures(const std::vector<MeasureKey>& keys) {
  std::lock_guard lock(impl_->mu);
  std::vector<std::optional<FaceMeasures>> out;
  out.reserve(keys.size());
  if (!impl_->db) {
    out.resize(keys.size());
    return out;
  }
  // One read transaction instead of one per lookup; a failed BEGIN only costs speed.
  Transaction txn(impl_->db.get(), impl_->path);
  const bool in_txn = txn.Begin(/*write=*/false).ok();
  for (const auto& key : keys) out.push_back(impl_->Lookup(key));
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
  for (const auto& [key, m] : batch) {
    im.drop_stale.Reset();
    im.drop_stale.Bind(1, key.asset_id);
    im.drop_stale.Bind(2, key.image_version);
    if (im.drop_stale.Step() != SQLITE_DONE) return SqlError(im.db.get(), im.path, "writing measurements");
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

Status Store::ForgetAssetsExcept(const std::vector<std::string>& keep_asset_ids) {
  std::lock_guard lock(impl_->mu);
  Impl& im = *impl_;
  if (!im.db) return im.NoDb();
  sqlite3* d = im.db.get();
  Transaction txn(d, im.path);
  if (auto s = txn.Begin(); !s) return s;
  // A temp table with a key, so 200k ids cost one indexed anti-join.
  if (auto s = internal::Exec(d, im.path,
                              "CREATE TEMP TABLE IF NOT EXISTS keep_assets(id TEXT PRIMARY KEY) WITHOUT ROWID;"
                              "DELETE FROM temp.keep_assets;");
      !s) {
    return s;
  }
  {
    Stmt ins(d, "INSERT OR IGNORE INTO temp.keep_assets(id) VALUES (?1)");
    if (!ins.ok()) return SqlError(d, im.path, "forgetting deleted assets");
    for (const auto& id : keep_asset_ids) {
      ins.Reset();
      ins.Bind(1, id);
      if (ins.Step() != SQLITE_DONE) return SqlError(d, im.path, "forgetting deleted assets");
    }
  }
  if (auto s = internal::Exec(d, im.path,
                              "DELETE FROM measures WHERE asset_id NOT IN (SELECT id FROM temp.keep_assets);"
                              "DELETE FROM temp.keep_assets;");
      !s) {
    return s;
  }
  return txn.Commit();
}

long Store::MeasureCount() {
  std::lock_guard lock(impl_->mu);
  if (!impl_->db) return 0;
  Stmt& s = impl_->count_measures;
  s.Reset();
  const long n = s.Step() == SQLITE_ROW ? static_cast<long>(sqlite3_column_int64(s.get(), 0)) : 0;
  s.Reset();
  return n;
}

std::optional<Choice> Store::LastChoice(const std::string& person_id) {
  std::lock_guard lock(impl_->mu);
  if (!impl_->db) return std::nullopt;
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
  if (!im.db) return im.NoDb();
  if (choices.empty()) return Ok{};
  Transaction txn(im.db.get(), im.path);
  if (auto s = txn.Begin(); !s) return s;
  for (Choice c : choices) {
    if (c.previous_asset_id.empty()) {
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
      if (rc != SQLITE_DONE) return SqlError(im.db.get(), im.path, "recording choices");
    }
  }
  return txn.Commit();
}

std::map<std::string, Choice> Store::AllChoices() {
  std::lock_guard lock(impl_->mu);
  std::map<std::string, Choice> out;
  if (!impl_->db) return out;
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
  if (!impl_->db) return out;
  Stmt& s = impl_->history;
  s.Reset();
  s.Bind(1, person_id);
  while (s.Step() == SQLITE_ROW) out.push_back(Impl::ReadChoice(s));
  s.Reset();
  return out;
}

}  // namespace ifpo::store
