#!/usr/bin/env bash
# Installs the Debian packages tally needs to build, test and render, when missing,
# and any package named as an argument (make test adds what packaging and its test
# use: dpkg-shlibdeps, strip, groff and man, systemd-analyze, file).
# Needs root for apt-get (uses sudo when not root). Safe to run again: it installs
# nothing when everything is present.
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev zlib1g-dev libisal-dev librsvg2-dev fonts-dejavu-core fonts-dejavu-extra poppler-utils python3 "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "tally: installing missing Debian packages: ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || {
      echo "tally: these packages are missing and installing them needs root: run, as root," >&2
      echo "  apt-get install ${missing[*]}" >&2
      echo "  then run this command again as yourself." >&2
      exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "tally: swift is not on PATH (Swift 6 toolchain needed)" >&2; exit 1; }
