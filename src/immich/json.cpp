#include "immich/json.h"

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "immich/asset_parser.h"

namespace ifpo::immich {

using nlohmann::json;

namespace {

using internal::Bad;

// asset_parser.h's view of a nlohmann value.
class NlohmannView {
 public:
  explicit NlohmannView(const json& j) : j_(&j) {}
  bool IsObject() const { return j_->is_object(); }
  bool IsArray() const { return j_->is_array(); }
  bool IsNull() const { return j_->is_null(); }
  std::optional<NlohmannView> Find(std::string_view key) const {
    if (!j_->is_object()) return std::nullopt;
    auto it = j_->find(key);
    if (it == j_->end()) return std::nullopt;
    return NlohmannView(*it);
  }
  bool String(std::string* out) const {
    if (!j_->is_string()) return false;
    *out = j_->get_ref<const std::string&>();
    return true;
  }
  bool Number(double* out) const {
    if (!j_->is_number()) return false;
    *out = j_->get<double>();
    return true;
  }
  bool Bool(bool* out) const {
    if (!j_->is_boolean()) return false;
    *out = j_->get<bool>();
    return true;
  }
  template <typename F>
  void ForEach(F&& f) const {
    for (const json& x : *j_) f(NlohmannView(x));
  }
  template <typename F>
  void ForEachField(F&& f) const {
    if (!j_->is_object()) return;
    for (auto it = j_->begin(); it != j_->end(); ++it) f(std::string_view(it.key()), NlohmannView(it.value()));
  }

 private:
  const json* j_;
};

std::string StringOr(const json& j, std::string_view key) { return internal::StringOr(NlohmannView(j), key); }
bool BoolOr(const json& j, std::string_view key, bool fallback) {
  return internal::BoolOr(NlohmannView(j), key, fallback);
}

}  // namespace

Result<Person> ParsePerson(const json& j) {
  if (!j.is_object()) return Bad("a person is not a JSON object");
  Person p;
  p.id = StringOr(j, "id");
  if (p.id.empty()) return Bad("a person without an id");
  p.name = StringOr(j, "name");
  if (auto it = j.find("birthDate"); it != j.end() && it->is_string()) {
    const std::string s = it->get<std::string>();
    // Usually "YYYY-MM-DD"; tolerate a full timestamp.
    if (auto d = ParseDate(s.substr(0, 10))) p.birth_date = *d;
  }
  p.is_hidden = BoolOr(j, "isHidden", false);
  p.is_favorite = BoolOr(j, "isFavorite", false);
  p.updated_at = StringOr(j, "updatedAt");
  return p;
}

Result<Face> ParseFace(const json& j, const std::string& person_id) {
  return internal::ParseFaceOf(NlohmannView(j), person_id);
}

Result<Asset> ParseAsset(const json& j) { return internal::ParseAssetOf(NlohmannView(j)); }

Result<std::vector<Face>> ParseFaceList(const json& j) {
  if (!j.is_array()) return Bad("the face list is not a JSON array");
  std::vector<Face> faces;
  for (const json& fj : j) {
    std::string pid;
    if (fj.is_object()) {
      if (auto p = fj.find("person"); p != fj.end() && p->is_object()) pid = StringOr(*p, "id");
    }
    auto face = ParseFace(fj, pid);
    if (!face) return face.error();
    faces.push_back(face.value());
  }
  return faces;
}

std::string ErrorMessageOf(const std::string& body) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return {};
  auto it = j.find("message");
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array()) {
    std::string out;
    for (const json& m : *it) {
      if (!m.is_string()) continue;
      if (!out.empty()) out += "; ";
      out += m.get<std::string>();
    }
    return out;
  }
  return {};
}

}  // namespace ifpo::immich
