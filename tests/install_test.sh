#!/usr/bin/env bash
# Usage: tests/install_test.sh ARCHIVE.tar.gz PACKAGE.deb     (run by `make test-install`)
#
# Installs tally as a server would and runs it with a clean environment
# (env -i PATH=/usr/bin:/bin): no toolchain on the PATH, no Swift library found.
#  1. the archive: checksum, unpacked into an empty prefix; ldd lists no Swift library;
#     --version prints the version and commit; the man page renders without warnings and
#     keeps "5,000–7,000"; completions load; `tally report Reports/monthly.yml` and
#     `tally chart bar` from it write the same bytes as the debug build of the checkout;
#     the debug-only test hooks (TALLY_TEST_KILL_AT, TALLY_TEST_STOP_AT) are not in it;
#  2. `make install PREFIX=<empty folder>` installs the same files as the archive;
#  3. the Debian package: its Depends provide every library the binary links; the
#     systemd units in it are the ones README shows and pass `systemd-analyze verify`;
#     the cron line is README's;
#  4. with CI=true, as root, where no tally package is installed: `dpkg -i`, the
#     service's command run as its user (systemd is not running in CI), then purge.
# Prints each failure, then `N passed, M failed`; exits 1 on any failure.
set -uo pipefail
archive=$1 deb=$2
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
check() { local what=$1; shift; if "$@"; then ok; else bad "$what"; fi; }
work=$(mktemp -d "${TMPDIR:-/tmp}/tally-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
clean() { env -i PATH=/usr/bin:/bin "$@"; }
version=$(sed -n 's/^ *static let version = "\(.*\)"$/\1/p' Sources/tally/Version.swift)
# The commit make built with (make test-install passes it; the tree may change meanwhile).
commit=${COMMIT:-$(git describe --always --dirty)}

# 1. The archive.
check "sha256 of $archive" bash -c "cd '$(dirname "$archive")' && sha256sum --quiet -c '$(basename "$archive").sha256'"
prefix="$work/prefix"
mkdir -p "$prefix"
tar -xzf "$archive" -C "$prefix" --strip-components=1 || bad "unpacking $archive"
bin="$prefix/bin/tally"
check "archive has bin/tally" test -x "$bin"
for f in share/man/man1/tally.1 share/bash-completion/completions/tally share/zsh/site-functions/_tally \
         share/fish/vendor_completions.d/tally.fish share/tally/Reports/monthly.yml \
         share/tally/Datasets/news-balkh-2023-04.csv share/doc/tally/README.md share/doc/tally/docs/spec.md share/doc/tally/LICENSE \
         share/tally/Datasets/README.md; do
    check "archive has $f" test -s "$prefix/$f"
done
libs=$(ldd "$bin" 2>&1)
check "ldd lists no Swift library: $(grep -iE 'swift|Foundation|dispatch|BlocksRuntime|not found' <<<"$libs" | tr -s ' \t\n' ' ')" \
    bash -c "! grep -qiE 'swift|Foundation|dispatch|BlocksRuntime|not found' <<<'$libs'"
check "no run path into a toolchain: $(readelf -d "$bin" | grep -E 'RPATH|RUNPATH')" \
    bash -c "! readelf -d '$bin' | grep -E 'RPATH|RUNPATH' | grep -qiE 'swift|/opt|/usr/local|/root|/home'"
got=$(clean "$bin" --version)
check "--version: '$got', want '$version (commit $commit)'" test "$got" = "$version (commit $commit)"

man="$work/man.txt"
clean groff -mandoc -Tutf8 -ww -z "$prefix/share/man/man1/tally.1" 2>"$work/man.err"
check "man page renders without warnings: $(head -3 "$work/man.err")" test ! -s "$work/man.err"
clean LANG=C.UTF-8 MANWIDTH=200 man -l "$prefix/share/man/man1/tally.1" >"$man" 2>/dev/null
check "man page keeps 5,000–7,000" grep -q "tally prints it (5,000–7,000, 12+, ~40)" "$man"
check "man page keeps width×scale" grep -q "width×scale by height×scale" "$man"
check "man page documents every subcommand" bash -c "for c in aggregate estimate chart info report; do grep -q \"^ *\$c\" '$man' || exit 1; done"
check "bash completion loads" clean bash -c "source '$prefix/share/bash-completion/completions/tally' && complete -p tally >/dev/null"
check "zsh completion is a compdef" grep -q '^#compdef tally' "$prefix/share/zsh/site-functions/_tally"
check "fish completion completes tally" grep -q "complete -c 'tally'" "$prefix/share/fish/vendor_completions.d/tally.fish"

# The installed binary, run from its examples folder with a clean environment, writes
# exactly what the checkout's debug build writes (outputs do not depend on the build).
out="$work/out" ref="$work/ref"
mkdir -p "$out" "$ref"
(cd "$prefix/share/tally" && clean "$bin" report Reports/monthly.yml --format pdf,png,csv,html --out-dir "$out" >"$work/report.txt" 2>"$work/report.err")
check "installed tally report exits 0: $(cat "$work/report.err")" test $? -eq 0
(cd "$prefix/share/tally" && clean "$bin" chart bar Datasets/news-balkh-2023-04.csv --by country --measure members \
    --height 300 -o "$out/members.png" 2>"$work/chart.err")
check "installed tally chart exits 0: $(cat "$work/chart.err")" test $? -eq 0
check "report wrote 5 files" test "$(wc -l <"$work/report.txt")" -eq 5
# The test hooks of a report's set commit (TALLY_TEST_KILL_AT, TALLY_TEST_STOP_AT) are
# in debug builds only: the shipped binary runs to its end with them set, and holds
# neither name.
for hook in TALLY_TEST_KILL_AT=before-manifest TALLY_TEST_KILL_AT=renames:1 TALLY_TEST_STOP_AT=renames:1; do
    rm -rf "$work/hook"
    (cd "$prefix/share/tally" && timeout 60 env -i PATH=/usr/bin:/bin "$hook" "$bin" report Reports/monthly.yml \
        --format pdf,png,csv,html --out-dir "$work/hook" >"$work/hook.txt" 2>"$work/hook.err")
    check "installed tally ignores $hook (exit $?, $(head -c 200 "$work/hook.err"))" test "$(wc -l <"$work/hook.txt")" -eq 5
done
check "installed tally holds no test hook" bash -c "! grep -qa -e TALLY_TEST_KILL_AT -e TALLY_TEST_STOP_AT '$bin'"
check "chart is a PNG" bash -c "file '$out/members.png' | grep -q 'PNG image data'"
if [[ -x .build/debug/tally ]]; then
    .build/debug/tally report Reports/monthly.yml --format pdf,png,csv,html --out-dir "$ref" >/dev/null
    .build/debug/tally chart bar Datasets/news-balkh-2023-04.csv --by country --measure members \
        --height 300 -o "$ref/members.png"
    for f in "$ref"/*; do
        check "installed and debug builds write the same $(basename "$f")" cmp -s "$f" "$out/$(basename "$f")"
    done
fi

# 2. make install into an empty prefix installs what the archive holds.
p2="$work/make-install"
mkdir -p "$p2"
make --no-print-directory install PREFIX="$p2" COMMIT="$commit" >"$work/install.log" 2>&1 || bad "make install PREFIX=$p2: $(tail -3 "$work/install.log")"
check "make install and the archive hold the same files" diff -r "$prefix" "$p2"
d3="$work/destdir"
make --no-print-directory install DESTDIR="$d3" PREFIX=/opt/tally COMMIT="$commit" >"$work/install.log" 2>&1 || bad "make install DESTDIR: $(tail -3 "$work/install.log")"
check "make install honours DESTDIR" test -x "$d3/opt/tally/bin/tally"

# 3. The Debian package.
debroot="$work/deb"
dpkg-deb -x "$deb" "$debroot" || bad "dpkg-deb -x $deb"
check "package has its licence as /usr/share/doc/tally/copyright" grep -q "MIT License" "$debroot/usr/share/doc/tally/copyright"
depends=$(dpkg-deb -f "$deb" Depends)
has_dep() { # the package is named in Depends (with or without a version)
    tr ',' '\n' <<<"$depends" | awk '{print $1}' | grep -qxF "$1"
}
for lib in $(readelf -d "$debroot/usr/bin/tally" | sed -n 's/.*NEEDED.*\[\(.*\)\]/\1/p'); do
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|x86_64|64bit/ {print $NF; exit}')
    [[ -n "$path" ]] || path=$(ldconfig -p | awk -v l="$lib" '$1 == l {print $NF; exit}')
    pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1)
    [[ -n "$pkg" ]] || pkg=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1)
    check "Depends has $pkg (for $lib): $depends" has_dep "$pkg"
done
for pkg in fontconfig fonts-dejavu-core; do
    check "Depends has $pkg" has_dep "$pkg"
done
# README's apt-get line for the archive names every run-time package the binary needs
# (the C library and the compiler's runtime, present on every Debian system, aside).
readme_apt=$(grep -m1 '^sudo apt-get install --no-install-recommends libcairo2' README.md)
for pkg in $(tr ',' '\n' <<<"$depends" | awk '{print $1}'); do
    case $pkg in libc6|libgcc-s1|libstdc++6|passwd) continue ;; esac
    check "README's apt-get line for the archive names $pkg" grep -qw -- "$pkg" <<<"$readme_apt"
done
check "package and archive hold the same binary" cmp -s "$debroot/usr/bin/tally" "$bin"
check "package man page at /usr/share/man/man1/tally.1" test -s "$debroot/usr/share/man/man1/tally.1"
check "package zsh completion at /usr/share/zsh/vendor-completions/_tally" test -s "$debroot/usr/share/zsh/vendor-completions/_tally"

# README's units and cron line are the files the package ships, byte for byte.
readme_block() { # the ```ini/```cron block under the line "# NAME" in README.md
    awk -v name="$1" 'index($0, "# " name) == 1 {on=1; next} on && /^(# \/|```)/ {exit} on {print}' README.md \
        | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}
for unit in tally-report.service tally-report.timer; do
    check "README's $unit is packaging/systemd/$unit" \
        diff <(readme_block "/lib/systemd/system/$unit") <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "packaging/systemd/$unit")
    check "package ships $unit" cmp -s "packaging/systemd/$unit" "$debroot/lib/systemd/system/$unit"
done
check "README's cron line is packaging/cron.d/tally-report" \
    diff <(readme_block "/etc/cron.d/tally-report") packaging/cron.d/tally-report
# systemd-analyze verify, on the unpacked package as root with this machine's units
# beside it: ExecStart must be there and executable, every key known.
mkdir -p "$debroot/etc"
cp -an /lib/systemd/system/. "$debroot/lib/systemd/system/" 2>/dev/null
cp /etc/passwd /etc/group "$debroot/etc/"
getent passwd tally >/dev/null || echo 'tally:x:999:999::/var/lib/tally:/usr/sbin/nologin' >>"$debroot/etc/passwd"
getent group tally >/dev/null || echo 'tally:x:999:' >>"$debroot/etc/group"
if command -v systemd-analyze >/dev/null; then
    (cd "$debroot" && SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --root="$debroot" --man=no \
        lib/systemd/system/tally-report.service lib/systemd/system/tally-report.timer) >"$work/verify.log" 2>&1
    check "systemd-analyze verify: $(cat "$work/verify.log")" test $? -eq 0 -a ! -s "$work/verify.log"
else
    bad "systemd-analyze not installed (scripts/ensure-deps.sh installs systemd for it)"
fi

# 4. A real installation (CI only: it adds a system user and files under /usr).
if [[ "${CI:-}" == true && $(id -u) -eq 0 ]] && ! dpkg-query -W tally >/dev/null 2>&1; then
    dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || bad "dpkg -i: $(tail -5 "$work/dpkg.log")"
    check "dpkg -i created the user tally" bash -c "getent passwd tally >/dev/null"
    check "/var/lib/tally belongs to tally" test "$(stat -c %U /var/lib/tally)" = tally
    exec_start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/tally-report.service)
    (cd /var/lib/tally && runuser -u tally -- env -i PATH=/usr/bin:/bin $exec_start >"$work/svc.out" 2>&1)
    check "the service's command runs as tally: $(cat "$work/svc.out")" test $? -eq 0
    check "it wrote the brief as tally" test "$(stat -c %U /var/lib/tally/briefs/monthly-2023-04.pdf 2>/dev/null)" = tally
    systemd-analyze verify --man=no /lib/systemd/system/tally-report.service /lib/systemd/system/tally-report.timer \
        >"$work/verify2.log" 2>&1
    check "systemd-analyze verify on the installed units: $(cat "$work/verify2.log")" test $? -eq 0 -a ! -s "$work/verify2.log"
    dpkg --purge tally >/dev/null 2>&1 || bad "dpkg --purge tally"
    rm -rf /var/lib/tally/briefs
else
    echo "install_test: dpkg -i skipped (runs with CI=true, as root, where no tally package is installed)" >&2
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
