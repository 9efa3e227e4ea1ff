#!/usr/bin/env python3
"""Run the Swift conformance suite (Tests/Conformance) through our interpreter and compare with swiftc's goldens.

    python3 scripts/conformance.py                         # .build/release/notebook exec FILE.swift
    python3 scripts/conformance.py --notebook .build/debug/notebook --filter strings --verbose
    python3 scripts/conformance.py --command 'scripts/swiftc_exec.sh {file}'   # self-check with swiftc
    python3 scripts/conformance.py --update-pending         # rewrite pending.txt from this run
    options: --jobs N (2)  --timeout S (20)  --known Tests/Conformance/known-differences.tsv
             --pending Tests/Conformance/pending.txt

Each program runs as `NOTEBOOK exec FILE.swift` (or the --command template, `{file}` replaced by the
program's absolute path; without `{file}` the path is appended). Pass rules, by folder:

  valid/<area>/  exit status 0 and stdout equal to NAME.expected, byte for byte.
  invalid/       exit status 1 and some stderr line `...:LINE:COL: error: MESSAGE` whose LINE and
                 MESSAGE equal the golden's (`LINE:COL: error: MESSAGE`). The column is not required;
                 how many passing programs also match it is reported as "column also matches: N of M".
  traps/         a non-zero exit status, stdout equal to NAME.expected, and stderr containing the
                 message in NAME.trap (e.g. `Fatal error: Index out of range`).

Known differences (--known, a TSV of `relative/path.swift<TAB>reason`, `#` comments) are run too but
do not fail the suite; a listed program that now PASSES does fail it (remove it from the list), and
so does a listed path that does not exist. A warning is printed when the list holds more than 2% of
the suite. Output: per-area pass counts, then exactly `conformance: N passed, M failed` (with
`, K known` appended when known differences were excluded). Exit status: 0 clean, 1 failures (or a
stale known entry), 2 usage error.

Pending programs (--pending, one path a line, `#` comments) are those the interpreter does not pass
YET while it is being written: a ratchet, so `make test` fails on a regression without waiting for
the whole suite to pass. They are run and counted (`, P pending`); one that now passes fails the run
until it is removed from the list (`--update-pending` rewrites the list from the run: it drops what
passes and, with --filter, leaves the other entries alone; it never adds a program that passed
before unless it fails now, which is a regression and is reported as such first). Known differences
are permanent and reasoned; pending ones are work to do, and the file goes away when it is empty.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITE = os.path.join(REPO, "Tests", "Conformance")
DEFAULT_KNOWN = os.path.join(SUITE, "known-differences.tsv")
DEFAULT_PENDING = os.path.join(SUITE, "pending.txt")
PENDING_HEADER = ("# Conformance programs the new interpreter does not pass yet (see scripts/conformance.py, "
                  "\"Pending\").\n# Regenerate with: python3 scripts/conformance.py --update-pending\n")
ERROR_LINE = re.compile(r"^(?:.*?):(\d+):(\d+): error: (.*)$")
GOLDEN_ERROR = re.compile(r"^(\d+):(\d+): error: (.*)$")
KNOWN_LIMIT = 0.02


def discover():
    programs = []
    for kind in ("valid", "invalid", "traps"):
        base = os.path.join(SUITE, kind)
        for d, _, names in os.walk(base):
            for n in names:
                if n.endswith(".swift"):
                    path = os.path.join(d, n)
                    rel = os.path.relpath(path, SUITE)
                    parts = rel.split(os.sep)
                    if kind == "valid" and len(parts) != 3 or kind != "valid" and len(parts) != 2:
                        continue
                    area = "/".join(parts[:2]) if kind == "valid" else kind
                    programs.append((rel.replace(os.sep, "/"), area, kind, path))
    return sorted(programs)


def read_known(path):
    known = {}
    if not path or not os.path.exists(path):
        return known
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rel, _, reason = line.partition("\t")
            rel = rel.strip()
            if rel.startswith("Tests/Conformance/"):
                rel = rel[len("Tests/Conformance/"):]
            if not reason.strip():
                print(f"conformance: warning: {path}:{n}: no reason given for {rel}", file=sys.stderr)
            known[rel] = reason.strip()
    return known


def read_pending(path):
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def command_for(args, path):
    if args.command:
        parts = shlex.split(args.command)
        if any("{file}" in p for p in parts):
            return [p.replace("{file}", path) for p in parts]
        return parts + [path]
    return [args.notebook, "exec", path]


def read(path, mode="rb"):
    with open(path, mode) as fh:
        return fh.read()


def check(args, program):
    """Returns (passed, column_matched_or_None, detail)."""
    rel, area, kind, path = program
    stem = path[:-len(".swift")]
    try:
        expected = read(stem + ".expected")
        trap = read(stem + ".trap", "r").strip() if kind == "traps" else None
    except OSError as e:
        return False, None, f"missing golden: {e}"
    try:
        r = subprocess.run(command_for(args, path), capture_output=True, timeout=args.timeout,
                           stdin=subprocess.DEVNULL, cwd=REPO)
    except subprocess.TimeoutExpired:
        return False, None, f"timed out after {args.timeout}s"
    except OSError as e:
        return False, None, f"cannot run the command: {e}"
    out, err = r.stdout, r.stderr.decode("utf-8", "replace")

    if kind == "valid":
        if r.returncode != 0:
            return False, None, f"exit status {r.returncode} (expected 0)\n{indent(err)}"
        if out != expected:
            return False, None, "stdout differs from the golden:\n" + diff(expected, out)
        return True, None, ""

    if kind == "invalid":
        g = GOLDEN_ERROR.match(expected.decode("utf-8", "replace").strip())
        if not g:
            return False, None, f"malformed golden {os.path.basename(stem)}.expected"
        line, col, message = g.groups()
        if r.returncode != 1:
            return False, None, (f"exit status {r.returncode} (expected 1 for a type error); wanted "
                                 f"{line}:{col}: error: {message}\n{indent(err)}")
        found = [ERROR_LINE.match(l) for l in err.splitlines()]
        found = [m for m in found if m and m.group(1) == line and m.group(3) == message]
        if not found:
            return False, None, f"no error `{line}:COL: error: {message}` on stderr; got:\n{indent(err)}"
        return True, any(m.group(2) == col for m in found), ""

    # traps
    problems = []
    if r.returncode == 0:
        problems.append("exit status 0 (expected a trap)")
    if out != expected:
        problems.append("stdout differs from the golden:\n" + diff(expected, out))
    if trap not in err:
        problems.append(f"stderr lacks the trap message `{trap}`; got:\n{indent(err)}")
    return (not problems), None, "\n".join(problems)


def indent(text, limit=20):
    lines = text.rstrip().splitlines()
    shown = lines[:limit] + ([f"... ({len(lines) - limit} more lines)"] if len(lines) > limit else [])
    return "\n".join("    | " + l for l in shown) if shown else "    | (empty)"


def diff(expected, actual):
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, "expected (swiftc)", "actual", n=2))
    if not lines:  # differ only in bytes that decode alike, or in a trailing newline
        return f"    expected {expected[-80:]!r}\n    actual   {actual[-80:]!r}"
    lines = [l if l.endswith("\n") else l + "\\ (no newline at end)\n" for l in lines[:60]]
    return "".join("    " + l for l in lines).rstrip("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notebook", default=os.path.join(".build", "release", "notebook"),
                    help="the notebook binary (default .build/release/notebook)")
    ap.add_argument("--command", help="command template instead of `NOTEBOOK exec {file}`")
    ap.add_argument("--filter", default="", help="only programs whose path (under Tests/Conformance) contains this")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--verbose", "-v", action="store_true", help="show why each failure failed (diffs)")
    ap.add_argument("--known", default=DEFAULT_KNOWN, help="known-differences TSV")
    ap.add_argument("--pending", default=DEFAULT_PENDING, help="programs not passed yet (a ratchet)")
    ap.add_argument("--update-pending", action="store_true",
                    help="rewrite the pending list from this run (drops programs that now pass)")
    args = ap.parse_args()
    if not args.command:
        nb = args.notebook if os.path.isabs(args.notebook) else os.path.join(REPO, args.notebook)
        if not os.access(nb, os.X_OK):
            print(f"conformance: error: no notebook binary at {args.notebook} "
                  "(build it with `swift build -c release --product notebook`, or pass --notebook/--command)",
                  file=sys.stderr)
            return 2
        args.notebook = nb

    everything = discover()
    known = read_known(args.known)
    pending = read_pending(args.pending)
    status = 0
    limit = KNOWN_LIMIT * len(everything)
    if len(known) > limit:
        print(f"conformance: warning: {len(known)} known differences exceed 2% of the suite "
              f"({len(everything)} programs, at most {int(limit)} allowed)", file=sys.stderr)
    paths = {p[0] for p in everything}
    for rel in sorted(set(known) - paths):
        if args.filter in rel:
            print(f"conformance: error: known difference {rel} is not in the suite (remove it)", file=sys.stderr)
            status = 1

    programs = [p for p in everything if args.filter in p[0]]
    if not programs:
        print(f"conformance: error: no programs match --filter {args.filter!r}", file=sys.stderr)
        return 2

    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(check, args, p): p for p in programs}
        for fut in concurrent.futures.as_completed(futures):
            results[futures[fut][0]] = fut.result()

    areas = {}
    passed = failed = known_failed = pending_failed = 0
    newly_failing = []
    col_match = col_total = 0
    failures, now_passing = [], []
    for rel, area, kind, _ in programs:
        ok, col, detail = results[rel]
        a = areas.setdefault(area, [0, 0])
        a[1] += 1
        if ok:
            a[0] += 1
            if col is not None:
                col_total += 1
                col_match += col
        if rel in known:
            if ok:
                now_passing.append(rel)
                passed += 1
            else:
                known_failed += 1
            continue
        if rel in pending:
            if ok:
                now_passing.append(rel)
                passed += 1
            else:
                pending_failed += 1
            continue
        if ok:
            passed += 1
        else:
            failed += 1
            failures.append((rel, detail))
            newly_failing.append(rel)

    width = max(len(a) for a in areas)
    for area in sorted(areas):
        p, t = areas[area]
        print(f"  {area:<{width}}  {p:4d}/{t:<4d}")
    if col_total:
        print(f"  invalid: column also matches: {col_match} of {col_total}")
    for rel, detail in failures:
        print(f"FAIL {rel}")
        if args.verbose and detail:
            print(detail)
    for rel in now_passing:
        listed = os.path.relpath(args.known if rel in known else args.pending, REPO)
        if args.update_pending and rel in pending:
            continue
        print(f"NOW PASSES {rel}: listed in {listed}; remove it from the list"
              + (" (--update-pending does it)" if rel in pending else ""))
    if args.update_pending:
        keep = {r for r in pending if r not in results or not results[r][0]}
        if not os.path.exists(args.pending):  # the first list: today's failures
            keep |= set(newly_failing)
        with open(args.pending, "w", encoding="utf-8") as f:
            f.write(PENDING_HEADER + "".join(r + "\n" for r in sorted(keep)))
        print(f"conformance: wrote {os.path.relpath(args.pending, REPO)} ({len(keep)} pending)")
        now_passing = [r for r in now_passing if r not in pending]
    if known_failed and args.verbose:
        for rel, area, kind, _ in programs:
            if rel in known and not results[rel][0]:
                print(f"known {rel}: {known[rel]}")
    summary = f"conformance: {passed} passed, {failed} failed"
    if known_failed:
        summary += f", {known_failed} known"
    if pending_failed:
        summary += f", {pending_failed} pending"
    print(summary)
    if failed or now_passing:
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
