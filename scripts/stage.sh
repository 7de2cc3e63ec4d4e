#!/usr/bin/env bash
# Usage: scripts/stage.sh BUILD STAGE [zsh-dir]
#
# Lays out under STAGE, as under an installation prefix, everything `make install`,
# `make dist` and `make deb` ship, from the release binary BUILD/release/tally (built by
# `make release`: static Swift standard library and Foundation):
#   bin/tally                                   the binary, stripped of debug symbols
#   share/man/man1/tally.1                      man page, from the argument parser's help
#   share/bash-completion/completions/tally     completions, from
#   share/zsh/site-functions/_tally               `tally --generate-completion-script`
#   share/fish/vendor_completions.d/tally.fish
#   share/tally/Datasets, share/tally/Reports   the bundled data and report specs
#   share/doc/tally/                            README.md, docs/, licence files if any
# The zsh folder is share/zsh/site-functions unless given (Debian packages use
# share/zsh/vendor-completions).
set -euo pipefail
build=$1 stage=$2 zshdir=${3:-share/zsh/site-functions}
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$build/release/tally"
[[ -x "$bin" ]] || { echo "stage.sh: $bin not found; run make release first" >&2; exit 66; }

# swift-argument-parser's generate-manual tool (what its GenerateManual plugin runs),
# built from the checkout SwiftPM already resolved: no network, and only the parser is
# compiled, unlike the plugin, which rebuilds the whole package in release mode.
parser="$build/checkouts/swift-argument-parser"
[[ -f "$parser/Package.swift" ]] || { echo "stage.sh: $parser missing; run make release first" >&2; exit 66; }
${SWIFT:-swift} build --package-path "$parser" --scratch-path "$build/generate-manual" \
    --product generate-manual >/dev/null
generator="$(${SWIFT:-swift} build --package-path "$parser" --scratch-path "$build/generate-manual" --show-bin-path)/generate-manual"

rm -rf "$stage"
mkdir -p "$stage/bin" "$stage/share/man/man1" "$stage/share/bash-completion/completions" \
    "$stage/$zshdir" "$stage/share/fish/vendor_completions.d" "$stage/share/tally" "$stage/share/doc/tally"
strip -o "$stage/bin/tally" "$bin"
chmod 755 "$stage/bin/tally"

# The page's date is the commit's, so a commit gives the same page whenever it is built.
date=$(git -C "$root" log -1 --format=%cs 2>/dev/null || true)
[[ -n "$date" ]] || date=$(date -u -d "@${SOURCE_DATE_EPOCH:-0}" +%F)
python3 "$root/scripts/manpage.py" --tally "$bin" --generator "$generator" --date "$date" \
    --out "$stage/share/man/man1/tally.1"

"$bin" --generate-completion-script bash >"$stage/share/bash-completion/completions/tally"
"$bin" --generate-completion-script zsh >"$stage/$zshdir/_tally"
"$bin" --generate-completion-script fish >"$stage/share/fish/vendor_completions.d/tally.fish"

cp -R "$root/Datasets" "$root/Reports" "$stage/share/tally/"
cp -R "$root/README.md" "$root/docs" "$stage/share/doc/tally/"
for f in "$root"/LICENSE* "$root"/COPYING*; do
    [[ -f "$f" ]] && cp "$f" "$stage/share/doc/tally/"
done
# Files 644 and folders 755 whatever the umask, so archives and packages are the same.
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f ! -path "$stage/bin/tally" -exec chmod 644 {} +
