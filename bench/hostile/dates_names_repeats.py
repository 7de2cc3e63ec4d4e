#!/usr/bin/env python3
"""Hostile checks of dates, names and files read twice (issue 9, items 7, 8 and 9).

Item 7, plausible dates: a `9999-12-31` "date unknown" placeholder, `0001-01-01`,
`1899-12-31` beside `1900-01-02`, Excel's and Unix's zero days, a date next year or the
day after tomorrow, in a native CSV, a UCDP GED and an ACLED export, an `.xlsx` (text
and serial date cells) and a table in tally's own shape (its `period` by its first day),
are data errors (65) naming file and line, however a filter would have dropped the row;
`--date-range` (and a report dataset's `date_range:`) widens the span; `tally info`
lists such rows and leaves them out; a report with `period: latest` and one stray row
publishes nothing; a chart is never stretched to the dates asked for.

Item 8, names compared as users see them: joint-region member order and spacing (the
IS membership stock of the issue), measure-name case, surrounding and invisible spaces
(no-break space, zero-width space, byte-order mark, soft hyphen), NFC against NFD (Latin
accents, Arabic hamza and harakat in two orders, Hangul), full-width measure names, the
same in filters; and names that differ stay apart (Niger/Nigeria, Sudan/South Sudan,
Guinea/Guinea-Bissau/Equatorial Guinea, ISIS/Isis, Idlib/Idleb).

Item 9, one file given twice: `a.csv ./a.csv`, an absolute path, `dir/../a.csv`, a
symlink (and a link to it), a hard link, `-` redirected from the file, a byte-for-byte
copy, a file named three times, in `aggregate`, `chart`, `info` and a report spec with
two `datasets:` entries (or one entry listing the file twice): read once, said on
stderr. A copy in other bytes without ids (gzip, CRLF, piped) is refused (65) naming
both, as docs/aggregation.md says; with ids the id rule counts it once.

Every expected figure is computed here, in Python, from the rows written.

Run: TALLY=$PWD/.build/debug/tally python3 bench/hostile/dates_names_repeats.py
Ends with `N passed, M failed`; exit 1 on any failure.
"""
import csv
import datetime
import gzip
import html
import json
import os
import re
import shutil
import sys
import unicodedata
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hostile import Checks, no_backtrace  # noqa: E402

c = Checks("dates_names_repeats")
T = c.tmp
NATIVE = ["id", "date_start", "date_end", "country", "adm_1", "adm_2", "actor", "measure", "low", "best", "high", "source"]


def today():
    return datetime.datetime.now(datetime.timezone.utc).date()


def path(name):
    return os.path.join(T, name)


def write_csv(name, header, rows):
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
    return path(name)


def R(date, country="Syria", measure="killed", lo=1, b=1, hi=1, adm1="", actor="g", date_end="", adm2="", source="src"):
    """One native row as a dict (its id is given when written)."""
    return dict(date_start=date, date_end=date_end, country=country, adm_1=adm1, adm_2=adm2, actor=actor,
                measure=measure, low=lo, best=b, high=hi, source=source)


def native(name, rows, ids=True):
    header = NATIVE if ids else NATIVE[1:]
    stem = re.sub(r"\W", "", name.rsplit(".", 1)[0])[:24]   # ids unique to the file: never another file's event
    out = []
    for i, r in enumerate(rows):
        vals = [r[k] for k in NATIVE[1:]]
        out.append(([f"{stem}-{i}"] if ids else []) + vals)
    return write_csv(name, header, out)


def precious(p):
    with open(p, "w") as f:
        f.write("precious")


def is_precious(p):
    try:
        with open(p) as f:
            return f.read() == "precious"
    except OSError:
        return False


def agg(files, *extra, stdin=None, input_bytes=None):
    """`tally aggregate FILES --format json EXTRA`: (result, parsed rows or None)."""
    r = c.run(["aggregate"] + list(files) + ["--format", "json"] + list(extra), stdin=stdin, input_bytes=input_bytes)
    rows = None
    if r.code == 0:
        try:
            rows = json.loads(r.out.decode("utf-8"))
        except ValueError:
            rows = None
    return r, rows


def cells(rows, keys):
    """Rows of aggregate's JSON as a sorted list of (keys..., period, measure, low, best, high, events)."""
    if rows is None:
        return None
    return sorted(tuple(x[k] for k in keys) + (x["period"], x["measure"], x["low"], x["best"], x["high"], x["events"])
                  for x in rows)


def flow_expect(rows, keyfn, period=lambda r: "all"):
    """Flows summed per (key, period, measure): lows with lows, bests with bests, highs with highs."""
    acc = {}
    for r in rows:
        k = keyfn(r) + (period(r), r["measure"])
        s = acc.setdefault(k, [0, 0, 0, 0])
        s[0] += r["low"]; s[1] += r["best"]; s[2] += r["high"]; s[3] += 1
    return sorted(k + tuple(v) for k, v in acc.items())


def stock_expect(rows, keyfn, period=lambda r: "all"):
    """One place per group here: the group's latest observation in the period (ties: min low,
    lower median best, max high; events: the rows of that day)."""
    by = {}
    for r in rows:
        by.setdefault(keyfn(r) + (period(r), r["measure"]), []).append(r)
    out = []
    for k, obs in by.items():
        last = max(o["date_start"] for o in obs)
        at = [o for o in obs if o["date_start"] == last]
        bests = sorted(o["best"] for o in at)
        out.append(k + (min(o["low"] for o in at), bests[(len(bests) - 1) // 2], max(o["high"] for o in at), len(at)))
    return sorted(out)


def names_at(rows, keys):
    return None if rows is None else sorted({tuple(x[k] for k in keys) for x in rows})


def svg_texts(p):
    with open(p, encoding="utf-8") as f:
        return [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", f.read())]


def grouped(n):
    return f"{n:,}"


def display(lo, b, hi):
    return grouped(b) if lo == hi == b else f"{grouped(b)} ({grouped(lo)}–{grouped(hi)})"


def refused_at(label, r, fname, line, value, code=65):
    """Exit `code`, no backtrace, nothing on stdout, and the message names file:line and the value."""
    ok = r.code == code and no_backtrace(r) and r.out == b""
    c.check(f"{label}: exit {code}, nothing on stdout", ok, r)
    c.check(f"{label}: message names {fname}:{line} and {value!r}",
            f"{fname}:{line}" in r.text and value in r.text, r.text[-400:])


# =====================================================================================
# Item 7: plausible dates
# =====================================================================================
GOOD = [R("2023-01-05", lo=1, b=2, hi=3), R("2023-02-05", country="Iraq", lo=4, b=5, hi=6),
        R("2023-03-05", lo=7, b=7, hi=7)]
CK = ("country",)
ck = lambda r: (r["country"],)
year = lambda r: r["date_start"][:4]
month = lambda r: r["date_start"][:7]


def stray(date, extra_rows=GOOD, at=None):
    """GOOD with one row dated `date` inserted (at the end unless `at`); returns (rows, its line)."""
    rows = list(extra_rows)
    i = len(rows) if at is None else at
    rows.insert(i, R(date, country="Iraq", lo=9, b=9, hi=9))
    return rows, i + 2            # line 1 is the header


tom = today() + datetime.timedelta(days=1)
after_tom = today() + datetime.timedelta(days=2)
next_year = today().replace(year=today().year + 1, day=min(today().day, 28))
bad_native = [("9999-12-31", "placeholder 9999-12-31"), ("0001-01-01", "year 1"), ("1899-12-31", "the day before 1900"),
              ("1900-01-01", "Excel's day zero 1900-01-01"), ("1904-01-01", "Excel for Mac's 1904-01-01"),
              ("1970-01-01", "Unix time 0"), ("0025-06-13", "ACLED's year 0025"), (next_year.isoformat(), "a date next year"),
              (after_tom.isoformat(), "the day after tomorrow"), ("2099-01-01", "2099")]
for date, what in bad_native:
    rows, line = stray(date, at=1)
    p = native(f"d-{date}.csv", rows)
    out = path(f"d-{date}.out.csv")
    precious(out)
    r = c.run(["aggregate", p, "--period", "month", "-o", out])
    refused_at(f"native {what}", r, f"d-{date}.csv", line, date)
    c.check(f"native {what}: -o output untouched", is_precious(out))

# In range by a day: 1900-01-02 and tomorrow are read, each counted in its own period.
for date in ("1900-01-02", tom.isoformat(), today().isoformat()):
    rows, _ = stray(date)
    r, got = agg([native(f"ok-{date}.csv", rows)], "--period", "year")
    c.check(f"native {date} (inside the span): exit 0, figures by year as computed",
            r.code == 0 and cells(got, CK) == flow_expect(rows, ck, year), f"{r}; {cells(got, CK)}")

# A date_end outside the span is refused too (it would stretch the event's span to 9999).
rows = list(GOOD) + [R("2023-03-06", date_end="9999-12-31")]
r = c.run(["aggregate", native("dend.csv", rows), "--period", "month"])
refused_at("native date_end 9999-12-31", r, "dend.csv", 5, "9999-12-31")

# Deep in a file, and in the second of two files: the message names that file and line.
many = [R("2022-%02d-%02d" % (1 + i % 12, 1 + i % 28), lo=1, b=1, hi=1) for i in range(3000)]
rows, line = stray("9999-12-31", many, at=2500)
r = c.run(["aggregate", native("deep.csv", rows)])
refused_at("placeholder on line 2502 of 3001", r, "deep.csv", line, "9999-12-31")
rows, line = stray("9999-12-31", [R("2023-06-01", source="other")], at=1)
r = c.run(["aggregate", native("first.csv", GOOD), native("second.csv", rows)])
refused_at("placeholder in the second file", r, "second.csv", line, "9999-12-31")

# A filter that would drop the row does not hide it (a row is checked in full first).
rows, line = stray("9999-12-31", at=3)
p = native("filtered.csv", rows)
for args, what in ((["--to", "2023-12-31"], "--to before it"), (["--country", "Syria"], "--country of other rows"),
                   (["--from", "2023-02-01", "--to", "2023-02-28"], "--from/--to a month")):
    r = c.run(["aggregate", p] + args)
    refused_at(f"placeholder with {what}", r, "filtered.csv", line, "9999-12-31")

# UCDP GED: date_start (also with a midnight time) and the row's line.
GED = ["id", "country", "adm_1", "adm_2", "side_a", "side_b", "type_of_violence", "date_prec", "date_start", "date_end",
       "best", "low", "high", "deaths_civilians"]


def ged_row(i, d, lo, b, hi, civ=0, end=None):
    return [1000 + i, "Syria", "Aleppo governorate", "", "Government of Syria", "Civilians", 1, 1, d, end or d, b, lo, hi, civ]


ged_good = [("2023-01-05", 2, 3, 5, 1), ("2023-02-07", 1, 1, 1, 0), ("2023-02-09", 4, 6, 9, 2)]
r, got = agg([write_csv("ged-ok.csv", GED, [ged_row(i, *g) for i, g in enumerate(ged_good)])], "--period", "month")
want = []
for m in ("2023-01", "2023-02"):
    g = [x for x in ged_good if x[0].startswith(m)]
    want.append(("Syria", m, "civilians_killed", sum(x[4] for x in g), sum(x[4] for x in g), sum(x[4] for x in g), len(g)))
    want.append(("Syria", m, "killed", sum(x[1] for x in g), sum(x[2] for x in g), sum(x[3] for x in g), len(g)))
c.check("UCDP GED in range: figures by month as computed", r.code == 0 and cells(got, CK) == sorted(want), f"{r}; {cells(got, CK)}")
for d, what in (("9999-12-31", "placeholder"), ("9999-12-31T00:00:00", "placeholder with a time"),
                ("1899-12-31", "1899-12-31"), (next_year.isoformat(), "next year")):
    rows = [ged_row(i, *g) for i, g in enumerate(ged_good)]
    rows.insert(1, ged_row(9, d, 4, 4, 4))
    name = "ged-" + re.sub(r"\W", "", what) + ".csv"
    r = c.run(["aggregate", write_csv(name, GED, rows)])
    refused_at(f"UCDP GED date_start {what}", r, name, 3, d[:10])

rows = [ged_row(i, *g) for i, g in enumerate(ged_good)] + [ged_row(9, "2023-02-10", 1, 1, 1, end="9999-12-31")]
r = c.run(["aggregate", write_csv("ged-end.csv", GED, rows)])
refused_at("UCDP GED date_end 9999-12-31", r, "ged-end.csv", 5, "9999-12-31")

# ACLED: event_date in ISO and in ACLED's own written forms, and in an API response.
ACLED = ["event_id_cnty", "event_date", "year", "time_precision", "actor1", "country", "admin1", "admin2", "fatalities"]
acled_good = [("SYR1", "2023-01-05", 3), ("SYR2", "2023-01-20", 0), ("SYR3", "2023-02-02", 5)]
r, got = agg([write_csv("acled-ok.csv", ACLED, [[i, d, d[:4], 1, "A", "Syria", "Aleppo", "", f] for i, d, f in acled_good])],
             "--period", "month")
want = sorted(("Syria", m, "killed", s, s, s, n) for m, s, n in
              (("2023-01", 3, 2), ("2023-02", 5, 1)))
c.check("ACLED in range: figures by month as computed", r.code == 0 and cells(got, CK) == want, f"{r}; {cells(got, CK)}")
for d, shown, what in (("9999-12-31", "9999-12-31", "ISO placeholder"), ("31 December 9999", "9999-12-31", "written placeholder"),
                       ("13 June 0025", "0025-06-13", "year 0025"), ("31-December-1899", "1899-12-31", "1899")):
    rows = [[i, dd, dd[:4], 1, "A", "Syria", "Aleppo", "", f] for i, dd, f in acled_good]
    rows.insert(2, ["SYR9", d, "9999", 1, "A", "Syria", "Aleppo", "", 4])
    name = "acled-" + re.sub(r"\W", "", what) + ".csv"
    r = c.run(["aggregate", write_csv(name, ACLED, rows)])
    refused_at(f"ACLED event_date {what} ({d})", r, name, 4, shown)

recs = [{"event_id_cnty": f"SYR{i}", "event_date": d, "year": d[:4], "time_precision": "1", "actor1": "A", "country": "Syria",
         "admin1": "Aleppo", "admin2": "", "fatalities": str(f)} for i, (d, f) in enumerate((("2023-01-05", 3), ("9999-12-31", 4)))]
with open(path("acled-api.json"), "w") as f:
    json.dump({"status": 200, "success": True, "count": 2, "total_count": 2, "messages": [], "data": recs}, f)
r = c.run(["aggregate", path("acled-api.json")])
refused_at("ACLED API response with a 9999-12-31 record", r, "acled-api.json", "record 2", "9999-12-31")
# HDX HAPI: a month dated 9999; a gzip'd native file.
HAPI = ["location_code", "location_name", "admin1_code", "admin1_name", "admin2_code", "admin2_name", "admin_level",
        "event_type", "events", "fatalities", "reference_period_start", "reference_period_end"]
r = c.run(["aggregate", write_csv("hapi.csv", HAPI, [["SDN", "Sudan", "", "", "", "", 0, "political_violence", 7, 20, "2024-01-01", "2024-01-31"],
                                                     ["SDN", "Sudan", "", "", "", "", 0, "political_violence", 3, 5, "9999-12-01", "9999-12-31"]])])
refused_at("HDX HAPI month 9999-12", r, "hapi.csv", 3, "9999-12-01")
rows, line = stray("9999-12-31", at=2)
with open(native("gz.csv", rows), "rb") as src, gzip.open(path("gz.csv.gz"), "wb") as dst:
    dst.write(src.read())
r = c.run(["aggregate", path("gz.csv.gz")])
refused_at("gzip'd native file with a placeholder", r, "gz.csv.gz", line, "9999-12-31")

# .xlsx: a text date and serial date cells (Excel's 2958465 is 9999-12-31, 1 is 1900-01-01,
# 0 its 1900-01-00, the day before); the message names the workbook and its row.
WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            b'<sheet name="Events" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        b'Target="worksheets/sheet1.xml"/></Relationships>')
STYLES = (b'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          b'<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')


def xcell(ref, v):
    if isinstance(v, tuple):                     # ("serial", n): a number in a date format
        return f'<c r="{ref}" s="1"><v>{v[1]}</v></c>'
    if isinstance(v, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{html.escape(v)}</t></is></c>'
    return f'<c r="{ref}"><v>{v}</v></c>'


def xlsx(name, rows):
    body = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for n, vals in enumerate(rows, 1):
        body.append(f'<row r="{n}">' + "".join(xcell(chr(65 + i) + str(n), v) for i, v in enumerate(vals)) + "</row>")
    body.append("</sheetData></worksheet>")
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", RELS)
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/worksheets/sheet1.xml", "".join(body).encode())
    return path(name)


XH = ["id", "date_start", "country", "measure", "best"]
excel_day = lambda d: (datetime.date.fromisoformat(d) - datetime.date(1899, 12, 30)).days
x_good = [[1, ("serial", excel_day("2023-01-05")), "Syria", "killed", 3], [2, "2023-02-05", "Syria", "killed", 4],
          [3, ("serial", excel_day("2023-02-06")), "Syria", "killed", 5]]
r, got = agg([xlsx("ok.xlsx", [XH] + x_good)], "--period", "month")
c.check(".xlsx in range (serial and text dates): figures by month as computed", r.code == 0 and cells(got, CK) ==
        [("Syria", "2023-01", "killed", 3, 3, 3, 1), ("Syria", "2023-02", "killed", 9, 9, 9, 2)], f"{r}; {cells(got, CK)}")
for v, shown, what in ((("serial", 2958465), "9999-12-31", "serial 2958465"), ("9999-12-31", "9999-12-31", "text 9999-12-31"),
                       (("serial", 0), "1899-12-31", "serial 0 (Excel's 1900-01-00)"), (("serial", 1), "1900-01-01", "serial 1"),
                       (("serial", excel_day(next_year.isoformat())), next_year.isoformat(), "serial next year")):
    name = "x-" + re.sub(r"\W", "", what) + ".xlsx"
    r = c.run(["aggregate", xlsx(name, [XH] + x_good[:1] + [[9, v, "Syria", "killed", 4]] + x_good[1:])])
    refused_at(f".xlsx date cell {what}", r, name, "row 3", shown)

# A table in tally's own shape: its period held to the span by its first day.
TAB = ["country", "period", "measure", "low", "best", "high", "events", "estimate", "covered"]
this_year, this_month = str(today().year), today().strftime("%Y-%m")


def first_day(label):
    if re.fullmatch(r"\d{4}", label):
        return datetime.date(int(label), 1, 1)
    if re.fullmatch(r"\d{4}-Q\d", label):
        return datetime.date(int(label[:4]), 3 * int(label[6]) - 2, 1)
    if re.fullmatch(r"\d{4}-\d{2}", label):
        return datetime.date(int(label[:4]), int(label[5:]), 1)
    return datetime.date.fromisoformat(label)


for label in ("9999", "9999-12", "9999-12-31", "1850-Q1", "2099-01", "1899", str(today().year + 1), this_year, this_month, "2023-02"):
    p = write_csv(f"tab-{label}.csv", TAB, [["Syria", "2023-01", "killed", 1, 2, 3, 1, "2 (1–3)", ""],
                                               ["Syria", label, "killed", 4, 5, 6, 2, "5 (4–6)", ""]])
    plausible = datetime.date(1900, 1, 1) < first_day(label) <= tom
    r, got = agg([p], "--period", "all")
    if plausible:
        c.check(f"table period {label} (first day in the span): exit 0, the two rows summed",
                r.code == 0 and cells(got, CK) == [("Syria", "all", "killed", 5, 7, 9, 3)], f"{r}; {cells(got, CK)}")
    else:
        refused_at(f"table period {label}", r, f"tab-{label}.csv", 3, label)
# An interval period (as aggregate writes a span, 2023-01/2023-12) inside the span is read;
# one starting in 1850 is refused by its first day; one ending in 9999 holds a date outside
# the span as a native date_end 9999-12-31 does (refused above).
for label, ok in (("2023-01/2023-12", True), ("1850-01/2023-12", False)):
    p = write_csv("tab-iv-%s.csv" % label[:4], TAB, [["Syria", label, "killed", 1, 2, 3, 1, "2 (1–3)", ""]])
    r, got = agg([p], "--period", "all")
    if ok:
        c.check(f"table period {label}: exit 0, read", r.code == 0 and cells(got, CK) == [("Syria", "all", "killed", 1, 2, 3, 1)],
                f"{r}; {cells(got, CK)}")
    else:
        refused_at(f"table period {label}", r, "tab-iv-%s.csv" % label[:4], 2, label)
p = write_csv("tab-interval.csv", TAB, [["Syria", "2023-01/9999-12", "killed", 1, 2, 3, 1, "2 (1–3)", ""],
                                         ["Syria", "2023-02", "killed", 4, 5, 6, 2, "5 (4–6)", ""]])
r = c.run(["aggregate", p, "--period", "year"])
refused_at("table period 2023-01/9999-12 (an interval ending in 9999)", r, "tab-interval.csv", 2, "9999")

# --date-range widens the span for historical data; the lower end given says the zero days are meant.
hist = [R("1850-03-10", lo=2, b=3, hi=4), R("1850-03-20", lo=1, b=1, hi=1), R("1851-07-01", country="Iraq", lo=5, b=5, hi=5),
        R("2023-02-05", lo=6, b=6, hi=6)]
hp = native("hist.csv", hist)
r = c.run(["aggregate", hp])
refused_at("1850 without --date-range", r, "hist.csv", 2, "1850-03-10")
for rng in ("1800..2100", "1800..", "1850-03-10..", "any", "1800.." + tom.isoformat()):
    r, got = agg([hp], "--period", "month", "--date-range", rng)
    c.check(f"--date-range {rng}: exit 0, 1850-1851 figures by month as computed",
            r.code == 0 and cells(got, CK) == flow_expect(hist, ck, month), f"{r}; {cells(got, CK)}")
r = c.run(["aggregate", hp, "--date-range", "1850-03-11.."])
refused_at("--date-range 1850-03-11.. refuses 1850-03-10", r, "hist.csv", 2, "1850-03-10")
r = c.run(["aggregate", hp, "--date-range", "1800..1900"])
refused_at("--date-range 1800..1900 refuses 2023", r, "hist.csv", 5, "2023-02-05")
rows, line = stray("0001-01-01")
r, got = agg([native("year1.csv", rows)], "--date-range", "any", "--period", "year")
c.check("--date-range any reads year 1 as written (year 0001)",
        r.code == 0 and cells(got, CK) == flow_expect(rows, ck, year), f"{r}; {cells(got, CK)}")
rows, line = stray("1900-01-01")
zp = native("zero-day.csv", rows)
r = c.run(["aggregate", zp, "--date-range", "..2100"])
refused_at("--date-range ..2100 (upper end only) still refuses 1900-01-01", r, "zero-day.csv", line, "1900-01-01")
r, got = agg([zp], "--date-range", "1900..", "--period", "year")
c.check("--date-range 1900.. takes 1900-01-01 as meant", r.code == 0 and cells(got, CK) == flow_expect(rows, ck, year),
        f"{r}; {cells(got, CK)}")
r, got = agg([write_csv("tab-hist.csv", TAB, [["Syria", "1850-Q1", "killed", 1, 2, 3, 1, "2 (1–3)", ""]])],
             "--period", "all", "--date-range", "1800..2100")
c.check("--date-range 1800..2100 reads a table's 1850-Q1", r.code == 0 and cells(got, CK) ==
        [("Syria", "all", "killed", 1, 2, 3, 1)], f"{r}; {cells(got, CK)}")
for rng in ("2100..1800", "banana", "1800-13-01..", "18000..2100", "1800...2100"):
    out = path("range.out.csv")
    precious(out)
    r = c.run(["aggregate", hp, "--date-range", rng, "-o", out])
    c.check(f"--date-range {rng!r}: exit 64, no backtrace, output untouched",
            r.code == 64 and no_backtrace(r) and is_precious(out), r)

# tally info lists such rows (file, line, value), exit 0, and leaves them out of its figures.
rows, line = stray("9999-12-31", at=2)
r = c.run(["info", native("info.csv", rows)])
total = sum(x["best"] for x in GOOD)
c.check("info: exit 0, lists info.csv:%d 9999-12-31" % line,
        r.code == 0 and f"info.csv:{line}" in r.out.decode() and "9999-12-31" in r.out.decode(), r)
c.check(f"info: the total leaves the row out (best {total})", re.search(rf"killed: flow, total [^\n]*best {total},",
                                                                     r.out.decode()) is not None, r.out.decode()[-600:])

# Charts: a stray row is refused (never a timeline to 9999), the output untouched; a chart
# asked for dates far beyond the data draws the data's periods only.
rows, line = stray("9999-12-31")
sp = native("chart-stray.csv", rows)
for kind, extra in (("timeline", ["--period", "month"]), ("bar", []), ("timeline", ["--period", "year", "--by", "country"])):
    svg = path(f"stray-{kind}.svg")
    precious(svg)
    r = c.run(["chart", kind, sp, "--measure", "killed", "-o", svg] + extra)
    what = " ".join([kind] + extra)
    refused_at(f"chart {what} with a placeholder row", r, "chart-stray.csv", line, "9999-12-31")
    c.check(f"chart {what}: output untouched", is_precious(svg))
gp = native("chart-good.csv", GOOD)
svg = path("wide.svg")
r = c.run(["chart", "timeline", gp, "--measure", "killed", "--period", "month", "--from", "1900-01-02", "--to",
           tom.isoformat(), "-o", svg])
years = sorted({int(y) for t in svg_texts(svg) for y in re.findall(r"\b(1[89]\d\d|[2-9]\d\d\d)\b", t)}) if r.code == 0 else r
c.check("timeline --from 1900-01-02 --to tomorrow: drawn over 2023 only", years == [2023], years)
svg2 = path("wide-any.svg")
r = c.run(["chart", "timeline", gp, "--measure", "killed", "--period", "month", "--date-range", "any",
           "--from", "0001-01-01", "--to", "9999-12-31", "-o", svg2])
same = r.code == 0 and open(svg, "rb").read() == open(svg2, "rb").read()
c.check("timeline --date-range any --from 0001-01-01 --to 9999-12-31: the same chart", same, r)
r = c.run(["aggregate", gp, "--period", "day", "--to", tom.isoformat(), "--format", "csv"])
c.check("aggregate --period day --to tomorrow: one row per day with records, no zero days to tomorrow",
        r.code == 0 and len(r.out.decode().splitlines()) == 1 + len(GOOD), r)
svg = path("bar-9999.svg")
precious(svg)
r = c.run(["chart", "bar", gp, "--measure", "killed", "--period", "9999-12", "-o", svg])
c.check("chart bar --period 9999-12 on 2023 data: exit 65 naming the data's dates, output untouched",
        r.code == 65 and no_backtrace(r) and "2023-01-05" in r.text and is_precious(svg), r)

# Reports: `period: latest` with one stray row publishes nothing and leaves the folder as it was.


def spec(name, datasets, period="latest", sections=None, extra=""):
    ds = "".join(f"  - path: {d if isinstance(d, str) else d[0]}\n    source: s\n    licence: CC0\n"
                 + ("" if isinstance(d, str) else d[1]) for d in datasets)
    sec = sections or "  - type: summary\n    measures: [killed]\n  - type: table\n    by: [country]\n    measures: [killed]\n"
    text = f"title: T\nname: {name}\nperiod: {period}\n{extra}datasets:\n{ds}sections:\n{sec}"
    with open(path(name + ".yml"), "w") as f:
        f.write(text)
    return path(name + ".yml")


def snapshot(d):
    out = {}
    for root, _, files in os.walk(d):
        for fn in files:
            if fn == ".tally-lock":
                continue
            p = os.path.join(root, fn)
            with open(p, "rb") as f:
                out[os.path.relpath(p, d)] = f.read()
    return out


def report_cells(p, code):
    """A report CSV's rows as tuples of their first seven fields (keys, period, measure,
    low, best, high, events), or [] when the run failed."""
    if code != 0 or not os.path.exists(p):
        return []
    with open(p, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return [tuple(x[:7]) for x in rows[1:]]


def report_untouched(label, spec_path, args=(), line=None, value="9999-12-31", fname="rep-stray.csv"):
    od = path("out-" + label.replace(" ", "-"))
    shutil.rmtree(od, ignore_errors=True)
    os.makedirs(od)
    for fn in ("r-2023-01.csv", "r-2023-01.pdf", "notes.txt"):
        with open(os.path.join(od, fn), "w") as f:
            f.write("earlier " + fn)
    before = snapshot(od)
    r = c.run(["report", spec_path, "--out-dir", od] + list(args), timeout=120)
    after = snapshot(od)
    c.check(f"report {label}: exit 65, nothing on stdout, no backtrace", r.code == 65 and r.out == b"" and no_backtrace(r), r)
    c.check(f"report {label}: the folder as it was (no new file, none changed or removed)", before == after,
            sorted(set(after) ^ set(before)) or "contents changed")
    if line:
        c.check(f"report {label}: message names {fname}:{line}", f"{fname}:{line}" in r.text and value in r.text, r.text[-300:])


rows, line = stray("9999-12-31")
native("rep-stray.csv", rows)
report_untouched("latest, placeholder row", spec("r", ["rep-stray.csv"]), ["--format", "csv"], line)
report_untouched("latest, placeholder row, every format", spec("r", ["rep-stray.csv"]), [], line)
report_untouched("period 2023-02 named, placeholder row", spec("r", ["rep-stray.csv"], period="2023-02"), ["--format", "csv"], line)
report_untouched("--period latest over a spec of months", spec("r", ["rep-stray.csv"], period="{every: month, which: latest}"),
                 ["--format", "csv", "--period", "latest"], line)
rows2, line2 = stray(next_year.isoformat())
native("rep-next.csv", rows2)
report_untouched("latest, a row next year", spec("r", ["rep-next.csv"]), ["--format", "csv"], line2, next_year.isoformat(),
                 "rep-next.csv")
native("rep-1899.csv", stray("1899-12-31", at=0)[0])
report_untouched("quarters, latest, a row dated 1899", spec("r", ["rep-1899.csv"], period="{every: quarter, which: latest}"),
                 ["--format", "csv"], 2, "1899-12-31", "rep-1899.csv")
# A second dataset holding the stray row: the same.
native("rep-stray2.csv", [R("2023-01-06", country="Iraq", source="o"), R("9999-12-31", country="Iraq", source="o")])
report_untouched("two datasets, the second with the placeholder", spec("r", ["chart-good.csv", "rep-stray2.csv"]),
                 ["--format", "csv"], 3, "9999-12-31", "rep-stray2.csv")
# Widened in the spec (a dataset's date_range) or on the command line: an 1850 month is reported.
od = path("out-hist")
for label, sp_, args in (("dataset date_range: 1800..2100", spec("h", [("hist.csv", "    date_range: 1800..2100\n")], period="1850-03"), []),
                         ("--date-range 1800..2100", spec("h2", ["hist.csv"], period="1850-03"), ["--date-range", "1800..2100"])):
    shutil.rmtree(od, ignore_errors=True)
    r = c.run(["report", sp_, "--out-dir", od, "--format", "csv"] + args, timeout=120)
    got = report_cells(os.path.join(od, os.path.basename(sp_)[:-4] + "-1850-03.csv"), r.code)
    want = [x for x in hist if x["date_start"].startswith("1850-03")]
    row = ("Syria", "1850-03", "killed") + tuple(str(sum(x[k] for x in want)) for k in ("low", "best", "high")) + (str(len(want)),)
    c.check(f"report {label}: March 1850 reported, {row}", r.code == 0 and row in got, f"{r}; {got}")

# =====================================================================================
# Item 8: names compared as users see them
# =====================================================================================
NBSP, ZWSP, BOM, SHY, NNBSP, WJ = "\u00a0", "\u200b", "\ufeff", "\u00ad", "\u202f", "\u2060"
NFD = lambda s: unicodedata.normalize("NFD", s)
INVISIBLE = re.compile("[\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u2064\ufeff]")


def same_group(label, rows, keys, want_names, extra=(), kind="flow", period=lambda r: "all", canon=None):
    """`rows` carry their canonical key in `canon` (a function of the row); tally must give
    exactly the computed cells, under the names `want_names`, and print nothing invisible."""
    p = native(re.sub(r"[^A-Za-z0-9]+", "-", label)[:60] + ".csv", rows)
    by = ",".join("adm1" if k == "adm_1" else k for k in keys)
    r, got = agg([p], "--period", "all" if period(rows[0]) == "all" else "month", "--by", by, *extra)
    exp = (flow_expect if kind == "flow" else stock_expect)(rows, canon, period)
    ok = r.code == 0 and cells(got, keys) == exp
    c.check(f"{label}: exit 0, one group, figures as computed", ok, f"{r}; got {cells(got, keys)}, want {exp}")
    names = names_at(got, keys)
    c.check(f"{label}: printed as {want_names}", names == want_names, names)
    c.check(f"{label}: output holds no invisible character and is NFC",
            r.code == 0 and not INVISIBLE.search(r.out.decode()) and unicodedata.is_normalized("NFC", r.out.decode()),
            ascii(r.out.decode()[:300]))
    return r, got


# The IS membership figure: one stock of a joint region, three spellings, three months.
IS = [R("2023-01-10", "Iraq;Syria", "members", 5000, 6000, 7000, actor="IS"),
      R("2023-02-10", "Syria;Iraq", "members", 5000, 6000, 7000, actor="IS"),
      R("2023-03-10", "Iraq; Syria", "members", 5000, 6000, 7000, actor="IS")]
jr = lambda r: ("Iraq;Syria",)
same_group("IS members as Iraq;Syria, Syria;Iraq, Iraq; Syria", IS, CK, [("Iraq;Syria",)], kind="stock", canon=jr)
same_group("IS members by month", IS, CK, [("Iraq;Syria",)], kind="stock", canon=jr, period=month)
IS2 = [R("2023-01-10", " Syria ; Iraq ", "members", 4000, 5000, 6000, actor="IS"),
       R("2023-02-10", "Iraq;Syria;", "members", 5000, 6000, 7000, actor="IS"),
       R("2023-03-10", "Syria;Iraq;Syria", "members", 5500, 6500, 7500, actor="IS"),
       R("2023-03-10", f"Iraq{NBSP};{NBSP}Syria", "members", 5200, 6400, 8000, actor="IS"),
       R("2023-03-10", f"{ZWSP}Syria;Iraq{BOM}", "members", 5300, 6600, 7700, actor="IS")]
same_group("IS members: spaces, a trailing ;, a repeated member, NBSP, ZWSP, BOM (ties: envelope)", IS2, CK,
           [("Iraq;Syria",)], kind="stock", canon=jr)
same_group("IS members written Iraq/Syria, Syria and Iraq, Iraq, Syria, Syria-Iraq",
           [R("2023-01-10", "Iraq/Syria", "members", 1, 2, 3), R("2023-02-10", "Syria and Iraq", "members", 2, 3, 4),
            R("2023-03-10", "Iraq, Syria", "members", 3, 4, 5), R("2023-04-10", "Syria-Iraq", "members", 4, 5, 6)],
           CK, [("Iraq;Syria",)], kind="stock", canon=jr)
# As a flow the spellings are summed into one group.
JF = [R("2023-01-0%d" % (i + 1), sp, "killed", i + 1, 2 * i + 2, 3 * i + 3, source="s") for i, sp in
      enumerate(["Syria;Iraq", "Iraq; Syria", "Iraq;Syria", " Iraq ;Syria", "Syria;Iraq;"])]
same_group("killed in Iraq;Syria spelt five ways", JF, CK, [("Iraq;Syria",)], canon=jr)
# The stock as a bar: one bar of the latest figure, never a sum of spellings.
svg = path("is-bar.svg")
r = c.run(["chart", "bar", native("is-bar.csv", IS), "--measure", "members", "-o", svg])
texts = svg_texts(svg) if r.code == 0 else []
c.check("IS members bar: one bar 'Iraq and Syria (joint)' of 6,000 (5,000–7,000)",
        r.code == 0 and texts.count("Iraq and Syria (joint)") == 1 and display(5000, 6000, 7000) in texts
        and not any("others" in t for t in texts) and not any("18,000" in t for t in texts), texts[-8:])
# A report of March: the table and its CSV hold one group of 5,000-7,000.
shutil.rmtree(path("out-is"), ignore_errors=True)
r = c.run(["report", spec("is", ["is-bar.csv"], period="2023-03", sections="  - type: summary\n    measures: [members]\n"
                          "  - type: table\n    by: [country]\n    measures: [members]\n"), "--out-dir", path("out-is"),
           "--format", "csv"], timeout=120)
got = report_cells(path("out-is/is-2023-03.csv"), r.code)
c.check("report 2023-03: one row Iraq;Syria members 5000,6000,7000",
        r.code == 0 and got == [("Iraq;Syria", "2023-03", "members", "5000", "6000", "7000", "1")], f"{r}; {got}")
# A spec's filter and measures are read by the same rule ("MEMBERS", "Syria; Iraq").
shutil.rmtree(path("out-is2"), ignore_errors=True)
native("is-k.csv", IS + [R("2023-03-11", "Syria", "killed", 1, 1, 1), R("2023-03-12", "Iraq;Syria", "killed", 2, 2, 2)])
r = c.run(["report", spec("is2", ["is-k.csv"], period="2023-03",
                          sections="  - type: summary\n    measures: [MEMBERS]\n  - type: table\n    by: [country]\n"
                                   "    measures: [\" Members\", Killed]\n",
                          extra='filter:\n  countries: ["Syria; Iraq"]\n  measures: ["Members ", KILLED]\n'),
           "--out-dir", path("out-is2"), "--format", "csv"], timeout=120)
got = report_cells(path("out-is2/is2-2023-03.csv"), r.code)
c.check("report filter countries ['Syria; Iraq'], measures ['Members ', KILLED]: Iraq;Syria's members and killed only",
        r.code == 0 and sorted(got) == [("Iraq;Syria", "2023-03", "killed", "2", "2", "2", "1"),
                                        ("Iraq;Syria", "2023-03", "members", "5000", "6000", "7000", "1")], f"{r}; {got}")
# Filters follow the same rule: --country "Syria; Iraq" selects the joint region, Syria does not.
both = IS + [R("2023-02-01", "Syria", "members", 10, 10, 10)]
bp = native("filter.csv", both)
for flt, want in (("Syria; Iraq", [("Iraq;Syria", "all", "members", 5000, 6000, 7000, 1)]),
                  (" Iraq;Syria ", [("Iraq;Syria", "all", "members", 5000, 6000, 7000, 1)]),
                  ("Syria", [("Syria", "all", "members", 10, 10, 10, 1)])):
    r, got = agg([bp], "--period", "all", "--country", flt)
    c.check(f"--country {flt!r}: {want[0][0]} only", r.code == 0 and cells(got, CK) == want, f"{r}; {cells(got, CK)}")

# Measure names: case, surrounding spaces, invisible characters, full width: one measure;
# a stock spelt `Members` is still a stock (its latest figure), never a flow summed over months.
M = [R("2023-01-10", "Syria", "members", 100, 100, 100), R("2023-02-10", "Syria", "Members", 120, 120, 120),
     R("2023-03-10", "Syria", "members ", 130, 130, 130), R("2023-04-10", "Syria", "MEMBERS", 90, 95, 99),
     R("2023-05-10", "Syria", " Members", 80, 85, 89)]
canon_m = lambda rows: [dict(r, measure="members") for r in rows]
r, got = agg([native("measures.csv", M)], "--period", "all")
c.check("members, Members, 'members ', MEMBERS, ' Members': one stock, the latest (80, 85, 89)",
        r.code == 0 and cells(got, CK) == stock_expect(canon_m(M), ck), f"{r}; {cells(got, CK)}")
r, got = agg([native("measures.csv", M)], "--period", "quarter")
c.check("the same by quarter: Q1 is March's 130, Q2 May's 80-89 (never a sum)",
        r.code == 0 and cells(got, CK) == stock_expect(canon_m(M), ck, lambda x: "2023-Q" + str((int(x["date_start"][5:7]) + 2) // 3)),
        f"{r}; {cells(got, CK)}")
M2 = [R("2023-01-10", "Syria", "ｍｅｍｂｅｒｓ", 10, 10, 10), R("2023-02-10", "Syria", "mem" + SHY + "bers", 20, 20, 20),
      R("2023-03-10", "Syria", "members" + NBSP, 30, 31, 32), R("2023-04-10", "Syria", ZWSP + "Members", 5, 6, 7)]
r, got = agg([native("measures2.csv", M2)], "--period", "all")
c.check("full-width, soft hyphen, NBSP, ZWSP measure names: one stock, the latest (5, 6, 7)",
        r.code == 0 and cells(got, CK) == stock_expect(canon_m(M2), ck), f"{r}; {cells(got, CK)}")
K = [R("2023-01-0%d" % (i + 1), "Syria", m, i, 2 * i, 3 * i) for i, m in
     enumerate(["killed", "Killed", "KILLED", " killed", "killed\t", "kil" + SHY + "led", "ｋｉｌｌｅｄ"])]
r, got = agg([native("measures3.csv", K)], "--period", "all")
c.check("killed in seven spellings: one flow, summed", r.code == 0 and cells(got, CK) ==
        flow_expect([dict(x, measure="killed") for x in K], ck), f"{r}; {cells(got, CK)}")
for flt in ("Members", " MEMBERS ", "ｍｅｍｂｅｒｓ"):
    r, got = agg([native("measures-f.csv", M + K)], "--period", "all", "--measure", flt)
    c.check(f"--measure {flt!r} selects members", r.code == 0 and cells(got, CK) == stock_expect(canon_m(M), ck),
            f"{r}; {cells(got, CK)}")
# A measure in NFD (blessés) is the NFC one.
B = [R("2023-01-05", "Syria", "blessés", 1, 1, 1), R("2023-01-06", "Syria", NFD("blessés"), 2, 2, 2),
     R("2023-01-07", "Syria", NFD("Blessés "), 4, 4, 4)]
r, got = agg([native("nfd-measure.csv", B)], "--period", "all")
c.check("measure blessés in NFC, NFD and NFD with a capital: one flow of 7",
        r.code == 0 and cells(got, CK) == [("Syria", "all", "blessés", 7, 7, 7, 3)], f"{r}; {cells(got, CK)}")

# NFC against NFD in key values: Latin accents, Arabic hamza and harakat in either order, Hangul.
AK = ("actor",)
acts = [("Forces républicaines", NFD("Forces républicaines")),
        ("أنصار الشريعة", "\u0627\u0654نصار الشريعة"),                           # alef + combining hamza above
        ("م\u064f\u062d\u064e\u0651\u0645\u062f", "م\u064f\u062d\u0651\u064e\u0645\u062f"),  # fatha, shadda / shadda, fatha
        ("한국군", NFD("한국군"))]
for nfc, other in acts:
    assert unicodedata.normalize("NFC", other) == nfc and other != nfc
    rows = [R("2023-01-05", actor=nfc, lo=1, b=1, hi=1), R("2023-01-06", actor=other, lo=2, b=3, hi=4),
            R("2023-01-07", actor=other, lo=1, b=2, hi=3)]
    same_group(f"actor {ascii(nfc)} in NFC and {ascii(other)}", rows, AK, [(nfc,)],
               canon=lambda r, n=nfc: (n,))
civ = "Côte d’Ivoire"
rows = [R("2023-01-05", NFD(civ), lo=1, b=1, hi=1), R("2023-01-06", NFD(civ), lo=2, b=2, hi=2), R("2023-01-07", civ, lo=4, b=4, hi=4)]
same_group("country Côte d’Ivoire mostly in NFD", rows, CK, [(civ,)], canon=lambda r: (civ,))
seg = "Séguéla"
rows = [R("2023-01-05", "Côte d’Ivoire", adm1=NFD(seg), lo=1, b=2, hi=3), R("2023-01-06", "Côte d’Ivoire", adm1=seg, lo=1, b=1, hi=1),
        R("2023-01-07", "Côte d’Ivoire", adm1=NFD(seg) + NBSP, lo=5, b=5, hi=5)]
same_group("adm1 Séguéla in NFD, NFC and NFD + NBSP", rows, ("country", "adm_1"), [("Côte d’Ivoire", seg)],
           canon=lambda r: ("Côte d’Ivoire", seg))

# What users cannot see around or inside a name: NBSP, ZWSP, BOM, word joiner, narrow NBSP, tab.
rows = [R("2023-01-0%d" % (i + 1), sp, lo=i + 1, b=i + 1, hi=i + 1) for i, sp in
        enumerate(["Syria" + NBSP, "Syria" + NBSP, ZWSP + "Syria", "Sy" + ZWSP + "ria", BOM + "Syria", "Syria" + WJ,
                   "\tSyria", "Syria" + NNBSP, "Syria"])]
same_group("Syria with NBSP, ZWSP (around and inside), BOM, word joiner, tab, narrow NBSP", rows, CK, [("Syria",)],
           canon=lambda r: ("Syria",))
rows = [R("2023-01-05", actor="ISIS" + NBSP, lo=1, b=1, hi=1), R("2023-01-06", actor="ISIS" + ZWSP, lo=2, b=2, hi=2),
        R("2023-01-07", actor=" ISIS", lo=3, b=3, hi=3), R("2023-01-08", actor="IS" + SHY + "IS", lo=4, b=4, hi=4)]
same_group("actor ISIS with NBSP, ZWSP, a space, a soft hyphen", rows, AK, [("ISIS",)],
           canon=lambda r: ("ISIS",))
rows = [R("2023-01-05", "Myanmar", adm1="Bago region", lo=1, b=1, hi=1),
        R("2023-01-06", "Myanmar", adm1="Bago  region", lo=2, b=2, hi=2),
        R("2023-01-07", "Myanmar", adm1="Bago" + NBSP + "region", lo=3, b=3, hi=3),
        R("2023-01-08", "Myanmar", adm1="Bago\tregion ", lo=4, b=4, hi=4)]
same_group("adm1 Bago region with two spaces, NBSP, a tab inside", rows, ("country", "adm_1"), [("Myanmar", "Bago region")],
           canon=lambda r: ("Myanmar", "Bago region"))
# Stocks spelt with invisible characters are one place's latest figure, not two places added.
rows = [R("2023-01-10", "Syria", "fighters", 100, 100, 100, adm1="Idlib"),
        R("2023-02-10", "Syria" + NBSP, "fighters", 150, 150, 150, adm1="Idlib" + ZWSP)]
same_group("a stock of Syria/Idlib then Syria+NBSP/Idlib+ZWSP: the latest, 150", rows, ("country", "adm_1"),
           [("Syria", "Idlib")], kind="stock", canon=lambda r: ("Syria", "Idlib"))

# Names that differ stay apart.
pairs = [("Niger", "Nigeria"), ("Sudan", "South Sudan"), ("Guinea", "Guinea-Bissau", "Equatorial Guinea"),
         ("Sudan;South Sudan", "Sudan", "South Sudan"), ("Iraq;Syria", "Iraq", "Syria"), ("Dominica", "Dominican Republic")]
for names in pairs:
    rows = [R("2023-01-%02d" % (i + 1), n, lo=i + 1, b=2 * (i + 1), hi=3 * (i + 1)) for i, n in enumerate(names)]
    rows += [R("2023-02-%02d" % (i + 1), n, lo=1, b=1, hi=1) for i, n in enumerate(names)]
    r, got = agg([native("apart-" + re.sub(r"\W", "", names[0] + names[1]) + ".csv", rows)], "--period", "all")
    joint = lambda x: (";".join(sorted(set(x["country"].split(";")), key=str.encode)),)   # members in UTF-8 byte order
    c.check(f"{' / '.join(names)}: {len(names)} groups as computed", r.code == 0 and cells(got, CK) ==
            flow_expect(rows, joint), f"{r}; {cells(got, CK)}")
rows = [R("2023-01-05", actor="ISIS", lo=1, b=1, hi=1), R("2023-01-06", actor="Isis", lo=2, b=2, hi=2),
        R("2023-01-07", actor="IS", lo=4, b=4, hi=4), R("2023-01-08", actor="Al-Shabaab", lo=8, b=8, hi=8),
        R("2023-01-09", actor="Al Shabaab", lo=16, b=16, hi=16)]
r, got = agg([native("actors-apart.csv", rows)], "--period", "all", "--by", "actor")
c.check("actors ISIS / Isis / IS / Al-Shabaab / Al Shabaab: five groups (case and spelling kept)",
        r.code == 0 and cells(got, AK) == flow_expect(rows, lambda x: (x["actor"],)), f"{r}; {cells(got, AK)}")
r, got = agg([native("actors-apart.csv", rows)], "--period", "all", "--by", "actor", "--actor", "IS")
c.check("--actor IS selects IS only", r.code == 0 and cells(got, AK) == [("IS", "all", "killed", 4, 4, 4, 1)],
        f"{r}; {cells(got, AK)}")
rows = [R("2023-01-05", "Syria", adm1="Idlib", lo=1, b=1, hi=1), R("2023-01-06", "Syria", adm1="Idleb", lo=2, b=2, hi=2)]
r, got = agg([native("idleb.csv", rows)], "--period", "all", "--by", "adm1")
c.check("adm1 Idlib / Idleb: two groups, said on stderr", r.code == 0 and cells(got, ("country", "adm_1")) ==
        flow_expect(rows, lambda x: (x["country"], x["adm_1"])) and "Idleb" in r.text, f"{r}; {cells(got, ('country', 'adm_1'))}")

# =====================================================================================
# Item 9: one file given twice
# =====================================================================================
D = [R("2023-01-05", "Syria", lo=1, b=2, hi=3, adm1="Aleppo"), R("2023-02-05", "Iraq", lo=4, b=5, hi=6, adm1="Ninawa"),
     R("2023-02-06", "Iraq", lo=7, b=7, hi=7, adm1="Ninawa"), R("2023-03-01", "Syria", "members", 50, 60, 70)]
sub = path("sub")
os.makedirs(os.path.join(sub, "deeper"), exist_ok=True)
a = native("a.csv", D)
native("noid.csv", D, ids=False)
WANT = flow_expect([x for x in D if x["measure"] == "killed"], ck) + stock_expect([x for x in D if x["measure"] != "killed"], ck)
WANT = sorted(WANT)
os.symlink("a.csv", path("link.csv"))
os.symlink("link.csv", path("link2.csv"))
os.symlink(a, os.path.join(sub, "abs-link.csv"))
os.link(a, path("hard.csv"))
shutil.copyfile(a, path("copy.csv"))
shutil.copyfile(path("noid.csv"), path("noid-copy.csv"))
with open(path("a.csv"), "rb") as f:
    abytes = f.read()
with open(path("noid.csv"), "rb") as f:
    nbytes = f.read()
with gzip.open(path("a.csv.gz"), "wb") as f:
    f.write(abytes)
with gzip.open(path("noid.csv.gz"), "wb") as f:
    f.write(nbytes)
with open(path("noid-crlf.csv"), "wb") as f:
    f.write(nbytes.replace(b"\n", b"\r\n"))


def twice(label, files, want=WANT, note=("read once",), stdin=None, input_bytes=None):
    r, got = agg(files, "--period", "all", stdin=stdin, input_bytes=input_bytes)
    c.check(f"{label}: exit 0, every figure once", r.code == 0 and cells(got, CK) == want, f"{r}; {cells(got, CK)}")
    c.check(f"{label}: said on stderr", all(n in r.text for n in note), r.text[-300:])


twice("a.csv ./a.csv", ["a.csv", "./a.csv"], note=("./a.csv", "read once"))
twice("a.csv and its absolute path", ["a.csv", a], note=(a, "read once"))
twice("a.csv sub/../a.csv", ["a.csv", "sub/../a.csv"], note=("sub/../a.csv", "read once"))
twice("a.csv sub/deeper/../../a.csv (given first)", ["sub/deeper/../../a.csv", "a.csv"], note=("read once",))
twice("a.csv and a symlink", ["a.csv", "link.csv"], note=("link.csv", "read once"))
twice("a symlink to a symlink, then a.csv", ["link2.csv", "a.csv"], note=("read once",))
twice("an absolute symlink in another folder", ["a.csv", "sub/abs-link.csv"], note=("abs-link.csv", "read once"))
twice("a.csv and a hard link", ["a.csv", "hard.csv"], note=("hard.csv", "read once"))
twice("a.csv and - redirected from it", ["a.csv", "-"], stdin=a, note=("standard input", "read once"))
twice("a.csv and /dev/stdin redirected from it", ["a.csv", "/dev/stdin"], stdin=a, note=("/dev/stdin", "read once"))
twice("/proc/self/fd/0 redirected from a.csv, then a.csv", ["/proc/self/fd/0", "a.csv"], stdin=a, note=("read once",))
twice("a.csv named four ways", ["a.csv", "./a.csv", "link.csv", "hard.csv"], note=("read once",))
OTHER = [R("2023-02-07", "Iraq", lo=100, b=100, hi=100, source="o")]
native("other.csv", OTHER)
twice("a.csv, another file, ./a.csv", ["a.csv", "other.csv", "./a.csv"],
      want=sorted(flow_expect([x for x in D if x["measure"] == "killed"] + OTHER, ck)
                  + stock_expect([x for x in D if x["measure"] != "killed"], ck)),
      note=("./a.csv", "read once"))
twice("a byte-for-byte copy (docs: read once with a note)", ["a.csv", "copy.csv"], note=("copy.csv", "read once"))
twice("a copy without ids", ["noid.csv", "noid-copy.csv"], note=("noid-copy.csv", "read once"))
twice("the gzip of a file with ids (the id rule)", ["a.csv", "a.csv.gz"], note=("read more than once",))
for files, what, stdin, inp in ((["noid.csv", "noid.csv.gz"], "its gzip", None, None),
                                (["noid.csv", "noid-crlf.csv"], "a CRLF copy", None, None),
                                (["noid.csv", "-"], "the copy piped in", None, nbytes)):
    out = path("copy.out.csv")
    precious(out)
    r = c.run(["aggregate"] + files + ["-o", out], input_bytes=inp)
    second = "standard input" if files[1] == "-" else files[1]
    c.check(f"a file without ids and {what}: exit 65 naming both, output untouched",
            r.code == 65 and no_backtrace(r) and "noid.csv" in r.text and second in r.text and is_precious(out), r)

# A larger file (3,000 rows) and its copy, with ids and without.
big = [R("2022-%02d-%02d" % (1 + i % 12, 1 + i % 28), "Syria" if i % 3 else "Iraq", lo=i % 7, b=i % 7 + 1, hi=i % 7 + 2,
         actor=f"unit {i}") for i in range(3000)]           # every row another event (no repeated record)
native("big.csv", big)
native("big-noid.csv", big, ids=False)
shutil.copyfile(path("big.csv"), path("big-copy.csv"))
shutil.copyfile(path("big-noid.csv"), path("big-noid-copy.csv"))
twice("3,000 rows and a copy", ["big.csv", "big-copy.csv"], want=flow_expect(big, ck), note=("big-copy.csv", "read once"))
twice("3,000 rows without ids, a copy and ./", ["big-noid.csv", "big-noid-copy.csv", "./big-noid.csv"],
      want=flow_expect(big, ck), note=("big-noid-copy.csv", "./big-noid.csv", "read once"))

# Charts read it once too.
svg = path("twice.svg")
r = c.run(["chart", "bar", "a.csv", "./a.csv", "link.csv", "--measure", "killed", "-o", svg])
texts = svg_texts(svg) if r.code == 0 else []
c.check("chart bar a.csv ./a.csv link.csv: bars of Iraq 12 (11–13) and Syria 2 (1–3)",
        r.code == 0 and display(11, 12, 13) in texts and display(1, 2, 3) in texts and "read once" in r.text, f"{r}; {texts[-6:]}")
# tally info on the same file twice says so (spec: `all N files together` says what is in more than one).
for files in (["a.csv", "./a.csv"], ["a.csv", "copy.csv"], ["a.csv", "hard.csv"]):
    r = c.run(["info"] + files)
    said = r.out.decode() + r.text
    c.check(f"info {' '.join(files)}: exit 0 and says the file is given twice (not 'none ... in more than one file')",
            r.code == 0 and ("read once" in said or "same file" in said or "same bytes" in said)
            and "none (no event id, and no record without one, in more than one file)" not in said,
            said[said.find("all 2 files"):][:200])

# Report specs: two datasets: entries for one file (however spelt), a copy, one entry listing it twice.
REP_SECTIONS = "  - type: table\n    by: [country]\n    measures: [killed]\n"
feb = [x for x in D if x["date_start"].startswith("2023-02") and x["measure"] == "killed"]
feb_row = ("Iraq", "2023-02", "killed") + tuple(str(sum(x[k] for x in feb)) for k in ("low", "best", "high")) + (str(len(feb)),)
for label, ds in (("a.csv twice", ["a.csv", "a.csv"]), ("a.csv and ./a.csv", ["a.csv", "./a.csv"]),
                  ("a.csv and its absolute path", ["a.csv", a]), ("a.csv and a symlink", ["a.csv", "link.csv"]),
                  ("a hard link and a.csv", ["hard.csv", "a.csv"]), ("a.csv and a copy", ["a.csv", "copy.csv"]),
                  ("a.csv and sub/../a.csv", ["a.csv", "sub/../a.csv"]),
                  ("one entry listing a.csv twice", [("[a.csv, ./a.csv]", "")])):
    name = "dup" + re.sub(r"\W", "", label)[:20]
    od = path("out-" + name)
    shutil.rmtree(od, ignore_errors=True)
    r = c.run(["report", spec(name, ds, period="2023-02", sections=REP_SECTIONS), "--out-dir", od, "--format", "csv"], timeout=120)
    got = report_cells(os.path.join(od, f"{name}-2023-02.csv"), r.code)
    c.check(f"report datasets {label}: exit 0, Iraq February once {feb_row}", r.code == 0 and
            [x for x in got if x[0] == "Iraq"] == [feb_row], f"{r}; {got}")
    c.check(f"report datasets {label}: said on stderr", "read once" in r.text, r.text[-300:])

shutil.rmtree(T, ignore_errors=True)
c.finish()
