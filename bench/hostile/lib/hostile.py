"""Small helpers for bench/hostile/*.py scripts (see bench/hostile/README.md).

    import sys, os
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
    from hostile import Checks

    c = Checks("my class")
    r = c.run(["aggregate", "in.csv"], cwd=tmp)       # runs $TALLY with a timeout
    c.check("aggregate reads a file", r.code == 0, r.err)
    c.finish()                                        # prints `N passed, M failed`, exits
"""
import os
import subprocess
import sys
import tempfile


class Result:
    def __init__(self, code, out, err, timed_out=False):
        self.code = code          # exit code; negative: killed by that signal; None: timed out
        self.out = out            # bytes
        self.err = err            # bytes
        self.timed_out = timed_out

    @property
    def text(self):
        return self.err.decode("utf-8", "replace")

    def __repr__(self):
        tail = self.err[-300:].decode("utf-8", "replace")
        return f"exit {self.code}{' (timed out)' if self.timed_out else ''}, stderr {tail!r}"


class Checks:
    def __init__(self, title):
        self.title = title
        self.passed = 0
        self.failed = 0
        self.tally = os.environ.get("TALLY")
        if not self.tally or not os.access(self.tally, os.X_OK):
            print(f"{title}: set TALLY to a tally binary", file=sys.stderr)
            print("0 passed, 1 failed")
            sys.exit(1)
        self.tmp = tempfile.mkdtemp(prefix="tally-hostile-")

    def run(self, args, stdin=None, cwd=None, timeout=60, env=None, input_bytes=None, **kw):
        """Runs tally; `stdin` may be a file object or path, `input_bytes` bytes."""
        e = dict(os.environ)
        if env:
            e.update(env)
        opened = None
        if isinstance(stdin, str):
            opened = stdin = open(stdin, "rb")
        try:
            p = subprocess.run([self.tally] + list(args), stdin=stdin if input_bytes is None else None,
                               input=input_bytes, capture_output=True, cwd=cwd or self.tmp,
                               timeout=timeout, env=e, **kw)
            return Result(p.returncode, p.stdout, p.stderr)
        except subprocess.TimeoutExpired as t:
            return Result(None, t.stdout or b"", t.stderr or b"", timed_out=True)
        finally:
            if opened:
                opened.close()

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"  ok    {name}")
        else:
            self.failed += 1
            print(f"  FAIL  {name}" + (f": {detail}" if detail != "" else ""))
        return ok

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)


def no_backtrace(result):
    """True when stderr carries no Swift crash report."""
    t = result.text
    return "Fatal error" not in t and "Crash" not in t and "backtrace" not in t.lower() and "💣" not in t
