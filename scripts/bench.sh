#!/usr/bin/env bash
# The speed benchmark (issue 3) in one command: builds the organizer and the
# bench in Release into build-bench/ and runs it with the given arguments.
#   scripts/bench.sh                      # S and M, API 2.7, 5 ms latency
#   scripts/bench.sh --sizes S,M --dialect 2.7,3.2 --json bench.json
#   scripts/bench.sh --sizes L --modes standard   # peak memory at 2000 people / 200k photos
# Prints a Markdown table and the issue's targets on stdout (progress on
# stderr); --json FILE also writes every number. See bench/speed/README.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${IFPO_BENCH_BUILD_DIR:-$root/build-bench}"
jobs="${IFPO_BENCH_JOBS:-2}"
# Warnings stay visible but not fatal: GCC 12 at -O3 raises false -Wrestrict
# positives in std::string code that -O2 builds do not.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIFPO_WERROR=OFF >/dev/null
cmake --build "$build" -j"$jobs" --target immich-featured-photo-organizer speed-bench >&2
exec "$build/bench/speed-bench" --bin "$build/immich-featured-photo-organizer" "$@"
