#include "ts_fixture.h"

namespace ifpo::testserver::testing {

namespace {

TsAsset At(const std::string& day, int w = 4000, int h = 3000) {
  TsAsset a;
  a.file_created_at = day + "T12:00:00.000Z";
  a.local_date_time = a.file_created_at;
  a.date_time_original = a.file_created_at;
  a.exif_width = w;
  a.exif_height = h;
  a.orientation = 1;
  a.width = w;
  a.height = h;
  return a;
}

TsFace Box(const std::string& person, int x1, int y1, int x2, int y2, int iw = 1920,
           int ih = 1440) {
  TsFace f;
  f.person_id = person;
  f.x1 = x1;
  f.y1 = y1;
  f.x2 = x2;
  f.y2 = y2;
  f.image_width = iw;
  f.image_height = ih;
  return f;
}

}  // namespace

Library TinyLibrary(Tiny* t) {
  Library lib;
  TsPerson ann;
  ann.name = "Ann Lee";
  ann.is_favorite = true;
  ann.birth_date = "1990-02-28";
  t->ann = lib.AddPerson(ann);
  t->ben = lib.AddPerson("Ben Ode");
  t->cy = lib.AddPerson("");
  t->dee = lib.AddPerson("");
  TsPerson hid;
  hid.name = "Hidden Hal";
  hid.is_hidden = true;
  t->hid = lib.AddPerson(hid);
  t->arch = lib.AddPerson("Archie");
  t->zed = lib.AddPerson("Zed");

  TsAsset a1 = At("2024-06-01");
  a1.faces = {Box(t->ben, 1000, 300, 1300, 700), Box(t->ann, 200, 300, 500, 700),
              Box("", 1600, 100, 1700, 220)};
  t->a1 = lib.AddAsset(a1);
  TsAsset a2 = At("2024-05-01");
  a2.faces = {Box(t->ann, 700, 400, 1100, 900), Box(t->cy, 100, 100, 300, 350)};
  t->a2 = lib.AddAsset(a2);
  TsAsset a3 = At("2024-04-01");
  a3.image.blur_sigma = 6;
  a3.faces = {Box(t->ann, 700, 400, 1100, 900), Box(t->cy, 1500, 100, 1700, 350)};
  t->a3 = lib.AddAsset(a3);
  TsAsset a4 = At("2024-03-01", 3000, 4000);
  a4.faces = {Box(t->ben, 400, 500, 900, 1100, 1440, 1920), Box(t->cy, 900, 1300, 1100, 1500, 1440, 1920)};
  t->a4 = lib.AddAsset(a4);
  TsAsset a5 = At("2024-02-01");
  a5.date_time_original.reset();
  a5.faces = {Box(t->ann, 700, 400, 1000, 800), Box(t->dee, 100, 100, 300, 350)};
  t->a5 = lib.AddAsset(a5);
  TsAsset a6 = At("2024-01-01");
  a6.faces = {Box(t->ben, 700, 400, 1000, 800), Box(t->hid, 100, 100, 300, 350)};
  t->a6 = lib.AddAsset(a6);
  TsAsset tr = At("2025-01-01");
  tr.is_trashed = true;
  tr.faces = {Box(t->ann, 500, 300, 1400, 1300)};
  t->trashed = lib.AddAsset(tr);
  TsAsset ar = At("2023-12-01");
  ar.visibility = "archive";
  ar.faces = {Box(t->arch, 500, 300, 900, 800)};
  t->archived = lib.AddAsset(ar);
  TsAsset off = At("2023-11-01");
  off.is_offline = true;
  off.faces = {Box(t->ann, 500, 300, 900, 800)};
  t->offline = lib.AddAsset(off);
  TsAsset vid = At("2023-10-01", 1920, 1080);
  vid.type = "VIDEO";
  vid.duration_ms = 12345;
  vid.faces = {Box(t->ben, 500, 300, 900, 800, 2560, 1440)};
  t->video = lib.AddAsset(vid);
  return lib;
}

Client::Client(const TestServer& s, std::string key)
    : cli_(std::make_unique<httplib::Client>("127.0.0.1", s.Port())), key_(std::move(key)) {
  cli_->set_read_timeout(20, 0);
}

Reply Client::Wrap(const httplib::Result& r) {
  Reply out;
  if (!r) return out;
  out.status = r->status;
  out.body = r->body;
  out.headers = r->headers;
  out.content_type = r->get_header_value("Content-Type");
  out.location = r->get_header_value("Location");
  out.json = nlohmann::json::parse(out.body, nullptr, false);
  return out;
}

Reply Client::Get(const std::string& path, bool with_key) {
  httplib::Headers h;
  if (with_key) h.emplace("x-api-key", key_);
  return Wrap(cli_->Get(path, h));
}

Reply Client::Post(const std::string& path, const std::string& body) {
  return Wrap(cli_->Post(path, {{"x-api-key", key_}}, body, "application/json"));
}

Reply Client::Put(const std::string& path, const std::string& body) {
  return Wrap(cli_->Put(path, {{"x-api-key", key_}}, body, "application/json"));
}

}  // namespace ifpo::testserver::testing
