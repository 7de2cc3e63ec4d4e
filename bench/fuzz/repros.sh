#!/usr/bin/env bash
# Minimal reproductions of the ingest bugs bench/fuzz_ingest.py found (see README.md).
# Each prints PASS or FAIL with expected vs actual; exits 1 while any bug is present.
# Usage: bench/fuzz/repros.sh [TALLY]   (default .build-fuzz-rel/release/tally)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tally="${1:-$root/.build-fuzz-rel/release/tally}"
reference="$root/bench/reference_aggregate.py"
work="$(mktemp -d "${TMPDIR:-/tmp}/tally-repros.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failed=0

report() { # name ok expected actual
    if [[ "$2" == 1 ]]; then echo "PASS $1"; else
        echo "FAIL $1"; echo "  expected: $3"; echo "  actual:   $4"; failed=$((failed + 1)); fi
}

# 1. A count written with leading zeros, 17+ characters, is refused as "larger than 2^53".
want="$(python3 "$reference" "$here/repros/leading_zeros.csv")"
got="$("$tally" aggregate "$here/repros/leading_zeros.csv" --format csv 2>&1)"
report "1 leading zeros (BlockParser.count)" "$([[ "$got" == "$want" ]] && echo 1)" "$want" "$got"

# 2. With a later file whose header is broken, the first error in file order is not
#    reported, and which one is reported depends on thread timing.
python3 - "$work/mid.csv" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write("date_start,country,measure,best,notes\n")
    for i in range(90000):
        f.write(f"2023-01-{1 + i % 28:02d},C{i % 50},killed,{i % 100},some notes here to make it longer\n")
    f.write("2023-02-30,Syria,killed,5,x\n")  # line 90002
EOF
cp "$here/repros/no_measure_column.csv" "$work/"
seen="$(cd "$work" && for i in $(seq 12); do "$tally" aggregate mid.csv no_measure_column.csv --format csv 2>&1 >/dev/null | cut -d: -f1-3; done | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
report "2 first error in file order, every run (Ingest.run / Pipeline.feed)" \
    "$([[ "$seen" == " 12 tally: mid.csv:90002;" ]] && echo 1)" "12 tally: mid.csv:90002" "$seen"

# 3. More than 4096 header columns: the rest are silently dropped.
python3 -c "
cols = ['c%d' % i for i in range(4100)] + ['date_start', 'country', 'measure', 'best']
print(','.join(cols)); print(','.join([''] * 4100 + ['2023-01-01', 'Syria', 'killed', '5']))" > "$work/wide.csv"
want="$(python3 "$reference" "$work/wide.csv")"
got="$("$tally" aggregate "$work/wide.csv" --format csv 2>&1 | cut -c1-120)"
report "3 header over 4096 columns (Pipeline.header)" "$([[ "$got" == "$want" ]] && echo 1)" "$want" "$got"

# 4. (SPEC ambiguity, RFC 4180 edge) the last line ends in a lone CR: the CR stays in the
#    field and the message shows "5" as "not a number".
want="$(python3 "$reference" "$here/repros/final_cr.csv")"
got="$("$tally" aggregate "$here/repros/final_cr.csv" --format csv 2>&1 | cat -A | tr '\n' ' ')"
report "4 lone CR at the end of the file (CSVScanner.next)" "$([[ "$got" == "$(printf '%s\n' "$want" | cat -A | tr '\n' ' ')" ]] && echo 1)" "$want" "$got"

echo "$failed failing"
[[ $failed -eq 0 ]]
