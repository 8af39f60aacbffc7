#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs (as root, apt-get), only
# those missing. Sourced by run.sh and test.sh.
# usage: scripts/deps.sh [build|test|static]
#   static: build, plus what -DIFPO_STATIC_OPENCV=ON links (the reference
#   LAPACK/BLAS archives and gfortran's libgfortran.a)
set -euo pipefail
build_pkgs=(cmake g++ ninja-build pkg-config libcurl4-openssl-dev nlohmann-json3-dev libcli11-dev
  libopencv-dev libjpeg-dev libwebp-dev libpng-dev libsqlite3-dev libcpp-httplib-dev libssl-dev libsimdjson-dev)
static_pkgs=(liblapack-dev libblas-dev gfortran)
test_pkgs=(libgtest-dev chromium python3-skimage opencv-doc python3-jsonschema clang libclang-rt-14-dev)
want=("${build_pkgs[@]}")
[ "${1:-build}" = test ] && want+=("${test_pkgs[@]}")
[ "${1:-build}" = static ] && want+=("${static_pkgs[@]}")
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
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
