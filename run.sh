#!/usr/bin/env bash
# One command to run the organizer on a fresh Debian 12 or 13 machine: installs what
# it needs, builds (once), runs. Examples:
#   ./run.sh --demo
#   ./run.sh https://immich.example.com "$IMMICH_API_KEY" -bt
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/scripts/deps.sh" build
build="$here/build-release"
if [ ! -x "$build/immich-featured-photo-organizer" ] || [ -n "$(find "$here/src" "$here/testserver" "$here/CMakeLists.txt" -newer "$build/immich-featured-photo-organizer" -print -quit)" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIFPO_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --target immich-featured-photo-organizer -j"$(nproc)" >&2
fi
exec "$build/immich-featured-photo-organizer" "$@"
