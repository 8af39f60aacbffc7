#!/usr/bin/env bash
# Builds the container image (Dockerfile) on a local debian:12-slim made from
# Debian's packages with mmdebstrap, and proves in it, configured by
# environment only: --demo, a dry run and a real run against the test server
# on loopback, two runs of an every-minute schedule (the second: unchanged),
# SIGTERM between runs and during one. Prints the figures. Needs root (apt,
# buildah); takes ~10 min on 2 cores, most of it the image's build stage.
#   scripts/container-check.sh            Debian 12 base
#   SUITE=trixie scripts/container-check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
suite=${SUITE:-bookworm}
case "$suite" in
  bookworm) base=docker.io/library/debian:12-slim ;;
  trixie) base=docker.io/library/debian:13-slim ;;
  *) echo "SUITE must be bookworm or trixie" >&2; exit 1 ;;
esac
version=$(cat VERSION)
image=localhost/immich-featured-photo-organizer:check
port=${PORT:-28283}
work=$(mktemp -d)
start=$SECONDS
phase() { echo "== $1 ($((SECONDS - start)) s so far)"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
server_pid=
ctr=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$ctr" ] && buildah rm "$ctr" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

need=()
for tool in buildah podman mmdebstrap; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    buildah podman mmdebstrap uidmap >/dev/null
fi

phase "base image $base"
if ! podman image exists "$base"; then
  # As Docker's slim images: no man pages, docs or translations.
  mmdebstrap --quiet --variant=minbase --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    "$suite" - | podman import - "$base" >/dev/null
fi

phase "build the image"
build_start=$SECONDS
buildah bud --isolation chroot --layers --quiet --build-arg BASE="$base" --build-arg VERSION="$version" -t "$image" . >/dev/null
build_s=$((SECONDS - build_start))
base_bytes=$(podman image inspect --format '{{.Size}}' "$base")
image_bytes=$(podman image inspect --format '{{.Size}}' "$image")
added_mb=$(( (image_bytes - base_bytes) / 1000000 ))
label=$(podman image inspect --format '{{index .Labels "org.opencontainers.image.version"}}' "$image")
[ "$label" = "$version" ] || fail "image label version '$label' is not $version"

phase "the test server on 127.0.0.1:$port (host build)"
cmake -S . -B build-check -G Ninja -DCMAKE_BUILD_TYPE=Release -DIFPO_BUILD_TESTS=OFF >/dev/null
cmake --build build-check --target immich-test-server -j"$(nproc)" >/dev/null
serve() {  # serve [extra test-server args]
  [ -n "$server_pid" ] && { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; }
  build-check/immich-test-server --port "$port" --api-key check-key "$@" > "$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 50); do grep -q listening "$work/server.log" && return 0; sleep 0.1; done
  fail "the test server did not start: $(cat "$work/server.log")"
}

ctr=$(buildah from --quiet "$image")
# As `docker run`: the image's user, environment and entry point; the host's loopback.
run() { buildah run --isolation chroot --network host "$@"; }
in_ctr() { run "$ctr" -- "$@"; }
tool() { run "${envs[@]}" "$ctr" -- /usr/local/bin/entrypoint "$@"; }
summary() { grep -o 'msg=Done!.*' "$1" | tail -n 1; }

phase "--version, start-up time"
out=$(in_ctr /usr/local/bin/entrypoint --version)
[ "$out" = "immich-featured-photo-organizer $version" ] || fail "--version said '$out'"
[ "$(in_ctr id -u)" = 1000 ] || fail "the image does not run as uid 1000"
t0=$(date +%s%N)
for _ in $(seq 10); do in_ctr /usr/bin/immich-featured-photo-organizer --version >/dev/null; done
startup_ms=$(( ($(date +%s%N) - t0) / 10000000 ))
t0=$(date +%s%N)
for _ in $(seq 10); do in_ctr /bin/true; done
true_ms=$(( ($(date +%s%N) - t0) / 10000000 ))

phase "--demo"
envs=()
tool --demo --report /data/demo.html > "$work/demo.log" || fail "--demo: $(cat "$work/demo.log")"
in_ctr test -s /data/demo.html || fail "--demo wrote no report"
grep -q 'msg=Done!' "$work/demo.log" || fail "--demo printed no summary: $(cat "$work/demo.log")"

phase "a dry run, then a real run, configured by environment only"
serve --library scaled --people 12 --photos 120 --seed 5
envs=(-e IMMICH_URL="http://127.0.0.1:$port" -e IMMICH_API_KEY=check-key -e DETECT_BLUR=true)
envs+=(-e DRY_RUN=true -e REPORT=/data/review.html)
tool > "$work/dry.log" || fail "dry run: $(cat "$work/dry.log")"
envs=("${envs[@]:0:6}")
dry=$(summary "$work/dry.log")
echo "   dry run: $dry"
echo "$dry" | grep -q 'would_update=[1-9]' || fail "the dry run would change nobody: $dry"
in_ctr test -s /data/review.html || fail "the dry run wrote no report"
grep -q 'check-key' "$work/dry.log" && fail "the API key was printed"
tool > "$work/real.log" || fail "real run: $(cat "$work/real.log")"
real=$(summary "$work/real.log")
echo "   real run: $real"
n=$(echo "$dry" | sed -n 's/.*would_update=\([0-9]*\).*/\1/p')
echo "$real" | grep -q "updated=$n" || fail "the real run did not update the $n people of the dry run: $real"

phase "two scheduled runs (every minute), then SIGTERM between runs"
serve --library scaled --people 12 --photos 120 --seed 6
envs+=(-e CRON_EXPRESSION='* * * * *' -e RUN_ON_START=true -e STATE_DIR=/data/scheduled -e TZ=Europe/Berlin)
tool > "$work/sched.log" &
sched=$!
deadline=$((SECONDS + 150))
while [ "$(grep -c 'msg=Done!' "$work/sched.log" || true)" -lt 2 ] && [ $SECONDS -lt $deadline ]; do sleep 1; done
runs=$(grep 'msg=Done!' "$work/sched.log" || true)
echo "$runs" | sed 's/^/   /'
[ "$(echo "$runs" | grep -c 'Done!')" -ge 2 ] || fail "two scheduled runs did not happen: $(cat "$work/sched.log")"
echo "$runs" | sed -n 1p | grep -q 'updated=[1-9]' || fail "the first scheduled run updated nobody"
echo "$runs" | sed -n 2p | grep -q 'unchanged=[1-9]' || fail "the second scheduled run did not report unchanged"
echo "$runs" | sed -n 2p | grep -qE ' updated=[1-9]' && fail "the second scheduled run changed people again"
grep -q 'tz=Europe/Berlin' "$work/sched.log" || fail "TZ was not used"
sleep 2
pid=$(pgrep -n -f '^/usr/bin/immich-featured-photo-organizer') || fail "no organizer process"
t0=$(date +%s%N)
kill -TERM "$pid"
wait "$sched" && rc=0 || rc=$?
idle_stop_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$rc" = 0 ] || fail "SIGTERM between runs: exit $rc"
grep -q 'stopped while waiting' "$work/sched.log" || fail "no 'stopped while waiting'"
envs=("${envs[@]:0:6}")

phase "SIGTERM during a run"
serve --library scaled --people 40 --photos 800 --seed 7 --latency-ms 150
envs+=(-e STATE_DIR=/data/interrupted)
tool > "$work/term.log" &
term=$!
deadline=$((SECONDS + 60))
until grep -q 'people identified' "$work/term.log" || [ $SECONDS -ge $deadline ]; do sleep 0.2; done
sleep 3
pid=$(pgrep -n -f '^/usr/bin/immich-featured-photo-organizer') || fail "the run ended before SIGTERM"
t0=$(date +%s%N)
kill -TERM "$pid"
wait "$term" && rc=0 || rc=$?
run_stop_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$rc" = 130 ] || fail "SIGTERM during a run: exit $rc, not 130: $(tail -5 "$work/term.log")"
[ "$run_stop_ms" -lt 10000 ] || fail "SIGTERM took ${run_stop_ms} ms (docker stop kills after 10 s)"
# The record is consistent: the next run finds no photo "picked by hand" and
# fails nobody.
serve --library scaled --people 40 --photos 800 --seed 7
tool > "$work/after.log" || fail "the run after SIGTERM: $(tail -5 "$work/after.log")"
after=$(summary "$work/after.log")
echo "   after SIGTERM: $after"
echo "$after" | grep -qE 'failed=[1-9]|skipped=[1-9]' && fail "the record was left inconsistent: $after"
grep -q 'picked by hand' "$work/after.log" && fail "a person was taken for a hand pick after SIGTERM"

phase "done"
cat <<REPORT
container-check passed ($suite):
  image adds to $base: ${added_mb} MB (image $((image_bytes / 1000000)) MB, base $((base_bytes / 1000000)) MB)
  build: ${build_s} s; --version in the container: ${startup_ms} ms a run (/bin/true: ${true_ms} ms)
  SIGTERM between runs: exit 0 after ${idle_stop_ms} ms; during a run: exit 130 after ${run_stop_ms} ms
  total: $((SECONDS - start)) s
REPORT
