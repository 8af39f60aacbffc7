#!/bin/bash
# Measure the tool against a real Immich: seed the labelled evaluation pairs (quality-eval --export),
# run the tool with the quality score and with --classic, and count how often it featured the better photo.
#   scripts/real-immich/check.sh [--url URL] [--export DIR] [--work DIR] [-- extra tool args]
# Key: IMMICH_API_KEY, else KEY_ALL from /tmp/real-immich/keys.env (admin: GET /api/queues needs it).
# Exit 0 when the measurement ran, whatever the score; 1 on setup errors.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
URL=${IMMICH_URL:-http://127.0.0.1:2284}
EXPORT='' WORK='' EXTRA=()
TOOL=${TOOL:-$REPO/build/immich-featured-photo-organizer}
EVAL=${EVAL:-$REPO/build/bench/quality-eval}
KEYS=${KEYS:-/tmp/real-immich/keys.env}

die() { echo "check.sh: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL=${2:?--url needs a value}; shift 2 ;;
    --export) EXPORT=${2:?--export needs a value}; shift 2 ;;
    --work) WORK=${2:?--work needs a value}; shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (tool arguments go after --)" ;;
  esac
done

if [ -z "${IMMICH_API_KEY:-}" ]; then
  [ -r "$KEYS" ] || die "no IMMICH_API_KEY and no $KEYS (run real_immich.sh keys)"
  IMMICH_API_KEY=$(sed -n 's/^KEY_ALL=//p' "$KEYS")
  [ -n "$IMMICH_API_KEY" ] || die "$KEYS has no KEY_ALL"
fi
export IMMICH_API_KEY IMMICH_URL=$URL
[ -x "$TOOL" ] || die "$TOOL is missing: build the project first"
curl -sf "${URL%/}/api/server/ping" >/dev/null || die "no Immich answers at $URL"

WORK=${WORK:-$(mktemp -d /tmp/ifpo-real-immich.XXXXXX)}
mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)
# The tool reads the key from a file so that it stays out of the process list.
KEYFILE="$WORK/key"
(umask 077; printf '%s\n' "$IMMICH_API_KEY" >"$KEYFILE")
trap 'rm -f "$KEYFILE"' EXIT

if [ -z "$EXPORT" ]; then
  [ -x "$EVAL" ] || die "$EVAL is missing: build bench/quality-eval, or pass --export DIR"
  EXPORT="$WORK/export"
  echo "== exporting the evaluation pairs to $EXPORT" >&2
  (cd "$REPO" && "$EVAL" --export "$EXPORT") >"$WORK/export.log" 2>&1 || { tail -20 "$WORK/export.log" >&2; die "quality-eval --export failed"; }
fi
[ -f "$EXPORT/pairs.json" ] || die "$EXPORT/pairs.json is missing"
EXPORT=$(cd "$EXPORT" && pwd)

PY=(python3 "$HERE/seed_and_score.py" --url "$URL")
echo "== seeding $URL from $EXPORT (work dir $WORK)" >&2
"${PY[@]}" seed --export "$EXPORT" --state "$WORK/state.json" || die "seeding failed"
mapfile -d '' NAMES < <("${PY[@]}" names --state "$WORK/state.json")
[ ${#NAMES[@]} -gt 0 ] || die "no eval people in the state"

RUNS=()
run() {  # label, tool options...: start every person from the worse photo, run, record what Immich holds
  local label=$1; shift
  echo "== $label: reset to the worse photos, run the tool" >&2
  "${PY[@]}" reset --state "$WORK/state.json" --out "$WORK/$label-before.json" || die "reset failed"
  local rc=0
  "$TOOL" "$URL" --api-key-file "$KEYFILE" -u --no-cache --output json "$@" "${EXTRA[@]}" -S "${NAMES[@]}" \
    >"$WORK/$label.jsonl" 2>"$WORK/$label.log" || rc=$?
  # rc 2 = some people failed; their lines still tell why. Anything else means the run itself broke.
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then tail -20 "$WORK/$label.log" >&2; die "$label run exited $rc"; fi
  [ "$rc" -eq 0 ] || echo "   ($label: tool exited 2: some people failed, see $WORK/$label.log)" >&2
  "${PY[@]}" snapshot --state "$WORK/state.json" --out "$WORK/$label-after.json" || die "snapshot failed"
  RUNS+=(--run "$label" "$WORK/$label.jsonl" "$WORK/$label-before.json" "$WORK/$label-after.json")
}
run quality -b
run classic --classic -b

"${PY[@]}" score --state "$WORK/state.json" "${RUNS[@]}" --out "$WORK/results.json" || die "scoring failed"
echo >&2
echo "details: $WORK (results.json, tool logs, *.jsonl)" >&2
