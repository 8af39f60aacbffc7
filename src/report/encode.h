// Text encodings the report needs: HTML escaping, base64 for data: URIs and
// percent-encoding of ids put into links.
#pragma once

#include <string>
#include <string_view>

namespace ifpo::report {

// Escapes & < > " ' so the text is safe both in element content and inside
// double- or single-quoted attribute values.
std::string EscapeHtml(std::string_view text);

// Standard base64 (RFC 4648 §4) with '=' padding.
std::string Base64Encode(std::string_view bytes);

// Percent-encodes everything but RFC 3986 unreserved characters, so an id
// can only ever be one path segment.
std::string PercentEncode(std::string_view text);

// True for http:// and https:// URLs (case-insensitive scheme); anything
// else (javascript:, data:, relative) is never made a link.
bool IsWebUrl(std::string_view url);

}  // namespace ifpo::report
