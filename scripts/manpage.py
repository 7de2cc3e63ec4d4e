#!/usr/bin/env python3
"""Writes tally's man page (tally.1) from the argument parser's own help.

Usage: scripts/manpage.py --tally BIN --generator GENERATE_MANUAL --date YYYY-MM-DD --out FILE

The page is made by swift-argument-parser's `generate-manual` tool (the one its
GenerateManual plugin runs), which reads `tally --experimental-dump-help`. That tool
drops every non-ASCII character, so "5,000–7,000" would read "5,0007,000" and
"width×scale" "widthscale" in the page: a silently wrong figure. So the tool is pointed
at this script instead of at tally (`--dump BIN`), which hands it tally's dump with each
non-ASCII character spelled as an ASCII placeholder; afterwards each placeholder becomes
the roff escape for that character (\\[u2013] for the en dash), which groff and mandoc
both print as the character. Blank lines, which mdoc warns about on every `man tally`,
become paragraph breaks (.Pp). Nothing else is changed.

--date fixes the page's date (make passes the commit's date), so the same commit gives
the same bytes.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

PLACEHOLDER = "TALLYUNICODE{:X}Z"
PLACEHOLDER_RE = re.compile(r"TALLYUNICODE([0-9A-F]+)Z")


def encode(value):
    """Every string in the dump with its non-ASCII characters as placeholders."""
    if isinstance(value, str):
        return "".join(c if ord(c) < 128 else PLACEHOLDER.format(ord(c)) for c in value)
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return value


def dump(tally):
    """What generate-manual reads: tally's help dump, placeholders for non-ASCII."""
    out = subprocess.run([tally, "--experimental-dump-help"], check=True, capture_output=True).stdout
    json.dump(encode(json.loads(out.decode("utf-8"))), sys.stdout, ensure_ascii=True)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        dump(sys.argv[2])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tally", required=True, help="the tally binary")
    ap.add_argument("--generator", required=True, help="swift-argument-parser's generate-manual")
    ap.add_argument("--date", required=True, help="the page's date, YYYY-MM-DD")
    ap.add_argument("--out", required=True, help="where to write tally.1")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        wrapper = os.path.join(tmp, "tally")
        with open(wrapper, "w") as f:
            # generate-manual runs `wrapper --experimental-dump-help`.
            f.write("#!/bin/sh\nexec %s %s --dump %s\n" % (
                sh_quote(sys.executable), sh_quote(os.path.abspath(__file__)),
                sh_quote(os.path.abspath(args.tally))))
        os.chmod(wrapper, 0o755)
        subprocess.run([args.generator, wrapper, "--date", args.date, "--output-directory", tmp], check=True)
        with open(os.path.join(tmp, "tally.1"), encoding="ascii") as f:
            page = f.read()

    lines = [".Pp" if line == "" else line for line in page.split("\n")[:-1]]
    page = "\n".join(lines) + "\n"
    page = PLACEHOLDER_RE.sub(lambda m: "\\[u%04X]" % int(m.group(1), 16), page)
    if "TALLYUNICODE" in page:
        sys.exit("manpage.py: a placeholder survived in the page; the generator changed it")
    tmp_out = args.out + ".tmp"
    with open(tmp_out, "w", encoding="ascii") as f:
        f.write(page)
    os.replace(tmp_out, args.out)


def sh_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


if __name__ == "__main__":
    main()
