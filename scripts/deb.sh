#!/usr/bin/env bash
# Usage: scripts/deb.sh STAGE DISTDIR VERSION
# Builds DISTDIR/tally_VERSION-1_ARCH.deb with dpkg-deb from a stage laid out by
# scripts/stage.sh (installed under /usr), plus the systemd service and timer
# (not enabled) and a cron example from packaging/. Depends: the Debian packages that
# provide the libraries the binary links (dpkg-shlibdeps, with their minimum
# versions), fontconfig and fonts-dejavu-core (the default font), passwd (useradd).
set -euo pipefail
stage=$1 dist=$2 version=$3
root="$(cd "$(dirname "$0")/.." && pwd)"
arch=$(dpkg --print-architecture)
name="tally_${version}-1_${arch}"
mkdir -p "$dist"
tmp=$(realpath "$(mktemp -d "$dist/.deb.XXXXXX")")
trap 'rm -rf "$tmp"' EXIT
pkg="$tmp/pkg"
mkdir -p "$pkg/usr" "$pkg/DEBIAN" "$pkg/lib/systemd/system" "$pkg/usr/share/doc/tally/examples"
cp -R "$stage/." "$pkg/usr/"
install -m 644 "$root/packaging/systemd/tally-report.service" "$root/packaging/systemd/tally-report.timer" \
    "$pkg/lib/systemd/system/"
install -m 644 "$root/packaging/cron.d/tally-report" "$pkg/usr/share/doc/tally/examples/cron.d-tally-report"
# Debian policy: the licence as /usr/share/doc/PACKAGE/copyright.
install -m 644 "$root/LICENSE" "$pkg/usr/share/doc/tally/copyright"
install -m 755 "$root/packaging/debian/postinst" "$root/packaging/debian/postrm" "$pkg/DEBIAN/"

# Run-time libraries, as Debian's own packaging finds them (needs only a debian/control).
mkdir -p "$tmp/src/debian"
printf 'Source: tally\n\nPackage: tally\nArchitecture: any\n' >"$tmp/src/debian/control"
shlibs=$(cd "$tmp/src" && dpkg-shlibdeps -O "$pkg/usr/bin/tally" 2>"$tmp/shlibdeps.err") || {
    cat "$tmp/shlibdeps.err" >&2; exit 65; }
shlibs=${shlibs#shlibs:Depends=}
[[ -n "$shlibs" ]] || { echo "deb.sh: dpkg-shlibdeps found no libraries" >&2; exit 65; }

epoch=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)}
maintainer=$(git -C "$root" log -1 --format='%an <%ae>' 2>/dev/null || echo "tally developers <root@localhost>")
cat >"$pkg/DEBIAN/control" <<CONTROL
Package: tally
Version: ${version}-1
Architecture: ${arch}
Maintainer: ${maintainer}
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: ${shlibs}, fontconfig, fonts-dejavu-core, passwd
Section: utils
Priority: optional
Description: honest statistics, charts and reports from conflict-event records
 tally reads conflict-event records (its own CSV schema, UCDP GED and ACLED
 exports) and computes casualty and membership estimates by country, province,
 district, actor and period, carrying every range through every sum. It draws
 bar and timeline charts (PNG, PDF, SVG) and builds monthly PDF reports.
 .
 The package installs /usr/bin/tally (Swift runtime linked in), its man page,
 shell completions, the bundled datasets and report specs in /usr/share/tally,
 and a systemd service and timer for the monthly report (not enabled) that run
 as the system user tally, created on installation.
CONTROL
chmod 644 "$pkg/DEBIAN/control"
find "$pkg" -exec touch -h -d "@$epoch" {} +
SOURCE_DATE_EPOCH=$epoch dpkg-deb --root-owner-group -Zxz --build "$pkg" "$tmp/$name.deb" >/dev/null
mv -f "$tmp/$name.deb" "$dist/$name.deb"
echo "$dist/$name.deb ($(du -h "$dist/$name.deb" | cut -f1)); Depends: ${shlibs}, fontconfig, fonts-dejavu-core, passwd"
