#!/usr/bin/env bash
# Builds the project and runs its ctest suite inside a clean Debian chroot made
# from Debian's packages (mmdebstrap), to prove a release works:
#   scripts/chroot-check.sh trixie      (or bookworm)
# As root. The chroot is kept in $IFPO_CHROOT_DIR/SUITE (default
# /var/tmp/ifpo-chroots/SUITE) and reused by later runs, so only the first run
# downloads the system; delete that directory to start from nothing.
# Each run copies the tracked files of this work tree in (HEAD plus any
# uncommitted changes to tracked files; untracked files are left out), runs
# scripts/deps.sh test inside, then configures (Ninja, -DIFPO_WERROR=ON),
# builds from scratch and runs ctest. It prints each phase's time and the test
# counts at the end, and exits non-zero on any failure.
# Environment: IFPO_JOBS (build jobs, default 2), IFPO_CHROOT_DIR.
set -euo pipefail

usage() { echo "usage: $0 bookworm|trixie" >&2; exit 2; }
[ $# -eq 1 ] || usage
suite=$1
case "$suite" in bookworm | trixie) ;; *) usage ;; esac
[ "$(id -u)" -eq 0 ] || { echo "chroot-check: must run as root (mmdebstrap, chroot, mount)" >&2; exit 1; }

here="$(cd "$(dirname "$0")/.." && pwd)"
base="${IFPO_CHROOT_DIR:-/var/tmp/ifpo-chroots}"
root="$base/$suite"
jobs="${IFPO_JOBS:-2}"
src=/ifpo/src # inside the chroot
bld=/ifpo/build
log="$base/$suite.log"

declare -a phase_names=() phase_secs=()
t0=$SECONDS
phase_start=$SECONDS
current=""
begin() {
  end_phase
  current=$1
  phase_start=$SECONDS
  echo "== [$suite] $1" >&2
}
end_phase() {
  if [ -n "$current" ]; then
    phase_names+=("$current")
    phase_secs+=($((SECONDS - phase_start)))
    current=""
  fi
}

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
  done
  mounted=()
}
on_exit() {
  local rc=$?
  cleanup
  if [ "$rc" -ne 0 ]; then
    echo "== [$suite] FAILED (exit $rc) in phase: ${current:-?}" >&2
  fi
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT TERM

mnt() { # mnt TARGET mount-args...
  local target=$1
  shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounted+=("$target")
}

# Runs a shell command inside the chroot with a clean environment.
in_chroot() {
  chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive /bin/bash -euo pipefail -c "$1"
}

# 1. The chroot: made once, reused while its marker file is there.
if [ -f "$root/.ifpo-chroot-ready" ]; then
  begin "chroot (reused $root)"
else
  begin "chroot (mmdebstrap --variant=minbase $suite)"
  command -v mmdebstrap >/dev/null || { echo "chroot-check: mmdebstrap not found (apt-get install mmdebstrap)" >&2; exit 1; }
  mkdir -p "$base"
  rm -rf "$root.partial"
  mmdebstrap --variant=minbase "$suite" "$root.partial"
  # No daemon is started by a package installed into the chroot.
  printf '#!/bin/sh\nexit 101\n' >"$root.partial/usr/sbin/policy-rc.d"
  chmod 755 "$root.partial/usr/sbin/policy-rc.d"
  rm -rf "$root"
  mv "$root.partial" "$root"
  touch "$root/.ifpo-chroot-ready"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
grep -E '^(PRETTY_NAME|VERSION_CODENAME)=' "$root/etc/os-release" >&2

# 2. The source: HEAD plus uncommitted changes to tracked files (git stash
# create makes that tree as a commit without touching the work tree).
begin "copy source"
rev="$(git -C "$here" stash create)"
rev="${rev:-HEAD}"
rm -rf "$root/ifpo"
mkdir -p "$root$src"
git -C "$here" archive --format=tar "$rev" | tar -x -C "$root$src"
echo "source: $(git -C "$here" rev-parse --short HEAD)$([ "$rev" = HEAD ] || echo ' + uncommitted changes')" >&2
# The real server's sample answers beside the repository (../shared), which
# some conformance tests read (they skip without them).
if [ -d "$here/../shared/immich-samples" ]; then
  mkdir -p "$root/ifpo/shared"
  cp -r "$here/../shared/immich-samples" "$root/ifpo/shared/"
fi

mnt "$root/proc" -t proc proc
mnt "$root/sys" -t sysfs -o ro sysfs
mnt "$root/dev" --bind /dev
mnt "$root/dev/pts" --bind /dev/pts
mnt "$root/dev/shm" -t tmpfs -o mode=1777 tmpfs # Chromium's shared memory

# 3. The packages, by the project's own script.
begin "deps (scripts/deps.sh test)"
in_chroot "cd $src && scripts/deps.sh test"

# 4. Configure and build, warnings as errors (the flags of test.sh).
begin "configure (cmake -G Ninja -DIFPO_WERROR=ON)"
in_chroot "cmake -S $src -B $bld -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIFPO_WERROR=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO='-O2 -g1 -DNDEBUG' >/dev/null"
begin "build (-j$jobs)"
in_chroot "cmake --build $bld -j$jobs"

# 5. The tests (all loopback-only). Twice as many as build jobs, as test.sh.
begin "ctest"
set +e
in_chroot "ctest --test-dir $bld --output-on-failure -j$((jobs * 2)) --timeout 900" 2>&1 | tee "$log"
ctest_rc=${PIPESTATUS[0]}
set -e
end_phase

# Figures.
summary="$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1 || true)"
skipped="$(grep -cE '\*\*\*Skipped' "$log" || true)"
echo
echo "== chroot-check $suite: figures"
grep -E '^PRETTY_NAME=' "$root/etc/os-release" | cut -d= -f2- | tr -d '"'
in_chroot 'for p in g++ cmake libopencv-dev libcli11-dev libsimdjson-dev libcpp-httplib-dev libgtest-dev nlohmann-json3-dev chromium; do
  printf "  %-20s %s\n" "$p" "$(dpkg-query -W -f="\${Version}" "$p" 2>/dev/null || echo -)"; done'
for i in "${!phase_names[@]}"; do
  printf '  %-45s %5d s\n' "${phase_names[i]}" "${phase_secs[i]}"
done
printf '  %-45s %5d s\n' "total" $((SECONDS - t0))
echo "  tests: ${summary:-no ctest summary found} (skipped: ${skipped:-0}); log: $log"
if [ "$ctest_rc" -ne 0 ] || [ -z "$summary" ]; then
  current="ctest"
  exit 1
fi
echo "== chroot-check $suite: OK"
