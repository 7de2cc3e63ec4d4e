#!/usr/bin/env bash
# Usage: scripts/dist.sh STAGE DISTDIR NAME
# Writes DISTDIR/NAME.tar.gz, the staged prefix (bin/, share/) in a folder NAME/, and
# DISTDIR/NAME.tar.gz.sha256 (`sha256sum -c` format). Installing it is unpacking it into
# a prefix: tar -xzf NAME.tar.gz -C /usr/local --strip-components=1
# The archive is reproducible: names sorted, owner root, every time the commit's.
set -euo pipefail
stage=$1 dist=$2 name=$3
root="$(cd "$(dirname "$0")/.." && pwd)"
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)}
mkdir -p "$dist"
tmp=$(mktemp -d "$dist/.dist.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp -R "$stage" "$tmp/$name"
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner --format=gnu \
    -C "$tmp" -cf - "$name" | gzip -9 -n >"$tmp/$name.tar.gz"
(cd "$tmp" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
mv -f "$tmp/$name.tar.gz" "$dist/$name.tar.gz"
mv -f "$tmp/$name.tar.gz.sha256" "$dist/$name.tar.gz.sha256"
echo "$dist/$name.tar.gz ($(du -h "$dist/$name.tar.gz" | cut -f1)), sha256 $(cut -d' ' -f1 "$dist/$name.tar.gz.sha256")"
