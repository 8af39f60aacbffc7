// Every Immich answer the client parses, on arbitrary bytes: parsing must
// return a value or an Error, never throw or crash. Mirrors how client.cpp
// walks each endpoint's answer (people list, search page, faces, person, errors).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "immich/json.h"
#include "immich/search_page.h"

using nlohmann::json;

namespace {

void CheckPerson(const json& j) {
  auto p = ifpo::immich::ParsePerson(j);
  if (p && p->id.empty()) std::abort();  // a person without an id must be refused
}

void CheckAsset(const json& j) {
  auto a = ifpo::immich::ParseAsset(j);
  if (!a) return;
  if (a->id.empty()) std::abort();
  for (const auto& f : a->faces) (void)f.box.x2;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string body(reinterpret_cast<const char*>(data), size);
  (void)ifpo::immich::ErrorMessageOf(body);
  // The sweep's parser (simdjson) sees the raw bytes too.
  if (auto page = ifpo::immich::ParseSearchPage(body))
    for (const auto& a : page->assets)
      if (a.id.empty()) std::abort();
  const json j = json::parse(body, nullptr, false);
  if (j.is_discarded()) return 0;
  CheckPerson(j);
  CheckAsset(j);
  (void)ifpo::immich::ParseFaceList(j);
  (void)ifpo::immich::ParseFace(j, "p");
  if (!j.is_object()) return 0;
  // GET /people
  if (auto it = j.find("people"); it != j.end() && it->is_array())
    for (const json& pj : *it) CheckPerson(pj);
  // POST /search/metadata
  if (auto a = j.find("assets"); a != j.end() && a->is_object())
    if (auto i = a->find("items"); i != a->end() && i->is_array())
      for (const json& aj : *i) CheckAsset(aj);
  return 0;
}
