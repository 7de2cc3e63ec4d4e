#!/usr/bin/env bash
# Usage: scripts/step.sh NAME COMMAND [ARG...]
# Runs COMMAND and prints how long it took, so a CI log shows where its 25 minutes go
# (`make test` runs every step through it), and the CPU time (user + system) of the
# processes it ran: cpu / s is how many of CI's two cores the step kept busy, which
# says whether moving a step beside another can gain anything. Exits with COMMAND's status.
name=$1
shift
start=$(date +%s)
"$@"
rc=$?
# `times` (a builtin, run in this shell: in a pipeline it would see a subshell's
# children) prints the shell's own times, then its children's ("0m12.345s 0m1.234s").
times_file=$(mktemp)
times >"$times_file"
cpu=$(awk 'NR == 2 {
    s = 0
    for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] }
    printf "%d", s + 0.5 }' "$times_file")
rm -f "$times_file"
echo "== step $name: $(($(date +%s) - start)) s (exit $rc, cpu $cpu s)"
exit $rc
