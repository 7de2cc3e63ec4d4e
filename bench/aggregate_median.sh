#!/usr/bin/env bash
# The benchmark of aggregate_bench.sh (same query, same peers, same data) for a machine
# other people are loading: every tool is run RUNS times *interleaved* (run 1 of every
# tool, then run 2 of every tool, ...), so that a burst of someone else's load falls on
# all tools alike rather than on whichever ran during it, and each run is measured by
# GNU time (-v): wall, CPU (user + sys) and peak RSS. The table gives the median of
# each over the runs, and the load average (1 min) before every round.
#
# Usage: bench/aggregate_median.sh                  (1M and 10M rows, 3 runs)
#        ROWS="1000000" RUNS=5 PEERS="tally polars" bench/aggregate_median.sh
# Env:   TALLY    tally binary (default .build/release/tally)
#        ROWS     space-separated row counts (default "1000000 10000000")
#        RUNS     runs per tool (default 3)
#        PEERS    subset of "tally duckdb polars pandas" (default: all at 1M, pandas
#                 left out above 1M: it takes minutes and 2 GB there)
#        TALLY_BASE  a second tally binary (an earlier build), run as tool `tally_base`
#                 next to `tally` when PEERS names it: a before/after under the same load
#        KEEP_DATA=1 keeps generated files above 1M rows
# Needs: python3 with duckdb, polars, pandas; GNU /usr/bin/time.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$here/lib.sh"
TALLY="${TALLY:-$root/.build/release/tally}"
ROWS="${ROWS:-1000000 10000000}"
RUNS="${RUNS:-3}"
data_dir="$here/data"
out_dir="$here/out"
mkdir -p "$data_dir" "$out_dir"
log() { echo "$*" >&2; }

command_for() {
    case "$1" in
        tally_base) echo "$TALLY_BASE aggregate $2 --by country --period month --measure killed --count-at-start --format csv -o $3" ;;
        tally)  echo "$TALLY aggregate $2 --by country --period month --measure killed --count-at-start --format csv -o $3" ;;
        *)      echo "python3 $here/peers/$1_month.py $2 $3" ;;
    esac
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Versions: $(python3 -c 'import duckdb, polars, pandas; print(f"duckdb {duckdb.__version__}, polars {polars.__version__}, pandas {pandas.__version__}")')"
echo "tally: $TALLY ($("$TALLY" --version 2>/dev/null || echo '?'))"
echo
echo "| rows | tool | wall median (s) | CPU user+sys median (s) | peak RSS median (MiB) | runs | load avg (1 min) at each round | CSV = DuckDB's |"
echo "|---:|---|---:|---:|---:|---:|---|---|"

for rows in $ROWS; do
    file="$data_dir/events_${rows}_s1.csv"
    if [[ ! -s "$file" ]]; then
        log "generating $rows rows -> $file"
        python3 "$generator" --rows "$rows" --seed 1 --out "$file"
    fi
    tools="${PEERS:-}"
    if [[ -z "$tools" ]]; then
        tools="duckdb tally polars"
        (( rows <= 1000000 )) && tools+=" pandas"
    fi
    cat "$file" > /dev/null   # in the page cache for every timed run
    declare -A measured=()
    loads=""
    for ((run = 1; run <= RUNS; run++)); do
        loads+="${loads:+, }$(cut -d ' ' -f 1 /proc/loadavg)"
        for tool in $tools; do
            log "$rows rows: run $run: $tool"
            f="$(mktemp)"
            /usr/bin/time -v -o "$f" $(command_for "$tool" "$file" "$out_dir/${tool}_${rows}.csv") >/dev/null
            measured[$tool]+="$(python3 - "$f" <<'EOF'
import re, sys
t = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", t).group(1).strip()
w = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(w)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
print(f"{wall:.3f},{cpu:.2f},{rss:.0f}", end=" ")
EOF
)"
            rm -f "$f"
        done
    done
    duck_out="$out_dir/duckdb_${rows}.csv"
    for tool in $tools; do
        out="$out_dir/${tool}_${rows}.csv"
        same="(itself)"
        if [[ $tool != duckdb ]]; then
            cmp_file="$out"
            if [[ $tool == tally* ]]; then numeric_columns "$out" > "$out.numeric"; cmp_file="$out.numeric"; fi
            if cmp -s "$duck_out" "$cmp_file"; then same="identical"; else same="differs"; fi
        fi
        read -r wall cpu rss < <(python3 -c '
import statistics, sys
runs = [tuple(float(x) for x in r.split(",")) for r in sys.argv[1].split()]
print(" ".join(f"{statistics.median(c):{f}}" for c, f in zip(zip(*runs), (".3f", ".2f", ".0f"))))' "${measured[$tool]}")
        echo "| $rows | $tool | $wall | $cpu | $rss | $RUNS | $loads | $same |"
    done
    unset measured
    if (( rows > 1000000 )) && [[ "${KEEP_DATA:-0}" != 1 ]]; then rm -f "$file"; fi
done
