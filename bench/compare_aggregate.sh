#!/usr/bin/env bash
# Compares `tally aggregate --format csv` byte for byte with the independent
# reference (bench/reference_aggregate.py) on 100k generated rows and on a small
# hand-written fixture of edge cases (quoting, joint regions, stock ties, ISO weeks).
#
# Usage: bench/compare_aggregate.sh            (uses $TALLY, else .build/release/tally,
#                                               building it with `swift build -c release` if missing)
#        TALLY=/path/to/tally bench/compare_aggregate.sh
# Prints one line per case and finally `N passed, M failed`; exits 1 on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$here/lib.sh"
reference="$here/reference_aggregate.py"
fixture="$here/fixtures/edge_cases.csv"

if [[ -z "${TALLY:-}" ]]; then
    TALLY="$root/.build/release/tally"
    if [[ ! -x "$TALLY" ]]; then
        echo "building tally (swift build -c release)…" >&2
        (cd "$root" && swift build -c release --product tally >&2)
        TALLY="$(cd "$root" && swift build -c release --show-bin-path)/tally"
    fi
fi
[[ -x "$TALLY" ]] || { echo "compare_aggregate: no tally binary at $TALLY" >&2; exit 66; }

work="$(mktemp -d "${TMPDIR:-/tmp}/tally-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT

data="$work/events_100k.csv"
python3 "$generator" --rows 100000 --seed 7 --out "$data"
# The same rows split over two files, to check that several files are one dataset.
head -n 50001 "$data" > "$work/part1.csv"
{ head -n 1 "$data"; tail -n +50002 "$data"; } > "$work/part2.csv"

# The reference reads each file once for all its cases (reference_aggregate.py --batch):
# run_case only writes the case down; the reference runs the cases in two processes (CI has
# two cores), then tally runs each case and its output is compared byte for byte.
jobs="${COMPARE_JOBS:-2}"
cases=0

# run_case NAME STDIN ARGS...   (ARGS go to both tally aggregate and the reference;
# STDIN is the file both read as standard input, /dev/null when unused)
run_case() {
    cases=$((cases + 1))
    local name="$1"; shift
    printf '%s\n' "$name" > "$work/case-$cases.name"
    (IFS=$'\t'; printf '%s\n' "$work/case-$cases	$*") >> "$work/batch-$(( (cases - 1) % jobs ))"
}

# check_case PREFIX: prints PASS or FAIL lines for one case the reference has run.
check_case() {
    local prefix="$1" name input status=0
    name="$(cat "$prefix.name")"
    IFS=$'\t' read -r -a fields < "$prefix.args"
    input="${fields[0]}"
    local expected="$prefix.expected.csv" actual="$prefix.actual.csv" err="$prefix.stderr"
    if [[ ! -s "$prefix.status" ]]; then
        echo "FAIL $name: the reference did not run this case"
        return
    fi
    status="$(cat "$prefix.status")"
    if [[ $status -ne 0 ]]; then
        echo "FAIL $name: reference exited $status: $(head -c 500 "$err")"
        return
    fi
    status=0
    "$TALLY" aggregate "${fields[@]:1}" --format csv < "$input" > "$actual" 2>"$err" || status=$?
    if [[ $status -ne 0 ]]; then
        echo "FAIL $name: tally exited $status: $(head -c 500 "$err")"
        return
    fi
    if cmp -s "$expected" "$actual"; then
        echo "PASS $name ($(wc -l < "$expected") lines)"
    else
        echo "FAIL $name: $(cmp "$expected" "$actual" 2>&1 | head -n 1 | sed "s/.* differ: /differs at /")"
        echo "     expected $(wc -l < "$expected") lines, got $(wc -l < "$actual"); first differences (< reference, > tally):"
        { diff "$expected" "$actual" || true; } | head -n 12 | sed 's/^/     /'
    fi
    rm -f "$expected" "$actual"
}

for period in day week month quarter year all; do
    for by in country adm1 adm2 actor country,actor adm2,actor; do
        run_case "100k --by $by --period $period" /dev/null "$data" --by "$by" --period "$period"
    done
done

run_case "100k --stock injured --by adm2 --period month" /dev/null "$data" --by adm2 --period month --stock injured
run_case "100k --stock injured --by actor --period all" /dev/null "$data" --by actor --period all --stock injured
run_case "100k --measure killed --by country --period month" /dev/null "$data" --by country --period month --measure killed
run_case "100k --measure members,injured --by adm1 --period quarter" /dev/null "$data" --by adm1 --period quarter --measure members,injured
run_case "100k in two files --by adm2,actor --period week" /dev/null "$work/part1.csv" "$work/part2.csv" --by adm2,actor --period week
run_case "100k from stdin --by country --period year" "$data" - --by country --period year

for period in day week month quarter year all; do
    run_case "fixture --by adm2,actor --period $period --stock injured" /dev/null "$fixture" --by adm2,actor --period "$period" --stock injured
done
run_case "fixture --by country --period week" /dev/null "$fixture" --by country --period week
run_case "fixture --by actor --period all --measure members,fighters" /dev/null "$fixture" --by actor --period all --measure members,fighters

for b in "$work"/batch-*; do
    # Each case's arguments for tally's side (the line less its prefix).
    while IFS= read -r line; do printf '%s\n' "${line#*	}" > "${line%%	*}.args"; done < "$b"
    python3 "$reference" --batch "$b" &
done
wait || true
for i in $(seq 1 "$cases"); do
    while [[ $(jobs -rp | wc -l) -ge $jobs ]]; do wait -n || true; done
    check_case "$work/case-$i" > "$work/case-$i.report" &
done
wait || true
passed=0
failed=0
for i in $(seq 1 "$cases"); do
    report="$work/case-$i.report"
    [[ -s "$report" ]] || echo "FAIL case $i: no report (the check itself stopped)" > "$report"
    cat "$report"
    if [[ "$(head -c 5 "$report")" == "PASS " ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
