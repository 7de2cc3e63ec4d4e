#!/usr/bin/env bash
# Usage: scripts/install-stage.sh STAGE DEST
# Copies what scripts/stage.sh laid out into DEST (make install: $(DESTDIR)$(PREFIX)),
# replacing each file whole: a running tally keeps its old binary, and a failed copy
# never leaves a half-written one.
set -euo pipefail
stage=$1 dest=$2
[[ -x "$stage/bin/tally" ]] || { echo "install-stage.sh: $stage is not staged; run make stage" >&2; exit 66; }
mkdir -p "$dest" || { echo "install-stage.sh: cannot create $dest" >&2; exit 73; }
# Absolute before the cd below: a relative DESTDIR (debian/tmp) means the caller's folder.
stage=$(cd "$stage" && pwd) dest=$(cd "$dest" && pwd)
cd "$stage"
# The bundled examples are replaced as a whole, so a file removed upstream goes too.
rm -rf "$dest/share/tally/Datasets" "$dest/share/tally/Reports" "$dest/share/doc/tally"
find . -type d | sort | while read -r d; do install -d -m 755 "$dest/$d"; done
find . -type f | sort | while read -r f; do
    mode=644; [[ "$f" == ./bin/tally ]] && mode=755
    install -m "$mode" "$f" "$dest/$f"
done
echo "installed tally $("$stage/bin/tally" --version) into $dest:"
echo "  $dest/bin/tally, $dest/share/man/man1/tally.1, completions for bash, zsh and fish,"
echo "  examples in $dest/share/tally (Datasets/, Reports/), documentation in $dest/share/doc/tally"
