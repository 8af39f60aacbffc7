#!/usr/bin/env bash
# Installs the Debian packages the project needs (as root, apt-get), only
# those missing. Run by run.sh, test.sh and scripts/chroot-check.sh.
# Knows Debian 12 (bookworm) and 13 (trixie); names that differ between them
# are chosen from /etc/os-release. On another Debian or Ubuntu release the
# trixie names are used where the archive has them, else it says what to
# install instead.
# usage: scripts/deps.sh [build|test|static]
#   static: build, plus what -DIFPO_STATIC_OPENCV=ON links (the reference
#   LAPACK/BLAS archives and gfortran's libgfortran.a)
set -euo pipefail
build_pkgs=(cmake g++ ninja-build pkg-config libcurl4-openssl-dev nlohmann-json3-dev libcli11-dev
  libopencv-dev libsqlite3-dev libcpp-httplib-dev libssl-dev libsimdjson-dev
  libjpeg-dev libwebp-dev libpng-dev)
static_pkgs=(liblapack-dev libblas-dev gfortran)
test_pkgs=(libgtest-dev chromium python3-skimage opencv-doc python3-jsonschema clang)

# Per release: the sanitizer/libFuzzer runtime of the default clang
# (bookworm's clang is 14, trixie's 19).
codename=unknown
if [ -r /etc/os-release ]; then
  codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-${VERSION_ID:-unknown}}")"
fi
known=1
case "$codename" in
  bookworm | 12) test_rel=(libclang-rt-14-dev) ;;
  trixie | 13) test_rel=(libclang-rt-19-dev) ;;
  *) test_rel=(libclang-rt-19-dev) known=0 ;;
esac

want=("${build_pkgs[@]}")
[ "${1:-build}" = test ] && want+=("${test_pkgs[@]}" "${test_rel[@]}")
[ "${1:-build}" = static ] && want+=("${static_pkgs[@]}")
if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  # Not Debian: say what is needed instead of failing on "apt-get: command not found".
  echo "error: this machine has no apt; install these (Debian's names; your distribution's" >&2
  echo "  equivalents: CMake 3.25+, a C++20 compiler, libcurl, nlohmann-json, CLI11, OpenCV core and" >&2
  echo "  imgproc, libjpeg-turbo, libwebp, libpng, SQLite, cpp-httplib, OpenSSL, simdjson):" >&2
  echo "  ${want[*]}" >&2
  echo "  or use the container image or the Debian package (README \"Install\")." >&2
  exit 1
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "error: missing packages (${missing[*]}) and not root; install them with apt-get" >&2; exit 1
  fi
else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ "$known" = 0 ]; then
  # An unknown release: check the archive has every name before installing.
  absent=()
  for p in "${missing[@]}"; do
    apt-cache show --no-all-versions "$p" >/dev/null 2>&1 || absent+=("$p")
  done
  if [ ${#absent[@]} -gt 0 ]; then
    echo "error: release '$codename' is not one this script knows (Debian 12 bookworm, 13 trixie)," >&2
    echo "  and its archive has no package named: ${absent[*]}" >&2
    present=()
    for p in "${missing[@]}"; do [[ " ${absent[*]} " == *" $p "* ]] || present+=("$p"); done
    echo "  install by hand: apt-get install ${present[*]}" >&2
    echo "  and the equivalents of ${absent[*]} (libclang-rt-N-dev: the compiler-rt of your clang N)" >&2
    exit 1
  fi
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
