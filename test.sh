#!/usr/bin/env bash
# One command to run every test on a fresh Debian 12 or 13 machine: installs what it
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

phase() { echo "== $1 ($((SECONDS - start)) s so far)"; }

phase "build (warnings are errors)"
# -g1: line tables only. Full debug info (-g) cost a third of the compile
# time and is not needed for test failures' stack traces.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIFPO_WERROR=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
cmake --build build -j"$jobs"

phase "unit, end-to-end, browser and quality tests"
# Twice as many tests as cores: most end-to-end tests wait on a child
# process or the test server rather than compute.
ctest --test-dir build --output-on-failure -j"$((jobs * 2))" --timeout 900

phase "style and static checks"
scripts/lint.sh build

if [ "${IFPO_QUICK:-0}" != 1 ]; then
  phase "fuzzing (short runs on the committed corpus)"
  scripts/fuzz.sh
  phase "the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer"
  scripts/sanitize.sh
fi
echo "== all tests passed in $((SECONDS - start)) s"
