#!/usr/bin/env python3
"""Independent reference for `tally aggregate --format csv` (SPEC §2-§4).

Written from the contract, not from tally's Swift code, so that a byte-for-byte
`cmp` of the two outputs is evidence that both read the SPEC the same way.
Standard library only; slow and plain on purpose.

Usage:
    reference_aggregate.py FILE... [--by KEY[,KEY]] [--period P]
                           [--measure M[,M]] [--stock NAME]... [-o OUT]
    reference_aggregate.py --batch CASES   (see run_batch: many cases, each file read once)

Scope: native CSV only. The `estimate` text column (SPEC §1) is not parsed here;
a non-empty `estimate` field is rejected rather than guessed at, and so is a
`date_precision` other than `day`.

Date-span rule (docs/aggregation.md): a flow whose date_start..date_end span is
longer than the longest period of the kind (day 1, week 7, month 31, quarter 92,
year 366 days) is counted under the interval label `FIRST/LAST` of the periods its
span starts and ends in; stocks always count at date_start. The last output column,
`estimate`, is the display form (`307 (300–323)`, `5,000–7,000`, `12+`,
`15+ (best 16)`): a sum shows its best when any record summed into it stated one
(numeric columns always do) and no part's best was only its range's midpoint; else a
bounded one shows its range alone and an open one its floor alone (`15+`, review46 S1).

After it, `covered` (the coverage rule, docs/aggregation.md; each file is a dataset,
native files report sparsely): the days of the row's period that every file whose
records the row holds covers, `FIRST/LAST` (or one day) when only some, `none` when
none, empty when all, and for `all`; on an interval row the days of the interval
covered, always written out (`FIRST/LAST`, or `none`). When the files cover the
periods from the table's first to its last differently, the column is named
`covered_by_input` (tally refuses such a table read back). A file covers runs of its
flow records (each record to its date_end when the span is under 92 days, else its
start; a file of stocks alone, its observation days), broken where no record covers
more than max(92, 10 x the median gap between its record days) days in a row.
"""
import argparse
import calendar
import csv
import os
import re
import unicodedata
import datetime
import functools
import io
import sys

REQUIRED = ("date_start", "country", "measure")
BUILTIN_STOCKS = {"members", "fighters", "supporters", "strength"}
# Key columns in output order; `--by` names map onto them with their implications.
KEY_COLUMNS = ("country", "adm_1", "adm_2", "actor")
BY_IMPLIES = {
    "country": {"country"},
    "adm1": {"country", "adm_1"},
    "adm2": {"country", "adm_1", "adm_2"},
    "actor": {"actor"},
}
PERIODS = ("day", "week", "month", "quarter", "year", "all")
LONGEST_DAYS = {"day": 1, "week": 7, "month": 31, "quarter": 92, "year": 366}


class DataError(Exception):
    pass


def period_label(day, period):
    if period == "day":
        return day.isoformat()
    if period == "week":
        iso_year, iso_week, _ = day.isocalendar()
        return f"{iso_year:04d}-W{iso_week:02d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if period == "year":
        return f"{day.year:04d}"
    return "all"


def parse_date(text, where, column):
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise DataError(f"{where}: column '{column}': \"{text}\" is not a date (YYYY-MM-DD)")
    try:
        return datetime.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        raise DataError(f"{where}: column '{column}': \"{text}\" is not a valid date") from None


def parse_count(text, where, column):
    if not text.isascii() or not text.isdigit():
        raise DataError(f"{where}: column '{column}': \"{text}\" is not a non-negative integer")
    value = int(text)
    if value > 2 ** 53:
        raise DataError(f"{where}: column '{column}': \"{text}\" is too large")
    return value


# Unicode's White_Space property (Python's isspace() also takes U+001C-U+001F).
WHITE_SPACE = "".join(map(chr, [9, 10, 11, 12, 13, 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                                0x2028, 0x2029, 0x202F, 0x205F, 0x3000]))


# Pure functions of one name, cached: the fuzzer and compare_aggregate.sh key millions of
# rows that repeat a few hundred names (CI time, not a change of rule).
@functools.lru_cache(maxsize=None)
def clean_name(text):
    """One name as tally keeps it: controls (other than white space) and bidi embeddings,
    overrides and isolates dropped, surrounding white space removed, every run of white
    space inside it one space."""
    text = "".join(c for c in text if not ((unicodedata.category(c) == "Cc" and c not in WHITE_SPACE)
                                           or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069))
    text = text.strip(WHITE_SPACE)
    return re.sub("[" + WHITE_SPACE + "]+", " ", text)


def _country_spellings():
    """tally's list of country names (Sources/TallyIO/CountryNames.swift, read from the
    source so the reference and tally share one list): folded name -> its key, and loose
    form -> its key (`CountryNames.loose`). A name of a line of `countries` keys as the
    line's first; a place of `places` as itself."""
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "TallyIO", "CountryNames.swift")
    with open(source, encoding="utf-8") as f:
        text = f.read()

    def block(start):
        body = text[text.index(start):]
        body = body[:body.index("\n    ]")]
        return "\n".join(line for line in body.splitlines() if not line.strip().startswith("//"))

    def quoted(body):
        return [n.replace("\\u{2019}", "\u2019") for n in re.findall(r'"((?:[^"\\]|\\.)*)"', body)]

    spellings, lines = {}, []
    start = "static let countries: [[String]] = ["
    for group in re.findall(r"\[([^\[\]]*)\]", block(start)[len(start):]):
        names = quoted(group)
        lines.append(names)
        for name in names:
            spellings.setdefault(_fold_country(name), names[0])
    places = quoted(block("static let places: [String] = ["))
    for name in places:
        spellings.setdefault(_fold_country(name), name)
    loose, clashing = {}, set()
    for name, place in [(n, False) for line in lines for n in line] + [(n, True) for n in places]:
        form, key = _loose_country(name), spellings[_fold_country(name)]
        if len(form) < 4:
            continue
        if form in loose and loose[form][0] != key:
            clashing.add(form)
        else:
            loose[form] = (key, place)
    for form in clashing:
        del loose[form]
    global _KNOWN
    _KNOWN = {_fold_country(n) for line in lines for n in line}
    return spellings, loose


def _fold_country(name):
    """Lower case, ’ as ', Turkish İ (i and a combining dot once lowered) as i."""
    folded = name.lower().replace("\u2019", "'").replace("i\u0307", "i")
    # Persian yeh and kaf as the Arabic ones, tatweel dropped (review30 R1).
    return folded.replace("\u0640", "").replace("\u06cc", "\u064a").replace("\u06a9", "\u0643")


_LOOSE_MAP = {"ß": "ss", "ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "&": "and"}
_LOOSE_DROPPED = set("'\u2019\u2018\u02bc\u02bb`\u00b4\u2032-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
                     "\uff0d\ufe63\ufe58\u2043_ \u00a0\u2009\u202f\t.")


@functools.lru_cache(maxsize=None)
def _loose_country(name):
    """`CountryNames.loose`: lower case, combining marks dropped (NFD), ß ł ø đ ı æ œ as
    ss l o d i ae oe, & as and, apostrophes, hyphens, dashes, spaces and full stops dropped."""
    out = []
    for c in unicodedata.normalize("NFD", name.lower()):
        if unicodedata.category(c) == "Mn" or c in _LOOSE_DROPPED:
            continue
        out.append(_LOOSE_MAP.get(c, c))
    return "".join(out)


@functools.lru_cache(maxsize=None)
def _country_key(name):
    """The key of a country or place tally knows (as folded, else loosely), or None."""
    global _SPELLINGS, _LOOSE
    if _SPELLINGS is None:
        _SPELLINGS, _LOOSE = _country_spellings()
    key = _SPELLINGS.get(_fold_country(name))
    if key is None:
        key = _LOOSE.get(_loose_country(name), (None, False))[0]
    if key is None:
        key = _reworded_key(name)
    return key


def _listed_country(name):
    """The key of a country of the list (as folded, else loosely), never a place; or None."""
    f = _fold_country(name)
    if f in _KNOWN:
        return _SPELLINGS[f]
    key, place = _LOOSE.get(_loose_country(name), (None, True))
    return None if place else key


# `CountryNames.officialPrefixes` and `officialWords`.
_OFFICIAL_PREFIXES = (
    "the republic of the ", "the republic of ", "republic of the union of ", "republic of the ", "republic of ",
    "federal democratic republic of ", "federal republic of ", "islamic republic of ", "arab republic of ",
    "united republic of ", "bolivarian republic of ", "plurinational state of ", "hashemite kingdom of ",
    "kingdom of the ", "kingdom of ", "state of ", "sultanate of ", "commonwealth of the ", "commonwealth of ",
    "principality of ", "grand duchy of ")
# `CountryNames.articles`.
_ARTICLES = ("the ", "le ", "la ", "les ", "l'", "el ", "el-", "al ", "al-", "il ")
_OFFICIAL_WORDS = ("rep", "dem", "kingdom", "state of", "sultanate", "commonwealth", "principality", "duchy", "federal")


def _reworded_key(name):
    """`CountryNames.rewordedKey`: Rep/Rep. as Republic, Dem/Dem. as Democratic; a value of
    one comma inverted (B A, B of A, B of the A); Republic of (the) X, The Republic of X,
    X Republic for a listed X other than Congo, Kongo, China, Vietnam, Dominica."""
    # A name followed by another name of the same country in brackets (`Iran (Persia)`).
    if name.endswith(")") and "(" in name[1:]:
        o = name.rindex("(")
        a, b = name[:o].strip(" "), name[o + 1:-1].strip(" ")
        if a and b:
            key = _listed_country(a)
            if key is not None and _listed_country(b) == key:
                return key
    parts = _DASH_SEPARATORS | {"/", "+", ","}
    if any(c in parts for c in name):
        anded = " and ".join(p.strip(" ") for p in re.split("[" + re.escape("".join(sorted(parts))) + "]", name))
        key = _listed_country(anded)
        if key is not None:
            return key
    # The same with a space only (`Trinidad Tobago`, `Serbia Montenegro`).
    words = name.split(" ")
    if 2 <= len(words) <= 8:
        for i in range(1, len(words)):
            key = _listed_country(" ".join(words[:i]) + " and " + " ".join(words[i:]))
            if key is not None:
                return key
    lower = _fold_country(name)
    if "," not in lower and not lower.startswith(_ARTICLES) and not any(w in lower for w in _OFFICIAL_WORDS):
        return None
    words = []
    for w in name.split(" "):
        if not w:
            continue
        bare = _fold_country(w)
        if bare.endswith("."):
            bare = bare[:-1]
        words.append("Republic" if bare == "rep" else "Democratic" if bare == "dem" else w)
    expanded = " ".join(words)
    candidates = [expanded]
    halves = expanded.split(",")
    if len(halves) == 2:
        a, b = halves[0].strip(" "), halves[1].strip(" ")
        if a and b:
            candidates += [b + " " + a, b + " of " + a, b + " of the " + a]
        if bool(a) != bool(b):
            candidates.append(a or b)
    for c in candidates:
        key = _listed_country(c)
        if key is not None:
            return key
        article = next((a for a in _ARTICLES if _fold_country(c).startswith(a)), None)
        if article is not None:
            key = _listed_country(c[len(article):])
            if key is not None:
                return key
        low, rest = _fold_country(c), None
        for prefix in _OFFICIAL_PREFIXES:
            if low.startswith(prefix):
                rest = c[len(prefix):]
                break
        if rest is None and low.endswith(" republic"):
            rest = c[:-len(" republic")]
        if rest is not None:
            key = _listed_country(rest)
            if key is not None and key not in ("Congo", "Kongo", "China", "Vietnam", "Dominica"):
                return key
    return None


def _is_known(name):
    """`CountryNames.isKnown`: a country of the list (as folded, else loosely), not a place."""
    _country_key(name)
    return (_fold_country(name) in _KNOWN or _LOOSE.get(_loose_country(name), (None, True))[1] is False
            or _reworded_key(name) is not None)


# KeyKind.jointSeparators: list separators and, since review28 S13, dashes and the bar.
_DASH_SEPARATORS = set("-\u2010\u2011\u2012\u2013\u2014\u2015|\u2212\uff0d\ufe63\ufe58\u2043_")
_JOINT_SEPARATORS = set(",/&+\u060c") | _DASH_SEPARATORS
# Invisible characters trimmed from a joined piece's ends (KeyKind.trimmingInvisible): white
# space, soft hyphen, zero-width space and joiners, word joiner, byte-order mark.
_PIECE_TRIM = WHITE_SPACE + "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"


@functools.lru_cache(maxsize=None)
def _joint_parts(text, spaces=False):
    """`KeyKind.jointParts`: the countries a value joins with `,` `/` `&` `+` `،` or the word
    `and` (`Iraq & Syria`, `Iraq, Syria`), when there are two or more, each a country of the
    list and the whole not one (`Trinidad and Tobago`); else None, the value as written.
    With `spaces`, a space parts pieces too (`KeyKind.spacedParts`: `Iraq Syria`)."""
    if not (spaces or any(c in _JOINT_SEPARATORS for c in text) or " and " in text.lower()) or _is_known(text):
        return None
    pieces, start, i = [], 0, 0
    while i < len(text):
        if text[i] == " " and i + 4 < len(text) and text[i + 4] == " " and text[i + 1:i + 4].lower() == "and":
            pieces.append((start, i))
            i += 5
            start = i
        elif text[i] in _JOINT_SEPARATORS or (spaces and text[i] == " "):
            pieces.append((start, i))
            i += 1
            start = i
        else:
            i += 1
    pieces.append((start, len(text)))
    if spaces:
        pieces = [p for p in pieces if p[0] < p[1]]
    # KeyKind.maximumJointPieces: a value of more pieces is left as written.
    if len(pieces) < 2 or len(pieces) > 12:
        return None

    def name(a, b):
        return text[pieces[a][0]:pieces[b][1]].strip(_PIECE_TRIM)

    # best[j]: the fewest known names pieces 0..j-1 split into, and where the last begins.
    best = [None] * (len(pieces) + 1)
    best[0] = (0, 0)
    for j in range(1, len(pieces) + 1):
        for a in range(j):
            if best[a] is None or not _is_known(name(a, j - 1)):
                continue
            if best[j] is None or best[a][0] + 1 < best[j][0]:
                best[j] = (best[a][0] + 1, a)
    if best[-1] is None or best[-1][0] < 2:
        return None
    parts, j = [], len(pieces)
    while j > 0:
        a = best[j][1]
        parts.append(name(a, j - 1))
        j = a
    return _without_ambiguous_beside(tuple(parts[::-1]))


# CountryNames.ambiguous: names that may mean either of two states.
_AMBIGUOUS = {"Congo": {"Republic of Congo", "DR Congo"}, "Kongo": {"Republic of Congo", "DR Congo"}}


def _without_ambiguous_beside(parts):
    """`CountryNames.withoutAmbiguousBeside`: `Congo-DRC` is the DRC."""
    keys = [_country_key(p) for p in parts]
    named = {k for k in keys if k is not None}
    drop = [bool(_AMBIGUOUS.get(k, set()) & named) for k in keys]
    if not any(drop):
        return parts
    return tuple(p for p, d in zip(parts, drop) if not d)


_SPELLINGS = None
_LOOSE = None
_KNOWN = None
# Rows of each spelling of a known country read, and the order of its first row:
# a country is printed as the input spelt it most (the first read on a tie).
_SPELT = {}


def known_country(name):
    """docs/aggregation.md, "Names": a country tally knows, in any letter case or any of
    its spellings, is keyed as one; other names keep theirs. Counts the spelling."""
    key = _country_key(name)
    if key is None:
        return name
    seen = _SPELT.setdefault(name, [0, len(_SPELT)])
    seen[0] += 1
    return key


def best_spellings():
    """Each known country's print: the spelling the input used most (rows, alone and as
    members; the first read on a tie)."""
    best = {}
    for spelling, (rows, first) in _SPELT.items():
        key = _country_key(spelling)
        if key not in best or (rows, -first) > best[key][0]:
            best[key] = ((rows, -first), spelling)
    return {key: spelling for key, (_, spelling) in best.items()}


def shown_country(value, best=None):
    """The print of a country key: each known country as `best_spellings` gives it (pass
    its result when printing many keys), members in byte order."""
    best = best_spellings() if best is None else best
    members = [best.get(m, m) for m in value.split(";")]
    return ";".join(sorted(members, key=lambda m: m.encode("utf-8")))


# Latin letters Ossetian and Chuvash write in Cyrillic words, and the Cyrillic letters
# they stand for (Sources/TallyIO/MixedScript.swift, CyrillicOrthography).
_CYRILLIC_ORTHOGRAPHY = {"\u00e6": "\u04d5", "\u00c6": "\u04d4", "\u0103": "\u04d1", "\u0102": "\u04d0",
                         "\u0115": "\u04d7", "\u0114": "\u04d6", "\u00e7": "\u04ab", "\u00c7": "\u04aa",
                         "\u00ff": "\u04f3", "\u0178": "\u04f2"}


def _in_word(c):
    return c.isalpha() or unicodedata.category(c) in ("Mn", "Mc", "Me")


def _cyrillic_orthography(text):
    """Those letters made Cyrillic in every word whose other letters are all Cyrillic."""
    if not any(c in _CYRILLIC_ORTHOGRAPHY for c in text):
        return text
    out, word = [], []

    def flush():
        letters = [c for c in word if c.isalpha() and c not in _CYRILLIC_ORTHOGRAPHY]
        cyrillic = (letters and all("CYRILLIC" in unicodedata.name(c, "") for c in letters)
                    and any(c in _CYRILLIC_ORTHOGRAPHY for c in word))
        out.extend(_CYRILLIC_ORTHOGRAPHY.get(c, c) for c in word) if cyrillic else out.extend(word)
        word.clear()
    for c in text:
        if _in_word(c):
            word.append(c)
        else:
            flush()
            out.append(c)
    flush()
    return "".join(out)


@functools.lru_cache(maxsize=None)
def _clean_nfc(text):
    return clean_name(_cyrillic_orthography(unicodedata.normalize("NFC", text)))


@functools.lru_cache(maxsize=None)
def _spelt_members(text):
    """The members of a cleaned country value: between `;`, and the countries of a member
    joined with another separator (`Iraq & Syria` is `Iraq;Syria`: KeyKind.regionSpellings);
    and whether a member was such a join."""
    spelt, joined = [], False
    for m in text.split(";"):
        m = _clean_nfc(m)
        parts = _joint_parts(m) if m else None
        # `KeyKind.spacedParts`: countries parted by spaces only (`Iraq Syria`).
        if parts is None and m and " " in m and _country_key(m) is None:
            parts = _joint_parts(m, True)
        joined = joined or parts is not None
        spelt += parts if parts is not None else [m]
    return tuple(spelt), joined


def canonical_key(column, text):
    """docs/aggregation.md, "Names": controls dropped, surrounding white space removed and
    inner runs made one space, NFC, joint-region members sorted by UTF-8 bytes (empty and
    repeated ones dropped), measures lower-cased, countries tally knows in its list's
    spelling whatever their letter case."""
    text = _clean_nfc(text)
    spelt, joined = _spelt_members(text) if column == "country" else ((), False)
    if column == "country" and (";" in text or joined):
        members = {known_country(m) for m in spelt if m}
        members.discard("")
        text = ";".join(sorted(members, key=lambda m: m.encode("utf-8")))
    elif column == "country" and text:
        text = known_country(text)
    if column == "measure":
        text = text.lower()
    return text


def read_records(path):
    """Yield (finest_cell, measure, date_start, date_end, low, best, high, stated) per
    data row; `stated` (the best was given, not a range's midpoint) is always true here,
    since numeric columns state their best.

    high is None for an unbounded estimate; native numeric columns cannot express
    that, but the arithmetic below honours it anyway.
    """
    name = "<stdin>" if path == "-" else path
    if path == "-":
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="strict", newline="")
    else:
        stream = open(path, "r", encoding="utf-8", errors="strict", newline="")
    with stream:
        reader = csv.reader(stream, strict=True)
        header = next(reader, None)
        if header is None:
            raise DataError(f"{name}: empty file (a header row is required)")
        index = {column: i for i, column in enumerate(header)}
        for column in REQUIRED:
            if column not in index:
                raise DataError(f"{name}:1: missing required column '{column}'")
        if "best" not in index:
            raise DataError(f"{name}:1: column 'best' is required by this reference (no 'estimate' parsing)")

        def field(row, column):
            i = index.get(column)
            return row[i] if i is not None else ""

        for row in reader:
            where = f"{name}:{reader.line_num}"
            if len(row) != len(header):
                raise DataError(f"{where}: expected {len(header)} fields, found {len(row)}")
            if field(row, "estimate"):
                raise DataError(f"{where}: column 'estimate' is not supported by the reference")
            if field(row, "date_precision") not in ("", "day"):
                raise DataError(f"{where}: column 'date_precision' is not supported by the reference")
            start = parse_date(field(row, "date_start"), where, "date_start")
            end_text = field(row, "date_end")
            end = parse_date(end_text, where, "date_end") if end_text else start
            if end < start:
                raise DataError(f"{where}: column 'date_end': \"{end_text}\" precedes date_start")
            best = parse_count(field(row, "best"), where, "best")
            low_text, high_text = field(row, "low"), field(row, "high")
            low = parse_count(low_text, where, "low") if low_text else best
            high = parse_count(high_text, where, "high") if high_text else best
            if not low <= best <= high:
                raise DataError(f"{where}: low <= best <= high does not hold ({low}, {best}, {high})")
            cell = tuple(canonical_key(column, field(row, column)) for column in KEY_COLUMNS)
            measure = canonical_key("measure", field(row, "measure"))
            if not cell[0] or not measure:
                raise DataError(f"{where}: column '{'country' if not cell[0] else 'measure'}' is empty")
            yield cell, measure, start, end, low, best, high, True


def add_high(a, b):
    return None if a is None or b is None else a + b


def period_days(label, period):
    """First and last day of a period label (not an interval)."""
    if period == "day":
        d = datetime.date.fromisoformat(label)
        return d, d
    # Last days without stepping past 9999-12-31 (a period of year 9999 ends there).
    if period == "week":
        first = datetime.date.fromisocalendar(int(label[0:4]), int(label[6:8]), 1)
        return first, datetime.date.fromordinal(min(first.toordinal() + 6, datetime.date.max.toordinal()))
    if period == "month":
        y, m = int(label[0:4]), int(label[5:7])
        return datetime.date(y, m, 1), datetime.date(y, m, calendar.monthrange(y, m)[1])
    if period == "quarter":
        y, q = int(label[0:4]), int(label[6])
        return datetime.date(y, 3 * q - 2, 1), datetime.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    y = int(label[0:4])
    return datetime.date(y, 1, 1), datetime.date(y, 12, 31)


def file_runs(ends):
    """Runs of covered days (ordinal pairs) from {start day: latest covered day}."""
    days = sorted(ends)
    gaps = sorted(b - a for a, b in zip(days, days[1:]))
    threshold = max(92, 10 * gaps[len(gaps) // 2]) if gaps else 92
    runs = []
    first, last = days[0], ends[days[0]]
    for d in days[1:]:
        if d - last > threshold:
            runs.append((first, last))
            first = d
        last = max(last, ends[d])
    runs.append((first, last))
    return runs


class FileRuns(list):
    """A file's covered runs (the days every country of it covers), with `places`: each
    country's own runs ({country key: runs}) in a file judged per country (the long-gap
    rule per country); a country not there has the file's."""
    def __init__(self, runs, places=None):
        super().__init__(runs)
        self.places = places or {}


def runs_of(coverage, country=None):
    """The runs a figure of `country` (None: of every country) has in one file."""
    if country is not None and isinstance(coverage, FileRuns) and country in coverage.places:
        return coverage.places[country]
    return coverage


class CutRuns(list):
    """Runs narrowed to a window, with `span`: the window's days within the data's own
    first-to-last days (None when the window misses them), so that a row of `all` still
    sees the holes the window's edges, or the whole window, fall in (review34 S6)."""
    def __init__(self, runs, span=None, missed=False):
        super().__init__(runs)
        self.span = span
        # The window misses the data's own first-to-last days altogether: a row that
        # holds records of it (they lie outside its covered days) is `none`; otherwise
        # it says nothing.
        self.missed = missed


def spoken_span(runs):
    """The days `runs` speak for: their window-cut span, else first to last."""
    if hasattr(runs, "span"):
        return runs.span
    return (runs[0][0], runs[-1][1]) if runs else None


def cut_coverages(coverages, first=None, last=None):
    """Every file's runs, and each country's, narrowed to the days first..last."""
    def cut(runs):
        original = runs
        span = spoken_span(runs)
        if span is not None:
            span = (max(span[0], first) if first is not None else span[0],
                    min(span[1], last) if last is not None else span[1])
            span = span if span[0] <= span[1] else None
        if first is not None:
            runs = [(max(a, first), b) for a, b in runs if b >= first]
        if last is not None:
            runs = [(a, min(b, last)) for a, b in runs if a <= last]
        return CutRuns(runs, span, missed=getattr(original, "missed", False)
                       or (span is None and spoken_span(original) is not None))
    out = []
    for c in coverages:
        whole = cut(c)
        kept = FileRuns(whole, {k: cut(v) for k, v in getattr(c, "places", {}).items()})
        kept.span, kept.missed = whole.span, whole.missed
        out.append(kept)
    return out


def covered_text(label, period, files, coverages, country=None, known=True):
    if period == "all":
        return all_covered_text(files, coverages, country, known)
    interval = "/" in label
    # The days every file of the row covers: intersect their runs.
    runs = None
    for f in sorted(files):
        mine = runs_of(coverages[f], country)
        if runs is None:
            runs = list(mine)
            continue
        runs = [(max(a, c), min(b, d)) for a, b in runs for c, d in mine if max(a, c) <= min(b, d)]
    if interval:
        begin, end = label.split("/")
        first, last = period_days(begin, period)[0].toordinal(), period_days(end, period)[1].toordinal()
    else:
        first, last = (d.toordinal() for d in period_days(label, period))
    inside = [(max(a, first), min(b, last)) for a, b in (runs or []) if a <= last and b >= first]
    if not interval and any(a <= first and b >= last for a, b in (runs or [])):
        return ""
    if not inside:
        return "none"
    # Covered stretches with silent days between them (the long-gap rule, or an interval
    # row over a gap) are written out stretch by stretch, joined by `;`.
    return ";".join(_day_span(a, b) for a, b in inside)


def join_runs(runs):
    """Ascending runs, overlapping or touching ones joined."""
    out = []
    for a, b in sorted(runs):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def all_covered_text(files, coverages, country=None, known=True):
    """The `covered` of a row of `all`: empty when no file of the row has a hole between
    its first and last covered day; else the days the files cover, less every file's
    holes, stretch by stretch. `known`: `files` are those whose records the row holds
    (not every file, as ``places_sound`` asks): a file a window misses altogether then
    holds records it does not cover, and the row is `none`."""
    mine = [runs_of(coverages[f], country) for f in sorted(files)]
    held, holes = [], []
    for runs in mine:
        if getattr(runs, "missed", False) and known:
            return "none"
        # Judged on the days it speaks for (with a window, the window's days within the
        # data's own span: a window inside a silence is `none`, review34 S6).
        span = spoken_span(runs)
        if span is None:
            continue
        start = span[0]
        for a, b in runs:
            a, b = max(a, span[0]), min(b, span[1])
            if a > b:
                continue
            if a > start:
                holes.append((start, a - 1))
            held.append((a, b))
            start = b + 1
        if start <= span[1]:
            holes.append((start, span[1]))
    if not holes:
        return ""
    kept = subtract(join_runs(held), join_runs(holes))
    return ";".join(_day_span(a, b) for a, b in kept) if kept else "none"


def _day_span(a, b):
    a, b = datetime.date.fromordinal(a).isoformat(), datetime.date.fromordinal(b).isoformat()
    return a if a == b else f"{a}/{b}"


def gap_rhythm(ends):
    """The long-gap rule's view of a file's records (docs/aggregation.md): its record
    spans (each start day to the last day a record starting then covers) without those
    longer than twice the median span (a month-dated row among daily ones fills no
    gap), its ordinary interval and the silence that is a long gap.

    The steps run from the furthest day the records so far reach to the next record's
    start (at least 1). With 4 spans or more, a cadence: the median step m when three in
    four steps or more lie within max(1, m // 8) of it and m plus the median span, less
    1, is at least 7. The ordinary interval: with 8
    spans or more, the lower 90th percentile of the steps; with 4 to 7, the cadence when
    there is one; else None. The long gap: max(7, 4 x ordinary), or with a cadence of 2
    days or more the shorter max(7, m + max(tolerance + 1, m // 2))."""
    spans = [(d, max(d, ends[d])) for d in sorted(ends)]
    lengths = sorted(b - a + 1 for a, b in spans)
    ordinary_span = lengths[(len(lengths) - 1) // 2] if lengths else 1
    gap_spans = [(a, b) for a, b in spans if b - a + 1 <= 2 * ordinary_span]
    if len(gap_spans) < 4:
        return gap_spans, None, None
    steps, reach = [], gap_spans[0][1]
    for a, b in gap_spans[1:]:
        steps.append(max(1, a - reach))
        reach = max(reach, b)
    steps.sort()
    m = steps[(len(steps) - 1) // 2]
    tolerance = max(1, m // 8)
    regular = 4 * sum(1 for x in steps if abs(x - m) <= tolerance) >= 3 * len(steps)
    cadence = m if regular and m + ordinary_span - 1 >= 7 else None
    if len(gap_spans) >= 8:
        ordinary = steps[(len(steps) - 1) * 9 // 10]
    elif cadence is not None:
        ordinary = cadence
    else:
        return gap_spans, None, None
    limit = max(7, 4 * ordinary)
    if cadence is not None and cadence >= 2:
        limit = min(limit, max(7, cadence + max(max(1, cadence // 8) + 1, cadence // 2)))
    return gap_spans, ordinary, limit


def place_long_gaps(spans, limit, file_last):
    """A country's long gaps in a file of several whose records reach day `file_last`:
    from its own first record to the furthest day its records or the file's reach (a
    country that stops while the others go on is silent to the file's end; one that
    starts later is not silent before)."""
    return long_gaps(spans[0][0], max(max(b for _, b in spans), file_last), spans, limit)


def long_gaps(first, last, gap_spans, limit):
    """Stretches without a record, from day `first` to day `last`, at least `limit`
    days long."""
    out = []

    def add(lo, hi):
        if hi >= lo and hi - lo + 1 >= limit:
            out.append((lo, hi))
    add(first, gap_spans[0][0] - 1)
    reach = gap_spans[0][1]
    for a, b in gap_spans[1:]:
        add(reach + 1, a - 1)
        reach = max(reach, b)
    add(reach + 1, last)
    return out


def period_of(day, period):
    """(first, last) ordinals of the period of the kind holding ordinal `day`."""
    a, b = period_days(period_label(datetime.date.fromordinal(day), period), period)
    return a.toordinal(), b.toordinal()


def subtract(runs, cut):
    out = []
    for lo0, hi in runs:
        lo = lo0
        for a, b in cut:
            if b >= lo and a <= hi:
                if a > lo:
                    out.append((lo, a - 1))
                lo = b + 1
        if lo <= hi:
            out.append((lo, hi))
    return out


def thin_cut(runs, gaps, ordinary, period, whole):
    """The days the long-gap rule cuts from `runs` for the gaps `gaps`: for each period
    of the kind (for `all`, the days `whole`, the file's first to last) the gaps' days
    the runs hold in it, when they are at least min(ordinary interval, its length)."""
    # The gaps' days the runs hold, ascending and disjoint.
    silent = [(max(g0, r0), min(g1, r1)) for g0, g1 in gaps for r0, r1 in runs if r1 >= g0 and r0 <= g1]
    if not silent:
        return []
    if period == "all":
        a, b = whole
        days = sum(x1 - x0 + 1 for x0, x1 in silent)
        return silent if days >= min(ordinary, b - a + 1) else []
    # A period that holds no end of these stretches lies wholly inside one of them and
    # loses all its days; one that holds an end loses its silent days only when they
    # are at least min(ordinary interval, its length).
    kept = []
    for a, b in sorted({period_of(d, period) for x0, x1 in silent for d in (x0, x1)}):
        days = sum(min(x1, b) - max(x0, a) + 1 for x0, x1 in silent if x1 >= a and x0 <= b)
        if days < min(ordinary, b - a + 1):
            kept.append((a, b))
    return subtract(silent, kept)


def without_thin_periods(runs, ends, period, places=None):
    """``thinned`` without each country's own runs."""
    return list(thinned(runs, ends, period, places))


def thinned(runs, ends, period, places=None):
    """The long-gap rule for a table by `period` (for `all`, over the file's own days):
    each period overlapping a long gap keeps only the days its records cover when the
    gap's days in it that the runs hold are at least min(ordinary interval, the
    period's length). Then per country (`places`: {country: ends} of a file with flows
    of two countries or more): each country's long gaps from its own first record to the
    file's last day (``place_long_gaps``), with its own interval, against the days the
    file's own rule leaves, all cut from the file (the days every country covers) and
    each country's alone from its own runs (`places` of the FileRuns returned). A file
    or country left with no day keeps its first. Unchanged for a file without an
    ordinary interval."""
    if not runs:
        return FileRuns(runs)
    cut, whole = [], (runs[0][0], runs[-1][1])
    gap_spans, ordinary, limit = gap_rhythm(ends)
    if ordinary is not None:
        cut = thin_cut(runs, long_gaps(runs[0][0], runs[-1][1], gap_spans, limit), ordinary, period, whole)
    own = subtract(runs, cut) if cut else runs
    file_last = max(b for _, b in gap_spans)
    mine = {}
    for country in sorted(places or {}):
        if not own:
            break
        spans, p, lim = gap_rhythm(places[country])
        x = [] if p is None else thin_cut(own, place_long_gaps(spans, lim, file_last), p, period, whole)
        cut += x
        mine[country] = (subtract(own, join_runs(x)) or [(own[0][0], own[0][0])]) if x else own
    if not cut:
        return FileRuns(runs, mine)
    return FileRuns(subtract(runs, join_runs(cut)) or [(runs[0][0], runs[0][0])], mine)


def file_coverages(files, stocks, period="all", countries=None):
    """The coverage rule per file (each file a dataset): `files` holds, for each file,
    (measure, date_start, date_end[, country]) of every record read, before any filter
    and before incident reports are merged. A file's runs are those of its flow records
    (each to its date_end when the span is under 92 days, else its start); a file of
    stocks alone covers its observation days (docs/aggregation.md, stocks and flows).
    Then the long-gap rule for a table by `period` (``thinned``), per country too when
    its flow records name two countries or more (with `countries`, the keys `--country`
    asks for, those countries' alone)."""
    coverages = []
    for records in files:
        ends, stock_days, places = {}, {}, {}
        for measure, start, end, *country in records:
            s, e = start.toordinal(), end.toordinal()
            if measure in stocks:
                stock_days[s] = s
            else:
                e = e if 0 < e - s < 92 else s
                ends[s] = max(ends.get(s, s), e)
                if country:
                    mine = places.setdefault(country[0], {})
                    mine[s] = max(mine.get(s, s), e)
        used = ends or stock_days
        places = places if ends and len(places) > 1 else None
        if places and countries:
            places = {k: v for k, v in places.items() if k in countries}
        coverages.append(thinned(file_runs(used), used, period, places) if used else FileRuns([]))
    return coverages


def covered_alike(labels, period, coverages):
    """Whether every file with records says the same `covered` of each period from the
    first to the last of `labels` (the table's period rows)."""
    files = [f for f, runs in enumerate(coverages) if runs]
    if len(files) < 2 or period == "all" or not labels:
        return True
    label, end = min(labels), max(labels)
    while True:
        said = {covered_text(label, period, {f}, coverages) for f in files}
        if len(said) > 1:
            return False
        if label == end:
            return True
        last = period_days(label, period)[1]
        if last == datetime.date.max:
            return True
        label = period_label(last + datetime.timedelta(days=1), period)


# In a --batch run, each file's records are read once for all its cases (a file's parse is
# about half a 100k-row case's time); standard input is read afresh.
_BATCH_READS = None


def records_of(path):
    if _BATCH_READS is None or path == "-":
        return list(read_records(path))
    if path not in _BATCH_READS:
        _BATCH_READS[path] = list(read_records(path))
    return _BATCH_READS[path]


def aggregate(paths, key_columns, period, measures, stocks):
    """The totals and whether the files cover the table's periods alike."""
    per_file = [records_of(path) for path in paths]
    coverages = file_coverages([[(r[1], r[2], r[3], r[0][0]) for r in records] for records in per_file], stocks, period)
    records = ((*r, {number}) for number, rs in enumerate(per_file) for r in rs)
    totals = aggregate_records(records, key_columns, period, measures, stocks, coverages)
    return totals, covered_alike({label for (_, label, _) in totals if "/" not in label}, period, coverages)


_PLACE_FOLD = {0x06CC: "\u064A", 0x06A9: "\u0643", 0x0219: "\u015F", 0x021B: "\u0163",
               # Arabic alef with hamza/madda/wasla as alef, teh marbuta as heh, alef maksura as yeh.
               0x0622: "\u0627", 0x0623: "\u0627", 0x0625: "\u0627", 0x0671: "\u0627", 0x0629: "\u0647", 0x0649: "\u064A"}
# Arabic harakat and the superscript alef: dropped.
_PLACE_DROPPED = set(range(0x064B, 0x0660)) | {0x0670}
_PLACE_DASHES = set(range(0x2010, 0x2016)) | {0x2212, 0xFE58, 0xFE63, 0xFF0D}
_PLACE_APOSTROPHES = {0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x2BB, 0x2BC, 0x2BD, 0x2BE, 0x2BF, 0x2032}


@functools.lru_cache(maxsize=None)
def place_fold_key(name):
    """`PlaceFolding.key`: lower case, Persian yeh and kaf as Arabic, tatweel and harakat dropped,
    Arabic alef with hamza/madda as alef, teh marbuta as heh, alef maksura as yeh,
    hyphens and dashes as `-`, s/t with comma below as with cedilla, apostrophe and ayn
    marks as `'`, a dot above after i (a lowered Turkish İ) dropped."""
    out, previous = [], " "
    for c in name.lower():
        o = ord(c)
        if o == 0x0640 or o in _PLACE_DROPPED or (o == 0x0307 and previous == "i"):
            continue
        if o in _PLACE_FOLD:
            out.append(_PLACE_FOLD[o])
        elif o in _PLACE_DASHES:
            out.append("-")
        elif o in _PLACE_APOSTROPHES:
            out.append("'")
        else:
            out.append(c)
        previous = c
    return "".join(out)


def fold_places(records):
    """adm_1 and adm_2 spellings a reader cannot tell apart (`PlaceFolding`), each column
    brought to one of them: mixed case before a single case, then UTF-8 byte order."""
    records = list(records)
    for col in (1, 2):
        groups = {}
        for r in records:
            groups.setdefault(place_fold_key(r[0][col]), set()).add(r[0][col])
        choice = {}
        for names in groups.values():
            if len(names) > 1:
                best = min(names, key=lambda n: (n == n.upper() or n == n.lower(), n.encode("utf-8")))
                for n in names:
                    if n != best:
                        choice[n] = best
        if choice:
            records = [(r[0][:col] + (choice.get(r[0][col], r[0][col]),) + r[0][col + 1:],) + tuple(r[1:]) for r in records]
    return records


def aggregate_records(records, key_columns, period, measures, stocks, coverages):
    """Aggregates (finest_cell, measure, date_start, date_end, low, best, high, stated,
    files) records, `files` the set of file numbers a record comes from; `coverages`
    from ``file_coverages`` over every record read (a filter never shortens the
    data's coverage, so filtered records come here, not there)."""
    # Flows: (group, label, measure) -> [low, best, high, events, stated, files]
    flows = {}
    # The keys a part of which had only a midpoint by rule as its best (not stated and
    # above its low): a bounded sum of them states no best (Estimate.sumStated).
    invented = set()
    # Stocks: (finest cell, label, measure) -> (latest date, [(low, best, high, stated, files), ...])
    stock_cells = {}
    records = fold_places(r for r in records if measures is None or r[1] in measures)
    for cell, measure, start, end, low, best, high, stated, files in records:
        label = period_label(start, period)
        longest = LONGEST_DAYS.get(period)
        if measure not in stocks and longest is not None and (end - start).days + 1 > longest:
            label += "/" + period_label(end, period)
        if measure in stocks:
            k = (cell, label, measure)
            seen = stock_cells.get(k)
            if seen is None or start > seen[0]:
                stock_cells[k] = (start, [(low, best, high, stated, files)])
            elif start == seen[0]:
                seen[1].append((low, best, high, stated, files))
        else:
            group = tuple(c for c, column in zip(cell, KEY_COLUMNS) if column in key_columns)
            total = flows.setdefault((group, label, measure), [0, 0, 0, 0, False, set()])
            total[0] += low
            total[1] += best
            total[2] = add_high(total[2], high)
            total[3] += 1
            total[4] = total[4] or stated
            total[5] |= files
            if not stated and best > low:
                invented.add((group, label, measure))

    totals = dict(flows)
    for (cell, label, measure), (_, observations) in stock_cells.items():
        # Envelope of the observations at the latest date in this finest cell.
        low = min(o[0] for o in observations)
        highs = [o[2] for o in observations]
        high = None if None in highs else max(highs)
        bests = sorted(o[1] for o in observations)
        best = bests[(len(bests) - 1) // 2]
        group = tuple(c for c, column in zip(cell, KEY_COLUMNS) if column in key_columns)
        total = totals.setdefault((group, label, measure), [0, 0, 0, 0, False, set()])
        total[0] += low
        total[1] += best
        total[2] = add_high(total[2], high)
        total[3] += len(observations)
        # A sum states a best when any of its parts does and none invented one, bounded
        # or not (review46 S1).
        # The envelope's best is stated only when a row that gave that very figure
        # stated it: a range's midpoint chosen as the median is not (review38 S2).
        snapshot_stated = any(o[3] for o in observations if o[1] == best)
        total[4] = total[4] or snapshot_stated
        if not snapshot_stated and best > low:
            invented.add((group, label, measure))
        for o in observations:
            total[5] |= o[4]
    for k in invented:
        totals[k][4] = False
    # Each country's rows with its own days, where the table read back says the same
    # (``places_sound``: period by period); else, in that period, every row with the
    # days every country covers (interval rows: when any period falls back).
    at = KEY_COLUMNS_SHOWN(key_columns).index("country") if "country" in key_columns else None
    fall_back = set() if at is None else places_sound(totals, period, coverages, at)
    for (group, label, measure), total in totals.items():
        whole = ("/" in label and bool(fall_back)) or label in fall_back or "*" in fall_back
        total[5] = covered_text(label, period, total[5], coverages, None if at is None or whole else group[at])
    return totals


def KEY_COLUMNS_SHOWN(key_columns):
    return [c for c in KEY_COLUMNS if c in key_columns]


def places_sound(totals, period, coverages, at):
    """The periods in which a table of `totals` by country may not give each country's
    rows its own days (`{"*"}`: none may, for `all`): where the countries' `covered` of
    a period differ, every country has a row of it (a country silent for all of April
    has no row to say so, and read back another country's complete April row would make
    April complete for it and the total). Periods are read back apart."""
    names = sorted({c for cov in coverages for c in getattr(cov, "places", {})})
    if not names:
        return set()
    # A file a window misses at the level of every country still has its countries' own
    # days (fuzz small#75, for `all`), and so for a period too (readers18, review58 P4:
    # seed 58 small#12, `--from/--to 2021-01-03 --stock detained`: Iraq's and The
    # "Gambia"'s silences left the file no day in the window while Côte d'Ivoire's own
    # had 2021-01-03; leaving the file out made every country say `none`, so the
    # reference never fell back and expected 2021-01-03 on rows of a month where The
    # "Gambia" has no row, where tally rightly writes the days every country covers).
    files = {f for f, runs in enumerate(coverages) if runs or getattr(runs, "missed", False)}
    have = {}
    for (group, label, _) in totals:
        if "/" not in label:
            have.setdefault(group[at], set()).add(label)
    differ = join_runs([r for cov in coverages for runs in getattr(cov, "places", {}).values()
                        for r in subtract(runs, list(cov))])
    if not differ:
        return set()
    if period == "all":
        labels = {label for (_, label, _) in totals}
    else:
        labels = set()
        for a, b in differ:
            d = a
            while d <= b:
                label = period_label(datetime.date.fromordinal(d), period)
                labels.add(label)
                d = period_days(label, period)[1].toordinal() + 1
    out = set()
    for label in labels:
        said = {covered_text(label, period, files, coverages, c, known=False) for c in names}
        if len(said) > 1 and any(label not in have.get(c, ()) for c in names):
            out.add(label)
    if period == "all" and out:
        return {"*"}
    return out


_NEEDS_QUOTES = re.compile('[,"\n\r]')


def csv_field(text):
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def display(low, best, high, stated=True):
    """SPEC §1 display form: 6, 307 (300–323), 5,000–7,000 (a range with no best
    stated), 12+, 15+ (best 16) (a stated best above the floor; with none, 15+)."""
    if high is None:
        return f"{low:,}+" + ("" if best == low or not stated else f" (best {best:,})")
    if low == high:
        return f"{best:,}"
    return (f"{best:,} (" if stated else "") + f"{low:,}\u2013{high:,}" + (")" if stated else "")


def render(totals, key_columns, alike=True):
    columns = [c for c in KEY_COLUMNS if c in key_columns]

    if "country" in columns:
        i = columns.index("country")
        best, shown = best_spellings(), {}
        for (g, _, _) in totals:
            if g[i] not in shown:
                shown[g[i]] = shown_country(g[i], best)
        totals = {(g[:i] + (shown[g[i]],) + g[i + 1:], label, measure): v for (g, label, measure), v in totals.items()}

    def order(item):
        (group, label, measure), _ = item
        # Labels of one period kind sort chronologically as byte strings (fixed-width years).
        return ([g.encode("utf-8") for g in group], label.encode("utf-8"), measure.encode("utf-8"))

    lines = [",".join(columns + ["period", "measure", "low", "best", "high", "events", "estimate", "covered" if alike else "covered_by_input"])]
    for (group, label, measure), (low, best, high, events, stated, covered) in sorted(totals.items(), key=order):
        fields = list(group) + [label, measure, str(low), str(best),
                                "" if high is None else str(high), str(events), display(low, best, high, stated), covered]
        lines.append(",".join(csv_field(f) for f in fields))
    return "".join(line + "\n" for line in lines).encode("utf-8")


def parse_by(text):
    keys = set()
    for name in text.split(","):
        name = name.strip()
        if name not in BY_IMPLIES:
            raise argparse.ArgumentTypeError(f"unknown group key '{name}' (country, adm1, adm2, actor)")
        keys |= BY_IMPLIES[name]
    return keys


def run_batch(path):
    """Runs the cases of a batch file, one per line: PREFIX, STDIN and the arguments,
    tab-separated. Each case writes PREFIX.expected.csv, its messages to PREFIX.stderr
    and its exit status to PREFIX.status (last, so that its presence says the case ran)."""
    global _BATCH_READS
    _BATCH_READS = {}
    with open(path, encoding="utf-8") as f:
        cases = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for prefix, stdin, *argv in cases:
        saved_in, saved_err = sys.stdin, sys.stderr
        with open(stdin, "rb") as given, open(prefix + ".stderr", "w", encoding="utf-8") as err:
            sys.stdin, sys.stderr = io.TextIOWrapper(given, encoding="utf-8", newline=""), err
            try:
                status = main(argv + ["-o", prefix + ".expected.csv"])
            except SystemExit as e:  # argparse's refusals
                status = e.code if isinstance(e.code, int) else 2
            finally:
                sys.stdin, sys.stderr = saved_in, saved_err
        with open(prefix + ".status", "w") as f:
            f.write(f"{status}\n")
    return 0


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) == 2 and argv[0] == "--batch":
        return run_batch(argv[1])
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("files", nargs="+")
    p.add_argument("--by", type=parse_by, default=parse_by("country"))
    p.add_argument("--period", choices=PERIODS, default="year")
    p.add_argument("--measure", default=None, help="comma-separated measures to keep")
    p.add_argument("--stock", action="append", default=[], help="extra stock measure (repeatable, or comma-separated)")
    p.add_argument("-o", "--output", default="-")
    a = p.parse_args(argv)
    measures = None if a.measure is None else {m.strip().lower() for m in a.measure.split(",")}
    stocks = set(BUILTIN_STOCKS)
    for s in a.stock:
        stocks |= {m.strip().lower() for m in s.split(",")}
    try:
        totals, alike = aggregate(a.files, a.by, a.period, measures, stocks)
        data = render(totals, a.by, alike)
    except DataError as e:
        print(f"reference_aggregate: {e}", file=sys.stderr)
        return 65
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        print(f"reference_aggregate: {e}", file=sys.stderr)
        return 66 if isinstance(e, OSError) else 65
    if a.output == "-":
        sys.stdout.buffer.write(data)
    else:
        with open(a.output, "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
