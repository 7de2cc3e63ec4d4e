#!/usr/bin/env python3
"""Hostile .xlsx workbooks (issue 11 item 1, issue 9 item 13): parts that inflate far
beyond their packed size, shared strings too many or too long, a cell of 100 MB, a row
of a million cells, XML nested a million deep, small parts (styles, workbook) inflated
to gigabytes. Each must be refused (65, no backtrace) quickly with a message that says
what to do, or read correctly, within a memory bound; peak RSS is measured per run
(/usr/bin/time -f %M). A well-formed workbook next to them must still read.

    TALLY=$PWD/.build/release/tally python3 bench/hostile/xlsx_limits.py [--report]

`--report` prints a table of time and peak RSS per workbook (for README's limits table).
"""
import os
import subprocess
import sys
import time
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hostile import Checks, no_backtrace  # noqa: E402

WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            b'<sheet name="Events" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        b'Target="worksheets/sheet1.xml"/></Relationships>')
HEADER = ["id", "date_start", "country", "measure", "best"]


def cell(ref, value, kind=None):
    if kind == "s":
        return f'<c r="{ref}" t="s"><v>{value}</v></c>'
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def sheet_rows(rows):
    """Sheet XML of rows (lists of values), inline strings."""
    out = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, values in enumerate(rows, start=1):
        out.append(f'<row r="{r}">' + "".join(cell(chr(65 + c) + str(r), v) for c, v in enumerate(values)) + "</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out).encode()


GOOD_ROWS = [HEADER, [1, "2020-01-01", "A", "killed", 3], [2, "2020-01-02", "B", "killed", 4]]


def write(path, parts, level=9, stored=False):
    """A zip of (name, bytes or a generator of byte pieces); `stored`: not compressed, so
    no part inflates beyond its packed size and the limits on what it holds decide."""
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", method, compresslevel=None if stored else level) as z:
        for name, data in parts:
            if isinstance(data, (bytes, bytearray)):
                z.writestr(name, data)
            else:
                with z.open(name, "w", force_zip64=True) as f:
                    for piece in data:
                        f.write(piece)
    return path


def base(extra=(), sheet=None, strings=None, styles=None, workbook=WORKBOOK):
    parts = [("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", RELS)]
    if styles is not None:
        parts.append(("xl/styles.xml", styles))
    if strings is not None:
        parts.append(("xl/sharedStrings.xml", strings))
    parts.append(("xl/worksheets/sheet1.xml", sheet if sheet is not None else sheet_rows(GOOD_ROWS)))
    return parts + list(extra)


def repeated(head, unit, count, tail, chunk=1 << 16):
    """Bytes head + unit*count + tail as pieces (never held whole)."""
    yield head
    per = max(1, chunk // max(1, len(unit)))
    left = count
    block = unit * per
    while left >= per:
        yield block
        left -= per
    if left:
        yield unit * left
    yield tail


SST_HEAD = b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
SHEET_HEAD = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_TAIL = b"</sheetData></worksheet>"
GOOD_SHEET_ROWS = sheet_rows(GOOD_ROWS)[len(SHEET_HEAD):-len(SHEET_TAIL)]


def cases(d):
    """(name, path, expected exit, words the message must hold), each workbook written
    when it is reached (the largest are 1 GB; each is removed after its run)."""
    mb = 1 << 20
    # The case: a small workbook whose shared strings inflate to 64 MB (many
    # equal strings of 64 bytes: ratio about 1000:1).
    si = b"<si><t>" + b"x" * 52 + b"</t></si>"
    yield (("64 MB of shared strings in a small workbook",
                write(d + "/sst-bomb.xlsx", base(strings=repeated(SST_HEAD, si, 64 * mb // len(si), b"</sst>"))),
                65, ["xl/sharedStrings.xml", "CSV"]))
    # Shared strings that are honest about their size but past the limit (random-ish
    # text compresses poorly): one string of 100 MB.
    yield (("one shared string of 100 MB",
                write(d + "/sst-one.xlsx", base(strings=repeated(SST_HEAD + b"<si><t>", b"abcdefghij", 10 * mb, b"</t></si></sst>"))),
                65, ["sharedStrings.xml inflates", "CSV"]))
    # Twenty million empty strings (a table of offsets of 160 MB).
    yield (("20 million empty shared strings",
                write(d + "/sst-count.xlsx", base(strings=repeated(SST_HEAD, b"<si/>", 20_000_000, b"</sst>"))),
                65, ["sharedStrings.xml inflates", "CSV"]))
    # A cell of 100 MB (inline string).
    head = SHEET_HEAD + GOOD_SHEET_ROWS + b'<row r="4"><c r="A4" t="inlineStr"><is><t>'
    yield (("a cell of 100 MB",
                write(d + "/cell.xlsx", base(sheet=repeated(head, b"abcdefghij", 10 * mb, b"</t></is></c></row>" + SHEET_TAIL))),
                65, ["cell", "CSV"]))
    # A cell of 100 MB made of many small text pieces (CDATA sections one after another).
    head = SHEET_HEAD + GOOD_SHEET_ROWS + b'<row r="4"><c r="A4" t="inlineStr"><is><t>'
    yield (("a cell of 100 MB in CDATA pieces",
                write(d + "/cell-cdata.xlsx", base(sheet=repeated(head, b"<![CDATA[abcdefghijklmnopqrstuvwxyz]]>", 100 * mb // 38, b"</t></is></c></row>" + SHEET_TAIL))),
                65, ["cell", "CSV"]))
    # A row of a million cells (no references: columns 1 to 1,000,000).
    head = SHEET_HEAD + GOOD_SHEET_ROWS + b'<row r="4">'
    yield (("a row of a million cells",
                write(d + "/wide.xlsx", base(sheet=repeated(head, b"<c><v>1</v></c>", 1_000_000, b"</row>" + SHEET_TAIL))),
                65, ["column", "CSV"]))
    # XML nested a million levels deep, inside the sheet.
    head = SHEET_HEAD + GOOD_SHEET_ROWS
    yield (("sheet XML nested a million deep",
                write(d + "/deep-sheet.xlsx", base(sheet=(p for g in (repeated(head, b"<x>", 1_000_000, b""),
                                                                      repeated(b"", b"</x>", 1_000_000, SHEET_TAIL)) for p in g))),
                0, []))
    # styles.xml nested 100,000 deep (read by Foundation's XML parser).
    yield (("styles.xml nested 100,000 deep",
                write(d + "/deep-styles.xlsx", base(styles=b"<styleSheet>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</styleSheet>")),
                65, ["styles.xml"]))
    # styles.xml of 1 GB of spaces (a zip bomb in a small part).
    yield (("styles.xml inflating to 1 GB (ratio 1000:1)",
                write(d + "/styles-bomb.xlsx", base(styles=repeated(b"<styleSheet>", b" " * 1024, mb, b"</styleSheet>"))),
                65, ["styles.xml"]))
    # The sheet inflating to 1 GB of spaces between rows (ratio 1000:1).
    yield (("sheet inflating to 1 GB (ratio 1000:1)",
                write(d + "/sheet-bomb.xlsx", base(sheet=repeated(SHEET_HEAD + GOOD_SHEET_ROWS, b" " * 1024, mb, SHEET_TAIL))),
                65, ["sheet1.xml", "CSV"]))
    # A tag of 100 MB (one attribute value).
    head = SHEET_HEAD + GOOD_SHEET_ROWS + b'<row r="4" x="'
    yield (("an attribute value of 100 MB",
                write(d + "/attr.xlsx", base(sheet=repeated(head, b"abcdefghij", 10 * mb, b'"/>' + SHEET_TAIL))),
                65, ["CSV"]))
    # A row numbered a hundred billion: the rows missing before it would be blank lines.
    yield (("a row numbered 100,000,000,000",
                write(d + "/far-row.xlsx", base(sheet=SHEET_HEAD + GOOD_SHEET_ROWS + b'<row r="100000000000"><c><v>1</v></c></row>' + SHEET_TAIL)),
                65, ["row 100000000000", "CSV"]))
    # Two million numbered rows of one cell each (past Excel's 1,048,576).
    yield (("2 million rows, past Excel's last row",
                write(d + "/many-rows.xlsx", base(sheet=(p for g in (repeated(SHEET_HEAD + GOOD_SHEET_ROWS, b"", 0, b""),
                                                                     (("".join(f'<row r="{r}"><c><v>1</v></c></row>' for r in range(k, k + 1000))).encode()
                                                                      for k in range(4, 2_000_004, 1000)),
                                                                     [SHEET_TAIL]) for p in g))),
                65, ["1,048,576", "CSV"]))
    # The same contents stored without compression: no ratio to catch, so the limits on
    # what a part holds must (each part still well past its limit).
    si = b"<si><t>" + b"x" * 52 + b"</t></si>"
    yield (("stored: 200 MB of shared strings (153 MB of text)",
                write(d + "/s-sst-bytes.xlsx", base(strings=repeated(SST_HEAD, si, 200 * mb // len(si), b"</sst>")), stored=True),
                65, ["shared strings hold more than 128 MiB", "CSV"]))
    yield (("stored: one shared string of 100 MB",
                write(d + "/s-sst-one.xlsx", base(strings=repeated(SST_HEAD + b"<si><t>", b"abcdefghij", 10 * mb, b"</t></si></sst>")), stored=True),
                65, ["shared string 1 is longer than 16 MiB", "CSV"]))
    yield (("stored: 20 million empty shared strings",
                write(d + "/s-sst-count.xlsx", base(strings=repeated(SST_HEAD, b"<si/>", 20_000_000, b"</sst>")), stored=True),
                65, ["more than 8,388,608 shared strings", "CSV"]))
    head = SHEET_HEAD + GOOD_SHEET_ROWS + b'<row r="4"><c r="A4" t="inlineStr"><is><t>'
    yield (("stored: a cell of 100 MB",
                write(d + "/s-cell.xlsx", base(sheet=repeated(head, b"abcdefghij", 10 * mb, b"</t></is></c></row>" + SHEET_TAIL)), stored=True),
                65, ["row 4 is longer than 16 MiB", "CSV"]))
    yield (("stored: a cell of 100 MB in CDATA pieces",
                write(d + "/s-cell-cdata.xlsx", base(sheet=repeated(head, b"<![CDATA[abcdefghijklmnopqrstuvwxyz]]>", 100 * mb // 38, b"</t></is></c></row>" + SHEET_TAIL)), stored=True),
                65, ["row 4 is longer than 16 MiB", "CSV"]))
    head = SHEET_HEAD + GOOD_SHEET_ROWS + b'<row r="4">'
    yield (("stored: a row of 20,000 cells of 1 KiB (each column within Excel's grid twice over)",
                write(d + "/s-row.xlsx", base(sheet=repeated(head, b'<c r="A4" t="inlineStr"><is><t>' + b"y" * 1024 + b"</t></is></c>", 20_000, b"</row>" + SHEET_TAIL)), stored=True),
                65, ["row 4 has a cell past", "CSV"]))
    head = SHEET_HEAD + GOOD_SHEET_ROWS + b'<row r="4" x="'
    yield (("stored: an attribute value of 100 MB",
                write(d + "/s-attr.xlsx", base(sheet=repeated(head, b"abcdefghij", 10 * mb, b'"/>' + SHEET_TAIL)), stored=True),
                65, ["longer than 16 MiB", "CSV"]))
    yield (("stored: a comment of 100 MB",
                write(d + "/s-comment.xlsx", base(sheet=repeated(SHEET_HEAD + GOOD_SHEET_ROWS + b"<!--", b"abcdefghij", 10 * mb, b"-->" + SHEET_TAIL)), stored=True),
                65, ["longer than 16 MiB", "CSV"]))
    yield (("stored: 1 GB of spaces between rows (read, memory flat)",
                write(d + "/s-spaces.xlsx", base(sheet=repeated(SHEET_HEAD + GOOD_SHEET_ROWS, b" " * 1024, 1024 * 1024, SHEET_TAIL)), stored=True),
                0, []))
    yield (("stored: styles.xml of 100 MB",
                write(d + "/s-styles.xlsx", base(styles=repeated(b"<styleSheet>", b" " * 1024, 100 * 1024, b"</styleSheet>")), stored=True),
                65, ["styles.xml is larger than 8 MiB"]))
    # A good workbook: read, with its figures.
    yield (("a well-formed workbook", write(d + "/good.xlsx", base()), 0, []))


def main():
    c = Checks("xlsx limits")
    report = "--report" in sys.argv
    d = c.tmp
    rows = []
    for name, path, code, words in cases(d):
        tfile = d + "/time.txt"
        start = time.monotonic()
        try:
            p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tfile, c.tally, "aggregate", path,
                                "--by", "country", "--period", "all", "--format", "csv"],
                               capture_output=True, timeout=300)
            elapsed = time.monotonic() - start
            rss = int(open(tfile).read().split()[-1]) / 1024
            err = p.stderr.decode("utf-8", "replace")
            rc = p.returncode
        except subprocess.TimeoutExpired:
            elapsed, rss, err, rc = 300.0, float("nan"), "timed out", None
        size = os.path.getsize(path)
        os.remove(path)
        rows.append((name, size, rc, elapsed, rss, err.strip().splitlines()[-1] if err.strip() else ""))
        ok = rc == code and all(w in err for w in words) and "Fatal error" not in err and len(err) < 1000
        c.check(f"{name}: exit {rc}, {elapsed:.2f} s, {rss:.0f} MiB", ok, err[-400:])
        # Refused early: well under the time and memory reading the whole part would take.
        # Refused early: well under the time and memory reading the whole part would
        # take. Shared strings are held up to their limit (128 MiB, and for a moment the
        # half-size buffer they grow from).
        bound = 256 if "MB of shared strings (" in name else 160
        c.check(f"{name}: peak RSS under {bound} MiB", rss < bound, f"{rss:.0f} MiB")
        if code == 0 and name != "sheet XML nested a million deep":
            c.check("the good workbook's figures", p.stdout == b"country,period,measure,low,best,high,events,estimate,covered\n"
                    b"A,all,killed,3,3,3,1,3,\nB,all,killed,4,4,4,1,4,\n", p.stdout)
    if report:
        print()
        print("| workbook | packed | exit | wall | peak RSS | message |")
        print("|---|---|---|---|---|---|")
        for name, size, rc, elapsed, rss, msg in rows:
            print(f"| {name} | {size / 1024:,.0f} KiB | {rc} | {elapsed:.2f} s | {rss:.0f} MiB | {msg[:160]} |")
    c.finish()


if __name__ == "__main__":
    main()
