#!/usr/bin/env python3
"""Every relative link in the repository's Markdown resolves.

For each Markdown file git tracks (README.md, docs/*.md, Datasets/, bench/, ...) it
checks every inline link and image, `[text](target)` and `![alt](target)`, and every
reference definition, `[name]: target`, outside code:
  * the target file or folder exists, inside the repository (a link may not lead out
    of it, e.g. to ../shared/), and is tracked by git (or is a folder holding tracked
    files), so a fresh clone has it;
  * a `#fragment` names a heading of the target Markdown file (GitHub's slugs:
    lower case, punctuation dropped, spaces to '-', repeats numbered -1, -2, ...) or an
    explicit <a name=...>/id=... anchor.
Web links (http:, https:, mailto:) are not fetched.

The user's documents, README.md and docs/*.md, also may not send a reader outside the
repository in words: they may not name SPEC.md or the shared folder (../shared); the
project's contract is docs/spec.md.

Prints each failure, then `N passed, M failed`; exits 1 on any failure.
Usage: python3 tests/check_links.py [--root DIR]
"""
import argparse
import os
import re
import subprocess
import sys
import unicodedata
import urllib.parse

INLINE = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+\"[^\"]*\")?\s*\)")
REFDEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)", re.M)
HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$", re.M)
ANCHOR = re.compile(r"<a\s[^>]*(?:name|id)=\"([^\"]+)\"", re.I)
FENCE = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$", re.M | re.S)
CODESPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
OUTSIDE_WORDS = [("SPEC.md", "names SPEC.md, which is not in the repository (the contract is docs/spec.md)"),
                 ("../shared", "points into ../shared, which is not in the repository"),
                 ("shared folder", "sends the reader to the project's shared folder, not in the repository")]


def strip_code(text):
    """Text with fenced blocks and code spans blanked (line numbers kept)."""
    text = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return CODESPAN.sub(lambda m: " " * len(m.group(0)), text)


def slug(heading):
    """GitHub's anchor for a heading's text."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # links keep their text
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("`", "").lower()
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in " -_" or cat[0] in "LN" or cat == "Mn":
            kept.append(ch)
    return "".join(kept).replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        seen, found = {}, set()
        for m in HEADING.finditer(FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)):
            base = slug(m.group(2))
            n = seen.get(base, 0)
            found.add(base if n == 0 else f"{base}-{n}")
            seen[base] = n + 1
        found.update(ANCHOR.findall(text))
        cache[path] = found
    return cache[path]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    root = os.path.realpath(ap.parse_args().root)
    tracked = set(subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True,
                                 capture_output=True, text=True).stdout.split("\0")) - {""}
    tracked_dirs = {os.path.dirname(p) for p in tracked}
    for p in list(tracked_dirs):
        while p:
            p = os.path.dirname(p)
            tracked_dirs.add(p)
    docs = sorted(p for p in tracked if p.endswith(".md") and os.path.exists(os.path.join(root, p)))
    passed, failures = 0, []

    for doc in docs:
        with open(os.path.join(root, doc), encoding="utf-8") as f:
            raw = f.read()
        text = strip_code(raw)
        targets = [(m.start(1), m.group(1)) for m in INLINE.finditer(text)]
        targets += [(m.start(1), m.group(1)) for m in REFDEF.finditer(text)]
        for pos, target in sorted(targets):
            line = text.count("\n", 0, pos) + 1
            where = f"{doc}:{line}: {target}"
            target = target.strip("<>")
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
                continue  # http:, https:, mailto: ...
            path_part, _, fragment = target.partition("#")
            path_part = urllib.parse.unquote(path_part)
            if path_part:
                full = os.path.normpath(os.path.join(root, os.path.dirname(doc), path_part))
            else:
                full = os.path.join(root, doc)
            rel = os.path.relpath(full, root)
            if rel == ".." or rel.startswith("../"):
                failures.append(f"{where}: leads out of the repository ({rel})")
                continue
            rel = "" if rel == "." else rel
            if rel not in tracked and rel not in tracked_dirs:
                failures.append(f"{where}: no such file in the repository" if not os.path.exists(full)
                                else f"{where}: exists here but git does not track it")
                continue
            if fragment:
                if not rel.endswith(".md"):
                    failures.append(f"{where}: #{fragment} on a file that is not Markdown")
                    continue
                if urllib.parse.unquote(fragment) not in anchors(full):
                    failures.append(f"{where}: {rel} has no heading or anchor #{fragment}")
                    continue
            passed += 1

        if doc == "README.md" or (doc.startswith("docs/") and "/" not in doc[5:]):
            outside = [f"{doc}:{n}: {why}" for n, line in enumerate(raw.split("\n"), 1)
                       for words, why in OUTSIDE_WORDS if words in line]
            failures += outside
            passed += not outside  # one check per document: its words stay inside

    for f in failures:
        print(f, file=sys.stderr)
    print(f"{passed} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
