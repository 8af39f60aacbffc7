#!/usr/bin/env bash
# Prints the Debian packages that hold the shared libraries BINARY loads, one
# per line: the image installs exactly these (the .deb gets the same from
# dpkg-shlibdeps). Arch-neutral: the paths come from ldd.
set -euo pipefail
owner() {
  # Merged /usr: dpkg may know the file under /lib or /usr/lib; alternatives
  # (liblapack.so.3) are symlinks to the real file.
  local plain=${1#/usr} real
  real=$(readlink -f "$1")
  dpkg -S "/usr$plain" 2>/dev/null || dpkg -S "$plain" 2>/dev/null || dpkg -S "$real" 2>/dev/null ||
    dpkg -S "${real#/usr}" 2>/dev/null || { echo "runtime-packages: no package owns $1" >&2; return 1; }
}
ldd "$1" | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | while read -r lib; do owner "$lib"; done |
  cut -d: -f1 | sort -u
