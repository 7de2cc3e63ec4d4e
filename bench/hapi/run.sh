#!/usr/bin/env bash
# HDX HAPI input against UCDP-GED-like native rows of the same count: CPU (user) and
# peak RSS of `tally aggregate`, the median of RUNS runs each (GNU time), and, with
# TALLY_BASE set, the same for an earlier binary and a byte comparison of the outputs.
#
#   swift build -c release
#   bench/hapi/run.sh                       # ROWS=540000 RUNS=3 by default
#   TALLY_BASE=/path/to/old/tally ROWS=100000 bench/hapi/run.sh
#
# Inputs (bench/hapi/gen_hapi.py, seeded): HAPI v1 columns with provider names; the
# same with admin1 and country rows that total the admin2 rows (`--totals`); the
# fixture's columns (`--plain`); and gen_events.py's native rows (UCDP-GED-like).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
TALLY=${TALLY:-$root/.build/release/tally}
ROWS=${ROWS:-540000}
RUNS=${RUNS:-3}
data=${DATA:-$root/bench/data/hapi}
mkdir -p "$data"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
gen() { [ -s "$data/$1" ] || python3 "$here/gen_hapi.py" --rows "$ROWS" --out "$data/$1" "${@:2}"; }
gen "hapi-$ROWS.csv" --seed 1
gen "hapi-totals-$ROWS.csv" --seed 1 --totals
gen "hapi-plain-$ROWS.csv" --seed 2 --plain
ged=$data/ged-$ROWS.csv
if [ ! -s "$ged" ]; then
    g=${GEN_EVENTS:-}
    for c in "$root/../shared/data/gen_events.py" "$root/../../shared/data/gen_events.py" "$root/bench/make_events.py"; do
        [ -z "$g" ] && [ -f "$c" ] && g=$c
    done
    python3 "$g" --rows "$ROWS" --seed 1 --out "$ged"
fi
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # binary file tag -> "user_s rss_kb"
    local users=() rsss=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%U %M" -o "$out/time" "$1" aggregate "$2" --by country,adm1 --period month --format csv -o "$out/$3.csv" 2>"$out/err" \
            || { echo "exit $? on $2: $(head -c 300 "$out/err")" >&2; }
        read -r u m < <(tail -1 "$out/time")
        users+=("$u"); rsss+=("$m")
    done
    echo "$(printf '%s\n' "${users[@]}" | median) $(printf '%s\n' "${rsss[@]}" | median)"
}
echo "| input ($ROWS rows) | tally user s | peak RSS MiB |${TALLY_BASE:+ base user s | base RSS MiB | output |}"
echo "|---|---|---|${TALLY_BASE:+---|---|---|}"
status=0
for f in "hapi-$ROWS.csv" "hapi-totals-$ROWS.csv" "hapi-plain-$ROWS.csv" "ged-$ROWS.csv"; do
    read -r u m < <(measure "$TALLY" "$data/$f" new)
    line="| $f | $u | $((m / 1024)) |"
    if [ -n "${TALLY_BASE:-}" ]; then
        read -r bu bm < <(measure "$TALLY_BASE" "$data/$f" base)
        if cmp -s "$out/new.csv" "$out/base.csv"; then same=identical; else same=DIFFERENT; status=1; fi
        line="$line $bu | $((bm / 1024)) | $same |"
    fi
    echo "$line"
done
exit $status
