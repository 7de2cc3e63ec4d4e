#!/usr/bin/env python3
"""Writes the first N rows of a CSV as an .xlsx with openpyxl (bench tooling only:
openpyxl comes from PyPI and is never a dependency of tally). Text stays text,
whole numbers become numbers, `date_start`/`date_end` become Excel dates, so the sheet
has shared strings, numbers and day serials with a date format, as Excel writes them.

    python3 make_xlsx.py in.csv out.xlsx [rows]
"""
import csv
import datetime
import sys

import openpyxl


def main():
    src, dst = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Events")
    with open(src, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        ws.append(header)
        dates = {i for i, c in enumerate(header) if c in ("date_start", "date_end")}
        for n, row in enumerate(reader):
            if limit is not None and n >= limit:
                break
            out = []
            for i, v in enumerate(row):
                if i in dates and v:
                    c = openpyxl.cell.WriteOnlyCell(ws, value=datetime.date.fromisoformat(v))
                    c.number_format = "yyyy-mm-dd"
                    out.append(c)
                elif v.isdigit() and i not in dates and header[i] != "id":
                    out.append(int(v))
                else:
                    out.append(v)
            ws.append(out)
    wb.save(dst)


if __name__ == "__main__":
    main()
