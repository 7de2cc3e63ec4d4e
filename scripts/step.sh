#!/usr/bin/env bash
# Usage: scripts/step.sh NAME COMMAND [ARG...]
# Runs COMMAND and prints how long it took, so a CI log shows where its 25 minutes go
# (`make test` runs every step through it). Exits with COMMAND's status.
name=$1
shift
start=$(date +%s)
"$@"
rc=$?
echo "== step $name: $(($(date +%s) - start)) s (exit $rc)"
exit $rc
