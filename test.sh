#!/usr/bin/env bash
# One command to run every test on a fresh Debian 12 machine: installs what it
# needs (apt-get as root), builds with warnings as errors, runs the unit,
# end-to-end, browser and quality suites (ctest), the style and static checks,
# short fuzz runs, and the whole suite again under ASan+UBSan.
#   IFPO_QUICK=1 ./test.sh   skips the fuzz and sanitizer stages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
scripts/deps.sh test
jobs="$(nproc)"
start=$SECONDS

echo "== build (warnings are errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIFPO_WERROR=ON >/dev/null
cmake --build build -j"$jobs"

echo "== unit, end-to-end, browser and quality tests"
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 900

echo "== style and static checks"
scripts/lint.sh build

if [ "${IFPO_QUICK:-0}" != 1 ]; then
  echo "== fuzzing (short runs on the committed corpus)"
  scripts/fuzz.sh
  echo "== the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer"
  scripts/sanitize.sh
fi
echo "== all tests passed in $((SECONDS - start)) s"
