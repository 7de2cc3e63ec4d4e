#!/usr/bin/env python3
"""Hostile-input checks: files lost, pipes, exits and paths (issue 9, items 1-5, 12, 14, 18, 19).

Tried as a careless script and a hostile user would: outputs spelled as one of the
inputs (symlinks, hard links, ./x, /dev/stdin, /proc/self/fd/N, - from a redirected
file), /dev/stdout appended to a log, concurrent runs into one folder, odd permissions,
FIFOs and pipes as datasets, /dev/full and a closed stdout, huge numbers, chart ids and
names as paths, long names, many files, long and secret first lines in error messages.

Run: TALLY=$PWD/.build/debug/tally python3 bench/hostile/files_and_exits.py
Ends with `N passed, M failed`; exit 1 on any failure.
"""
import hashlib
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hostile import Checks, no_backtrace  # noqa: E402

c = Checks("files_and_exits")
T = c.tmp

HEADER = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
ROWS = [
    "a1,2023-04-03,2023-04-03,Afghanistan,Balkh,Nahri Shahi,Taliban,killed,6,6,6,wire\n",
    "a2,2023-04-05,2023-04-05,Syria,Idlib,,Army,killed,3,4,5,wire\n",
    "a3,2023-03-10,2023-03-10,Syria,Idlib,,Army,killed,1,1,1,wire\n",
    "a4,2023-02-10,2023-02-10,Iraq,Anbar,,Army,killed,2,2,2,wire\n",
]
DATA = (HEADER + "".join(ROWS)).encode()


def fresh(name):
    d = os.path.join(T, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return d


def put(path, data=DATA, mode=None):
    with open(path, "wb") as f:
        f.write(data)
    if mode is not None:
        os.chmod(path, mode)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def sh(cmd, cwd, timeout=60):
    """Runs a shell line (for redirections the test is about); returns (code, stdout, stderr)."""
    env = dict(os.environ, TALLY=c.tally)
    try:
        p = subprocess.run(["bash", "-c", cmd], cwd=cwd, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as t:
        return None, t.stdout or b"", t.stderr or b""


def spec(name="x", datasets=("data.csv",), sections=None, period="month", extra=""):
    sections = sections or """
  - type: summary
    measures: [killed]
  - type: bar
    id: killed-by-country
    measure: killed
    by: country
"""
    ds = "".join(f"  - path: {p}\n    source: wire\n    licence: CC0\n" for p in datasets)
    return f"""title: Hostile brief
name: {name}
period:
  every: {period}
  which: latest
{extra}datasets:
{ds}sections:{sections}"""


def clean_exit(r):
    """No signal, no Swift crash report."""
    return r.code is not None and r.code >= 0 and no_backtrace(r)


# --------------------------------------------------------------------------------------
# 1-3: no run replaces a file it reads, however the path is spelled
# --------------------------------------------------------------------------------------
def outputs_never_replace_inputs():
    d = fresh("same")
    put(f"{d}/in.csv")
    os.symlink("in.csv", f"{d}/link.csv")
    os.link(f"{d}/in.csv", f"{d}/hard.csv")
    os.makedirs(f"{d}/sub")
    spellings = [("in.csv", "in.csv"), ("in.csv", "./in.csv"), ("in.csv", "sub/../in.csv"),
                 ("in.csv", f"{d}/in.csv"), ("in.csv", "link.csv"), ("link.csv", "in.csv"),
                 ("in.csv", "hard.csv"), ("hard.csv", "link.csv")]
    for src, out in spellings:
        put(f"{d}/in.csv")
        r = c.run(["aggregate", src, "-o", out], cwd=d)
        c.check(f"aggregate {src} -o {out}: refused (64), input intact",
                r.code == 64 and read(f"{d}/in.csv") == DATA, r)
    # Standard input that is a redirected file, however it is named.
    for src in ["-", "/dev/stdin", "/proc/self/fd/0", "/dev/fd/0"]:
        for out in ["in.csv", "link.csv", "hard.csv"]:
            put(f"{d}/in.csv")
            r = c.run(["aggregate", src, "-o", out], cwd=d, stdin=f"{d}/in.csv")
            c.check(f"aggregate {src} -o {out} < in.csv: refused (64), input intact",
                    r.code == 64 and read(f"{d}/in.csv") == DATA, r)
    # Charts: the output is picked by extension, so the input is reached through links.
    os.symlink("in.csv", f"{d}/in-link.png")
    os.link(f"{d}/in.csv", f"{d}/in-hard.svg")
    for sub in (["bar"], ["timeline", "--period", "month"]):
        for out in ["in-link.png", "in-hard.svg"]:
            put(f"{d}/in.csv")
            r = c.run(["chart"] + sub + ["in.csv", "--measure", "killed", "-o", out], cwd=d)
            c.check(f"chart {sub[0]} in.csv -o {out} (same file): refused, input intact",
                    r.code == 64 and read(f"{d}/in.csv") == DATA, r)
        put(f"{d}/in.csv")
        r = c.run(["chart"] + sub + ["-", "--measure", "killed", "-o", "in-hard.svg"], cwd=d, stdin=f"{d}/in.csv")
        c.check(f"chart {sub[0]} - -o in-hard.svg < in.csv: refused, input intact",
                r.code == 64 and read(f"{d}/in.csv") == DATA, r)
    # Standard output (no -o) appended to the input itself.
    put(f"{d}/in.csv")
    code, _, err = sh(f'"$TALLY" aggregate in.csv >> in.csv', d)
    c.check("aggregate in.csv >> in.csv: refused, input intact",
            code == 64 and read(f"{d}/in.csv") == DATA, (code, err[-200:]))
    put(f"{d}/in.csv")
    code, _, err = sh(f'"$TALLY" aggregate in.csv -o /dev/stdout >> hard.csv', d)
    c.check("aggregate in.csv -o /dev/stdout >> hard.csv (same file): refused, input intact",
            code == 64 and read(f"{d}/in.csv") == DATA, (code, err[-200:]))

    # Reports: a dataset (or the spec) under one of the output names in --out-dir.
    for label, dataset, outname, fmt in [
        ("csv name", "out/x-2023-04.csv", "x-2023-04.csv", "pdf,png,csv"),
        ("png name", "out/x-2023-04-killed-by-country.png", "x-2023-04-killed-by-country.png", "png"),
        ("pdf name", "out/x-2023-04.pdf", "x-2023-04.pdf", "pdf"),
    ]:
        r_dir = fresh("report-same")
        os.makedirs(f"{r_dir}/out")
        put(f"{r_dir}/{dataset}")
        put(f"{r_dir}/spec.yml", spec(datasets=(dataset,)).encode())
        r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04", "--format", fmt], cwd=r_dir)
        c.check(f"report: dataset at the {label} in --out-dir: refused (64), dataset intact",
                r.code == 64 and read(f"{r_dir}/{dataset}") == DATA, r)
    # The same through a symlink, a hard link and a ./ spelling, and through the folder.
    for label, setup in [
        ("symlinked dataset", lambda r_dir: os.symlink("out/x-2023-04.csv", f"{r_dir}/data.csv")),
        ("hard-linked dataset", lambda r_dir: os.link(f"{r_dir}/out/x-2023-04.csv", f"{r_dir}/data.csv")),
        ("out-dir a symlink", None),
    ]:
        r_dir = fresh("report-same")
        os.makedirs(f"{r_dir}/out")
        put(f"{r_dir}/out/x-2023-04.csv")
        if setup:
            setup(r_dir)
            put(f"{r_dir}/spec.yml", spec(datasets=("./data.csv",)).encode())
            outdir = "./out"
        else:
            os.symlink("out", f"{r_dir}/elsewhere")
            put(f"{r_dir}/spec.yml", spec(datasets=("out/x-2023-04.csv",)).encode())
            outdir = "elsewhere/"
        r = c.run(["report", "spec.yml", "--out-dir", outdir, "--period", "2023-04"], cwd=r_dir)
        c.check(f"report: {label} is an output: refused (64), dataset intact",
                r.code == 64 and read(f"{r_dir}/out/x-2023-04.csv") == DATA, r)
    # An output name that is a symlink to a file outside --out-dir: the link is
    # replaced inside the folder, the file it pointed to is never written.
    r_dir = fresh("report-link")
    os.makedirs(f"{r_dir}/out")
    put(f"{r_dir}/data.csv")
    put(f"{r_dir}/victim.pdf", b"victim")
    os.symlink("../victim.pdf", f"{r_dir}/out/x-2023-04.pdf")
    put(f"{r_dir}/spec.yml", spec(datasets=("data.csv",)).encode())
    r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04"], cwd=r_dir)
    c.check("report: an output name that links outside --out-dir never writes through the link",
            r.code == 0 and read(f"{r_dir}/victim.pdf") == b"victim"
            and not os.path.islink(f"{r_dir}/out/x-2023-04.pdf"), r)
    # Two identical reports at once into one folder: both succeed, files complete.
    procs = [subprocess.Popen([c.tally, "report", "spec.yml", "--out-dir", "out", "--period", "2023-04"], cwd=r_dir,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(4)]
    codes = [p.wait(timeout=120) for p in procs]
    left = [n for n in os.listdir(f"{r_dir}/out") if n.startswith(".tally-tmp")]
    c.check("four identical reports at once into one folder: all exit 0, no temporary file left",
            codes == [0, 0, 0, 0] and not left and read(f"{r_dir}/out/x-2023-04.pdf").rstrip().endswith(b"%%EOF"),
            (codes, left))
    # A style file's logo is read too: never the output.
    r_dir = fresh("style-logo")
    put(f"{r_dir}/data.csv")
    r = c.run(["chart", "bar", "data.csv", "--measure", "killed", "-o", "logo.png"], cwd=r_dir)
    logo = read(f"{r_dir}/logo.png")
    put(f"{r_dir}/style.yml", b"logo:\n  file: logo.png\n")
    os.link(f"{r_dir}/style.yml", f"{r_dir}/style-link.svg")
    for out in ("logo.png", "./logo.png", "style-link.svg"):
        r = c.run(["chart", "bar", "data.csv", "--measure", "killed", "--style", "style.yml", "-o", out], cwd=r_dir)
        c.check(f"chart --style (logo.png) -o {out}: refused (64), logo and style intact",
                r.code == 64 and read(f"{r_dir}/logo.png") == logo and read(f"{r_dir}/style.yml").startswith(b"logo:"), r)
    os.makedirs(f"{r_dir}/out")
    os.link(f"{r_dir}/logo.png", f"{r_dir}/out/x-2023-04-killed-by-country.png")
    put(f"{r_dir}/spec.yml", spec(datasets=("data.csv",), extra="style: style.yml\n").encode())
    r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04"], cwd=r_dir)
    c.check("report whose style logo sits at a PNG output name: refused (64), logo intact",
            r.code == 64 and read(f"{r_dir}/logo.png") == logo, r)
    # The spec itself under an output name.
    r_dir = fresh("report-spec")
    put(f"{r_dir}/data.csv")
    body = spec(datasets=(f"{r_dir}/data.csv",)).encode()
    put(f"{r_dir}/x-2023-04.csv", body)
    r = c.run(["report", "x-2023-04.csv", "--out-dir", ".", "--period", "2023-04"], cwd=r_dir)
    c.check("report: the spec file is an output: refused (64), spec intact",
            r.code == 64 and read(f"{r_dir}/x-2023-04.csv") == body, r)
    # Not an output after all: --format pdf does not write the CSV name.
    r_dir = fresh("report-ok")
    os.makedirs(f"{r_dir}/out")
    put(f"{r_dir}/out/x-2023-04.csv")
    put(f"{r_dir}/spec.yml", spec(datasets=("out/x-2023-04.csv",)).encode())
    r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04", "--format", "pdf"], cwd=r_dir)
    c.check("report --format pdf with the dataset at the CSV name: runs (nothing of it replaced)",
            r.code == 0 and read(f"{r_dir}/out/x-2023-04.csv") == DATA, r)


# --------------------------------------------------------------------------------------
# 2: devices and open descriptors are written in place
# --------------------------------------------------------------------------------------
def devices_in_place():
    d = fresh("devices")
    put(f"{d}/in.csv")
    expected = c.run(["aggregate", "in.csv", "--format", "csv"], cwd=d).out
    c.check("aggregate in.csv prints a CSV", expected.startswith(b"country,"), expected[:80])
    for target, redirect in [("/dev/stdout", ">>"), ("/proc/self/fd/1", ">>"), ("/dev/fd/1", ">>"),
                             ("/dev/stderr", "2>>"), ("/proc/self/fd/2", "2>>")]:
        put(f"{d}/log.txt", b"earlier line 1\nearlier line 2\n")
        code, _, err = sh(f'"$TALLY" aggregate in.csv --format csv -o {target} {redirect} log.txt', d)
        got = read(f"{d}/log.txt")
        c.check(f"aggregate -o {target} {redirect} log.txt appends, keeps the earlier lines",
                code == 0 and got == b"earlier line 1\nearlier line 2\n" + expected, (code, got[:120], err[-200:]))
        c.check(f"  ... log.txt is still the same file (not renamed over)",
                not any(n.startswith(".tally-tmp") for n in os.listdir(d)), os.listdir(d))
    # > (truncate) then -o /dev/stdout: exactly the result.
    put(f"{d}/log.txt", b"old\n")
    code, _, _ = sh('"$TALLY" aggregate in.csv --format csv -o /dev/stdout > log.txt', d)
    c.check("aggregate -o /dev/stdout > log.txt: the file holds the result", code == 0 and read(f"{d}/log.txt") == expected)
    # A symlink whose target is /dev/stdout.
    os.symlink("/dev/stdout", f"{d}/to-stdout.csv")
    put(f"{d}/log.txt", b"keep\n")
    code, _, _ = sh('"$TALLY" aggregate in.csv -o to-stdout.csv >> log.txt', d)
    c.check("aggregate -o link-to-/dev/stdout >> log.txt appends",
            code == 0 and read(f"{d}/log.txt") == b"keep\n" + expected and os.path.islink(f"{d}/to-stdout.csv"))
    # A chart through a symlink to /dev/stdout, appended to a log.
    os.symlink("/dev/stdout", f"{d}/chart-out.png")
    put(f"{d}/log.png", b"HEAD")
    code, _, err = sh('"$TALLY" chart bar in.csv --measure killed -o chart-out.png >> log.png', d)
    got = read(f"{d}/log.png")
    c.check("chart -o link-to-/dev/stdout >> log.png: appended after the earlier bytes",
            code == 0 and got.startswith(b"HEAD\x89PNG") and os.path.islink(f"{d}/chart-out.png"), (code, got[:12], err[-200:]))
    # /dev/null stays a device (root could rename over it).
    for args in (["aggregate", "in.csv", "-o", "/dev/null"],):
        r = c.run(args, cwd=d)
        st = os.stat("/dev/null")
        c.check("aggregate -o /dev/null: exit 0, /dev/null still a character device",
                r.code == 0 and stat.S_ISCHR(st.st_mode), r)
    os.symlink("/dev/null", f"{d}/null.png")
    r = c.run(["chart", "bar", "in.csv", "--measure", "killed", "-o", "null.png"], cwd=d)
    c.check("chart bar -o null.png (-> /dev/null): exit 0, link and device intact",
            r.code == 0 and os.path.islink(f"{d}/null.png") and stat.S_ISCHR(os.stat("/dev/null").st_mode), r)
    # A chart written to an inherited descriptor.
    with open(f"{d}/fd.png", "wb") as f:
        f.write(b"PREFIX")
    code, _, err = sh('"$TALLY" chart bar in.csv --measure killed -o /proc/self/fd/7.png 7>>fd.png; echo', d)
    # (a .png name is needed for the format: /proc/self/fd/7.png is no descriptor, so refused)
    c.check("chart -o /proc/self/fd/7.png: a clean refusal, fd.png untouched",
            read(f"{d}/fd.png") == b"PREFIX" and b"Fatal" not in err)


# --------------------------------------------------------------------------------------
# 4: temporary files belong to their run and target
# --------------------------------------------------------------------------------------
def temporary_files():
    d = fresh("tmpfiles")
    put(f"{d}/data.csv")
    put(f"{d}/spec.yml", spec(datasets=(f"{d}/data.csv",)).encode())
    os.makedirs(f"{d}/out")
    # Someone else's temporary files, and ones that look like a live run's.
    foreign = [".tally-tmp-other.csv.Ab12Cd", ".tally-tmp-unrelated", ".tally-tmp-x-2023-04.csv.zz9Plu"]
    for f in foreign:
        put(f"{d}/out/{f}", b"busy")
    r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04"], cwd=d)
    left = set(os.listdir(f"{d}/out"))
    c.check("a finishing report leaves other runs' .tally-tmp-* files alone",
            r.code == 0 and all(f in left for f in foreign), (r, sorted(left)))
    r = c.run(["aggregate", "data.csv", "-o", "out/agg.csv"], cwd=d)
    c.check("aggregate -o leaves other runs' temporary files alone",
            r.code == 0 and all(f in set(os.listdir(f"{d}/out")) for f in foreign), r)
    for f in foreign:
        os.unlink(f"{d}/out/{f}")
    # Concurrent runs into one folder: a slow aggregate -o and reports finishing meanwhile.
    big = f"{d}/big.csv"
    with open(big, "w") as f:
        f.write(HEADER)
        for i in range(150_000):
            f.write(f"b{i},2023-04-{1 + i % 28:02d},,Country {i % 40},P{i % 9},,Actor {i % 7},killed,1,2,3,wire\n")
    failures = []
    for attempt in range(4):
        agg = subprocess.Popen([c.tally, "aggregate", big, "--by", "country,actor", "-o", f"{d}/out/agg.csv"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        reports = 0
        while agg.poll() is None and reports < 30:
            rr = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04"], cwd=d)
            reports += 1
            if rr.code != 0:
                failures.append(("report", rr))
        err = agg.communicate()[1]
        if agg.returncode != 0:
            failures.append(("aggregate", agg.returncode, err[-300:]))
    c.check("concurrent aggregate -o and reports into one folder all succeed", not failures, failures[:3])
    c.check("  ... and leave no temporary files behind",
            not [n for n in os.listdir(f"{d}/out") if n.startswith(".tally-tmp")], os.listdir(f"{d}/out"))
    # Two aggregates onto the same target at once: both succeed, the file is one whole result.
    procs = [subprocess.Popen([c.tally, "aggregate", big, "-o", f"{d}/out/same.csv"], stderr=subprocess.PIPE)
             for _ in range(3)]
    codes = [p.wait() for p in procs]
    whole = c.run(["aggregate", big, "--format", "csv"]).out
    c.check("three concurrent aggregate -o onto one file: all exit 0, the file is a whole result",
            codes == [0, 0, 0] and read(f"{d}/out/same.csv") == whole, codes)
    # A killed run's leftovers are removed by the next run for the same target.
    victim = subprocess.Popen([c.tally, "aggregate", big, big, big, "-o", f"{d}/out/killed.csv"],
                              stderr=subprocess.DEVNULL)
    time.sleep(0.3)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    before = [n for n in os.listdir(f"{d}/out") if n.startswith(".tally-tmp")]
    r = c.run(["aggregate", "data.csv", "-o", "out/killed.csv"], cwd=d)
    after = [n for n in os.listdir(f"{d}/out") if n.startswith(".tally-tmp")]
    c.check("the next run for the same target removes a killed run's leftover",
            r.code == 0 and after == [], (before, after))
    # Long output names: the temporary name must still fit in NAME_MAX.
    for n in (240, 249, 255):
        name = ("n" * (n - 4)) + ".csv"
        r = c.run(["aggregate", "data.csv", "-o", f"out/{name}"], cwd=d)
        c.check(f"aggregate -o with a {n}-byte file name: exit 0", r.code == 0 and os.path.exists(f"{d}/out/{name}"), r)
    name = "n" * 252 + ".csv"
    r = c.run(["aggregate", "data.csv", "-o", f"out/{name}"], cwd=d)
    c.check("aggregate -o with a 256-byte file name: 73 with a message, no crash",
            r.code == 73 and clean_exit(r) and b"too long" in r.err, r)
    name = "é" * 120 + ".csv"   # 244 bytes
    r = c.run(["aggregate", "data.csv", "-o", f"out/{name}"], cwd=d)
    c.check("aggregate -o with a 244-byte UTF-8 name: exit 0", r.code == 0, r)
    for n in (200, 228):
        rd = fresh(f"longname{n}")
        put(f"{rd}/data.csv")
        put(f"{rd}/spec.yml", spec(name="r" * n, datasets=(f"{rd}/data.csv",)).encode())
        r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04", "--format", "pdf,csv"], cwd=rd)
        c.check(f"report with a {n}-byte name: pdf and csv written", r.code == 0 and len(os.listdir(f"{rd}/out")) == 2, r)
    rd = fresh("longname-png")
    put(f"{rd}/data.csv")
    put(f"{rd}/spec.yml", spec(name="r" * 240, datasets=(f"{rd}/data.csv",)).encode())
    r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04"], cwd=rd)
    c.check("report whose PNG name passes 255 bytes: 73 with a message, nothing written",
            r.code == 73 and clean_exit(r) and (not os.path.exists(f"{rd}/out") or os.listdir(f"{rd}/out") == []), r)


# --------------------------------------------------------------------------------------
# 5: permissions
# --------------------------------------------------------------------------------------
def permissions():
    d = fresh("perm")
    put(f"{d}/data.csv")
    put(f"{d}/spec.yml", spec(datasets=(f"{d}/data.csv",)).encode())
    old = os.umask(0o022)
    try:
        for mode in (0o600, 0o640, 0o664, 0o4755, 0o2755, 0o6775, 0o1644):
            want = mode & 0o777
            for kind, out, args in [
                ("aggregate", "o.csv", ["aggregate", "data.csv", "-o", "o.csv"]),
                ("chart", "o.png", ["chart", "bar", "data.csv", "--measure", "killed", "-o", "o.png"]),
                ("report", "out/x-2023-04.csv", ["report", "spec.yml", "--out-dir", "out", "--period", "2023-04"]),
            ]:
                os.makedirs(f"{d}/out", exist_ok=True)
                put(f"{d}/{out}", b"old", mode)
                os.chmod(f"{d}/{out}", mode)
                r = c.run(args, cwd=d)
                got = stat.S_IMODE(os.stat(f"{d}/{out}").st_mode)
                c.check(f"{kind} replacing a {oct(mode)} file leaves {oct(want)}",
                        r.code == 0 and got == want and read(f"{d}/{out}") != b"old", (r, oct(got)))
        # New files follow the umask.
        for mask, want in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
            os.umask(mask)
            shutil.rmtree(f"{d}/new", ignore_errors=True)
            os.makedirs(f"{d}/new")
            r1 = c.run(["aggregate", "data.csv", "-o", "new/a.csv"], cwd=d)
            r2 = c.run(["report", "spec.yml", "--out-dir", "new", "--period", "2023-04"], cwd=d)
            modes = {n: stat.S_IMODE(os.stat(f"{d}/new/{n}").st_mode) for n in os.listdir(f"{d}/new")}
            c.check(f"umask {oct(mask)}: new files are {oct(want)}",
                    r1.code == 0 and r2.code == 0 and set(modes.values()) == {want}, modes)
    finally:
        os.umask(old)
    # Read-only targets are refused, root or not; the file survives.
    for kind, out, args in [
        ("aggregate", "ro.csv", ["aggregate", "data.csv", "-o", "ro.csv"]),
        ("chart", "ro.png", ["chart", "bar", "data.csv", "--measure", "killed", "-o", "ro.png"]),
        ("report", "ro/x-2023-04.pdf", ["report", "spec.yml", "--out-dir", "ro", "--period", "2023-04"]),
    ]:
        os.makedirs(f"{d}/ro", exist_ok=True)
        if os.path.exists(f"{d}/{out}"):
            os.chmod(f"{d}/{out}", 0o644)
        put(f"{d}/{out}", b"protected", 0o444)
        r = c.run(args, cwd=d)
        c.check(f"{kind} onto a read-only (0444) file: 73, the file untouched",
                r.code == 73 and read(f"{d}/{out}") == b"protected", r)


# --------------------------------------------------------------------------------------
# 12: pipes, FIFOs and /dev/stdin as datasets of a spec that reads twice
# --------------------------------------------------------------------------------------
def pipes_and_fifos():
    d = fresh("fifo")
    put(f"{d}/data.csv")
    sections_fine = """
  - type: table
    by: [adm2]
    measures: [killed]
"""
    cases = [
        # The data (10 Feb to 5 Apr) covers no quarter completely; the spec declares the
        # coverage so that `latest` has a quarter to report (issue 10, coverage rule).
        ("quarterly latest (declared coverage)",
         dict(period="quarter", extra="coverage:\n  from: 2023-01-01\n  to: 2023-06-30\n"), "2023-Q2", None),
        ("district table (second pass for the period)", dict(sections=sections_fine), "2023-04", None),
        ("monthly (one pass)", dict(), "2023-04", None),
    ]
    for label, kw, period, _ in cases:
        for how in ("fifo", "pipe-stdin", "file-stdin"):
            rd = fresh("fifo-case")
            put(f"{rd}/data.csv")
            path = {"fifo": f"{rd}/feed", "pipe-stdin": "/dev/stdin", "file-stdin": "/dev/stdin"}[how]
            put(f"{rd}/spec.yml", spec(datasets=(path,), **kw).encode())
            args = ["report", "spec.yml", "--out-dir", "out", "--format", "csv"]
            if how == "fifo":
                os.mkfifo(path)
                feeder = threading.Thread(target=lambda p=path: open(p, "wb").write(DATA), daemon=True)
                feeder.start()
                r = c.run(args, cwd=rd, timeout=20)
                if r.timed_out:   # unblock the feeder
                    try:
                        os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))
                    except OSError:
                        pass
            elif how == "pipe-stdin":
                r = c.run(args, cwd=rd, timeout=20, input_bytes=DATA)
            else:
                r = c.run(args, cwd=rd, timeout=20, stdin=f"{rd}/data.csv")
            ok = not r.timed_out and b"empty file" not in r.err and clean_exit(r)
            if r.code == 0:
                # Same figures as from the plain file.
                put(f"{rd}/plain.yml", spec(datasets=("data.csv",), **kw).encode())
                p = c.run(["report", "plain.yml", "--out-dir", "plain", "--format", "csv"], cwd=rd)
                a = sorted(os.listdir(f"{rd}/out"))
                ok = ok and p.code == 0 and [read(f"{rd}/out/{n}") for n in a] == [read(f"{rd}/plain/{n}") for n in sorted(os.listdir(f"{rd}/plain"))]
            else:
                ok = ok and r.code in (64, 66) and (b"pipe" in r.err or b"FIFO" in r.err)
            c.check(f"report {label}, dataset a {how}: same result as the file or a clear refusal, no hang",
                    ok, r)
    # One pipe named twice: refused at once, never "empty file".
    for names in (["-", "/dev/stdin"], ["/dev/stdin", "/proc/self/fd/0"], ["-", "/dev/fd/0"]):
        r = c.run(["aggregate"] + names, cwd=d, timeout=20, input_bytes=DATA)
        c.check(f"aggregate {' '.join(names)} on a pipe: 64 naming the pipe, never 'empty file'",
                r.code == 64 and b"read only once" in r.err and b"empty file" not in r.err, r)
    # chart and aggregate (one pass) read a FIFO fine.
    fifo = f"{d}/feed2"
    os.mkfifo(fifo)
    threading.Thread(target=lambda: open(fifo, "wb").write(DATA), daemon=True).start()
    r = c.run(["aggregate", fifo], cwd=d, timeout=20)
    c.check("aggregate FIFO: read once, exit 0", r.code == 0 and b"Syria" in r.out, r)


# --------------------------------------------------------------------------------------
# 14: /dev/full, closed stdout and stderr, huge and negative numbers
# --------------------------------------------------------------------------------------
def exits():
    d = fresh("exits")
    put(f"{d}/data.csv")
    put(f"{d}/spec.yml", spec(datasets=(f"{d}/data.csv",)).encode())
    runs = [
        ("report", '"$TALLY" report spec.yml --out-dir out --period 2023-04'),
        ("report --json", '"$TALLY" report spec.yml --out-dir out --period 2023-04 --json'),
        ("aggregate", '"$TALLY" aggregate data.csv'),
        ("aggregate --format json", '"$TALLY" aggregate data.csv --format json'),
        ("info", '"$TALLY" info data.csv'),
        ("estimate", '"$TALLY" estimate "5,000 to 7,000"'),
        ("--help", '"$TALLY" aggregate --help'),
        ("--version", '"$TALLY" --version'),
    ]
    for label, cmd in runs:
        code, _, err = sh(cmd + " > /dev/full", d)
        c.check(f"{label} > /dev/full: exit 74, a message, no backtrace",
                code == 74 and b"tally:" in err and b"Fatal" not in err and b"Crash" not in err, (code, err[-300:]))
        code, _, err = sh(cmd + " >&-", d)
        c.check(f"{label} with stdout closed: exit 74, no backtrace",
                code == 74 and b"Fatal" not in err and b"Crash" not in err, (code, err[-300:]))
    # stdout closed must not let an output file take descriptor 1.
    code, _, _ = sh('"$TALLY" aggregate data.csv -o viaclosed.csv >&-', d)
    c.check("aggregate -o file with stdout closed: exit 0, the file is the result",
            code == 0 and read(f"{d}/viaclosed.csv").startswith(b"country,"), code)
    code, _, _ = sh('"$TALLY" aggregate data.csv --format csv 2>&- > s.csv', d)
    c.check("aggregate with stderr closed: exit 0, stdout intact", code == 0 and read(f"{d}/s.csv").startswith(b"country,"))
    code, _, err = sh('"$TALLY" aggregate nosuch.csv 2>/dev/full', d)
    c.check("an error with stderr on /dev/full: still exit 66", code == 66, code)
    code, _, err = sh('"$TALLY" aggregate - <&-', d)
    c.check("aggregate - with stdin closed: a clean error", code in (66, 74) and b"Fatal" not in err, (code, err))

    huge = ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999",
            "-1", "0", "4294967296", "2147483648", "1e9", "0x10", " 5", ""]
    options = [
        (["chart", "bar", "data.csv", "--measure", "killed", "-o", "h.png", "--top"], "chart bar --top"),
        (["chart", "timeline", "data.csv", "--measure", "killed", "--period", "month", "-o", "h.png", "--top"],
         "chart timeline --top"),
        (["chart", "bar", "data.csv", "--measure", "killed", "-o", "h.png", "--width"], "chart --width"),
        (["chart", "bar", "data.csv", "--measure", "killed", "-o", "h.png", "--height"], "chart --height"),
        (["chart", "bar", "data.csv", "--measure", "killed", "-o", "h.png", "--scale"], "chart --scale"),
    ]
    for args, label in options:
        for v in huge:
            r = c.run(args[:-1] + [args[-1] + "=" + v], cwd=d)
            c.check(f"{label}={v!r}: exit 64 or a chart, never a crash",
                    clean_exit(r) and r.code in (0, 64), r)
    # Combinations whose product overflows.
    for w, s in (("16000", "9223372036854775807"), ("9223372036854775807", "2"), ("4611686018427387904", "2")):
        r = c.run(["chart", "bar", "data.csv", "--measure", "killed", "-o", "h.png", "--width", w, "--scale", s], cwd=d)
        c.check(f"chart --width {w} --scale {s}: 64", r.code == 64 and clean_exit(r), r)
    # Period labels and annotations with huge years.
    for label in ("99999999999", "2023-99", "-2023", "9223372036854775807-01", "2023-W99", "2023-Q9", "0000-01"):
        r = c.run(["chart", "bar", "data.csv", "--measure", "killed", "-o", "p.png", "--period", label], cwd=d)
        c.check(f"chart bar --period {label}: 64 or 65, no crash", r.code in (64, 65) and clean_exit(r), r)
        r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", label], cwd=d)
        c.check(f"report --period {label}: 64 or 65, no crash", r.code in (64, 65) and clean_exit(r), r)
    for a in ("99999999999-01-01=x", "2023-13-45=x", "9223372036854775807=x", "=x", "2023-04-03="):
        r = c.run(["chart", "timeline", "data.csv", "--measure", "killed", "--period", "month", "-o", "a.png",
                   "--annotate", a], cwd=d)
        c.check(f"chart timeline --annotate {a}: 64 or drawn, no crash", r.code in (0, 64) and clean_exit(r), r)
    for flag in ("--from", "--to"):
        for day in ("0000-01-01", "99999-01-01", "2023-02-29", "2023-13-01", "9999-12-31", "1-01-01", "+2023-01-01",
                    "2023-1-1", "٢٠٢٣-٠١-٠١", "18446744073709551616-01-01"):
            for args in (["aggregate", "data.csv"], ["chart", "bar", "data.csv", "--measure", "killed", "-o", "d.png"]):
                r = c.run(args + [f"{flag}={day}"], cwd=d)
                c.check(f"{args[0]} {flag}={day}: 0, 64 or 65, no crash", r.code in (0, 64, 65) and clean_exit(r), r)
    for key, value in (("top", "9223372036854775807"), ("top", "-5"), ("top", "0"), ("top", "1e300"),
                       ("periods", "9223372036854775807"), ("periods", "-1"), ("periods", "99999999999999999999999")):
        sec = f"""
  - type: bar
    measure: killed
    {key if key == 'top' else 'top'}: {value if key == 'top' else 3}
  - type: timeline
    measure: killed
    {'periods: ' + value if key == 'periods' else 'periods: 6'}
"""
        put(f"{d}/num.yml", spec(datasets=(f"{d}/data.csv",), sections=sec).encode())
        r = c.run(["report", "num.yml", "--out-dir", "numout", "--period", "2023-04"], cwd=d)
        c.check(f"spec {key}: {value}: 64 or a report, never a crash", r.code in (0, 64) and clean_exit(r), r)


# --------------------------------------------------------------------------------------
# 18: chart ids from measure names; every report path inside --out-dir
# --------------------------------------------------------------------------------------
def chart_ids():
    for measure in ("killed/wounded", "../../x", "../escape", "a/../../b", ".hidden", "..", "sub/dir", "x\\y",
                    "k" * 300, "قتلى", "killed wounded"):
        d = fresh("ids")
        os.makedirs(f"{d}/out/sub/dir")
        os.makedirs(f"{d}/a")
        quoted = '"' + measure.replace("\\", "\\\\") + '"'
        in_csv = '"' + measure.replace('"', '""') + '"'
        rows = HEADER + "".join(r.replace(",killed,", f",{in_csv},") for r in ROWS)
        put(f"{d}/data.csv", rows.encode())
        sec = f"""
  - type: bar
    measure: {quoted}
  - type: timeline
    measure: {quoted}
"""
        put(f"{d}/spec.yml", spec(datasets=("data.csv",), sections=sec).encode())
        before = set()
        for root, dirs, files in os.walk(T):
            before.update(os.path.join(root, f) for f in files)
        r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04"], cwd=d)
        after = set()
        for root, dirs, files in os.walk(T):
            after.update(os.path.join(root, f) for f in files)
        new = after - before
        outside = [p for p in new if not p.startswith(f"{d}/out/") or "/" in p[len(f"{d}/out/"):]]
        c.check(f"report with measure {measure[:30]!r}: exit 0, every file directly in --out-dir",
                r.code == 0 and not outside and len(new) == 4, (r, sorted(outside)[:3], len(new)))
    # Two measures whose names sanitise alike still get two files.
    d = fresh("ids2")
    rows = HEADER + "".join(r.replace(",killed,", ",a/b,") for r in ROWS) + "".join(
        r.replace(",killed,", ",a_b,").replace("a", "z", 1) for r in ROWS)
    put(f"{d}/data.csv", rows.encode())
    sec = """
  - type: bar
    measure: a/b
  - type: bar
    measure: a_b
"""
    put(f"{d}/spec.yml", spec(datasets=("data.csv",), sections=sec).encode())
    r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04", "--format", "png"], cwd=d)
    c.check("two measures whose ids sanitise alike: two PNGs",
            r.code == 0 and len(os.listdir(f"{d}/out")) == 2, (r, os.listdir(f"{d}/out") if os.path.isdir(f"{d}/out") else None))


# --------------------------------------------------------------------------------------
# 19: names with control characters, long error lines, many files
# --------------------------------------------------------------------------------------
def names_messages_many_files():
    d = fresh("names")
    put(f"{d}/data.csv")
    for label, name in [("newline", '"x\\ny"'), ("carriage return", '"x\\ry"'), ("tab", '"x\\ty"'),
                        ("escape", '"x\\e[31my"'), ("NUL", '"x\\0y"'), ("DEL", '"x\\x7Fy"'), ("C1", '"x\\x85y"'),
                        ("RLO", '"x\\u202Eyy"'), ("LRI", '"x\\u2066y"'), ("PDI", '"x\\u2069y"'), ("RLM", '"x\\u200Fy"'),
                        ("ALM", '"x\\u061Cy"'), ("LRE", '"x\\u202Ay"')]:
        put(f"{d}/spec.yml", spec(name=name, datasets=("data.csv",)).encode())
        r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04"], cwd=d)
        c.check(f"spec name with {label}: refused (64), nothing written",
                r.code == 64 and (not os.path.isdir(f"{d}/out") or os.listdir(f"{d}/out") == []), r)
    put(f"{d}/spec.yml", spec(name="brief-é-2023", datasets=("data.csv",)).encode())
    r = c.run(["report", "spec.yml", "--out-dir", "ok", "--period", "2023-04"], cwd=d)
    c.check("spec name with plain non-ASCII letters: accepted", r.code == 0, r)
    for outdir in ("bad\ndir", "bad\rdir", "bad\u202edir"):
        r = c.run(["report", "spec.yml", "--out-dir", outdir, "--period", "2023-04"], cwd=d)
        c.check(f"--out-dir with {outdir[3]!r}: refused (64)", r.code == 64 and not os.path.exists(f"{d}/{outdir}"), r)

    # Error messages echo at most a couple of hundred bytes of a data line.
    secret = "root:$6$Zm9vYmFyYmF6$" + "q" * 80 + ":19000:0:99999:7:::"
    wide = ",".join(f"column_{i}" for i in range(100_000))
    lines = {
        "password-hash first line": secret + "\nbin:*:19000:0:99999:7:::\n",
        "100k-column header": wide + "\n1,2\n",
        "long junk first line": "x" * 1_000_000 + "\n",
        "long bad data row": HEADER + "a,2023-04-03,2023-04-03,Syria,,,A,killed," + "9" * 500_000 + ",1,1,s\n",
        "long bad date": HEADER + "a," + "2" * 300_000 + ",,Syria,,,A,killed,1,1,1,s\n",
        "long unknown schema header": "date,place," + "y" * 400_000 + "\n",
    }
    for label, content in lines.items():
        put(f"{d}/bad.csv", content.encode())
        for args in (["aggregate", "bad.csv"], ["info", "bad.csv"],
                     ["chart", "bar", "bad.csv", "--measure", "killed", "-o", "b.png"]):
            r = c.run(args, cwd=d)
            c.check(f"{args[0]} on a {label}: 65, message ≤ 600 bytes",
                    r.code == 65 and len(r.err) <= 600 and clean_exit(r), (r.code, len(r.err), r.err[:160]))
        c.check(f"  ... the {label} is not echoed whole", "q" * 40 not in r.text and "9" * 300 not in r.text)

    # A spec value quoted back in a message is cut short.
    for field in ("period: \"" + "a" * 100_000 + "\"", "name: \"" + "n" * 100_000 + "\n\""):
        put(f"{d}/long.yml", (field + "\n" + spec(datasets=("data.csv",)).split("\n", 1)[1]
                              .replace("name: x\n", "").replace("period:\n  every: month\n  which: latest\n", "")).encode())
        r = c.run(["report", "long.yml", "--out-dir", "lo"], cwd=d)
        c.check(f"spec with a 100 KB {field.split(':')[0]}: 64, message ≤ 600 bytes",
                r.code == 64 and len(r.err) <= 600, (r.code, len(r.err), r.err[:120]))
    # Many input files: opened as they are read.
    m = fresh("many")
    names = []
    for i in range(1100):
        n = f"f{i:04d}.csv"
        put(f"{m}/{n}", (HEADER + f"r{i},2023-04-03,2023-04-03,Syria,,,A,killed,1,1,1,s\n").encode())
        names.append(n)
    r = c.run(["aggregate", "--period", "all", "--format", "csv"] + names, cwd=m)
    c.check("aggregate over 1,100 files: exit 0, total 1,100",
            r.code == 0 and b",1100,1100,1100,1100" in r.out, (r, r.out[-120:]))
    code, out, err = sh('ulimit -n 40; "$TALLY" aggregate --period all --format csv f00*.csv', m)
    c.check("aggregate over 100 files with ulimit -n 40: exit 0", code == 0 and b",100,100,100,100" in out, (code, err[-200:]))
    put(f"{m}/spec.yml", spec(datasets=names[:1100]).encode())
    r = c.run(["report", "spec.yml", "--out-dir", "out", "--period", "2023-04", "--format", "csv"], cwd=m)
    c.check("report with 1,100 datasets: exit 0", r.code == 0, r)
    r = c.run(["aggregate"] + names[:500] + ["missing.csv"], cwd=m)
    c.check("a missing 501st file: 66 before any output", r.code == 66 and r.out == b"" and b"missing.csv" in r.err, r)


# --------------------------------------------------------------------------------------
# Review round 2: FIFOs without a writer, terminal escapes, stdout onto an input, long
# arguments in the argument parser's messages
# --------------------------------------------------------------------------------------
def review_round_two():
    d = fresh("review2")
    put(f"{d}/data.csv")
    # 2: a FIFO nobody writes: refused after the bounded wait, never a hang.
    fifo = f"{d}/feed"
    os.mkfifo(fifo)
    put(f"{d}/fifo-spec.yml", spec(datasets=("feed",)).encode())
    for args in (["aggregate", "feed"], ["info", "feed"], ["chart", "bar", "feed", "--measure", "killed", "-o", "c.png"],
                 ["aggregate", "data.csv", "feed"], ["report", "fifo-spec.yml", "--out-dir", "out"], ["report", "feed"]):
        r = c.run(args, cwd=d, timeout=30, env={"TALLY_FIFO_WAIT": "1"})
        c.check(f"{' '.join(args)} with a FIFO nobody writes: 66 naming the FIFO, no hang",
                not r.timed_out and r.code == 66 and b"FIFO" in r.err and r.out == b"", r)
    # 3: controls and bidi overrides from the data never reach the terminal raw.
    names = ["Esc\x1b]0;pwned\x07", "over\rwrite", "csi\x1b[2J", "c1\u009b2J", "rlo\u202e0005", "nel\u0085x", "bell\x07"]
    rows = "".join(f'h{i},2023-04-0{i + 1},,"{n}",,,A,killed,1,2,3,s\n' for i, n in enumerate(names))
    put(f"{d}/ctl.csv", (HEADER + rows).encode())
    raw = [b"\x1b", b"\r", b"\x07", "\u009b".encode(), "\u202e".encode(), "\u0085".encode()]
    for args in (["aggregate", "ctl.csv", "--format", "table"], ["info", "ctl.csv"],
                 ["aggregate", "ctl.csv", "--country", "Esc\x1b]0;x\x07"], ["aggregate", "ctl.csv", "--by", "col\x1b[2J"],
                 ["estimate", "5\x1b[31m killed", "\u202e000,5"]):
        r = c.run(args, cwd=d)
        # Names lose their controls when read (docs/spec.md, names: a control or bidi
        # override is dropped, a line break is one space), so a table or info shows the
        # name without them; text that is not a name (an estimate argument) is shown
        # escaped; a filter value that matched nothing is not echoed at all.
        shown = args[0] == "estimate" or "--by" in args
        cleaned = args[0] == "estimate" or "--country" in args or "--by" in args or b"Esc]0;pwned" in r.out and b"over write" in r.out
        c.check(f"{args[0]} {args[-1][:12]!r}: no raw control or bidi override on stdout or stderr",
                not any(x in r.out or x in r.err for x in raw) and (not shown or b"\\u{" in (r.out + r.err)) and cleaned, r)
    r = c.run(["aggregate", "ctl.csv", "--format", "csv"], cwd=d)
    c.check("CSV has each name with its controls dropped, one group each",
            r.code == 0 and b"\nEsc]0;pwned,2023," in r.out and b"\nover write,2023," in r.out and b"\nrlo0005,2023," in r.out
            and not any(x in r.out for x in raw) and r.out.count(b"\n") == 8, r)
    # 5: stdout appended to one of the command's own inputs.
    put(f"{d}/spec.yml", spec().encode())
    os.symlink("data.csv", f"{d}/link.csv")
    os.link(f"{d}/data.csv", f"{d}/hard.csv")
    for cmd, target in (("report spec.yml --out-dir out", "data.csv"), ("report spec.yml --out-dir out", "spec.yml"),
                        ("report spec.yml --out-dir out", "link.csv"), ("report spec.yml --out-dir out", "hard.csv"),
                        ("aggregate data.csv", "hard.csv"), ("info data.csv", "link.csv"),
                        ("aggregate - < data.csv", "data.csv")):
        before = read(f"{d}/{target}")
        code, out, err = sh(f'"$TALLY" {cmd} >> {target}', d)
        c.check(f"tally {cmd} >> {target}: refused (64), {target} unchanged",
                code == 64 and b"standard output is the same file" in err and read(f"{d}/{target}") == before, (code, err[:200]))
    code, out, err = sh('"$TALLY" report spec.yml --out-dir out --format csv >> log.txt', d)
    c.check("report >> log.txt (not an input): exit 0", code == 0 and b"out/x-" in read(f"{d}/log.txt"), (code, err[:200]))
    # 6: the argument parser's messages quote at most an excerpt of a 100 KB argument.
    big = "x" * 100_000
    for args in (["aggregate", "data.csv", "--" + big], ["aggregate", "data.csv", "--period", big], [big],
                 ["chart", "bar", "data.csv", "--measure", "killed", "-o", "c.png", "--top", big],
                 ["aggregate", "data.csv", "--by", big], ["report", "spec.yml", "--paper", big],
                 ["estimate", "--locale", big, "5"]):
        r = c.run(args, cwd=d)
        c.check(f"{args[0]} {args[-1][:14]}… (100 KB): 64 with a message under 4 KB",
                r.code == 64 and len(r.err) < 4000 and b"x" * 200 not in r.err, (r.code, len(r.err), r.err[:160]))


# --------------------------------------------------------------------------------------
# SetCommit: test hooks in a shipped binary; two reports committing into one folder
# --------------------------------------------------------------------------------------
def commit_hooks_and_concurrent_sets():
    d = fresh("sets")
    variants = []
    for v in range(3):
        rows = ROWS + [f"v{v},2023-04-04,2023-04-04,Afghanistan,Balkh,,Taliban,killed,{v + 1},{v + 1},{v + 1},wire\n"]
        put(f"{d}/data{v}.csv", (HEADER + "".join(rows)).encode())
        put(f"{d}/spec{v}.yml", spec(datasets=(f"data{v}.csv",)).encode())
        r = c.run(["report", f"spec{v}.yml", "--out-dir", f"ref{v}", "--format", "pdf,png,csv,html"], cwd=d)
        variants.append({n: read(f"{d}/ref{v}/{n}") for n in sorted(os.listdir(f"{d}/ref{v}"))} if r.code == 0 else None)
    if not c.check("three reference sets written", all(variants)):
        return

    def whole(folder):
        files = sorted(n for n in os.listdir(folder) if not n.startswith("."))
        got = {n: read(f"{folder}/{n}") for n in files}
        return any(got == v for v in variants) and not [n for n in os.listdir(folder) if n.startswith(".tally-")]

    # 1. TALLY_TEST_KILL_AT / TALLY_TEST_STOP_AT: honoured by a debug build only. A release
    # build (what make install/dist/deb ship) runs to its end and holds no such name.
    debug = "/debug/" in os.path.realpath(c.tally)
    with open(c.tally, "rb") as f:
        named = b"TALLY_TEST_KILL_AT" in f.read()
    c.check(f"{'debug' if debug else 'release'} binary {'holds' if debug else 'does not hold'} the test hooks' names",
            named == debug)
    hooks = [("TALLY_TEST_KILL_AT", "before-manifest"), ("TALLY_TEST_KILL_AT", "renames:0"), ("TALLY_TEST_KILL_AT", "renames:2")]
    if not debug:   # a debug build would stop itself there until a SIGCONT
        hooks.append(("TALLY_TEST_STOP_AT", "renames:1"))
    for var, point in hooks:
        rd = fresh("sets-hook")
        put(f"{rd}/data0.csv", read(f"{d}/data0.csv"))
        put(f"{rd}/spec0.yml", read(f"{d}/spec0.yml"))
        r = c.run(["report", "spec0.yml", "--out-dir", "out", "--format", "pdf,png,csv,html"], cwd=rd, env={var: point})
        ok = r.code == -signal.SIGKILL if debug else r.code == 0 and whole(f"{rd}/out")
        c.check(f"{var}={point}: {'honoured (debug build)' if debug else 'ignored by a release build, whole set written'}",
                ok, (r.code, r.err[:200]))
    # 2. Three reports with other data started together into one folder, 8 rounds: the
    # folder always ends with one run's whole set, nothing of tally's left.
    for round_ in range(8):
        procs = [subprocess.Popen([c.tally, "report", f"spec{v}.yml", "--out-dir", "shared", "--format", "pdf,png,csv,html"],
                                  cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for v in range(3)]
        codes = [p.wait(timeout=120) for p in procs]
        errs = [p.stderr.read() for p in procs]
        c.check(f"round {round_}: three concurrent reports into one folder exit 0 and leave one whole set",
                codes == [0, 0, 0] and whole(f"{d}/shared"), (codes, [e[:160] for e in errs]))


for section in (outputs_never_replace_inputs, devices_in_place, temporary_files, permissions, pipes_and_fifos,
                exits, chart_ids, names_messages_many_files, review_round_two, commit_hooks_and_concurrent_sets):
    print(f"-- {section.__name__}")
    try:
        section()
    except Exception as e:   # a bug in the script is a failure, never a silent pass
        import traceback
        traceback.print_exc()
        c.check(f"{section.__name__} ran to its end", False, repr(e))
shutil.rmtree(T, ignore_errors=True)
c.finish()
