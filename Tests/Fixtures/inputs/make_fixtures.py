#!/usr/bin/env python3
"""Writes the input-variant fixtures of Tests/Fixtures/inputs/ (stdlib only).

Every file holds the same few invented events (no ACLED or UCDP data: ACLED's may not
be redistributed) in the exact shape of one published variant: ACLED exports old and
new, copies saved through Excel or pandas, UCDP GED releases and the Candidate events,
API responses, HDX HAPI conflict events, other encodings and packagings. Tests read
each one and expect the same figures as the plain file (IOVariantTests).

    python3 Tests/Fixtures/inputs/make_fixtures.py
"""
import datetime
import gzip
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# ACLED-shaped events: (id, day, country, admin1, admin2, actor1, fatalities).
# Punjab is in India and in Pakistan: --by admin1 must keep them apart.
ACLED = [
    ("IND101", datetime.date(2016, 5, 28), "India", "Punjab", "Amritsar", "Police Forces of India (2014-)", 3),
    ("PAK202", datetime.date(2016, 5, 13), "Pakistan", "Punjab", "Lahore", "Unidentified Armed Group (Pakistan)", 5),
    ("PAK203", datetime.date(2016, 6, 2), "Pakistan", "Punjab", "Multan", "Unidentified Armed Group (Pakistan)", 0),
    ("CIV304", datetime.date(2016, 6, 9), "Côte d'Ivoire", "Abidjan", "Abobo", "Rioters (Côte d'Ivoire)", 1),
    ("SYR405", datetime.date(2016, 7, 1), "Syria", "Aleppo", "Jebel Saman", "Military Forces of Syria (2000-)", 12),
    ("SYR406", datetime.date(2016, 7, 20), "Syria", "Aleppo", "A'zaz", "Opposition Rebels (Syria)", 4),
]
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "actor1", "actor2", "country", "admin1", "admin2", "location", "source", "notes", "fatalities"]


def acled_values(e, date_text):
    eid, day, country, a1, a2, actor, fat = e
    return [eid, date_text, str(day.year), "1", "Political violence", "Battles", actor, "", country, a1, a2,
            a2 + " town", "Local Source", "On " + day.isoformat() + ", clashes, \"many\" hurt, police said.", str(fat)]


def csv_line(values, sep=","):
    out = []
    for v in values:
        if any(c in v for c in ',"\n\r' + sep):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return sep.join(out)


def acled_text(date_fmt, header=None, eol="\n", prefix=None, suffix_cols=0, extra=None):
    cols = list(header or ACLED_COLUMNS)
    rows = [acled_values(e, date_fmt(e[1])) for e in ACLED]
    if extra:
        for name, fn in extra:
            cols.append(name)
            for r, e in zip(rows, ACLED):
                r.append(fn(e))
    if prefix is not None:
        cols = [""] + cols
        rows = [[str(i)] + r for i, r in enumerate(rows)]
    cols += [""] * suffix_cols
    rows = [r + [""] * suffix_cols for r in rows]
    return eol.join([csv_line(cols)] + [csv_line(r) for r in rows]) + eol


def write(name, data, mode="w"):
    path = os.path.join(HERE, name)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def written(d):
    return "%02d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def excel_short(d):
    return "%d-%s-%02d" % (d.day, MONTHS[d.month - 1][:3], d.year % 100)


def main():
    iso = lambda d: d.isoformat()
    write("acled-2023.csv", acled_text(iso))
    write("acled-upper-written-crlf.csv", acled_text(
        written, header=[c.upper() for c in ACLED_COLUMNS], eol="\r\n",
        extra=[("ISO", lambda e: "356"), ("TIMESTAMP", lambda e: "1618237845"), ("ISO3", lambda e: "IND"),
               ("DATA_ID", lambda e: "7" + e[0][3:])]))
    write("acled-dmy.csv", acled_text(lambda d: d.strftime("%d/%m/%Y")))
    write("acled-mdy-excel-us.csv", acled_text(lambda d: "%d/%d/%d" % (d.month, d.day, d.year)))
    write("acled-excel-short-year.csv", acled_text(excel_short, suffix_cols=2))
    write("acled-dashed-month-name.csv", acled_text(lambda d: "%02d-%s-%d" % (d.day, MONTHS[d.month - 1], d.year)))
    write("acled-pandas-index.csv", acled_text(iso, prefix=True))
    write("acled-bom.csv", b"\xef\xbb\xbf" + acled_text(iso).encode("utf-8"))
    write("acled-cp1252.csv", acled_text(written).encode("cp1252"))
    # UTF-8 (Côte d'Ivoire) with one row appended from a Windows-1252 file (A\x92zaz):
    # refused, since no one encoding reads both.
    lines = acled_text(iso).split("\n")
    write("acled-mixed-encodings.csv", "\n".join(lines[:-2]).encode("utf-8") + b"\n"
          + lines[-2].replace("A'zaz", "A\u2019zaz").encode("cp1252") + b"\n")
    write("acled-utf16le.csv", b"\xff\xfe" + acled_text(iso, eol="\r\n").encode("utf-16-le"))
    write("acled-utf16be.csv", b"\xfe\xff" + acled_text(iso).encode("utf-16-be"))
    # Excel's "Unicode text": UTF-16LE with a BOM, tab-separated, CRLF; Excel quotes a
    # field holding a quote, tab or line break (commas stay bare). And a plain .tsv.
    def tsv_line(values):
        return "\t".join('"' + v.replace('"', '""') + '"' if any(c in v for c in '"\t\n\r') else v for v in values)
    tsv_rows = [tsv_line(ACLED_COLUMNS)] + [tsv_line(acled_values(e, iso(e[1]))) for e in ACLED]
    write("acled-excel-unicode-text.txt", b"\xff\xfe" + ("\r\n".join(tsv_rows) + "\r\n").encode("utf-16-le"))
    write("acled-2023.tsv", "\n".join(tsv_rows) + "\n")
    # Refused: only ambiguous all-numeric dates; two orders in one file; a year 0025 row.
    amb = [e for e in ACLED]
    text = "\n".join([csv_line(ACLED_COLUMNS)] + [csv_line(acled_values(e, "%02d/%02d/2016" % (i + 1, i + 2)))
                                                   for i, e in enumerate(amb)]) + "\n"
    write("acled-ambiguous-order.csv", text)
    mixed = acled_text(lambda d: d.strftime("%d/%m/%Y")).splitlines()
    mixed.append(csv_line(acled_values(("USA1", datetime.date(2016, 8, 30), "United States", "Ohio", "", "X", 0),
                                       "08/30/2016")))
    write("acled-mixed-order.csv", "\n".join(mixed) + "\n")
    bad = acled_text(iso).splitlines()
    bad.insert(3, csv_line(acled_values(("SYR999", datetime.date(2016, 1, 1), "Syria", "Aleppo", "", "X", 2),
                                        "0025-06-13")))
    write("acled-year-0025.csv", "\n".join(bad) + "\n")

    # Packaging: gzip, a zip with one CSV (and a README beside it, as ACLED's has),
    # an xlsx with shared strings, an inline string and dates as day serials.
    plain = acled_text(iso).encode("utf-8")
    write("acled-2023.csv.gz", gzip.compress(plain, mtime=0))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("2016-01-01-2016-12-31.csv", plain), ("README.txt", b"Terms of use: see acleddata.com\n")]:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    write("acled-2023.zip", buf.getvalue())
    write("acled-2023.xlsx", xlsx(ACLED_COLUMNS, [acled_values(e, e[1]) for e in ACLED], sheet="Events",
                                  other_sheet="Notes"))
    # A cover sheet before the data, as many published workbooks have.
    write("acled-2023-cover-first.xlsx", xlsx(ACLED_COLUMNS, [acled_values(e, e[1]) for e in ACLED], sheet="Events",
                                              other_sheet="Cover", other_first=True))
    # Excel for Mac's 1904 date system (serials 1462 days smaller), flagged "1" or "true";
    # dates as numbers in a built-in date format, as text, as ISO date cells.
    acled_rows = [acled_values(e, e[1]) for e in ACLED]
    write("acled-1904.xlsx", xlsx(ACLED_COLUMNS, acled_rows, date1904="1", dates="builtin"))
    write("acled-1904-true-mixed.xlsx", xlsx(ACLED_COLUMNS, acled_rows, date1904="true", dates="mixed"))
    write("acled-dates-mixed.xlsx", xlsx(ACLED_COLUMNS, acled_rows, dates="mixed"))

    # ACLED API: two saved pages, every value a string, concatenated as `cat` makes them.
    records = []
    for e in ACLED:
        r = dict(zip(ACLED_COLUMNS, acled_values(e, e[1].isoformat())))
        r.update({"iso": "356", "region": "Southern Asia", "latitude": "31.6340", "longitude": "74.8723",
                  "geo_precision": "1", "timestamp": "1618237845"})
        records.append(r)
    page1 = {"status": 200, "success": True, "last_update": 12, "count": 4, "messages": [], "data": records[:4],
             "filename": "acled_page_1"}
    page2 = {"status": 200, "success": True, "last_update": 12, "count": 2, "messages": [], "data": records[4:],
             "filename": "acled_page_2"}
    write("acled-api-pages.json", json.dumps(page1, ensure_ascii=False, indent=1) + "\n" + json.dumps(page2) + "\n")
    write("acled-api-page1.json", json.dumps(page1))
    write("acled-api-page2.json", json.dumps(page2, ensure_ascii=True))
    write("acled-api-error.json", json.dumps({"status": 403, "success": False,
                                              "error": {"status": 403, "message": "Access denied: key expired"}}))

    # UCDP GED: the 19.1+ layout, a release before 17.1 (best_est, relid, code_status,
    # conflict_dset_id, gwnoa), dates with a time as the API and converters write them,
    # the monthly Candidate events, and the API's JSON.
    ged = [  # id, day, country, adm_1, side_a, low, best, high, civilians
        ("244657", datetime.date(2009, 2, 20), "Afghanistan", "Helmand province", "Government of Afghanistan", 2, 3, 5, 0),
        ("244658", datetime.date(2009, 2, 21), "Afghanistan", "Kandahar province", "Taleban", 1, 1, 1, 1),
        ("301010", datetime.date(2009, 3, 4), "Somalia", "Banaadir region", "Al-Shabaab", 4, 6, 9, 2),
        ("301011", datetime.date(2009, 12, 30), "Somalia", "Bay region", "Al-Shabaab", 0, 2, 2, 0),
    ]
    new_cols = ["id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
                "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
                "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
                "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
                "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
                "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start",
                "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
                "gwnoa", "gwnob"]

    def ged_row(g, cols, datefmt):
        eid, day, country, adm1, side_a, low, best, high, civ = g
        v = {c: "" for c in cols}
        v.update({"id": eid, "relid": "AFG-2009-1-" + eid, "year": str(day.year), "active_year": "1",
                  "code_status": "Clear", "type_of_violence": "1", "conflict_dset_id": "333", "conflict_new_id": "333",
                  "conflict_name": country + ": Government", "side_a": side_a, "side_b": "Civilians",
                  "adm_1": adm1, "adm_2": "", "country": country, "region": "Asia", "event_clarity": "1",
                  "date_prec": "1", "date_start": datefmt(day), "date_end": datefmt(day),
                  "deaths_a": "0", "deaths_b": "0", "deaths_civilians": str(civ), "deaths_unknown": "0",
                  "best": str(best), "high": str(high), "low": str(low), "best_est": str(best),
                  "high_est": str(high), "low_est": str(low), "gwnoa": "700", "gwnob": ""})
        return [v[c] for c in cols]

    def ged_text(cols, datefmt, rows=ged, eol="\n"):
        return eol.join([csv_line(cols)] + [csv_line(ged_row(g, cols, datefmt)) for g in rows]) + eol

    write("ged-191.csv", ged_text(new_cols, iso))
    old_cols = ["id", "year", "active_year", "type_of_violence", "conflict_dset_id", "conflict_new_id",
                "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id",
                "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article",
                "source_office", "source_date", "source_headline", "source_original", "where_prec",
                "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid",
                "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
                "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low_est", "best_est", "high_est",
                "relid", "code_status", "gwnoa"]
    write("ged-50-old-columns.csv", ged_text(old_cols, iso))
    write("ged-api-datetime.csv", ged_text(new_cols, lambda d: d.isoformat() + "T00:00:00"))
    write("ged-converter-datetime.csv", ged_text(new_cols, lambda d: d.isoformat() + " 00:00:00.000", eol="\r\n"))
    # Candidate events for December 2009: 301011 again with revised figures, and one new.
    cand = [("301011", datetime.date(2009, 12, 30), "Somalia", "Bay region", "Al-Shabaab", 1, 3, 4, 1),
            ("9001001", datetime.date(2009, 12, 31), "Somalia", "Bay region", "Al-Shabaab", 1, 1, 1, 0)]
    write("ucdp-candidate-2009-12.csv", ged_text(new_cols, iso, rows=cand))
    api = {"TotalCount": 4, "TotalPages": 1, "PreviousPageUrl": "", "NextPageUrl": "", "Result": []}
    for g in ged:
        r = dict(zip(new_cols, ged_row(g, new_cols, lambda d: d.isoformat() + "T00:00:00")))
        for k in ["id", "year", "active_year", "type_of_violence", "best", "high", "low", "deaths_a", "deaths_b",
                  "deaths_civilians", "deaths_unknown", "date_prec", "event_clarity"]:
            r[k] = int(r[k]) if r[k] else None
        r["adm_2"] = None
        api["Result"].append(r)
    write("ucdp-api.json", json.dumps(api, indent=2))
    partial = dict(api, TotalCount=9, TotalPages=3, NextPageUrl="https://ucdpapi.pcr.uu.se/api/gedevents/25.1?pagesize=4&page=1")
    write("ucdp-api-page1-of-3.json", json.dumps(partial))

    # HDX HAPI conflict events: admin2 rows, the admin1 totals above them, an admin1
    # row with nothing under it, civilian targeting within political violence, and
    # demonstrations without deaths; an HXL tag row as HDX writes one.
    hapi_cols = ["location_code", "location_name", "admin1_code", "admin1_name", "admin2_code", "admin2_name",
                 "admin_level", "event_type", "events", "fatalities", "reference_period_start",
                 "reference_period_end"]
    tags = ["#country+code", "#country+name", "#adm1+code", "#adm1+name", "#adm2+code", "#adm2+name", "",
            "#event+type", "#event+num", "#affected+killed", "#date+start", "#date+end"]
    H = [  # loc, name, a1c, a1, a2c, a2, level, type, events, fatalities, month
        ("SDN", "Sudan", "SD01", "Khartoum", "SD01001", "Bahri", 2, "political_violence", 7, 20, (2024, 1)),
        ("SDN", "Sudan", "SD01", "Khartoum", "SD01002", "Omdurman", 2, "political_violence", 5, 11, (2024, 1)),
        ("SDN", "Sudan", "SD01", "Khartoum", "", "", 1, "political_violence", 12, 31, (2024, 1)),
        ("SDN", "Sudan", "SD01", "Khartoum", "SD01001", "Bahri", 2, "civilian_targeting", 3, 9, (2024, 1)),
        ("SDN", "Sudan", "SD01", "Khartoum", "SD01002", "Omdurman", 2, "demonstration", 2, None, (2024, 1)),
        ("SDN", "Sudan", "SD07", "North Darfur", "", "", 1, "political_violence", 4, 6, (2024, 1)),
        ("SDN", "Sudan", "SD01", "Khartoum", "SD01001", "Bahri", 2, "political_violence", 1, 0, (2024, 2)),
    ]

    def hapi_text(rows, eol="\n"):
        lines = [csv_line(hapi_cols), csv_line(tags)]
        for loc, name, a1c, a1, a2c, a2, level, typ, ev, fat, (y, m) in rows:
            start = datetime.date(y, m, 1)
            end = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1))
            lines.append(csv_line([loc, name, a1c, a1, a2c, a2, str(level), typ, str(ev), "" if fat is None else str(fat),
                                   start.isoformat(), end.isoformat()]))
        return eol.join(lines) + eol

    write("hapi-conflict-events.csv", hapi_text(H))
    # As the HAPI API writes CSV (/api/v1/coordination-context/conflict-event?output_format=csv):
    # *_ref and resource_hdx_id columns, no HXL row, periods as date-times.
    api_cols = ["location_ref", "location_code", "location_name", "admin1_ref", "admin1_code", "admin1_name",
                "admin2_ref", "admin2_code", "admin2_name", "admin_level", "event_type", "events", "fatalities",
                "resource_hdx_id", "reference_period_start", "reference_period_end"]
    api = [csv_line(api_cols)]
    for k, (loc, name, a1c, a1, a2c, a2, level, typ, ev, fat, (y, m)) in enumerate(H):
        start = datetime.datetime(y, m, 1)
        end = datetime.datetime(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(seconds=1)
        api.append(csv_line(["185", loc, name, "3%d" % (k % 2), a1c, a1, "9%d" % k if a2c else "", a2c, a2, str(level), typ,
                             str(ev), "" if fat is None else str(fat), "58b9e5c6-64ac-4b2a-8f2b-4a7c1f2b2b31",
                             start.isoformat(), end.isoformat()]))
    write("hapi-conflict-events-api-datetime.csv", "\n".join(api) + "\n")
    broken = list(H)
    broken[2] = ("SDN", "Sudan", "SD01", "Khartoum", "", "", 1, "political_violence", 15, 31, (2024, 1))
    write("hapi-conflict-inconsistent-levels.csv", hapi_text(broken))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("hdx_hapi_conflict_event_sdn.csv", date_time=(2024, 3, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, hapi_text(H).encode("utf-8"))
    write("hapi-conflict-events.zip", buf.getvalue())


def xlsx(columns, rows, sheet="Sheet1", other_sheet=None, date1904=None, dates="serial", other_first=False):
    """A minimal workbook as Excel writes one: shared strings for text, one inline
    string, numbers, and dates as day serials with a date number format.

    date1904: the workbookPr flag as written ("1" by Excel for Mac, "true" by other
    writers), dates then counted from 1904-01-01. dates: "serial" (custom format
    yyyy-mm-dd), "builtin" (built-in format 14, no numFmts), "mixed" (row by row: a
    serial, a shared string, an inline string, an ISO date cell t="d", a serial with a
    time of day, a serial)."""
    strings, index = [], {}

    def sst(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    def esc(s):
        # A carriage return is written as a character reference, as XML parsers would
        # otherwise read it as a line feed.
        return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                .replace("\r", "&#13;"))

    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    all_rows = [columns] + rows
    for r, values in enumerate(all_rows):
        cells = []
        for c, v in enumerate(values):
            ref = "%s%d" % (col(c), r + 1)
            if isinstance(v, datetime.date):
                epoch = datetime.date(1904, 1, 1) if date1904 else datetime.date(1899, 12, 30)
                serial = (v - epoch).days
                kind = (r - 1) % 6 if dates == "mixed" else 0
                if kind == 1:
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sst(v.isoformat())))
                elif kind == 2:
                    cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v.isoformat()))
                elif kind == 3:
                    cells.append('<c r="%s" t="d"><v>%sT00:00:00</v></c>' % (ref, v.isoformat()))
                elif kind == 4:
                    # A serial a hair past midnight (a float through a converter): the day.
                    # A time of day such as 18:00 is refused since review29 S6.
                    cells.append('<c r="%s" s="1"><v>%d.0000000116</v></c>' % (ref, serial))
                else:
                    cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, serial))
            elif v == "":
                continue
            elif v.isdigit() and r > 0:
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif r == 1 and c == 6:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(v)))
            else:
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sst(v)))
        out.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
    out.append("</sheetData></worksheet>")
    sheet_xml = "".join(out)
    sst_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
               + "".join("<si><t xml:space=\"preserve\">%s</t></si>" % esc(s) for s in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + ('<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
                 if dates == "builtin" else
                 '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
                 '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'))
    sheets = [(sheet, "rId1", "worksheets/sheet1.xml")]
    if other_sheet:
        sheets.insert(0 if other_first else 1, (other_sheet, "rId2", "worksheets/sheet2.xml"))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                + ('<workbookPr date1904="%s" defaultThemeVersion="124226"/>' % date1904 if date1904 else "")
                + "<sheets>"
                + "".join('<sheet name="%s" sheetId="%d" r:id="%s"/>' % (esc(n), i + 1, rid) for i, (n, rid, _) in enumerate(sheets))
                + "</sheets></workbook>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%s"/>' % (rid, t) for _, rid, t in sheets)
            + '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            + '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        parts = [("[Content_Types].xml", content_types), ("xl/workbook.xml", workbook),
                 ("xl/_rels/workbook.xml.rels", rels), ("xl/styles.xml", styles),
                 ("xl/sharedStrings.xml", sst_xml), ("xl/worksheets/sheet1.xml", sheet_xml)]
        if other_sheet:
            parts.append(("xl/worksheets/sheet2.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>notes only</t></is></c></row></sheetData></worksheet>'))
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


if __name__ == "__main__":
    main()
