#!/usr/bin/env bash
# One command to run the organizer on a fresh Debian 12 or 13 machine:
# installs what it needs, builds (once), runs. Examples:
#   ./run.sh --demo
#   ./run.sh https://immich.example.com "$IMMICH_API_KEY" -bt
# A binary that is built and newer than the sources runs at once: no apt, no
# cmake. The build stays in build-release/; `cmake --install build-release`
# puts it, its man page and bash completion under /usr/local.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$here/build-release"
bin="$build/immich-featured-photo-organizer"
stale() {
  [ ! -x "$bin" ] || [ -n "$(find "$here/src" "$here/testserver" "$here/CMakeLists.txt" "$here/VERSION" \
    -newer "$bin" -print -quit)" ]
}
if stale; then
  "$here/scripts/deps.sh" build
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIFPO_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --target immich-featured-photo-organizer -j"$(nproc)" >&2
fi
exec "$bin" "$@"
