// --output json: one object per person per line, from the same Page the
// HTML report shows (docs/output.schema.json documents every field).
#pragma once

#include <string>

#include "report/html.h"

namespace ifpo::report {

std::string RenderJsonLines(const Page& page);

}  // namespace ifpo::report
