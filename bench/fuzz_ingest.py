#!/usr/bin/env python3
"""Differential fuzzer for `tally aggregate`'s CSV ingest (SPEC §2-§5).

Generates seeded random native-schema CSV files that stress the reader and checks
tally against ground truth:

* valid files: `tally aggregate FILE --by B --period P --format csv` must equal, byte
  for byte, what bench/reference_aggregate.py computes for the same logical rows
  (its own aggregation and CSV rendering, fed the generator's rows; once per file
  the reference also reads a plainly written copy of the data with its own CSV
  reader, as a check on the generator). Also with --measure, --country, --actor,
  --from/--to, --stock, standard input (-) from a file and from a pipe, the rows split
  over two files (one may lack a column), default options and -o FILE.
* invalid files (exactly one defect each): exit 65, nothing on stdout, stderr names
  the right file and the right physical line, and `-o out.csv` leaves an existing
  out.csv byte-identical with no temporary file left in the folder.

What the stress files hold: quoted fields with `,`, `""` and embedded LF / CRLF; LF,
CRLF and mixed line ends; blank lines; a missing final newline; a UTF-8 BOM; shuffled
and unknown columns; Arabic, accented and emoji names; joint regions `Iraq;Syria`;
empty adm_1 / adm_2 / actor; stock ties on one date; `incident` values (reports of one
incident are merged here exactly as tally documents it, before the reference sees
them); the `estimate` text column (only in separate files, with values computed here
from SPEC §1, since the reference refuses that column); files over 8 MiB whose records
straddle tally's 4 MiB read blocks at chosen bytes (inside a multibyte character,
between CR and LF, right after a line feed inside a quoted field, between the two
quotes of a `""`); and single fields over 4 MiB.

Where the reference and tally legitimately differ, the generator stays out of the
way: the reference (Python csv) refuses blank lines and a BOM, and accepts an empty
country or measure that tally refuses; those are only fed to tally.

Usage:
    python3 bench/fuzz_ingest.py [--seed N] [--scale X] [--tally BIN] [--tally-debug BIN]
Defaults: seed 1, the binaries built with
    swift build -c release --scratch-path .build-fuzz-rel --product tally
    swift build --scratch-path .build-fuzz --product tally
Prints failing cases, then `N passed, M failed`; exits 1 on any failure.
"""
import argparse
import concurrent.futures
import csv
import datetime
import gzip
import importlib.util
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BLOCK = 1 << 22  # tally's read block (IngestRequest.blockSize default)

_fx = importlib.util.spec_from_file_location("make_fixtures", os.path.join(ROOT, "Tests", "Fixtures", "inputs", "make_fixtures.py"))
fixtures = importlib.util.module_from_spec(_fx)
_fx.loader.exec_module(fixtures)
_spec = importlib.util.spec_from_file_location("reference_aggregate", os.path.join(HERE, "reference_aggregate.py"))
ref = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ref)
# Python's csv refuses fields over 128 KiB by default; the fuzzer's own >4 MiB fields
# must reach the reference's reader when it is used as a check on the generator.
csv.field_size_limit(2 ** 31 - 1)

# ----------------------------------------------------------------------------- vocabulary

COUNTRIES = ["Syria", "Iraq", "Iraq;Syria", "Yemen", "Ägypten", "Zambia", "afghanistan", "Côte d'Ivoire",
             "سوريا", "العراق", "Mali, Republic of", 'The "Gambia"', "🇸🇾 Syria", "Ελλάδα", "São Tomé",
             "Syria;Turkey;Iraq", "Région\nCentrale"]
ADM1 = ["", "Aleppo", "حلب", "Idlib", "Île-de-France", "Nineveh", "Dayr az-Zawr", "Région\nNord",
        "South\r\nDistrict", " Spaced ", "Anbar, West", '"Quoted" Gov', "Ḥamāh", "ريف دمشق"]
ADM2 = ["", "Manbij", "منبج", "Øst", "🙂 town", "a,b", 'x"y', "Jarābulus", "A'zaz"]
# No two of these are one group under two names (`IS` and `الدولة الإسلامية`, `Zeta` and
# `zeta` were, stop 38): a stock of one group under two names in one place is refused
# (34caa77, docs/aggregation.md), a rule this model does not follow; distinct groups stay.
ACTORS = ["", "IS", "SDF", "Government of Syria", "قوات محلية", "Hay'at Tahrir al-Sham", 'Group "X"',
          "Militia, local", "Émeutiers", "👥 crowd", "multi\nline actor", "مقاتلون 🙂", "Zeta", "Zeta Two"]
SOURCES = ["Reuters", "AFP, via wire", "رويترز", "", 'BBC "live"', "local\r\nradio"]
FLOWS = ["killed", "injured", "wounded", "kidnapped", "displaced", "events", "arrested"]  # arrested: unknown → flow
STOCKS = ["members", "fighters", "supporters", "strength"]
CUSTOM_STOCK = "detained"  # a flow unless --stock detained
NOTE_BITS = ["shelling", "مقتل", "x,y", 'said "many"', "line\nbreak", "crlf\r\nbreak", "🙂🙃", "naïve", "",
             "Ω≈ç√", "tab\there", "  padded  ", '""', "a\"\"b"]
INCIDENTS = ["inc-1", "inc-2", "inc-3", "inc-4", "inc-5", "حادثة-6", 'inc,"7"', "inc\n8", "inc-9", "inc-10"]
SPECIAL_DAYS = ["0001-01-01", "0999-12-31", "1000-01-01", "1600-02-29", "9999-12-31", "2020-12-31", "2021-01-01", "2021-01-03", "2021-01-04", "2019-12-30", "2019-12-29", "2024-02-29",
                "2000-02-29", "1999-12-31", "2015-12-28", "2016-01-03", "2026-12-31", "2027-01-01", "2023-03-31",
                "2023-04-01", "2023-06-30", "2023-07-01", "2023-09-30", "2023-10-01", "1970-01-01", "1969-12-31"]
GROUPINGS = ["country", "adm1", "adm2", "actor", "country,actor", "adm2,actor", "actor,adm1"]
PERIODS = ["day", "week", "month", "quarter", "year", "all"]
BASE_COLUMNS = ["id", "date_start", "date_end", "country", "adm_1", "adm_2", "actor", "measure", "low", "best",
                "high", "source"]
OPTIONAL = {"id", "date_end", "adm_1", "adm_2", "actor", "low", "high", "source"}
UNKNOWN_COLUMNS = ["url", "notes", "x_extra", "Notes", "comment 2", "ملاحظات", "event_type"]
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 6: "six", 10: "ten", 12: "twelve", 20: "twenty", 200: "two hundred"}


def day_text(d):
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


# ----------------------------------------------------------------------------- records

class Row:
    """One logical record: the text of each column, and the figures it stands for."""
    __slots__ = ("values", "low", "best", "high", "day", "stated")

    def __init__(self, values, low, best, high, day, stated=True):
        self.values = values  # column -> text
        self.low, self.best, self.high, self.day = low, best, high, day  # high None = unbounded
        # False for a range given with no best ("5,000 to 7,000"): its best is the midpoint.
        self.stated = stated

    def cell(self):
        v = self.values
        texts = tuple(v.get(c, "") for c in CELL_COLUMNS)
        # Keys as tally groups them (docs/aggregation.md, "Names"), once per spelling: a
        # key is a pure function of the text (what canonical_key counts besides is the
        # spellings of rows read, which `expected` counts apart).
        cell = _CELLS.get(texts)
        if cell is None:
            cell = _CELLS[texts] = tuple(ref.canonical_key(c, t) for c, t in zip(CELL_COLUMNS, texts))
        return cell


CELL_COLUMNS = ("country", "adm_1", "adm_2", "actor")
_CELLS = {}


def pick_number(rng):
    r = rng.random()
    if r < 0.6:
        return rng.randint(0, 20)
    if r < 0.9:
        return rng.randint(0, 5000)
    if r < 0.99:
        return rng.randint(0, 10 ** 6)
    return rng.randint(0, 10 ** 9)


def estimate_text(rng, measure=None):
    """(text, low, best, high, kind) for an estimate form of SPEC §1 (high None =
    unbounded); a range is the only kind here that states no best (its best is the
    midpoint)."""
    def num(n):
        return f"{n:,}" if rng.random() < 0.5 else str(n)

    def cap(s):
        return s[0].upper() + s[1:] if rng.random() < 0.3 else s

    kind = rng.choice(["exact", "word", "range", "atleast", "more", "about", "upto", "noun"])
    n = pick_number(rng)
    if kind == "exact":
        return num(n), n, n, n, kind
    if kind == "word":
        n = rng.choice(sorted(NUMBER_WORDS))
        return NUMBER_WORDS[n], n, n, n, kind
    if kind == "range":
        a = rng.randint(0, 5000)
        b = a + rng.randint(1, 5000)
        form = rng.choice(["{a} to {b}", "{a}-{b}", "{a}–{b}", "between {a} and {b}"])
        return cap(form.format(a=num(a), b=num(b))), a, (a + b + 1) // 2, b, kind
    if kind == "atleast":
        form = rng.choice(["at least {n}", "{n} or more", "{n}+"])
        return cap(form.format(n=num(n))), n, n, None, kind
    if kind == "more":
        form = rng.choice(["more than {n}", "over {n}"])
        return cap(form.format(n=num(n))), n + 1, n + 1, None, kind
    if kind == "about":
        form = rng.choice(["about {n}", "around {n}", "~{n}", "roughly {n}", "some {n}", "approximately {n}"])
        return cap(form.format(n=num(n))), n, n, n, kind
    if kind == "upto":
        form = rng.choice(["up to {n}", "as many as {n}", "at most {n}"])
        return cap(form.format(n=num(n))), 0, n, n, kind
    # "killed" only in rows of killed: tally refuses "5 people killed" in a row of
    # injured ('"5 people killed" counts killed, not injured'), which is not what this form tests.
    # Nor "5 members" in a row of displaced (measures8: a noun of people of another kind, a
    # group's members, is no figure of the displaced, '"5 members" counts members ..., not displaced').
    # Nor "5 members" in a row of killed or injured (review44 S1: a group's size is no figure
    # of the dead, '"5 members" counts members (the size of a group), not killed').
    forms = ["{n} people"] + (["{n} fighters"] if measure != "displaced" else []) \
        + (["{n} members"] if measure not in ("displaced", "killed", "injured", "wounded", None) else []) \
        + (["{n} people killed"] if measure in ("killed", None) else [])
    form = rng.choice(forms)
    return form.format(n=num(n)), n, n, n, kind


class Dataset:
    """Rows plus the columns of the file they are written to."""

    def __init__(self, rng, rows_wanted, *, estimates=False, incidents=False, custom_stock=False,
                 pad_column=False, drop_optional=True, zero_pad=False, wide=False,
                 many_names=False):
        self.rng = rng
        # Numbers written with leading zeros ("0000000000000000007"): plain integers
        # that the reference reads; more than 16 characters trip tally (known bug 1).
        self.zero_pad = zero_pad
        self.many_names = many_names
        cols = [c for c in BASE_COLUMNS if not (drop_optional and c in OPTIONAL and rng.random() < 0.15)]
        if estimates:
            cols.append("estimate")
            for c in ("low", "high"):
                if c not in cols:
                    cols.append(c)
        if incidents:
            cols.append("incident")
        cols += rng.sample(UNKNOWN_COLUMNS, rng.randint(0, 3))
        if wide:  # more columns than tally's initial 64 field slots; rarely more than 4096 (known bug 3)
            cols += [f"extra_{k}" for k in range(rng.randint(60, 300) if wide != "very" else rng.randint(4000, 4200))]
        rng.shuffle(cols)
        if pad_column:
            cols.insert(0, "pad")
        self.columns = cols
        self.estimates = estimates
        # A few cells and days per file, so that stocks tie and groups fill up.
        self.cells = [(rng.choice(COUNTRIES), rng.choice(ADM1), rng.choice(ADM2), rng.choice(ACTORS))
                      for _ in range(rng.randint(2, 14))]
        start = datetime.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
        self.days = [start + datetime.timedelta(days=rng.randint(0, rng.choice([10, 100, 800])))
                     for _ in range(rng.randint(2, 12))]
        self.days += [datetime.date.fromisoformat(d) for d in rng.sample(SPECIAL_DAYS, 3)]
        self.measures = rng.sample(FLOWS, rng.randint(1, 4)) + rng.sample(STOCKS, rng.randint(0, 2))
        if custom_stock:
            self.measures.append(CUSTOM_STOCK)
        self.incidents = incidents
        self.rows = [self.make_row(i) for i in range(rows_wanted)]

    def make_row(self, i):
        rng, cols = self.rng, self.columns
        cell = rng.choice(self.cells) if rng.random() < 0.85 else (
            rng.choice(COUNTRIES), rng.choice(ADM1), rng.choice(ADM2), rng.choice(ACTORS))
        if self.many_names and rng.random() < 0.5:
            # Thousands of distinct names: the interner grows, the sort sees many keys.
            cell = (cell[0], cell[1], rng.choice(["d", "ض", "é", "🙂", "D"]) + str(rng.randint(0, 30000)), cell[3])
        measure = rng.choice(self.measures)
        stockish = measure in STOCKS or measure == CUSTOM_STOCK
        day = rng.choice(self.days[:3] if stockish and rng.random() < 0.7 else self.days)
        v = {}
        v["country"], adm1, adm2, actor = cell
        for c, x in (("adm_1", adm1), ("adm_2", adm2), ("actor", actor)):
            if c in cols:
                v[c] = x
        v["measure"] = measure
        v["date_start"] = day_text(day)
        if "date_end" in cols:
            v["date_end"] = "" if rng.random() < 0.5 else day_text(
                min(day + datetime.timedelta(days=rng.randint(0, 40)) if day.year < 9999 else day, datetime.date.max))
        if "id" in cols:
            v["id"] = rng.choice([f"ev{i}", f"ح{i}", f"e-{i},x", f'"{i}"', ""])
        if "source" in cols:
            v["source"] = rng.choice(SOURCES)
        for c in cols:
            if c in UNKNOWN_COLUMNS or c.startswith("extra_"):
                v[c] = "".join(rng.choice(NOTE_BITS) for _ in range(rng.randint(0, 4)))
        if "pad" in cols:
            v["pad"] = ""
        if "incident" in cols:
            v["incident"] = rng.choice(INCIDENTS) if rng.random() < 0.4 else ""
            if v["incident"]:
                # Reports of one incident are one event: one country, one stretch of
                # days. tally refuses reports of one value in two countries or more than
                # 31 days apart (review30 S12), so the value names its country and month
                # (days of one month lie at most 30 days apart).
                v["incident"] += f"/{zlib.crc32(v['country'].encode()):08x}/{day.year}-{day.month:02d}"
        if self.estimates and rng.random() < 0.7:
            text, low, best, high, kind = estimate_text(rng, v.get("measure"))
            v["estimate"] = text
            if rng.random() < 0.5:
                v["best"], v["low"], v["high"] = "", "", ""
            else:
                v["best"], v["low"], v["high"] = str(best), str(low), "" if high is None else str(high)
            # A range ("5,000 to 7,000") states no best: its best is the midpoint, with
            # or without the numbers beside it (SPEC §1); every other form here does.
            return Row(v, low, best, high, day, stated=kind != "range")
        if self.estimates:
            v["estimate"] = ""
        best = pick_number(self.rng)
        low, high = best, best
        if "low" in cols:
            r = rng.random()
            if r < 0.4:
                v["low"] = ""
            else:
                low = best - rng.randint(0, best) if r < 0.8 else best
                v["low"] = str(low)
        if "high" in cols:
            r = rng.random()
            if r < 0.4:
                v["high"] = ""
            else:
                high = best + (rng.randint(0, 1000) if r < 0.8 else 0)
                v["high"] = str(high)
        v["best"] = str(best)
        if self.zero_pad:
            for c in ("low", "best", "high"):
                if v.get(c):
                    v[c] = "0" * rng.randint(1, 20) + v[c]
        return Row(v, low, best, high, day)


# ----------------------------------------------------------------------------- serialisation

class Style:
    """How a file is written: the knobs that stress the reader."""

    def __init__(self, rng, *, plain=False):
        if plain:
            self.bom, self.eol, self.blank, self.final_newline, self.quote_prob = False, "lf", 0.0, True, 0.0
            return
        self.bom = rng.random() < 0.25
        self.eol = rng.choice(["lf", "crlf", "mixed"])
        self.blank = rng.choice([0.0, 0.0, 0.02, 0.2])
        self.final_newline = rng.random() < 0.7
        self.quote_prob = rng.choice([0.0, 0.05, 0.5])

    def line_end(self, rng):
        if self.eol == "mixed":
            return rng.choice([b"\n", b"\r\n"])
        return b"\r\n" if self.eol == "crlf" else b"\n"


def encode(value, rng, quote_prob):
    b = value.encode("utf-8")
    if any(c in value for c in ',"\n\r') or (quote_prob and rng.random() < quote_prob):
        return b'"' + b.replace(b'"', b'""') + b'"'
    return b


class Written:
    """A serialised file: its bytes, and where each record starts (offset, line)."""

    def __init__(self):
        self.data = bytearray()
        self.starts = []  # per row: (offset, physical line)
        self.boundary_hits = []  # (target kind, file offset of a 4 MiB block boundary)


def serialize(rows, columns, style, rng, *, defect=None, target_blocks=False, header_defect=None):
    """Writes rows in `style`. `defect(index, fields, row) -> (fields, where)` may replace
    one record's encoded fields; `where` is the byte offset inside the record of an
    inserted bad byte (or None). Returns (Written, defect_line)."""
    w = Written()
    out = w.data
    if style.bom:
        out += b"\xef\xbb\xbf"
    head = [encode(c, rng, style.quote_prob / 4) for c in columns]
    if header_defect:
        head = header_defect(head)
    out += b",".join(head) + style.line_end(rng)
    lines = out.count(b"\n") + 1
    defect_line = None
    next_boundary = BLOCK
    for i, row in enumerate(rows):
        if style.blank and rng.random() < style.blank:
            out += style.line_end(rng)
            lines += 1
        fields = [encode(row.values.get(c, ""), rng, style.quote_prob) for c in columns]
        where = None
        if defect is not None:
            fields, where = defect(i, fields, row)
        last = i == len(rows) - 1
        eol = b"" if last and not style.final_newline else style.line_end(rng)
        is_target = where is not None or (defect is not None and getattr(defect, "hit", None) == i)
        if target_blocks and next_boundary is not None and columns[0] == "pad" and not is_target:
            d = next_boundary - len(out)
            if d <= 2000:
                fields, hit, cut_at_boundary = aim_at_boundary(fields, eol, d, rng)
                if hit:
                    w.boundary_hits.append((hit, next_boundary))
                next_boundary = next_boundary + BLOCK if cut_at_boundary else len(out) + BLOCK
        record = b",".join(fields) + eol
        w.starts.append((len(out), lines))
        if where is not None:
            defect_line = lines + record[:where].count(b"\n")
        elif defect is not None and defect_line is None and getattr(defect, "hit", None) == i:
            defect_line = lines
        out += record
        lines += record.count(b"\n")
        if target_blocks and len(record) > BLOCK // 4:
            next_boundary = None  # block sizes change after a huge record; stop aiming
    return w, defect_line


def aim_at_boundary(fields, eol, d, rng):
    """Pads the first (unknown `pad`) field so that byte `d` of the record, where the
    current read block ends, falls at an interesting place. Returns (fields, kind,
    whether the block is then cut exactly at the boundary)."""
    rest_fields = fields[1:]
    rest = b",".join(rest_fields) + eol
    offsets, o = [], 0
    for f in rest_fields:
        offsets.append(o)
        o += len(f) + 1
    targets = []
    for k, f in enumerate(rest_fields):
        for j, byte in enumerate(f):
            if byte >= 0xC0:
                targets.append(("inside a multibyte character", offsets[k] + j + 1))
                break
        if f.startswith(b'"'):
            targets.append(("right after an opening quote", offsets[k] + 1))
            inner = f[1:-1]
            if b"\n" in inner:
                targets.append(("right after a line feed inside quotes", offsets[k] + 1 + inner.index(b"\n") + 1))
            if b'""' in inner:
                targets.append(('between the quotes of ""', offsets[k] + 1 + inner.index(b'""') + 1))
    if eol == b"\r\n":
        targets.append(("between CR and LF", len(rest) - 1))
    if eol:
        targets.append(("exactly after a record", len(rest)))
    targets = [t for t in targets if t[1] <= d - 1]
    if not targets:
        return fields, None, False
    kind = rng.choice(sorted({k for k, _ in targets}))  # each kind of place equally often
    t = rng.choice([t for k, t in targets if k == kind])
    pad = b"p" * (d - 1 - t)
    return [pad] + rest_fields, kind, t == len(rest)


# ----------------------------------------------------------------------------- expectations

def merge_incidents(rows):
    """Reports sharing a non-empty incident value and a measure become one row (tally's
    documented rule, IncidentMerger): earliest date_start (ties: smallest keys in byte
    order), the union of their date spans, min low, max high (unbounded wins), lower median
    of the bests. Rows are (Row, files) pairs; a merged incident holds the files of all
    its reports."""
    plain, groups = [], {}
    for r, files in rows:
        inc = r.values.get("incident", "")
        if inc:
            groups.setdefault((inc, r.values["measure"]), []).append((r, files))
        else:
            plain.append((r, files))
    for pairs in groups.values():
        reports = [r for r, _ in pairs]
        first = min(reports, key=lambda r: (r.day, r.cell()))
        bests = sorted(r.best for r in reports)
        highs = [r.high for r in reports]
        values = dict(first.values)
        # The span is the union of the reports' spans (docs/aggregation.md, Incidents).
        # (with or without a date_end column: reports on different days span them)
        last = max(row_end(r) for r in reports)
        values["date_end"] = last.isoformat() if last > first.day else ""
        best = bests[(len(bests) - 1) // 2]
        # Stated only when a report that gave the chosen best stated it (review38 S2).
        merged = Row(values, min(r.low for r in reports), best,
                     None if None in highs else max(highs), first.day,
                     any(r.stated for r in reports if r.best == best))
        plain.append((merged, set().union(*(f for _, f in pairs))))
    return plain


def row_end(r):
    end_text = r.values.get("date_end", "")
    return max(datetime.date.fromisoformat(end_text), r.day) if end_text else r.day


# expected()'s answers within one job: a big file's job asks for the same figures five or
# six times (each packaging, standard input, -o), and the reference took about half of a
# big file's time in CI. The rows are keyed by identity, and kept alive in the entry so an
# identity is never reused for other rows; each job starts with an empty memo.
_EXPECTED = {}


def expected(rows, by="country", period="year", measures=None, stocks=(), countries=None, actors=None,
             first=None, last=None, parts=None):
    held = parts if parts is not None else [rows]
    key = (tuple((id(p), len(p)) for p in held), by, period,
           None if measures is None else tuple(measures), tuple(stocks),
           None if countries is None else tuple(countries), None if actors is None else tuple(actors), first, last)
    hit = _EXPECTED.get(key)
    if hit is None:
        rendered = _expected(rows, by, period, measures, stocks, countries, actors, first, last, parts)
        hit = _EXPECTED[key] = (rendered, {k: list(v) for k, v in ref._SPELT.items()}, held)
    else:
        # The reference's spelling counts as the computed call left them.
        ref._SPELT.clear()
        ref._SPELT.update({k: list(v) for k, v in hit[1].items()})
    return hit[0]


def _expected(rows, by="country", period="year", measures=None, stocks=(), countries=None, actors=None,
              first=None, last=None, parts=None):
    """The reference's aggregation and rendering over these rows (filters other than
    the measure apply to merged incidents, as tally documents), with its `covered`
    column computed as tally computes it: each file a dataset, covering the runs of
    every row read from it (each report of an incident, whatever the filters).
    `parts`: the rows of each file when there are several (`rows` is then ignored)."""
    parts = parts if parts is not None else [rows]
    # The spellings each country is printed in are counted over these rows alone (the
    # reference's count is global; tally counts per run).
    ref._SPELT.clear()
    all_stocks = set(ref.BUILTIN_STOCKS) | set(stocks)
    measure_of = lambda r: ref.canonical_key("measure", r.values["measure"])
    row_keys = [[(measure_of(r), r.day, row_end(r), ref.canonical_key("country", r.values["country"])) for r in part]
                for part in parts]
    # Each row read counted once, as tally counts them; not the filters' values, nor a
    # row again when it is filtered and aggregated below (CI, seed 1: `Iraq;Syria`
    # printed `Iraq;Syria` by the reference where tally, counting العراق's 30 rows
    # against Iraq's 27, printed `Syria;العراق`).
    spelt = {k: list(v) for k, v in ref._SPELT.items()}
    coverages = ref.file_coverages(row_keys, all_stocks, period,
                                   {ref.canonical_key("country", c) for c in countries} if countries else None)
    tagged = merge_incidents([(r, {n}) for n, part in enumerate(parts) for r in part])
    # The filters, after the coverage: a country by its key, in any spelling the list
    # holds (`--country Syria` selects `سوريا`, review26), an actor as exact text.
    if countries:
        wanted = {ref.canonical_key("country", c) for c in countries}
        tagged = [(r, f) for r, f in tagged if ref.canonical_key("country", r.values["country"]) in wanted]
    if actors:
        tagged = [(r, f) for r, f in tagged if r.values.get("actor", "") in actors]
    # A window (--from/--to) leaves out an event whose date span reaches outside it, and
    # narrows every file's coverage to its dates (docs/aggregation.md, what a window
    # leaves out).
    if first:
        tagged = [(r, f) for r, f in tagged if r.day >= first]
        coverages = ref.cut_coverages(coverages, first=first.toordinal())
    if last:
        # (a stock is an observation at its start date: only flows are held to their span)
        tagged = [(r, f) for r, f in tagged if (r.day if measure_of(r) in all_stocks else row_end(r)) <= last]
        coverages = ref.cut_coverages(coverages, last=last.toordinal())
    keys = ref.parse_by(by)
    records = ((r.cell(), measure_of(r), r.day, row_end(r), r.low, r.best, r.high, r.stated, files) for r, files in tagged)
    totals = ref.aggregate_records(records, keys, period, None if measures is None else set(measures), all_stocks,
                                   coverages)
    alike = ref.covered_alike({label for (_, label, _) in totals if "/" not in label}, period, coverages)
    ref._SPELT.clear()
    ref._SPELT.update(spelt)
    return ref.render(totals, keys, alike)


def reference_on_file(path, by, period, stocks=()):
    """The reference reading a file itself (its own csv reader)."""
    keys = ref.parse_by(by)
    totals, alike = ref.aggregate([path], keys, period, None, set(ref.BUILTIN_STOCKS) | set(stocks))
    return ref.render(totals, keys, alike)


# ----------------------------------------------------------------------------- running tally

class Results:
    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failures = []
        self.kinds = {}

    def check(self, ok, label, detail=""):
        self.kinds[label.split(":")[0]] = self.kinds.get(label.split(":")[0], 0) + 1
        if ok:
            self.passed += 1
        else:
            self.failures.append(f"FAIL {self.name} {label}: {detail}")
        return ok


def run(binary, args, cwd, stdin_path=None, pipe=False):
    # The generator's special days include 0001-01-01 and 9999-12-31, outside the
    # plausible span tally checks by default (issue 9 item 7; tested elsewhere).
    if args and args[0] == "aggregate":
        args = args + ["--date-range", "any"]
    if pipe:  # through a pipe, written in odd-sized pieces by a helper process
        feeder = subprocess.Popen([sys.executable, "-c", PIPE_FEEDER, stdin_path], stdout=subprocess.PIPE)
        try:
            p = subprocess.run([binary] + args, cwd=cwd, stdin=feeder.stdout, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=120)
        finally:
            feeder.stdout.close()
            feeder.wait()
        return p.returncode, p.stdout, p.stderr
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        p = subprocess.run([binary] + args, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=120)
    finally:
        if stdin_path:
            stdin.close()
    return p.returncode, p.stdout, p.stderr


PIPE_FEEDER = """
import os, sys
data = open(sys.argv[1], 'rb').read()
i, k = 0, 0
while i < len(data):
    n = (7, 4093, 65536, 1, 100000)[k % 5]
    os.write(1, data[i:i + n]); i += n; k += 1
"""


def first_difference(a, b):
    al, bl = a.split(b"\n"), b.split(b"\n")
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            return f"line {i + 1}: expected {x[:200]!r}, got {y[:200]!r}"
    return f"expected {len(al)} lines, got {len(bl)}"


def tally_args(by, period, measures, countries, stocks, actors=None, first=None, last=None):
    args = ["--format", "csv"]
    for a in actors or []:
        args += ["--actor", a]
    if first:
        args += ["--from", day_text(first)]
    if last:
        args += ["--to", day_text(last)]
    if by is not None:
        args += ["--by", by]
    if period is not None:
        args += ["--period", period]
    if measures:
        args += ["--measure", ",".join(measures)]
    for c in countries or []:
        args += ["--country", c]
    for s in stocks:
        args += ["--stock", s]
    return args


def reads_as_table(rows, cols):
    """Whether an input of these rows is, by docs/aggregation.md ("A table without a period
    column"), a table of figures by period: every row a span of days without an id, or at
    least half its rows spans a table writes (from a 1st, to a month's last day, the 11th
    to the 20th, 7, 8, 14 or 15 days, or meeting another span end to start, or the same
    days as another row). Generous where tally's names differ from the text (it ignores
    the country when it looks for spans that meet): a refusal this allows is accepted,
    never required."""
    if not rows:
        return False
    one = datetime.timedelta(days=1)
    if len(rows) >= 2 and ("id" not in cols or not any(r.values.get("id") for r in rows)) and (
            "date_end" not in cols):
        # Months written as their 1st or last days (every row, two months or more).
        days = {r.day for r in rows}
        if len(days) >= 2 and (all(d.day == 1 for d in days)
                               or all(d.day != 1 and (d == datetime.date.max or (d + one).day == 1) for d in days)):
            return True
    if "date_end" not in cols:
        return False
    spans = []
    for r in rows:
        if "id" in cols and r.values.get("id"):
            continue
        end = r.values.get("date_end", "")
        if not end:
            continue
        last = datetime.date.fromisoformat(end)
        if last > r.day:
            spans.append((r.values["measure"], r.day, last))
    if not spans:
        return False
    if len(spans) == len(rows):
        return True
    def month_end(d):
        return datetime.date(d.year, 12, 31) if d.month == 12 else datetime.date(d.year, d.month + 1, 1) - one
    if 2 * len(spans) >= len(rows) and all(b <= month_end(a) for _, a, b in spans):
        return True  # half the rows spans, none crossing a month's end
    starts = {(m, a) for m, a, _ in spans}
    ends = {(m, b) for m, _, b in spans}
    alike = {}
    for _, a, b in spans:
        alike[(a, b)] = alike.get((a, b), 0) + 1

    def period_like(m, a, b):
        month_end = (b + one).day == 1 if b < datetime.date.max else True
        n = (b - a).days + 1
        return (a.day == 1 or month_end or (a.day == 11 and b.day == 20 and (a.year, a.month) == (b.year, b.month))
                or n in (7, 8, 14, 15) or alike[(a, b)] >= 2
                or (b < datetime.date.max and (m, b + one) in starts) or (a > datetime.date.min and (m, a - one) in ends))
    return 2 * sum(1 for s in spans if period_like(*s)) >= len(rows)


def compare(res, binary, label, files, cwd, want, by=None, period=None, measures=None, countries=None, stocks=(),
            stdin_path=None, output=None, no_format=False, pipe=False, actors=None, first=None, last=None,
            table_refusal_allowed=False):
    args = ["aggregate"] + files + tally_args(by, period, measures, countries, stocks, actors, first, last)
    if no_format:
        args = ["aggregate"] + files
    if output:
        args += ["-o", output]
    rc, out, err = run(binary, args, cwd, stdin_path, pipe)
    if output and rc == 0:
        with open(os.path.join(cwd, output), "rb") as f:
            out = f.read()
    shown = " ".join(a if a and all(ch.isalnum() or ch in "-_.,/" for ch in a) else repr(a) for a in args)
    if (first or last) and want.count(b"\n") == 1:
        # Dates that keep no row are refused (docs/spec.md §3): an empty table would
        # read as no events then.
        return res.check(rc == 65 and out == b"", label, f"tally {shown}: want exit 65 and no output for dates keeping no row; "
                                                        f"got exit {rc}, stdout {out[:100]!r}")
    if rc == 65 and table_refusal_allowed and re.search(rb"^tally: \S+ (is a table|and \S+ are both tables)", err):
        # A part the spec calls a table by period, beside records of its days (small cuts).
        res.kinds["two-files refused: a part reads as a table by period"] = 1
        return res.check(True, label, "")
    if rc != 0:
        return res.check(False, label, f"tally {shown} exited {rc}: {err.decode('utf-8', 'replace')[:300]}")
    # The whole CSV, `covered` included: the reference computes coverage as tally does
    # (every row read, per file, before filters and incident merging). It does not
    # model the approximate flag: drop the `~` that starts tally's `estimate` column
    # (the display form, before `covered`) before comparing.
    out = re.sub(rb',("?)~([^,\n]*|[^"\n]*"),([^,\n]*)$', rb",\1\2,\3", out, flags=re.M)
    return res.check(out == want, label, f"tally {shown}: {first_difference(want, out)}")


# ----------------------------------------------------------------------------- jobs

def valid_job(job):
    index, seed, kind, config = job
    _EXPECTED.clear()
    rng = random.Random(f"{seed}:{kind}:{index}")
    res = Results(f"{kind}#{index}")
    release, debug, skip_known = config
    with tempfile.TemporaryDirectory(prefix="tally-fuzz-") as d:
        if kind == "big":
            ds = Dataset(rng, rng.randint(80000, 120000), pad_column=True, incidents=rng.random() < 0.3,
                         custom_stock=rng.random() < 0.5, many_names=index % 2 == 0)
            if index % 3 == 2:
                # The first data record is over 4 MiB: the header's block holds nothing else.
                unit = "first record: ‘multibyte’, \"quotes\",\nbreaks\r\n🙂 "
                ds.rows[0].values["source" if "source" in ds.columns else "country"] = \
                    unit * (4_300_000 // len(unit.encode()) + rng.randint(0, 9000))
            elif index % 3 == 1:
                # One field over 4 MiB, mid-file, with multibyte text, quotes and line breaks.
                victim = ds.rows[rng.randint(len(ds.rows) // 3, 2 * len(ds.rows) // 3)]
                column = rng.choice([c for c in ds.columns if c in UNKNOWN_COLUMNS] or ["source"])
                unit = "long field, with ‘multibyte’ text, \"quotes\",\nline breaks\r\nand 🙂 "
                victim.values[column] = unit * ((4_400_000 // len(unit.encode())) + rng.randint(0, 20000))
            style = Style(rng)
        else:
            ds = Dataset(rng, rng.randint(1, 400), estimates=kind == "estimate",
                         incidents=kind != "estimate" and rng.random() < 0.3, custom_stock=rng.random() < 0.3,
                         zero_pad=not skip_known and rng.random() < 0.1,
                         wide=("very" if not skip_known and rng.random() < 0.25 else True) if rng.random() < 0.1 else False)
            style = Style(rng)
        written, _ = serialize(ds.rows, ds.columns, style, rng, target_blocks=kind == "big")
        path = os.path.join(d, "in.csv")
        with open(path, "wb") as f:
            f.write(written.data)
        for hit, offset in written.boundary_hits:
            res.kinds[f"block boundary {hit}"] = res.kinds.get(f"block boundary {hit}", 0) + 1
        stocks = [CUSTOM_STOCK] if CUSTOM_STOCK in ds.measures and rng.random() < 0.7 else []
        combos = [(rng.choice(GROUPINGS), rng.choice(PERIODS)) for _ in range(2 if kind == "big" else 3)]
        for n, (by, period) in enumerate(combos):
            want = expected(ds.rows, by, period, stocks=stocks)
            compare(res, release, f"valid:{by}/{period}", ["in.csv"], d, want, by, period, stocks=stocks)
            # The debug build (its assertions) on one grouping of every second small and
            # estimate file and of the first big one: it costs about as much CPU as all
            # the release runs of a file, and CI has 25 minutes (the Swift tests run the
            # debug build on everything else).
            if debug and n == 0 and (index == 0 if kind == "big" else index % 2 == 0):
                compare(res, debug, f"valid-debug:{by}/{period}", ["in.csv"], d, want, by, period, stocks=stocks)
        # The reference's own reader on a plainly written copy (a check on the generator).
        if kind != "estimate" and not ds.incidents and rng.random() < (0.3 if kind == "big" else 1.0):
            plain_cols = [c for c in ds.columns if c != "pad"]
            plain, _ = serialize(ds.rows, plain_cols, Style(rng, plain=True), rng)
            ppath = os.path.join(d, "plain.csv")
            with open(ppath, "wb") as f:
                f.write(plain.data)
            by, period = combos[0]
            got = reference_on_file(ppath, by, period, stocks)
            res.check(got == expected(ds.rows, by, period, stocks=stocks), "generator-vs-reference-reader",
                      first_difference(expected(ds.rows, by, period, stocks=stocks), got))
        # Filters.
        by, period = rng.choice(combos)
        # Only measures the rows hold: one that is not in the data is a usage error (64,
        # listing those present), which a small file drawing few rows can meet.
        held = [m for m in ds.measures if any(r.values["measure"] == m for r in ds.rows)] or ds.measures[:1]
        measures = rng.sample(held, rng.randint(1, len(held)))
        compare(res, release, "measure-filter", ["in.csv"], d,
                expected(ds.rows, by, period, measures=measures, stocks=stocks), by, period, measures=measures,
                stocks=stocks)
        present = sorted({r.values["country"] for r in ds.rows})
        countries = rng.sample(present, min(len(present), rng.choice([1, 1, 2])))
        if rng.random() < 0.3:
            countries.append("Syria")  # may select nothing, never the joint region
        compare(res, release, "country-filter", ["in.csv"], d,
                expected(ds.rows, by, period, stocks=stocks, countries=countries), by, period, countries=countries,
                stocks=stocks)
        # Actor and date filters.
        if rng.random() < 0.5:
            named = sorted({r.values.get("actor", "") for r in ds.rows} - {""})
            actors = rng.sample(named, min(len(named), rng.randint(1, 2))) if named and rng.random() < 0.5 else None
            days = sorted({r.day for r in ds.rows})
            first = rng.choice(days) if rng.random() < 0.7 else None
            last = rng.choice([x for x in days if first is None or x >= first]) if rng.random() < 0.7 else None
            compare(res, release, "actor/date-filter", ["in.csv"], d,
                    expected(ds.rows, by, period, stocks=stocks, actors=actors, first=first, last=last), by, period,
                    stocks=stocks, actors=actors, first=first, last=last)
        # Standard input: a file, and a pipe (short reads).
        if kind == "big" or rng.random() < 0.4:
            compare(res, release, "stdin", ["-"], d, expected(ds.rows, by, period, stocks=stocks), by, period,
                    stocks=stocks, stdin_path=path)
        if kind == "big" or rng.random() < 0.2:
            compare(res, release, "stdin-pipe", ["-"], d, expected(ds.rows, by, period, stocks=stocks), by, period,
                    stocks=stocks, stdin_path=path, pipe=True)
        # The same text packaged and encoded as published (issue 11).
        if kind != "big" or index % 2 == 0:
            check_packagings(res, release, d, written.data, ds.rows, by, period, stocks, rng, small=kind != "big")
        # The same rows over two files, written differently; defaults against defaults.
        if kind == "big" or rng.random() < 0.5:
            cut = rng.randint(0, len(ds.rows))
            cols2 = list(ds.columns)
            rng.shuffle(cols2)
            if kind == "big":
                cols2.remove("pad")
                cols2.insert(0, "pad")
            want = expected(ds.rows)
            compare(res, release, "defaults:one-file", ["in.csv"], d, want, no_format=True)
            rows2 = ds.rows[cut:]
            droppable = [c for c in cols2 if c in ("adm_1", "adm_2", "actor", "date_end", "source", "id")]
            if droppable and rng.random() < 0.4:
                # The second file lacks a column the first has: its rows read it as empty.
                gone = rng.choice(droppable)
                cols2.remove(gone)
                rows2 = [Row({**r.values, gone: ""}, r.low, r.best, r.high, r.day, r.stated) for r in rows2]
                res.kinds["two-files with a column missing in one"] = 1
            rows_all = ds.rows[:cut] + rows2
            parts = [(ds.rows[:cut], ds.columns), (rows2, cols2)]
            for k, (rows, cols) in enumerate(parts):
                wp, _ = serialize(rows, cols, Style(rng), rng, target_blocks=kind == "big")
                for hit, _offset in wp.boundary_hits:
                    res.kinds[f"block boundary {hit}"] = res.kinds.get(f"block boundary {hit}", 0) + 1
                with open(os.path.join(d, f"part{k + 1}.csv"), "wb") as f:
                    f.write(wp.data)
            split = [ds.rows[:cut], rows2]
            tabled = any(reads_as_table(rows, cols) for rows, cols in parts)
            compare(res, release, "defaults:two-files", ["part1.csv", "part2.csv"], d, expected(rows_all, parts=split),
                    no_format=True, table_refusal_allowed=tabled)
            compare(res, release, "two-files", ["part1.csv", "part2.csv"], d,
                    expected(rows_all, by, period, stocks=stocks, parts=split), by, period, stocks=stocks,
                    table_refusal_allowed=tabled)
            if rng.random() < 0.5:
                compare(res, release, "two-files-stdin", ["part1.csv", "-"], d,
                        expected(rows_all, by, period, stocks=stocks, parts=split), by, period, stocks=stocks,
                        stdin_path=os.path.join(d, "part2.csv"), table_refusal_allowed=tabled)
        # -o FILE on success: the file holds the result, no temporary file is left.
        if rng.random() < 0.25:
            with open(os.path.join(d, "out.csv"), "wb") as f:
                f.write(b"old contents\n")
            before = set(os.listdir(d))
            compare(res, release, "output-file", ["in.csv"], d, expected(ds.rows, by, period, stocks=stocks), by,
                    period, stocks=stocks, output="out.csv")
            after = set(os.listdir(d))
            res.check(after == before, "output-file:no-leftovers", f"folder changed: {sorted(after ^ before)}")
    return res


def check_packagings(res, binary, d, data, rows, by, period, stocks, rng, small):
    """The file's text as a .gz, a .zip holding it, and (small files) UTF-16 with a
    BOM, Windows-1252 when it can hold the text, an .xlsx sheet and JSON records (a
    bare list and the ACLED API envelope): each must read to the same figures."""
    want = expected(rows, by, period, stocks=stocks)
    variants = [("in.csv.gz", gzip.compress(data, mtime=0))]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", rng.choice([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])) as z:
        z.writestr("export/in.csv", data)
        z.writestr("README.txt", b"terms of use\n")
    variants.append(("in.zip", buf.getvalue()))
    if small:
        text = data.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        variants.append(("in-utf16.csv", (b"\xff\xfe" + text.encode("utf-16-le")) if rng.random() < 0.5
                         else (b"\xfe\xff" + text.encode("utf-16-be"))))
        try:
            cp = text.encode("cp1252")
            variants.append(("in-cp1252.csv", cp))
        except UnicodeEncodeError:
            pass
        table = [r for r in csv.reader(io.StringIO(text, newline="")) if r and r != [""]]
        header, body = table[0], table[1:]
        records = [dict(zip(header, r)) for r in body]
        if len(set(header)) == len(header):
            variants.append(("in.json", json.dumps(records, ensure_ascii=rng.random() < 0.5).encode()))
            envelope = {"status": 200, "success": True, "count": len(records), "data": records}
            variants.append(("in-api.json", json.dumps(envelope).encode()))
            variants.append(("in.xlsx", fixtures.xlsx(header, body, sheet=rng.choice(["Sheet1", "Données & co"]))))
    for name, blob in variants:
        with open(os.path.join(d, name), "wb") as f:
            f.write(blob)
        res.kinds[f"packaging {name}"] = res.kinds.get(f"packaging {name}", 0) + 1
        compare(res, binary, f"packaging:{name}", [name], d, want, by, period, stocks=stocks)


DEFECTS = ["unterminated quote", "stray quote", "text after closing quote", "ragged row (short)",
           "ragged row (long)", "ragged row (thousands of fields)", "bad estimate text", "bad date", "date_end before date_start", "negative", "low > best", "high < best",
           "not a number", "invalid UTF-8", "NUL byte", "missing column", "invalid UTF-8 in header", "empty country"]
# Not "2023-01-01T00:00": a time at midnight UTC is read as its day (docs/spec.md's date row);
# a time of day or a zone is not (review60 F7: seed 61 expected a refusal tally rightly skips).
BAD_DATES = ["2023-02-29", "2100-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-1-01", "20230101",
             "2023/01/01", "0000-01-01", "2023-02-30", "2023-01-32", " 2023-01-01", "2023-01-01T12:00",
             "2023-01-01T00:30", "2023-01-01T00:00+02:00"]
BAD_NUMBERS = ["abc", "1.5", "12a", "1e3", "0x10", "١٢", "five", "1,000", "+", "NaN", "9007199254740993",
               "99999999999999999999"]
BAD_UTF8 = [b"\xff", b"\xc3(", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80", b"\xe2\x82", b"\xfe"]


def invalid_job(job):
    index, seed, kind, config = job
    _EXPECTED.clear()
    rng = random.Random(f"{seed}:{kind}:{index}")
    release, debug, skip_known = config
    big = kind == "invalid-big"
    defect_kind = DEFECTS[index % len(DEFECTS)] if not big else rng.choice(
        ["stray quote", "bad date", "invalid UTF-8", "NUL byte", "ragged row (short)", "not a number",
         "unterminated quote"])
    res = Results(f"{kind}#{index}({defect_kind})")
    ds = Dataset(rng, rng.randint(60000, 70000) if big else rng.randint(1, 300), pad_column=big,
                 incidents=rng.random() < 0.2, drop_optional=False, estimates=defect_kind == "bad estimate text",
                 wide=rng.random() < 0.1)
    if big and index % 2 == 1:
        victim = ds.rows[rng.randint(0, len(ds.rows) // 3)]
        column = rng.choice([c for c in ds.columns if c in UNKNOWN_COLUMNS] or ["source"])
        unit = "long field, with ‘multibyte’ text, \"quotes\",\nline breaks\r\nand 🙂 "
        victim.values[column] = unit * ((4_400_000 // len(unit.encode())) + rng.randint(0, 20000))
    columns = list(ds.columns)
    style = Style(rng)
    n = len(ds.rows)
    if defect_kind == "unterminated quote":
        target = n - 1  # nothing after it may close the quote
    elif big:
        target = rng.randint(n // 2, n - 1)
    else:
        target = rng.randint(0, n - 1)
    col = {c: k for k, c in enumerate(columns)}
    text_columns = [c for c in columns if c in ("id", "country", "adm_1", "adm_2", "actor", "source", "measure")
                    or c in UNKNOWN_COLUMNS]
    header_defect = None
    expect_line = None

    def bad_value(fields, row, column, value):
        fields[col[column]] = encode(value, rng, style.quote_prob)
        return fields, None

    def insert_bytes(fields, bad):
        column = rng.choice(text_columns)
        k = col[column]
        value = fields[k]
        quoted = value.startswith(b'"')
        raw = value[1:-1] if quoted else value
        text = raw.decode("utf-8")
        cut = len(text[:rng.randint(0, len(text))].encode("utf-8"))
        if not quoted and bad == b"\x00" and cut == 0 and raw == b"":
            pass
        new_raw = raw[:cut] + bad + raw[cut:]
        fields[k] = (b'"' + new_raw + b'"') if quoted else new_raw
        where = sum(len(f) + 1 for f in fields[:k]) + (1 if quoted else 0) + cut
        return fields, where

    def defect(i, fields, row):
        if i != target:
            return fields, None
        defect.hit = i
        if defect_kind == "unterminated quote":
            k = rng.randrange(len(fields))
            fields[k] = b'"never closed, ' + fields[k].replace(b'"', b"")
            return fields, None
        if defect_kind == "stray quote":
            k = rng.randrange(len(fields))
            raw = fields[k]
            if raw.startswith(b'"') or len(raw) < 1:
                raw = b"ab"
            j = rng.randint(1, len(raw))
            while j < len(raw) and (raw[j] & 0xC0) == 0x80:
                j += 1  # keep multibyte characters whole
            fields[k] = raw[:j] + b'"' + raw[j:]
            return fields, None
        if defect_kind == "text after closing quote":
            k = rng.randrange(len(fields))
            raw = fields[k]
            if not raw.startswith(b'"'):
                raw = b'"' + raw.replace(b'"', b'""') + b'"'
            fields[k] = raw + rng.choice([b"x", b" ", b'"x'])
            return fields, None
        if defect_kind == "ragged row (short)":
            del fields[rng.randrange(len(fields))]
            return fields, None
        if defect_kind == "ragged row (long)":
            fields.insert(rng.randint(0, len(fields)), encode(rng.choice(["", "extra", "x,y"]), rng, 0.3))
            return fields, None
        if defect_kind == "bad date":
            return bad_value(fields, row, rng.choice(["date_start", "date_end"]), rng.choice(BAD_DATES))
        if defect_kind == "date_end before date_start":
            if row.day.year < 2:
                fields[col["date_start"]] = b"2000-01-10"
                return bad_value(fields, row, "date_end", "2000-01-0" + str(rng.randint(1, 9)))
            return bad_value(fields, row, "date_end", day_text(row.day - datetime.timedelta(days=rng.randint(1, 365))))
        if defect_kind == "negative":
            return bad_value(fields, row, rng.choice(["low", "best", "high"]), "-" + str(rng.randint(0, 500)))
        if defect_kind == "low > best":
            fields[col["best"]] = encode(str(row.best), rng, style.quote_prob)
            return bad_value(fields, row, "low", str(row.best + rng.randint(1, 50)))
        if defect_kind == "high < best":
            best = max(row.best, 1)
            fields[col["best"]] = encode(str(best), rng, style.quote_prob)
            fields[col["low"]] = encode("", rng, style.quote_prob)
            return bad_value(fields, row, "high", str(rng.randint(0, best - 1)))
        if defect_kind == "not a number":
            return bad_value(fields, row, rng.choice(["low", "best", "high"]), rng.choice(BAD_NUMBERS))
        if defect_kind == "invalid UTF-8":
            return insert_bytes(fields, rng.choice(BAD_UTF8))
        if defect_kind == "NUL byte":
            return insert_bytes(fields, b"\x00")
        if defect_kind == "ragged row (thousands of fields)":
            fields += [b"x"] * rng.randint(100, 5000)
            return fields, None
        if defect_kind == "bad estimate text":
            fields[col["best"]] = fields[col["low"]] = fields[col["high"]] = b""
            return bad_value(fields, row, "estimate", rng.choice(
                ["abc", "", "7,000 to 5,000", "-5", "99999999999999999999", "many people", "40%", "5q"]))
        if defect_kind == "empty country":
            return bad_value(fields, row, "country", "")
        return fields, None

    defect.hit = None
    if defect_kind == "missing column":
        gone = rng.choice(["date_start", "country", "measure", "best"])
        columns = [c for c in columns if c != gone]
        target = None
        expect_line = 1
        written, _ = serialize(ds.rows, columns, style, rng)
    elif defect_kind == "invalid UTF-8 in header":
        def header_defect(head):
            k = rng.randrange(len(head))
            head[k] = head[k] + rng.choice(BAD_UTF8)
            return head
        expect_line = 1
        written, _ = serialize(ds.rows, columns, style, rng, header_defect=header_defect)
    else:
        written, where_line = serialize(ds.rows, columns, style, rng, defect=defect, target_blocks=big)
        expect_line = where_line if where_line is not None else written.starts[target][1]

    with tempfile.TemporaryDirectory(prefix="tally-fuzz-") as d:
        with open(os.path.join(d, "bad.csv"), "wb") as f:
            f.write(written.data)
        good = Dataset(rng, rng.randint(1, 30))
        # Ids of their own: the two files are two sources, and a native id one file
        # gives to another date or country than the other is refused (review 9c).
        for r in good.rows:
            if r.values.get("id"):
                r.values["id"] = "good-" + r.values["id"]
        gw, _ = serialize(good.rows, good.columns, Style(rng), rng)
        with open(os.path.join(d, "good.csv"), "wb") as f:
            f.write(gw.data)
        by, period = rng.choice(GROUPINGS), rng.choice(PERIODS)
        # UTF-8 is given: by default an invalid byte before any UTF-8 letter is read as
        # Windows-1252 (issue 11), and this job checks where bad bytes are reported.
        extra = ["--by", by, "--period", period, "--format", "csv", "--encoding", "utf-8"]
        if rng.random() < 0.3:
            extra += ["--country", "Nowhere"]  # the bad row is reported even when filtered out
        if rng.random() < 0.3:
            extra += ["--measure", "no_such_measure"]

        def expect_error(label, binary, files, name, stdin_path=None, output=None):
            args = ["aggregate"] + files + extra + (["-o", output] if output else [])
            rc, out, err = run(binary, args, d, stdin_path)
            text = err.decode("utf-8", "replace")
            want = f"tally: {name}:{expect_line}: "
            ok = rc == 65 and out == b"" and text.startswith(want) and text.count("\n") == 1
            res.check(ok, label, f"tally {' '.join(repr(a) for a in args)}: want exit 65, empty stdout, stderr "
                                 f"starting {want!r}; got exit {rc}, stdout {out[:100]!r}, stderr {text[:300]!r}")

        expect_error("invalid", release, ["bad.csv"], "bad.csv")
        if debug and not big and index % 3 == 0:
            expect_error("invalid-debug", debug, ["bad.csv"], "bad.csv")
        # -o with an existing file: untouched, no temporary left behind.
        old = f"previous result {index}\n".encode() * 3
        with open(os.path.join(d, "out.csv"), "wb") as f:
            f.write(old)
        before = sorted(os.listdir(d))
        expect_error("invalid:-o", release, ["bad.csv"], "bad.csv", output="out.csv")
        with open(os.path.join(d, "out.csv"), "rb") as f:
            res.check(f.read() == old, "invalid:-o-untouched", "out.csv changed")
        after = sorted(os.listdir(d))
        res.check(after == before, "invalid:-o-no-leftovers", f"folder changed: {sorted(set(after) ^ set(before))}")
        if big or rng.random() < 0.4:
            expect_error("invalid:second-file", release, ["good.csv", "bad.csv"], "bad.csv")
        if big or rng.random() < 0.3:
            expect_error("invalid:stdin", release, ["-"], "<stdin>", stdin_path=os.path.join(d, "bad.csv"))
        if big and not skip_known:
            # A later file with a broken header: tally promises the first error in file
            # order (Pipeline.finish), every time (known bug 2: it races).
            with open(os.path.join(d, "noheader.csv"), "wb") as f:
                f.write(b"date_start,country,best\n2023-01-01,Syria,5\n")
            for attempt in range(6):
                expect_error(f"invalid:then-broken-header#{attempt}", release, ["bad.csv", "noheader.csv"], "bad.csv")
    return res


# ----------------------------------------------------------------------------- main

def known_cause(failure):
    """Which known bug (bench/fuzz/README.md) a failure line matches, if any."""
    if '0000000' in failure and 'is larger than 2^53' in failure:
        return "known bug 1 (leading zeros)"
    if "then-broken-header" in failure and "noheader.csv:1:" in failure:
        return "known bug 2 (error order across files)"
    if "expected 4096 fields as in the header" in failure or (
            "missing required column" in failure and "extra_4095" in failure):
        return "known bug 3 (more than 4096 columns)"
    return "NEW"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--scale", type=float, default=1.0, help="multiply the number of generated files")
    p.add_argument("--tally", default=os.path.join(ROOT, ".build-fuzz-rel/release/tally"))
    p.add_argument("--tally-debug", default=os.path.join(ROOT, ".build-fuzz/debug/tally"),
                   help="a debug build, run on a subset of cases ('' to skip)")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--big", type=int, default=None,
                   help="how many big valid files (12-15 MiB each, default 8 times --scale); every"
                        " variant of the big files comes round within 3 of them: index mod 3 places the 4 MiB"
                        " field (none, mid-file, first record), even indexes have many names and the"
                        " packagings, index 0 also runs through the debug build (as do even indexes of the"
                        " small and estimate files); CI runs 3 (and --scale 0.6) to keep"
                        " within its 25 minutes")
    p.add_argument("--skip-known", action="store_true",
                   help="do not generate inputs for the known bugs listed in bench/fuzz/README.md")
    p.add_argument("-v", "--verbose", action="store_true")
    a = p.parse_args()
    if not os.access(a.tally, os.X_OK):
        sys.exit(f"fuzz_ingest: no tally binary at {a.tally} (build it, or pass --tally)")
    debug = a.tally_debug if a.tally_debug and os.access(a.tally_debug, os.X_OK) else None
    binaries = (os.path.abspath(a.tally), os.path.abspath(debug) if debug else None, a.skip_known)

    def count(n):
        return max(1, round(n * a.scale))

    jobs = ([(i, a.seed, "big", binaries) for i in range(count(8) if a.big is None else a.big)]
            + [(i, a.seed, "invalid-big", binaries) for i in range(count(6))]
            + [(i, a.seed, "small", binaries) for i in range(count(120))]
            + [(i, a.seed, "estimate", binaries) for i in range(count(20))]
            + [(i, a.seed, "invalid", binaries) for i in range(count(160))])
    started = time.time()
    passed, failures, kinds = 0, [], {}
    with concurrent.futures.ProcessPoolExecutor(max_workers=a.jobs) as pool:
        futures = [pool.submit(invalid_job if kind.startswith("invalid") else valid_job, job)
                   for job in jobs for kind in [job[2]]]
        for job, fut in zip(jobs, futures):
            try:
                r = fut.result()
            except Exception as e:  # a crash of the fuzzer itself is a failure too
                failures.append(f"FAIL {job[2]}#{job[0]}: fuzzer error {type(e).__name__}: {e}")
                continue
            passed += r.passed
            failures += r.failures
            for k, v in r.kinds.items():
                kinds[k] = kinds.get(k, 0) + v
            if a.verbose:
                print(f"{r.name}: {r.passed} passed, {len(r.failures)} failed", flush=True)
    for f in failures:
        print(f)
    if failures:
        causes = {}
        for f in failures:
            cause = known_cause(f)
            causes[cause] = causes.get(cause, 0) + 1
        print("failures by cause: " + ", ".join(f"{k}: {v}" for k, v in sorted(causes.items())))
    if a.verbose:
        for k in sorted(kinds):
            print(f"  {kinds[k]:5d} {k}")
    print(f"seed {a.seed}, {len(jobs)} files, {time.time() - started:.0f} s, "
          f"tally {binaries[0]}" + (f", debug subset {binaries[1]}" if binaries[1] else ""))
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
