#!/usr/bin/env bash
# Makes a release of the VERSION in the tree: the Debian package, the source
# tarball and the container image as an OCI archive, with SHA-256 checksums,
# in dist/out/release-<version>/. The tag convention is v<VERSION> on the
# commit released; this script checks the tree is clean and, if the tag
# exists, that it points at HEAD (it does not create or push tags).
#   scripts/release.sh            (needs root for apt and buildah)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
version=$(cat VERSION)
name=immich-featured-photo-organizer
out="dist/out/release-$version"
[ -z "$(git status --porcelain)" ] || { echo "release: the tree has uncommitted changes" >&2; exit 1; }
if git rev-parse -q --verify "refs/tags/v$version" >/dev/null; then
  [ "$(git rev-parse "v$version^{commit}")" = "$(git rev-parse HEAD)" ] ||
    { echo "release: tag v$version exists and is not HEAD: bump VERSION" >&2; exit 1; }
fi
grep -q "^## $version" CHANGELOG.md || { echo "release: CHANGELOG.md has no '## $version' section" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"

echo "== source tarball"
git archive --format=tar.gz --prefix="$name-$version/" -o "$out/$name-$version.tar.gz" HEAD

echo "== Debian package"
scripts/package.sh
cp dist/out/"${name}_${version}"-*_"$(dpkg --print-architecture)".deb "$out/"

echo "== container image (OCI archive)"
base=${BASE:-docker.io/library/debian:12-slim}
if ! podman image exists "$base"; then
  mmdebstrap --quiet --variant=minbase --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    bookworm - | podman import - "$base" >/dev/null
fi
buildah bud --isolation chroot --layers --quiet --build-arg BASE="$base" --build-arg VERSION="$version" \
  -t "localhost/$name:$version" . >/dev/null
arch=$(dpkg --print-architecture)
buildah push --quiet "localhost/$name:$version" "oci-archive:$out/$name-$version-$arch.oci.tar:$name:$version"

(cd "$out" && sha256sum -- * > SHA256SUMS)
echo "== release $version in $out:"
(cd "$out" && ls -l && cat SHA256SUMS)
echo "Tag it: git tag -a v$version -m 'immich-featured-photo-organizer $version'"
