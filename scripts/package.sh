#!/usr/bin/env bash
# Builds the Debian package dist/out/immich-featured-photo-organizer_<version>_<arch>.deb
# (Release, hardened with dpkg-buildflags, stripped, Depends from dpkg-shlibdeps) and
# checks it with lintian: exit 1 on any lintian error. Needs cmake, g++, dpkg-dev,
# lintian and the build dependencies (scripts/deps.sh static, run here).
#
# usage: scripts/package.sh
# environment: BUILD_DIR (default build-package/), JOBS (default 2),
#   DEB_REVISION (default 1), DEBFULLNAME/DEBEMAIL (the maintainer; default: git
#   config user.name/user.email), IFPO_HOMEPAGE, IFPO_SKIP_LINTIAN=1.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

pkg=immich-featured-photo-organizer
upstream_version="$(head -n1 VERSION | tr -d '[:space:]')"
[[ "$upstream_version" =~ ^[0-9][0-9A-Za-z.+~]*$ ]] || { echo "error: VERSION '$upstream_version' is not a Debian upstream version" >&2; exit 1; }
version="$upstream_version-${DEB_REVISION:-1}"
arch="$(dpkg --print-architecture)"
build="${BUILD_DIR:-$here/build-package}"
# The staging root sits where dpkg-shlibdeps expects a package's files:
# <dir>/debian/<package>, next to a debian/control written below.
pkgdir="$build/deb"
root="$pkgdir/debian/$pkg"
out="$here/dist/out"
deb="$out/${pkg}_${version}_${arch}.deb"
jobs="${JOBS:-2}"
maintainer="${DEBFULLNAME:-$(git config user.name || true)} <${DEBEMAIL:-$(git config user.email || true)}>"
[[ "$maintainer" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || { echo "error: no maintainer; set DEBFULLNAME and DEBEMAIL" >&2; exit 1; }
homepage="${IFPO_HOMEPAGE:-https://github.com/GreaseHeadD/immich-featured-photo-organizer}"
# Reproducible timestamps (changelog date, file times in the .deb): the last commit.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"

"$here/scripts/deps.sh" static
for tool in cmake dpkg-buildflags dpkg-shlibdeps dpkg-deb gzip strip; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found (apt-get install cmake dpkg-dev binutils)" >&2; exit 1; }
done
step() { printf '\n== %s\n' "$*" >&2; }

step "configure and build $pkg $version ($arch) in $build"
# Debian's hardening flags (fortify, stack protector, relro, bindnow, PIE, CET),
# as a Debian package build would use them; run from the source root so that
# -ffile-prefix-map maps it to '.'.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
generator=()
if [ ! -f "$build/CMakeCache.txt" ] && command -v ninja >/dev/null; then generator=(-G Ninja); fi
cmake -S "$here" -B "$build" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DIFPO_STATIC_OPENCV=ON -DIFPO_BUILD_TESTS=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" \
  -DCMAKE_EXE_LINKER_FLAGS="$ldflags" -DCMAKE_SHARED_LINKER_FLAGS="$ldflags" -DCMAKE_MODULE_LINKER_FLAGS="$ldflags" \
  >/dev/null
cmake --build "$build" -j"$jobs"

step "install into $root"
rm -rf "$pkgdir"
DESTDIR="$root" cmake --install "$build" >/dev/null
[ -x "$root/usr/bin/$pkg" ] || { echo "error: cmake --install did not install usr/bin/$pkg" >&2; exit 1; }

# systemd units (installed, not enabled), the /etc/default conffile, the key's directory.
install -D -m 0644 dist/systemd/$pkg.service "$root/usr/lib/systemd/system/$pkg.service"
install -D -m 0644 dist/systemd/$pkg.timer "$root/usr/lib/systemd/system/$pkg.timer"
install -D -m 0644 dist/default/$pkg "$root/etc/default/$pkg"
install -d -m 0755 "$root/etc/$pkg"

# Manual pages are compressed in Debian.
if [ -d "$root/usr/share/man" ]; then
  find "$root/usr/share/man" -type f ! -name '*.gz' -exec gzip -9n {} +
fi

# Strip as dh_strip does: executables lose .comment/.note, shared objects also
# their unneeded symbols.
is_elf() { [ "$(head -c4 "$1" | od -An -c | tr -d ' ')" = '177ELF' ]; }
elves=()
while IFS= read -r -d '' f; do
  is_elf "$f" || continue
  elves+=("$f")
  if [[ "$f" == *.so || "$f" == *.so.* ]]; then
    strip --remove-section=.comment --remove-section=.note --strip-unneeded "$f"
    chmod 0644 "$f"
  else
    strip --remove-section=.comment --remove-section=.note "$f"
  fi
done < <(find "$root" -type f -print0)

# Documentation: copyright (DEP-5) and changelogs.
doc="$root/usr/share/doc/$pkg"
install -d -m 0755 "$doc"
# The binary always uses OpenCV core/imgproc: without them among its NEEDED
# libraries they are linked in statically (IFPO_STATIC_OPENCV).
static_opencv=yes
if LC_ALL=C readelf -d "$root/usr/bin/$pkg" | grep -q 'NEEDED.*libopencv_core'; then static_opencv=no; fi
{
  cat <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: $pkg
Source: $homepage

Files: *
Copyright: $(sed -n 's/^Copyright (c) //p' LICENSE | head -n1)
License: Expat

Files: debian/embedded/nlohmann-json/*
Copyright: 2013-2022 Niels Lohmann <mail@nlohmann.me>
License: Expat
Comment: The header-only JSON library nlohmann-json is compiled into the binary.

Files: debian/embedded/cpp-httplib/*
Copyright: 2012 Yuji Hirose <yuji.hirose.bug@gmail.com>
License: Expat
Comment: Templates and inline code of cpp-httplib (the --demo server) are
 compiled into the binary.

Files: debian/embedded/cli11/*
Copyright: 2017-2020 University of Cincinnati, developed by Henry Schreiner
 under NSF AWARD 1414736
License: BSD-3-clause
Comment: The header-only command line parser CLI11 is compiled into the binary.
EOF
  if [ "$static_opencv" = yes ]; then
    cat <<EOF

Files: debian/embedded/opencv/*
Copyright: 2000-2022 Intel Corporation, Willow Garage Inc., NVIDIA Corporation,
 Itseez Inc., Xperience AI, OpenCV Foundation, Huawei Technologies Co. Ltd.,
 and other OpenCV contributors
License: Apache-2.0
Comment: OpenCV's core and imgproc modules (Debian package opencv) are
 linked statically into the binary. Parts of them are under the BSD-3-clause
 licence; see /usr/share/doc/libopencv-core-dev/copyright in Debian.
EOF
  fi
  echo
  echo "License: Expat"
  # The MIT text from LICENSE, without its title and copyright line.
  sed -n '/^Permission is hereby granted/,$p' LICENSE | sed -e 's/^[[:space:]]*$/./' -e 's/^/ /'
  cat <<'EOF'

License: BSD-3-clause
 Redistribution and use in source and binary forms, with or without
 modification, are permitted provided that the following conditions are met:
 .
 1. Redistributions of source code must retain the above copyright notice,
    this list of conditions and the following disclaimer.
 2. Redistributions in binary form must reproduce the above copyright notice,
    this list of conditions and the following disclaimer in the documentation
    and/or other materials provided with the distribution.
 3. Neither the name of the copyright holder nor the names of its
    contributors may be used to endorse or promote products derived from this
    software without specific prior written permission.
 .
 THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE
 LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 POSSIBILITY OF SUCH DAMAGE.
EOF
  if [ "$static_opencv" = yes ]; then
    cat <<'EOF'

License: Apache-2.0
 Licensed under the Apache License, Version 2.0 (the "License"); you may not
 use this file except in compliance with the License. You may obtain a copy of
 the License at
 .
 http://www.apache.org/licenses/LICENSE-2.0
 .
 Unless required by applicable law or agreed to in writing, software
 distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
 WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
 License for the specific language governing permissions and limitations under
 the License.
 .
 On Debian systems, the complete text of the Apache License, Version 2.0 can
 be found in "/usr/share/common-licenses/Apache-2.0".
EOF
  fi
} > "$doc/copyright"

changelog_line="Binary package of upstream version $upstream_version."
if [ -f CHANGELOG.md ]; then
  install -m 0644 CHANGELOG.md "$doc/changelog"
  gzip -9n "$doc/changelog"
  changelog_line="Upstream version $upstream_version; its changes are in changelog.gz."
fi
{
  printf '%s (%s) bookworm; urgency=medium\n\n' "$pkg" "$version"
  printf '  * %s\n\n' "$changelog_line"
  printf ' -- %s  %s\n' "$maintainer" "$(LC_ALL=C date -u -R -d "@$SOURCE_DATE_EPOCH")"
} > "$doc/changelog.Debian"
gzip -9n "$doc/changelog.Debian"

# Lintian overrides for tags that do not apply to a package built outside Debian.
install -D -m 0644 /dev/stdin "$root/usr/share/lintian/overrides/$pkg" <<EOF
# Not uploaded to Debian: there is no ITP bug to close.
initial-upload-closes-no-bugs [usr/share/doc/$pkg/changelog.Debian.gz:1]
EOF

# Ownership and modes as dpkg wants them; dpkg-deb --root-owner-group makes them root:root.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f ! -perm /0111 -exec chmod 0644 {} +
find "$root" -type f -perm /0111 -exec chmod 0755 {} +

step "control files"
# dpkg-shlibdeps needs the debian/control of a source package to run in, and
# finds the package's root by its DEBIAN directory.
mkdir -p "$root/DEBIAN"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$pkg" "$pkg" > "$pkgdir/debian/control"
rel=("${elves[@]#"$pkgdir"/}")
shlibs="$(cd "$pkgdir" && dpkg-shlibdeps -O "${rel[@]/#/-e}")"
depends="${shlibs#shlibs:Depends=}"
[ -n "$depends" ] || { echo "error: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
[ "$static_opencv" = yes ] || echo "note: OpenCV is linked dynamically (IFPO_STATIC_OPENCV had no effect on this source)" >&2
installed_size="$(du -sk --apparent-size --exclude=DEBIAN "$root" | cut -f1)"

cat > "$root/DEBIAN/control" <<EOF
Package: $pkg
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends
Recommends: ca-certificates
Section: utils
Priority: optional
Homepage: $homepage
Description: set every Immich person's featured photo to their best face
 Immich, the self-hosted photo server, groups the faces it finds into people
 and shows each person with a featured photo: the first face it found, which
 is often blurry, tiny or cut off. This tool scores every photo of a person by
 face size and quality, sharpness and date preferences (newer or older photos,
 a given date, birthdays) and sets the best one through Immich's REST API, for
 all people or selected ones, interactively or unattended.
 .
 It keeps a local record of its choices, so that a run can be reverted and
 photos picked by hand in Immich are left alone, and it can write an HTML
 report showing each chosen face. A --demo mode runs it against a bundled
 sample library without any Immich server.
 .
 A systemd service and a daily timer are included (not enabled); they read
 their settings from /etc/default/$pkg.
EOF
echo "/etc/default/$pkg" > "$root/DEBIAN/conffiles"
install -m 0755 dist/deb/postinst dist/deb/prerm dist/deb/postrm "$root/DEBIAN/"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/conffiles" "$root/DEBIAN/md5sums"

step "build $deb"
mkdir -p "$out"
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
printf 'Package: %s\nSize: %s bytes (installed: %s KiB)\nDepends: %s\n' "$(basename "$deb")" \
  "$(stat -c %s "$deb")" "$installed_size" "$depends" >&2

if [ "${IFPO_SKIP_LINTIAN:-0}" = 1 ]; then
  echo "lintian skipped (IFPO_SKIP_LINTIAN=1)" >&2
  echo "$deb"
  exit 0
fi
step "lintian"
command -v lintian >/dev/null || { echo "error: lintian not found (apt-get install lintian)" >&2; exit 1; }
# Errors fail the build; warnings and info are printed. lintian complains when run as root.
lint_out="$(lintian --display-info --fail-on none "$deb" 2>&1 | grep -v 'running with root privileges' || true)"
[ -n "$lint_out" ] && printf '%s\n' "$lint_out" >&2
errors="$(printf '%s\n' "$lint_out" | grep -c '^E: ' || true)"
warnings="$(printf '%s\n' "$lint_out" | grep -c '^W: ' || true)"
echo "lintian: $errors error(s), $warnings warning(s)" >&2
[ "$errors" -eq 0 ] || exit 1
echo "$deb"
