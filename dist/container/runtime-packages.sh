#!/bin/sh
# Prints the Debian packages that hold the shared libraries BINARY loads, one
# per line: the image installs exactly these (the .deb gets the same from
# dpkg-shlibdeps). Arch-neutral: the paths come from ldd.
set -eu
ldd "$1" | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | while read -r lib; do
  # Merged /usr: dpkg may know the file under /lib or /usr/lib.
  plain=${lib#/usr}
  dpkg -S "/usr$plain" 2>/dev/null || dpkg -S "$plain" 2>/dev/null || {
    echo "runtime-packages: no package owns $lib" >&2; exit 1; }
done | cut -d: -f1 | sort -u
