#!/usr/bin/env python3
"""Independent reference for `tally aggregate --schema ucdp-ged --period year`.

Reads a UCDP GED CSV with the standard library only and sums, per country (and
adm_1 with --by adm1) and calendar year of date_start:
  killed            = low, best, high, events = rows; a row whose best lies
                      outside its published range (high < best or low > best)
                      counts its envelope: min(low, best, high), best,
                      max(low, best, high) (docs/aggregation.md)
  civilians_killed  = deaths_civilians (exact), events = rows where it is given
An HDX HXL hashtag row under the header (all non-empty fields start with '#') is
skipped. Output is SPEC section 4 CSV: key columns, period, measure, low, best,
high, events; rows sorted by key bytes (UTF-8), then period, then measure;
a field is quoted only when it holds ',', '"' or a line break; '\n' line ends.

Shares no code with tally. Usage: reference_ged.py FILE [--by country|adm1]
"""
import datetime
import csv
import sys


def quote(field):
    if any(c in field for c in ',"\n\r'):
        return '"' + field.replace('"', '""') + '"'
    return field


def main(argv):
    path = argv[1]
    by = "country"
    if len(argv) > 2:
        if argv[2] != "--by" or len(argv) != 4 or argv[3] not in ("country", "adm1"):
            sys.exit("usage: reference_ged.py FILE [--by country|adm1]")
        by = argv[3]
    sums = {}
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        for n, row in enumerate(reader):
            if n == 0 and all(v.startswith("#") for v in row if v) and any(row):
                continue  # HXL tag row
            # Names as tally keeps them: every run of white space inside one space
            # (UCDP GED 19.1 writes "Bago  region" once; docs/aggregation.md, "Names").
            name = lambda v: " ".join(v.split())
            keys = (name(row[col["country"]]),) if by == "country" else (name(row[col["country"]]), name(row[col["adm_1"]]))
            year = row[col["date_start"]][:4]
            # Date-span rule (docs/aggregation.md): a span longer than 366 days fits no
            # year and is counted under the interval of the years it spans.
            first = datetime.date.fromisoformat(row[col["date_start"]][:10])
            last = datetime.date.fromisoformat(row[col["date_end"]][:10]) if row[col["date_end"]] else first
            if (last - first).days + 1 > 366:
                year += "/" + row[col["date_end"]][:4]
            best = int(row[col["best"]])
            low = int(row[col["low"]]) if row[col["low"]] else best
            high = int(row[col["high"]]) if row[col["high"]] else best
            low, high = min(low, best, high), max(low, best, high)
            cell = sums.setdefault((keys, year, "killed"), [0, 0, 0, 0])
            cell[0] += low
            cell[1] += best
            cell[2] += high
            cell[3] += 1
            civ = row[col["deaths_civilians"]]
            if civ != "":
                c = sums.setdefault((keys, year, "civilians_killed"), [0, 0, 0, 0])
                c[0] += int(civ)
                c[1] += int(civ)
                c[2] += int(civ)
                c[3] += 1
    key_names = ["country"] if by == "country" else ["country", "adm_1"]
    out = [",".join(key_names + ["period", "measure", "low", "best", "high", "events", "estimate"])]

    def order(item):
        (keys, year, measure), _ = item
        return ([k.encode("utf-8") for k in keys], year.encode("utf-8"), measure.encode("utf-8"))

    for (keys, year, measure), (low, best, high, events) in sorted(sums.items(), key=order):
        out.append(",".join([quote(k) for k in keys] + [year, measure, str(low), str(best), str(high), str(events),
                                                         quote(display(low, best, high))]))
    sys.stdout.write("\n".join(out) + "\n")


def display(low, best, high):
    """SPEC §1 display form of a bounded estimate (the last output column): UCDP states
    its best, so a range shows it first, `307 (300–323)`."""
    return f"{best:,}" if low == high else f"{best:,} ({low:,}\u2013{high:,})"


if __name__ == "__main__":
    main(sys.argv)
