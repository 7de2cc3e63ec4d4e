#!/usr/bin/env bash
# Usage: tests/browser/run.sh TALLY [SHOTS_DIR]
# The browser checks of the HTML brief (issue 15): Debian's Chromium and chromedriver
# (scripts/ensure-deps.sh installs them), Selenium and axe-core's script from PyPI,
# pinned (requirements.txt), in a virtual environment kept in the build folder and
# rebuilt when requirements.txt changes. Screenshots go to SHOTS_DIR (default
# out/browser) for a person to look at.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tally="$1"
shots="${2:-$root/out/browser}"
venv="${TALLY_BUILD:-$root/.build}/browser-venv"
stamp="$venv/requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps "$(sed -n 's/^# *\(axe-playwright-python==[0-9.]*\)$/\1/p' "$here/requirements.txt")"
  echo "$want" > "$stamp"
fi
for b in chromium chromedriver; do
  command -v "$b" >/dev/null || { echo "browser test: $b is missing (scripts/ensure-deps.sh chromium chromium-driver)" >&2; exit 1; }
done
exec "$venv/bin/python" "$here/check_html_brief.py" --tally "$tally" --shots "$shots"
