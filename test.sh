#!/usr/bin/env bash
# One command to run every test on a fresh Debian 12 machine: installs what it
# needs (apt-get as root), builds with warnings as errors, runs the unit and
# end-to-end suites (ctest), then the sanitizer build and short fuzz runs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
scripts/deps.sh test
jobs="$(nproc)"

echo "== build (warnings are errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIFPO_WERROR=ON >/dev/null
cmake --build build -j"$jobs"

echo "== unit and end-to-end tests"
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 600
