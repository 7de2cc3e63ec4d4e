#!/usr/bin/env bash
# Whole `tally report` on the 1M-row generated file against pandas + matplotlib building
# the equivalent 3-page brief (peer_report.py). Prints wall-clock seconds of each run.
#
#   bash bench/report/run.sh [RUNS]        (default 5 runs each; median reported)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
DATA=bench/data/events_1000000_s1.csv
WORK=${TMPDIR:-/tmp}/tally-report-bench
mkdir -p bench/data "$WORK/tally" "$WORK/peer"
root=$(pwd)
source bench/lib.sh
[ -f "$DATA" ] || python3 "$generator" --rows 1000000 --seed 1 --out "$DATA"
swift build -c release --scratch-path .build-report --product tally >/dev/null
TALLY=.build-report/release/tally
cp bench/report/bench.yml "$WORK/bench.yml"
ln -sf "$(pwd)/$DATA" "$WORK/events_1000000_s1.csv"

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
t=(); p=()
for i in $(seq "$RUNS"); do
  t+=("$(seconds "$TALLY" report "$WORK/bench.yml" --out-dir "$WORK/tally")")
  p+=("$(seconds python3 bench/report/peer_report.py "$DATA" "$WORK/peer" 2025-12)")
done
tm=$(printf '%s\n' "${t[@]}" | median); pm=$(printf '%s\n' "${p[@]}" | median)
echo "tally report runs (s): ${t[*]}"
echo "pandas+matplotlib runs (s): ${p[*]}"
tn=$(printf '%s\n' "${t[@]}" | sort -n | head -1); pn=$(printf '%s\n' "${p[@]}" | sort -n | head -1)
echo "median: tally $tm s, peer $pm s, ratio $(echo "scale=1; $pm / $tm" | bc)x"
echo "best:   tally $tn s, peer $pn s, ratio $(echo "scale=1; $pn / $tn" | bc)x"
pdfinfo "$WORK/tally/bench-2025-12.pdf" | grep Pages
