// Internal: TsPerson/TsAsset/TsFace → Immich's response DTOs, per dialect.
// Callers hold st.people_mu (shared) while mapping.
#pragma once

#include <string>
#include <vector>

#include "http_util.h"
#include "state.h"

namespace ifpo::testserver {

// "2025-01-20T14:45:00.000Z" → "2025-01-20T14:45:00+00:00" (Postgres JSON style,
// as exif dates are served); keeps a non-zero fraction.
std::string PgTimestamp(const std::string& iso_z);

Json PersonJson(const State& st, const TsPerson& p, bool pg_time = false);  // PersonResponseDto
Json FaceJson(const TsFace& f);                                             // AssetFaceWithoutPersonResponseDto
Json FaceWithPersonJson(const State& st, const TsFace& f);                  // AssetFaceResponseDto
Json ExifJson(const TsAsset& a);                                            // ExifResponseDto

// AssetResponseDto. with_faces: load people[].faces[] and unassignedFaces
// (≤2.7); on 3.x it fills people[] without faces instead.
Json AssetJson(const State& st, const TsAsset& a, bool with_exif, bool with_faces);

// AssetJson in three parts (the search cache splices them as text): the
// fields before "people", the faces grouped per person in order of first
// appearance (person null: the unassigned faces), and the fields after.
Json AssetHeadJson(const State& st, const TsAsset& a, bool with_exif);
struct FaceGroup {
  const TsPerson* person = nullptr;
  std::vector<const TsFace*> faces;
};
std::vector<FaceGroup> GroupFaces(const State& st, const TsAsset& a);
Json AssetTailJson(const State& st, const TsAsset& a);

}  // namespace ifpo::testserver
