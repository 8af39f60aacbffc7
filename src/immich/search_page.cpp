#include "immich/search_page.h"

#include <simdjson.h>

#include <optional>
#include <string>

#include "immich/asset_parser.h"

namespace ifpo::immich {
namespace {

namespace dom = simdjson::dom;

constexpr const char* kWhat = "POST /api/search/metadata";

// asset_parser.h's view of a simdjson DOM element.
class SimdView {
 public:
  explicit SimdView(dom::element e) : e_(e) {}
  bool IsObject() const { return e_.is_object(); }
  bool IsArray() const { return e_.is_array(); }
  bool IsNull() const { return e_.is_null(); }
  std::optional<SimdView> Find(std::string_view key) const {
    dom::object o;
    dom::element v;
    if (e_.get_object().get(o) != simdjson::SUCCESS || o.at_key(key).get(v) != simdjson::SUCCESS) return std::nullopt;
    return SimdView(v);
  }
  bool String(std::string* out) const {
    std::string_view s;
    if (e_.get_string().get(s) != simdjson::SUCCESS) return false;
    out->assign(s);
    return true;
  }
  bool Number(double* out) const { return e_.is_number() && e_.get_double().get(*out) == simdjson::SUCCESS; }
  bool Bool(bool* out) const { return e_.get_bool().get(*out) == simdjson::SUCCESS; }
  template <typename F>
  void ForEach(F&& f) const {
    dom::array a;
    if (e_.get_array().get(a) != simdjson::SUCCESS) return;
    for (dom::element x : a) f(SimdView(x));
  }
  template <typename F>
  void ForEachField(F&& f) const {
    dom::object o;
    if (e_.get_object().get(o) != simdjson::SUCCESS) return;
    for (dom::key_value_pair field : o) f(field.key, SimdView(field.value));
  }

 private:
  dom::element e_;
};

}  // namespace

Result<SearchPage> ParseSearchPage(std::string_view body) {
  std::string copy;
  copy.reserve(body.size() + simdjson::SIMDJSON_PADDING);
  copy.assign(body);
  return ParseSearchPage(copy);
}

Result<SearchPage> ParseSearchPage(std::string& body) {
  // One parser per thread: it keeps its buffers between pages.
  thread_local dom::parser parser;
  dom::element root;
  if (body.capacity() < body.size() + simdjson::SIMDJSON_PADDING)
    body.reserve(body.size() + simdjson::SIMDJSON_PADDING);
  // The padding lies inside the string's allocation; simdjson only reads it.
  if (parser.parse(body.data(), body.size(), false).get(root) != simdjson::SUCCESS) {
    return MakeError(
        ErrorKind::kProtocol,
        std::string(kWhat) + ": the answer is not valid JSON (truncated, or not Immich's API behind this URL)");
  }
  std::optional<SimdView> items, next;
  if (auto assets = SimdView(root).Find("assets"); assets && assets->IsObject()) {
    items = assets->Find("items");
    next = assets->Find("nextPage");
  }
  if (!items || !items->IsArray())
    return MakeError(ErrorKind::kProtocol, std::string(kWhat) + ": the answer has no assets.items list");
  SearchPage page;
  std::optional<Error> error;
  items->ForEach([&](const SimdView& aj) {
    if (error) return;
    auto asset = internal::ParseAssetOf(aj);
    if (!asset) {
      error = asset.error();
      return;
    }
    page.assets.push_back(std::move(asset.value()));
  });
  if (error) return *error;
  page.has_next = next && !next->IsNull() && !page.assets.empty();
  return page;
}

}  // namespace ifpo::immich
