#!/usr/bin/env bash
# Hostile-input run: every bench/hostile/*.py against one tally binary.
#
#   TALLY=.build/debug/tally bash bench/hostile/run_all.sh [script.py ...]
#
# Each script receives the binary as $TALLY (an absolute path), works in its own
# temporary folder, prints its checks and ends with one line `N passed, M failed`,
# exiting non-zero when a check failed. This runner sums those lines and prints one
# final `N passed, M failed`. A script that dies, hangs past HOSTILE_TIMEOUT seconds
# (default 600) or ends without that line counts as one more failure.
# HOSTILE_SKIP="a.py b.py" leaves those scripts out of a run of all of them (make test
# runs them in its other check chain, so that a new script runs without naming it).
set -u
here=$(cd "$(dirname "$0")" && pwd)
TALLY=${TALLY:-.build/debug/tally}
if [ ! -x "$TALLY" ]; then
    echo "run_all.sh: TALLY=$TALLY is not an executable (build first: swift build)" >&2
    echo "0 passed, 1 failed"
    exit 1
fi
TALLY=$(cd "$(dirname "$TALLY")" && pwd)/$(basename "$TALLY")
export TALLY
limit=${HOSTILE_TIMEOUT:-600}

if [ $# -gt 0 ]; then scripts=("$@"); else scripts=("$here"/*.py); fi
passed=0 failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for script in "${scripts[@]}"; do
    [ -e "$script" ] || continue
    name=$(basename "$script")
    if [ $# -eq 0 ] && [[ " ${HOSTILE_SKIP:-} " == *" $name "* ]]; then continue; fi
    echo "== $name"
    timeout --kill-after=10 "$limit" python3 "$script" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    last=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
    if [ -z "$last" ]; then
        echo "== $name: no 'N passed, M failed' line (exit $rc); counted as 1 failure"
        failed=$((failed + 1))
        continue
    fi
    p=${last%% passed*}
    f=${last#*, }; f=${f%% failed}
    passed=$((passed + p)); failed=$((failed + f))
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "== $name: exit $rc although it reported no failure; counted as 1 failure"
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
