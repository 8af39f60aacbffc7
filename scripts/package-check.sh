#!/usr/bin/env bash
# Proves the Debian package in a fresh Debian 12 system: builds it if needed
# (scripts/package.sh), installs it with apt-get into a fresh copy of a minimal
# bookworm chroot (mmdebstrap --variant=minbase, cached as a tarball), runs it
# there (--version, --demo with a report, ldd, the man page, the bash
# completion, the conffile), checks the systemd units with systemd-analyze
# verify, then purges it. Prints the figures; exit 1 on any failure.
#
# usage: scripts/package-check.sh          (as root: chroot, mount, mmdebstrap)
# environment: IFPO_CHROOT_CACHE (default /var/tmp/ifpo-chroots/package),
#   IFPO_CHROOT_REFRESH=1 (rebuild the cached base; it is rebuilt after 7 days anyway),
#   IFPO_MIRROR (default http://deb.debian.org/debian), KEEP_CHROOT=1 (leave the
#   chroot for inspection; its path is printed).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

pkg=immich-featured-photo-organizer
upstream_version="$(head -n1 VERSION | tr -d '[:space:]')"
version="$upstream_version-${DEB_REVISION:-1}"
arch="$(dpkg --print-architecture)"
deb="$here/dist/out/${pkg}_${version}_${arch}.deb"
cache="${IFPO_CHROOT_CACHE:-/var/tmp/ifpo-chroots/package}"
base="$cache/bookworm-minbase-$arch.tar"
mirror="${IFPO_MIRROR:-http://deb.debian.org/debian}"
security_mirror="${IFPO_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"

[ "$(id -u)" -eq 0 ] || { echo "error: run as root (chroot, mount, mmdebstrap)" >&2; exit 1; }
for tool in mmdebstrap systemd-analyze chroot mount tar du; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found (apt-get install mmdebstrap systemd)" >&2; exit 1; }
done

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*" >&2; }
# timed NAME COMMAND...: runs it, records how long it took.
times=()
timed() {
  local name="$1" start end rc=0
  shift
  printf '\n== %s\n' "$name" >&2
  start=$(date +%s.%N)
  "$@" || rc=$?
  end=$(date +%s.%N)
  times+=("$(awk -v n="$name" -v a="$start" -v b="$end" 'BEGIN { printf "%-34s %7.1f s", n, b - a }')")
  return $rc
}

if [ ! -f "$deb" ]; then
  timed "build the package" "$here/scripts/package.sh" >/dev/null
fi
[ -f "$deb" ] || { echo "error: $deb was not built" >&2; exit 1; }

# The cached base system: a tarball, so that every check starts from a fresh copy.
mkdir -p "$cache"
if [ "${IFPO_CHROOT_REFRESH:-0}" = 1 ] || [ -z "$(find "$base" -mtime -7 2>/dev/null)" ]; then
  make_base() {
    rm -f "$base.tmp"
    mmdebstrap --quiet --variant=minbase --format=tar bookworm "$base.tmp" \
      "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
      "deb $security_mirror bookworm-security main"
    mv "$base.tmp" "$base"
  }
  timed "mmdebstrap a bookworm minbase" make_base
fi

root="$(mktemp -d "$cache/run.XXXXXX")"
mounted=()
cleanup() {
  local m rc=$?
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    m="${mounted[i]}"
    umount "$m" 2>/dev/null || umount -l "$m" || true
  done
  if [ "${KEEP_CHROOT:-0}" = 1 ]; then
    echo "chroot kept: $root" >&2
  elif findmnt -rn -o TARGET | grep -q "^$root/"; then
    echo "warning: something is still mounted below $root; not removing it" >&2
  else
    rm -rf "$root"
  fi
  exit $rc
}
trap cleanup EXIT INT TERM

timed "unpack a fresh chroot" tar -C "$root" -xf "$base"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind /dev "$root/dev" && mounted+=("$root/dev")
mount --bind /dev/pts "$root/dev/pts" && mounted+=("$root/dev/pts")
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No daemons are started in the chroot.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
install -m 0644 "$deb" "$root/tmp/"
in_chroot() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

timed "apt-get update in the chroot" in_chroot apt-get update -qq
size_before=$(du -sxk "$root" | cut -f1)
pkgs_before=$(in_chroot dpkg-query -W -f='${Package}\n' | wc -l)
timed "apt-get install ./the.deb" in_chroot apt-get install -y -q "/tmp/$(basename "$deb")" > "$root/tmp/install.log" \
  || { tail -n 30 "$root/tmp/install.log" >&2; fail "apt-get install"; exit 1; }
in_chroot apt-get clean
size_after=$(du -sxk "$root" | cut -f1)
pkgs_after=$(in_chroot dpkg-query -W -f='${Package}\n' | wc -l)
grep -E '^(E|W):' "$root/tmp/install.log" >&2 || true

run_checks() {
  local out
  out="$(in_chroot $pkg --version)" || { fail "--version exited non-zero"; }
  if [[ "$out" =~ (^|[^0-9.])"$upstream_version"($|[^0-9.]) ]]; then ok "--version: $out"; else fail "--version printed '$out', not $upstream_version"; fi

  missing="$(in_chroot sh -c "ldd /usr/bin/$pkg; find /usr/lib -path '*/$pkg/*.so' -exec ldd {} \;" | grep 'not found' || true)"
  if [ -z "$missing" ]; then ok "every shared library is found"; else fail "libraries not found: $missing"; fi

  local f=/usr/share/man/man1/$pkg.1.gz
  if in_chroot test -s $f; then
    if in_chroot sh -c 'command -v man' >/dev/null; then
      out="$(in_chroot man -w $pkg)" && ok "man -w: $out" || fail "man -w $pkg"
    else
      ok "man page installed ($f; no man-db in the chroot)"
    fi
    # Render it (on the host's man-db) with warnings, as lintian does.
    if command -v man >/dev/null; then
      out="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$root$f" 2>&1 >/dev/null || true)"
      [ -z "$out" ] && ok "man page renders without warnings" || fail "man page warnings: $out"
    fi
  else
    fail "no man page at $f"
  fi

  f=/usr/share/bash-completion/completions/$pkg
  if out="$(in_chroot bash -c "source $f && complete -p $pkg" 2>&1)"; then ok "bash completion: $out"; else fail "bash completion ($f): $out"; fi

  out="$(in_chroot dpkg-query -W -f='${Conffiles}' $pkg)"
  [[ "$out" == *"/etc/default/$pkg "* ]] && ok "conffile /etc/default/$pkg registered" || fail "conffile not registered: $out"
}
timed "checks in the chroot" run_checks

run_demo() {
  local log="$root/tmp/demo.log"
  if in_chroot sh -c "cd /tmp && $pkg --demo --report /tmp/demo.html" > "$log" 2>&1; then
    if grep -qi '<html' "$root/tmp/demo.html" 2>/dev/null; then
      ok "--demo wrote /tmp/demo.html ($(stat -c %s "$root/tmp/demo.html") bytes)"
    else
      fail "--demo wrote no HTML report"
    fi
  else
    tail -n 20 "$log" >&2
    fail "--demo exited non-zero"
  fi
}
timed "--demo --report in the chroot" run_demo

# The service's SystemCallFilter=@system-service ~@privileged must allow what a
# run needs: trace --demo -b (images decoded and measured) as an unprivileged
# user, as the service's DynamicUser= runs it, and compare.
syscall_group() {  # the system calls of a systemd group, nested groups expanded
  systemd-analyze syscall-filter "$1" | sed -n '2,$p' | grep -v '^[[:space:]]*#' | tr -d ' ' | grep -v '^$' |
    while read -r x; do case $x in @*) syscall_group "$x" ;; *) echo "$x" ;; esac; done
}
check_syscalls() {
  if ! command -v strace >/dev/null; then echo "skipped: no strace on the host" >&2; return; fi
  local t="$root/tmp/sys" used allowed denied
  mkdir -p "$t/home" && chown -R nobody:nogroup "$t"
  strace -f -qq -o "$t/trace" chroot --userspec=nobody:nogroup "$root" /usr/bin/env -i HOME=/tmp/sys/home PATH=/usr/bin:/bin \
    sh -c "cd /tmp/sys && exec $pkg --demo -b --report /tmp/sys/r.html" > "$t/log" 2>&1 \
    || { tail -n 20 "$t/log" >&2; fail "--demo -b as nobody exited non-zero"; return; }
  # Only what follows the exec of the organizer (not chroot, env, sh).
  used="$(awk -v p="/usr/bin/$pkg" 'go { print; next } index($0, "execve(\"" p "\"") && / = 0$/ { go = 1 }' "$t/trace" |
    sed -E 's/^[0-9]+ +//; s/^<\.\.\. ([a-z0-9_]+) resumed>.*/\1/; s/^([a-z0-9_]+)\(.*/\1/' | grep -E '^[a-z0-9_]+$' | sort -u)"
  [ -n "$used" ] || { fail "strace saw no system calls of $pkg"; return; }
  allowed="$(syscall_group @system-service | sort -u)"
  denied="$( (comm -23 <(echo "$used") <(echo "$allowed"); comm -12 <(echo "$used") <(syscall_group @privileged | sort -u)) | sort -u | tr '\n' ' ')"
  if [ -z "$denied" ]; then
    ok "its $(echo "$used" | wc -l) system calls (--demo -b as nobody) pass SystemCallFilter=@system-service ~@privileged"
  else
    fail "system calls the service would deny: $denied"
  fi
}
timed "system calls vs SystemCallFilter" check_syscalls

# systemd-analyze verify runs on the host (the chroot has no systemd): the
# installed units, with ExecStart= pointing into the chroot (it checks that the
# program exists) and man pages looked up in the chroot (Documentation=).
# Any output is a failure: it prints unknown keys and bad values but exits 0.
verify_units() {
  local dir="$root/tmp/units" out
  mkdir -p "$dir"
  for u in "$root"/usr/lib/systemd/system/$pkg.*; do
    sed "s|^ExecStart=\(-\?\)/|ExecStart=\1$root/|" "$u" > "$dir/$(basename "$u")"
  done
  ls "$dir"/$pkg.service "$dir"/$pkg.timer >/dev/null || { fail "unit files missing"; return; }
  if out="$(MANPATH="$root/usr/share/man" systemd-analyze verify "$dir"/$pkg.service "$dir"/$pkg.timer 2>&1)" && [ -z "$out" ]; then
    ok "systemd-analyze verify: $pkg.service $pkg.timer"
  else
    fail "systemd-analyze verify: $out"
  fi
  out="$(systemd-analyze security --offline=true "$dir/$pkg.service" 2>&1 | grep 'Overall exposure' || true)"
  [ -n "$out" ] && echo "   ${out#→ }" >&2
  [ -e "$root/etc/systemd/system/timers.target.wants/$pkg.timer" ] && fail "the timer is enabled" || ok "the timer is not enabled"
}
timed "systemd-analyze verify" verify_units

purge() {
  in_chroot apt-get purge -y -q $pkg > "$root/tmp/purge.log" 2>&1 || { tail -n 20 "$root/tmp/purge.log" >&2; fail "apt-get purge"; return; }
  local left
  left="$(cd "$root" && ls -d usr/bin/$pkg usr/lib/systemd/system/$pkg.* etc/default/$pkg etc/$pkg 2>/dev/null || true)"
  [ -z "$left" ] && ok "purge removes every file" || fail "left after purge: $left"
}
timed "apt-get purge" purge

deb_size=$(stat -c %s "$deb")
installed_size=$(dpkg-deb -f "$deb" Installed-Size)
printf '\n== figures\n'
printf '%-34s %s\n' "package" "$(basename "$deb")"
printf '%-34s %s bytes (%s KiB)\n' ".deb size" "$deb_size" "$((deb_size / 1024))"
printf '%-34s %s KiB\n' "Installed-Size" "$installed_size"
printf '%-34s %s\n' "Depends" "$(dpkg-deb -f "$deb" Depends)"
printf '%-34s %s MiB -> %s MiB: +%s MiB, +%s packages\n' "chroot size (apt lists, no cache)" \
  "$((size_before / 1024))" "$((size_after / 1024))" "$(((size_after - size_before) / 1024))" "$((pkgs_after - pkgs_before))"
printf '%s\n' "${times[@]}"
if [ "$failures" -ne 0 ]; then
  echo "package-check: $failures failure(s)" >&2
  exit 1
fi
echo "package-check: all checks passed"
