#!/usr/bin/env python3
"""Make (or check) the goldens of the Swift conformance suite with the real compiler, swiftc.

    python3 scripts/conformance_goldens.py                      # every program under Tests/Conformance
    python3 scripts/conformance_goldens.py Tests/Conformance/valid/basics/int_division.swift ...
    python3 scripts/conformance_goldens.py Tests/Conformance/traps       # a folder: every .swift below it
    python3 scripts/conformance_goldens.py --check              # recompute, report differences, write nothing
    options: --jobs N (default 2)  --timeout S (run timeout per program, default 10)  --quiet

Run by hand after adding or changing a program; commit the .swift together with its goldens. Never
edit a golden by hand: it is, by definition, what swiftc's program does. The kind of a program comes
from its folder (see Tests/Conformance/README.md):

  valid/<area>/NAME.swift  compiled with `swiftc -O`, run three times; NAME.expected := its stdout
                           (bytes). Refused when it does not compile, exits non-zero, times out, or
                           prints different output on different runs (e.g. a dictionary printed in
                           hash order, which Swift randomises per process).
  invalid/NAME.swift       compiled with `swiftc -O`; NAME.expected := swiftc's FIRST error, one line
                           `LINE:COL: error: MESSAGE` (path stripped). Refused when it compiles.
  traps/NAME.swift         compiled with `swiftc -Onone -g` and run with stdout unbuffered
                           (`stdbuf -o0`: a trapping process never flushes its stdio buffer, so
                           without it the lines printed before the trap are lost when stdout is a
                           pipe); NAME.expected := its stdout, NAME.trap := the trap message (one
                           line). Refused when it does not die of a signal or no message is found.

Why -Onone for traps: with -O the standard library's checks (index out of range, nil unwrap,
division by zero, precondition, ...) still trap but print NO message (stderr is empty), so there would
be nothing to compare against. Why -g: integer overflow (`+` on Int.max) prints no "Fatal error"
line even at -Onone; the only text is the runtime backtracer's `*** Swift runtime failure: arithmetic
overflow ***`, which needs debug info. The message recorded in NAME.trap is, from stderr:
  * the first `Fatal error: ...`, `Precondition failed: ...` or `Assertion failed: ...` line, with the
    `FILE:LINE: ` prefix that precedes it removed (e.g. `Fatal error: Index out of range`); else
  * `Swift runtime failure: ...` from the backtracer's `*** Swift runtime failure: ... ***` banner.

Every program is compiled with `-module-name main`, so anything that prints a module-qualified name
(String(reflecting:), the error in a failed `try!`) is independent of the file's name, and with
`-lm`: on Linux, without `import Foundation`, `x.rounded()` & co. at -Onone call libm's round/floor/
ceil/trunc, which swiftc does not link by itself (the link fails with "undefined reference to
'round'"); in a cell they need no import, so the suite should not need one either.

swiftc is looked up as the Makefile does: on PATH, then /opt/swift/usr/bin. Compiling runs with
--jobs parallel workers (the machine has 2 cores). Exit status: 0 all goldens written (or, with
--check, all equal), 1 some program refused, (--check) some golden differs or is missing, or (whole
suite) a golden has no program beside it (a leftover of a rename), 2 usage.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITE = os.path.join(REPO, "Tests", "Conformance")
KINDS = ("valid", "invalid", "traps")
COMPILE_TIMEOUT = 300  # the machine is shared; a cold Foundation import can be slow

ERROR_LINE = re.compile(r"^(.*?):(\d+):(\d+): error: (.*)$")
TRAP_LINE = re.compile(r"((?:Fatal error|Precondition failed|Assertion failed)(?:: .*)?)$")
RUNTIME_FAILURE = re.compile(r"\*\*\* (Swift runtime failure: .*?) \*\*\*")


def find_swiftc():
    found = shutil.which("swiftc")
    if found:
        return found
    fallback = "/opt/swift/usr/bin/swiftc"
    if os.access(fallback, os.X_OK):
        return fallback
    sys.exit("conformance_goldens: error: no swiftc (looked on PATH and in /opt/swift/usr/bin)")


def kind_of(path):
    rel = os.path.relpath(path, SUITE)
    first = rel.split(os.sep)[0]
    if rel.startswith("..") or first not in KINDS:
        return None
    if first == "valid" and len(rel.split(os.sep)) != 3:
        return None  # valid programs live in valid/<area>/NAME.swift
    if first != "valid" and len(rel.split(os.sep)) != 2:
        return None
    return first


def collect(args):
    roots = args or [SUITE]
    files = []
    for root in roots:
        root = os.path.abspath(root)
        if os.path.isdir(root):
            for d, _, names in os.walk(root):
                files += [os.path.join(d, n) for n in names if n.endswith(".swift")]
        elif root.endswith(".swift") and os.path.isfile(root):
            files.append(root)
        else:
            sys.exit(f"conformance_goldens: error: not a .swift file or folder: {root}")
    bad = [f for f in files if kind_of(f) is None]
    if bad:
        sys.exit("conformance_goldens: error: not in the suite's layout "
                 "(valid/<area>/, invalid/, traps/ under Tests/Conformance):\n  "
                 + "\n  ".join(os.path.relpath(f, REPO) for f in bad))
    return sorted(set(files))


def find_orphans():
    """Goldens (.expected/.trap) with no .swift beside them, e.g. left behind by a rename."""
    orphans = []
    for d, _, names in os.walk(SUITE):
        for n in names:
            stem, ext = os.path.splitext(n)
            if ext in (".expected", ".trap") and stem + ".swift" not in names:
                orphans.append(os.path.relpath(os.path.join(d, n), REPO))
            if ext == ".trap" and kind_of(os.path.join(d, stem + ".swift")) != "traps":
                orphans.append(os.path.relpath(os.path.join(d, n), REPO))
    return sorted(set(orphans))


class Refused(Exception):
    pass


def tail(text, lines=12):
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return "\n".join("    " + l for l in text.strip().splitlines()[-lines:])


def compile_program(swiftc, path, flags, out):
    cmd = [swiftc, "-module-name", "main", *flags, os.path.basename(path), "-o", out, "-lm"]
    try:
        return subprocess.run(cmd, cwd=os.path.dirname(path), capture_output=True,
                              timeout=COMPILE_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise Refused(f"swiftc timed out after {COMPILE_TIMEOUT}s")


def run(cmd, timeout, env=None):
    try:
        return subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL,
                              env=env)
    except subprocess.TimeoutExpired:
        raise Refused(f"the program did not finish within {timeout}s")


def goldens_for(swiftc, path, timeout):
    """Returns {golden file path: bytes} for one program, or raises Refused."""
    kind = kind_of(path)
    stem = path[:-len(".swift")]
    with tempfile.TemporaryDirectory(prefix="conformance-") as tmp:
        exe = os.path.join(tmp, "prog")
        if kind == "invalid":
            c = compile_program(swiftc, path, ["-O"], exe)
            if c.returncode == 0:
                raise Refused("an invalid program compiled without errors")
            name = os.path.basename(path)
            for line in c.stderr.decode("utf-8", "replace").splitlines():
                m = ERROR_LINE.match(line)
                if m and os.path.basename(m.group(1)) == name:
                    return {stem + ".expected": f"{m.group(2)}:{m.group(3)}: error: {m.group(4)}\n".encode()}
            raise Refused("swiftc failed without an `error:` line for this file:\n" + tail(c.stderr))

        if kind == "valid":
            c = compile_program(swiftc, path, ["-O"], exe)
            if c.returncode != 0:
                raise Refused("a valid program does not compile:\n" + tail(c.stderr))
            env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
            outputs = []
            for _ in range(3):
                r = run([exe], timeout, env)
                if r.returncode != 0:
                    raise Refused(f"a valid program exited with status {r.returncode}:\n" + tail(r.stderr))
                outputs.append(r.stdout)
            if len(set(outputs)) != 1:
                raise Refused("the output differs between runs (hash order? print sorted keys instead)")
            return {stem + ".expected": outputs[0]}

        # traps
        c = compile_program(swiftc, path, ["-Onone", "-g"], exe)
        if c.returncode != 0:
            raise Refused("a trap program does not compile:\n" + tail(c.stderr))
        stdbuf = shutil.which("stdbuf")
        if not stdbuf:
            raise Refused("stdbuf (coreutils) is needed to keep the output printed before a trap")
        env = dict(os.environ, SWIFT_BACKTRACE="enable=yes,interactive=no,color=no")
        r = run([stdbuf, "-o0", exe], timeout, env)
        if r.returncode == 0:
            raise Refused("a trap program exited normally (status 0)")
        if r.returncode > 0 and r.returncode < 128:
            raise Refused(f"a trap program exited with status {r.returncode} instead of trapping:\n"
                          + tail(r.stderr))
        err = r.stderr.decode("utf-8", "replace")
        message = None
        for line in err.splitlines():
            m = TRAP_LINE.search(line)
            if m:
                message = m.group(1)
                break
        if message is None:
            m = RUNTIME_FAILURE.search(err)
            if m:
                message = m.group(1)
        if message is None:
            raise Refused("the program trapped but printed no trap message:\n" + tail(err))
        return {stem + ".expected": r.stdout, stem + ".trap": (message + "\n").encode()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help=".swift files or folders (default: all of Tests/Conformance)")
    ap.add_argument("--check", action="store_true", help="recompute and compare; write nothing")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0, help="run timeout per program, seconds")
    ap.add_argument("--quiet", "-q", action="store_true", help="print only problems and the summary")
    args = ap.parse_args()
    swiftc = find_swiftc()
    files = collect(args.paths)
    if not files:
        sys.exit("conformance_goldens: error: no programs found")

    start = time.time()
    refused, differs, written, same = [], [], 0, 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(goldens_for, swiftc, f, args.timeout): f for f in files}
        for fut in concurrent.futures.as_completed(futures):
            path = futures[fut]
            rel = os.path.relpath(path, REPO)
            try:
                goldens = fut.result()
            except Refused as e:
                refused.append(rel)
                print(f"REFUSED {rel}: {e}", file=sys.stderr, flush=True)
                continue
            for gpath, data in sorted(goldens.items()):
                grel = os.path.relpath(gpath, REPO)
                old = None
                if os.path.exists(gpath):
                    with open(gpath, "rb") as fh:
                        old = fh.read()
                if args.check:
                    if old is None:
                        differs.append(grel)
                        print(f"MISSING {grel}", flush=True)
                    elif old != data:
                        differs.append(grel)
                        print(f"DIFFERS {grel}\n  committed: {old[:300]!r}\n  swiftc:    {data[:300]!r}",
                              flush=True)
                    else:
                        same += 1
                elif old != data:
                    with open(gpath, "wb") as fh:
                        fh.write(data)
                    written += 1
                    if not args.quiet:
                        print(f"wrote {grel}", flush=True)
                else:
                    same += 1
    elapsed = time.time() - start
    orphans = [] if args.paths else find_orphans()
    for o in orphans:
        print(f"ORPHAN {o}: a golden without its .swift program (delete it)", file=sys.stderr)
    if args.check:
        print(f"conformance_goldens --check: {len(files)} programs, {same} goldens equal, "
              f"{len(differs)} differ or missing, {len(refused)} refused ({elapsed:.0f}s)")
    else:
        print(f"conformance_goldens: {len(files)} programs, {written} goldens written, {same} unchanged, "
              f"{len(refused)} refused ({elapsed:.0f}s)")
    if refused:
        print("refused (fix the program; no golden written for it):\n  " + "\n  ".join(sorted(refused)),
              file=sys.stderr)
    return 1 if refused or differs or orphans else 0


if __name__ == "__main__":
    sys.exit(main())
