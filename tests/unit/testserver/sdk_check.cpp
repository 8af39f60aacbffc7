#include "sdk_check.h"

#include <cctype>

namespace ifpo::testserver::testing {
namespace {

std::string Trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::string StripComments(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in.compare(i, 2, "/*") == 0) {
      size_t end = in.find("*/", i + 2);
      if (end == std::string::npos) break;
      i = end + 1;
      continue;
    }
    out += in[i];
  }
  return out;
}

// Splits at `sep` where no bracket of any kind is open.
std::vector<std::string> SplitTop(const std::string& s, char sep) {
  std::vector<std::string> parts;
  int depth = 0;
  std::string cur;
  for (char c : s) {
    if (c == '{' || c == '(' || c == '[' || c == '<') ++depth;
    if (c == '}' || c == ')' || c == ']' || c == '>') --depth;
    if (c == sep && depth == 0) {
      parts.push_back(Trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!Trim(cur).empty()) parts.push_back(Trim(cur));
  return parts;
}

// Body text between the brace at `open` and its partner.
std::string Block(const std::string& s, size_t open, size_t* end) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == '{') ++depth;
    if (s[i] == '}' && --depth == 0) {
      *end = i;
      return s.substr(open + 1, i - open - 1);
    }
  }
  *end = s.size();
  return "";
}

bool Wrapped(const std::string& t, char open, char close) {
  if (t.size() < 2 || t.front() != open || t.back() != close) return false;
  int depth = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == open) ++depth;
    if (t[i] == close && --depth == 0 && i + 1 != t.size()) return false;
  }
  return true;
}

}  // namespace

const SdkField* SdkTypes::Field(const std::string& type, const std::string& field) const {
  auto it = objects.find(type);
  if (it == objects.end()) return nullptr;
  for (const SdkField& f : it->second)
    if (f.name == field) return &f;
  return nullptr;
}

SdkTypes ParseSdk(const std::string& dts_text) {
  SdkTypes out;
  std::string s = StripComments(dts_text);
  size_t pos = 0;
  while ((pos = s.find("export ", pos)) != std::string::npos) {
    size_t line_end = s.find('\n', pos);
    std::string head = s.substr(pos, line_end - pos);
    if (head.rfind("export type ", 0) == 0) {
      size_t eq = head.find(" = ");
      if (eq == std::string::npos) {
        pos = line_end;
        continue;
      }
      std::string name = Trim(head.substr(12, eq - 12));
      size_t after = pos + eq + 3;
      if (s[after] == '{') {
        size_t end;
        std::string body = Block(s, after, &end);
        std::vector<SdkField>& fields = out.objects[name];
        for (const std::string& decl : SplitTop(body, ';')) {
          std::vector<std::string> nt = SplitTop(decl, ':');
          if (nt.size() < 2) continue;
          SdkField f;
          f.name = nt[0];
          std::string type = decl.substr(decl.find(':') + 1);
          if (!f.name.empty() && f.name.back() == '?') {
            f.optional = true;
            f.name.pop_back();
          }
          if (f.name.size() >= 2 && f.name.front() == '"') f.name = f.name.substr(1, f.name.size() - 2);
          f.type = Trim(type);
          fields.push_back(f);
        }
        pos = end;
        continue;
      }
      size_t semi = s.find(';', after);
      out.aliases[name] = Trim(s.substr(after, semi - after));
      pos = semi;
      continue;
    }
    if (head.rfind("export declare enum ", 0) == 0) {
      size_t brace = s.find('{', pos);
      std::string name = Trim(s.substr(pos + 20, brace - pos - 20));
      size_t end;
      std::string body = Block(s, brace, &end);
      for (const std::string& item : SplitTop(body, ',')) {
        size_t q1 = item.find('"'), q2 = item.rfind('"');
        if (q1 != std::string::npos && q2 > q1) out.enums[name].insert(item.substr(q1 + 1, q2 - q1 - 1));
      }
      pos = end;
      continue;
    }
    pos += 7;
  }
  return out;
}

std::vector<std::string> CheckType(const SdkTypes& sdk, const nlohmann::json& v,
                                   const std::string& type_in, const std::string& path) {
  std::string type = Trim(type_in);
  std::vector<std::string> alts = SplitTop(type, '|');
  if (alts.size() > 1) {
    std::vector<std::string> first;
    for (const std::string& alt : alts) {
      std::vector<std::string> p = CheckType(sdk, v, alt, path);
      if (p.empty()) return {};
      if (first.empty()) first = p;
    }
    return {path + ": " + v.dump().substr(0, 60) + " matches none of " + type};
  }
  if (Wrapped(type, '(', ')')) return CheckType(sdk, v, type.substr(1, type.size() - 2), path);
  auto fail = [&](const std::string& what) {
    return std::vector<std::string>{path + ": expected " + what + ", got " + v.dump().substr(0, 60)};
  };
  if (type == "null") return v.is_null() ? std::vector<std::string>{} : fail("null");
  if (type == "string") return v.is_string() ? std::vector<std::string>{} : fail("string");
  if (type == "number") return v.is_number() ? std::vector<std::string>{} : fail("number");
  if (type == "boolean") return v.is_boolean() ? std::vector<std::string>{} : fail("boolean");
  if (type == "any" || type == "unknown" || type == "object") return {};
  if (type.size() >= 2 && type.front() == '"')
    return v == type.substr(1, type.size() - 2) ? std::vector<std::string>{} : fail(type);
  if (type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0) {
    if (!v.is_array()) return fail("array");
    std::vector<std::string> out;
    for (size_t i = 0; i < v.size(); ++i) {
      auto p = CheckType(sdk, v[i], type.substr(0, type.size() - 2), path + "[" + std::to_string(i) + "]");
      out.insert(out.end(), p.begin(), p.end());
    }
    return out;
  }
  if (type.front() == '{' || type.rfind("Record<", 0) == 0)
    return v.is_object() ? std::vector<std::string>{} : fail("object");
  if (auto e = sdk.enums.find(type); e != sdk.enums.end()) {
    if (v.is_string() && e->second.count(v.get<std::string>())) return {};
    return fail("a value of enum " + type);
  }
  if (auto a = sdk.aliases.find(type); a != sdk.aliases.end())
    return CheckType(sdk, v, a->second, path);
  auto o = sdk.objects.find(type);
  if (o == sdk.objects.end()) return {path + ": unknown SDK type " + type};
  if (!v.is_object()) return fail("object " + type);
  std::vector<std::string> out;
  for (auto it = v.begin(); it != v.end(); ++it) {
    const SdkField* f = sdk.Field(type, it.key());
    if (f == nullptr) {
      out.push_back(path + "." + it.key() + ": not a field of " + type);
      continue;
    }
    auto p = CheckType(sdk, it.value(), f->type, path + "." + it.key());
    out.insert(out.end(), p.begin(), p.end());
  }
  for (const SdkField& f : o->second)
    if (!f.optional && !v.contains(f.name)) out.push_back(path + "." + f.name + ": required by " + type + " but missing");
  return out;
}

}  // namespace ifpo::testserver::testing
