#include <cctype>
#include <string>

#include "net/transport.h"

namespace ifpo::net {

std::string Redact(std::string text, const std::string& secret) {
  if (secret.empty()) return text;
  static const std::string kMask = "***";
  size_t pos = 0;
  while ((pos = text.find(secret, pos)) != std::string::npos) {
    text.replace(pos, secret.size(), kMask);
    pos += kMask.size();
  }
  return text;
}

namespace {

bool StartsWithNoCase(const std::string& text, size_t pos, const std::string& prefix) {
  if (pos + prefix.size() > text.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[pos + i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string RedactUrl(const std::string& url, const std::string& secret) {
  std::string text = Redact(url, secret);
  // Mask "apiKey=<value>" wherever a query parameter starts (after ? or &),
  // case-insensitively: the value may be a different key than ours.
  static const std::string kParam = "apikey=";
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const bool at_param = (text[i] == '?' || text[i] == '&' || text[i] == ';') && StartsWithNoCase(text, i + 1, kParam);
    if (!at_param) {
      out += text[i++];
      continue;
    }
    out.append(text, i, 1 + kParam.size());
    i += 1 + kParam.size();
    size_t end = i;
    while (end < text.size() && text[end] != '&' && text[end] != '#' && text[end] != ';' &&
           !std::isspace(static_cast<unsigned char>(text[end]))) {
      ++end;
    }
    if (end > i) out += "***";
    i = end;
  }
  return out;
}

}  // namespace ifpo::net
