// Internal: route registration, one function per API area.
#pragma once

#include <httplib.h>

#include "state.h"

namespace ifpo::testserver {

void RegisterServerRoutes(httplib::Server& svr, State& st);  // server/*, api-keys/me
void RegisterPeopleRoutes(httplib::Server& svr, State& st);  // people*, search/person
void RegisterSearchRoutes(httplib::Server& svr, State& st);  // search/metadata
void RegisterAssetRoutes(httplib::Server& svr, State& st);   // assets/*, faces

}  // namespace ifpo::testserver
