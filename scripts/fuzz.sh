#!/usr/bin/env bash
# Short fuzz run for CI: builds the libFuzzer targets (fuzz/build.sh, clang
# with ASan + UBSan), runs each on its committed corpus (fuzz/corpus/<target>)
# for FUZZ_SECONDS (default 20), and prints "fuzz: <target> <runs> runs, 0 crashes".
# Exits non-zero on the first crash, leak, timeout or OOM; the input that did
# it is kept in $FUZZ_BUILD_DIR/artifacts. New inputs found go to a scratch
# directory, never into the committed corpus.
#   scripts/fuzz.sh [target...]
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
SECONDS_EACH="${FUZZ_SECONDS:-20}"
export FUZZ_BUILD_DIR="$OUT"

command -v clang++ >/dev/null || { echo "fuzz: clang++ not found (scripts/deps.sh test installs clang and its libclang-rt-N-dev)" >&2; exit 1; }
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(fuzz_json fuzz_dates fuzz_cli fuzz_url fuzz_image)

"$ROOT/fuzz/build.sh" "${TARGETS[@]}" >/dev/null || { echo "fuzz: build failed" >&2; exit 1; }

mkdir -p "$OUT/artifacts"
# One fuzzer per core at a time: each is single-threaded, so every target
# still gets a whole core for its FUZZ_SECONDS, in less wall time.
PARALLEL="${FUZZ_PARALLEL:-$(nproc)}"

# Runs one target; its exit code goes to $OUT/<target>.rc.
run_one() {
  local t="$1" scratch log
  scratch="$(mktemp -d "/tmp/ifpo-fuzz-$t-XXXXXX")"
  log="$OUT/$t.log"
  # -timeout: one input may take 10 s (a decode); -rss_limit_mb: a bomb that
  # got through would allocate far more than this. -seed: the same mutations
  # every run, so CI is reproducible (FUZZ_SEED=0 explores at random).
  "$OUT/$t" -seed="${FUZZ_SEED:-1}" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$OUT/artifacts/$t-" \
    "$scratch" "$ROOT/fuzz/corpus/$t" >"$log" 2>&1
  echo $? >"$OUT/$t.rc"
  rm -rf "$scratch"
}

for t in "${TARGETS[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$PARALLEL" ]; do wait -n || true; done
  run_one "$t" &
done
wait

failed=0
for t in "${TARGETS[@]}"; do
  log="$OUT/$t.log"
  rc="$(cat "$OUT/$t.rc" 2>/dev/null || echo 1)"
  runs="$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)"
  [ -z "$runs" ] && runs="$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)"
  if [ "$rc" -ne 0 ]; then
    echo "fuzz: $t FAILED (exit $rc) after ${runs:-?} runs; log: $log" >&2
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -20 >&2
    failed=1
  else
    echo "fuzz: $t ${runs:-0} runs, 0 crashes"
  fi
done
exit $failed
