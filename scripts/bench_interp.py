#!/usr/bin/env python3
"""CPU seconds of our cell interpreter on small kernels, against CPython and compiled Swift.

Each kernel in bench/interp/ is written twice, KERNEL.swift (plain Swift) and KERNEL.py (plain
CPython, no numpy), and prints one checksum line. For each kernel this runs
  (a) python3 KERNEL.py,
  (b) KERNEL.swift compiled once with `swiftc -O` into a temporary folder (compile time not counted),
  (c) KERNEL.swift as a one-cell notebook (`# KERNEL` + a swift fence) through
      `NOTEBOOK run -q -o TMPDIR KERNEL.md`; its printed line is read from the HTML report
      (div.output-stream > pre), the way /work/shared/conformance/run_tspl.py reads it,
and measures each child's user + system CPU seconds with os.wait4 (never wall time: the machine is
shared). The best of --repeat runs is kept. The three checksums must be equal; when ours fails, or
prints another checksum, or times out, its row says FAIL with the first error line and the kernel is
left out of the geometric mean, which says how many kernels it covers. Nothing is subtracted; our
fixed start-up cost (a one-cell notebook `let x = 1`) is printed on its own line.

Usage:
  python3 scripts/bench_interp.py [--notebook .build/release/notebook] [--filter fib,sieve]
                                  [--repeat 1] [--timeout 400] [--json FILE] [--swiftc swiftc]
  make bench-interp                      # builds the release binary first
  make bench-interp BENCH_INTERP_ARGS="--filter fib --repeat 3"
"""
import argparse, datetime, json, math, os, platform, re, resource, shutil, signal, subprocess, sys, tempfile, time
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KERNEL_DIR = os.path.join(ROOT, "bench", "interp")
# The order of the table.
KERNELS = ["arith_loop", "dict_count", "array_pipeline", "string_build", "fib", "class_methods",
           "matmul", "struct_points", "sort_closure", "sieve", "enum_switch", "string_split"]


class Streams(HTMLParser):
    """Text of the cell's printed output (div.output-stream > pre), in order (as run_tspl.py)."""
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack = []; self.chunks = []
    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, (dict(attrs).get("class") or "").split()))
        if tag == "div" and "output-stream" in self.stack[-1][1]: self.chunks.append([])
    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag: break
        if tag == "pre" and self.inside("output-stream") and self.chunks: self.chunks[-1].append("\x00")
    def inside(self, word):
        return any(t == "div" and word in c for t, c in self.stack)
    def handle_data(self, data):
        if self.chunks and self.inside("output-stream") and any(t == "pre" for t, _ in self.stack):
            self.chunks[-1].append(data)


def report_output(html_path):
    if not os.path.exists(html_path): return ""
    s = Streams()
    with open(html_path, encoding="utf-8") as f: s.feed(f.read())
    return "\n".join("".join(c).rstrip("\x00") for c in s.chunks).replace("\x00", "\n")


class Run:
    def __init__(self, rc, cpu, out, err, timed_out=False):
        self.rc, self.cpu, self.out, self.err, self.timed_out = rc, cpu, out, err, timed_out


def run_child(argv, timeout, cwd=None):
    """Runs argv; returns its exit status, user+sys CPU seconds (os.wait4), stdout and stderr.
    `timeout` is CPU seconds (RLIMIT_CPU in the child, so a busy machine does not cut it short);
    a wall-clock backstop of 4x that kills a child that sleeps instead."""
    limit = max(1, math.ceil(timeout))
    def cap():
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 5))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd,
                             preexec_fn=cap)
        deadline = time.monotonic() + 4 * timeout + 10; killed = False
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid == p.pid: break
            if time.monotonic() > deadline and not killed:
                p.kill(); killed = True
            time.sleep(0.02)
        p.returncode = os.waitstatus_to_exitcode(status)  # Popen must not reap it again
        cpu = ru.ru_utime + ru.ru_stime
        # SIGXCPU comes only from RLIMIT_CPU; SIGKILL from its hard limit or from the backstop.
        timed_out = killed or p.returncode == -signal.SIGXCPU or (
            p.returncode == -signal.SIGKILL and cpu >= limit - 1)
        out.seek(0); err.seek(0)
        return Run(p.returncode, cpu, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), timed_out)


def best(runs):
    """The fastest successful run, else the first failure."""
    ok = [r for r in runs if r.rc == 0 and not r.timed_out]
    return min(ok, key=lambda r: r.cpu) if ok else runs[0]


def first_error(run, timeout):
    if run.timed_out: return f"timeout: stopped after {run.cpu:.0f} s of CPU (--timeout {timeout:g})"
    m = re.search(r"error: (.*)", run.err)
    if m: return m.group(1).strip()
    lines = [l.strip() for l in run.err.splitlines() if l.strip()]
    return lines[0] if lines else f"exit status {run.rc}"


def checksum(text):
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    return lines[-1] if lines else ""


def notebook_md(name, src, folder):
    md = os.path.join(folder, name + ".md")
    with open(md, "w") as f:
        f.write(f"# {name}\n\n```swift\n{src}{'' if src.endswith(chr(10)) else chr(10)}```\n")
    return md


def run_ours(nb, name, src, folder, repeat, timeout, engine="run"):
    """Best of `repeat` runs of `src` as a one-cell notebook (or, with engine "exec", as a Swift
    file through `notebook exec`, the statically typed interpreter CellCore); (Run, printed
    checksum or None, error)."""
    if engine == "exec":
        path = os.path.join(folder, name + ".swift")
        with open(path, "w") as f: f.write(src)
        runs = []
        for _ in range(repeat):
            r = run_child([nb, "exec", path], timeout)
            runs.append(r)
            if r.rc != 0 or r.timed_out: break
        r = best(runs)
        if r.rc != 0 or r.timed_out: return r, None, first_error(r, timeout)
        return r, checksum(r.out), None
    md = notebook_md(name, src, folder)
    outdir = os.path.join(folder, "out-" + name)
    runs = []; got = None
    for _ in range(repeat):
        shutil.rmtree(outdir, ignore_errors=True); os.makedirs(outdir)
        r = run_child([nb, "run", "-q", "-o", outdir, md], timeout)
        r.out = report_output(os.path.join(outdir, name + ".html"))
        runs.append(r)
        if r.rc != 0 or r.timed_out: break  # a failure does not get better by repeating it
    r = best(runs)
    if r.rc != 0 or r.timed_out: return r, None, first_error(r, timeout)
    return r, checksum(r.out), None


def fmt_s(x):
    return "-" if x is None else f"{x:.3f}"


def fmt_ratio(a, b):
    if a is None or b is None or b <= 0: return "-"
    return f"{a / b:.1f}x" if a / b >= 10 else f"{a / b:.2f}x"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notebook", default=os.path.join(ROOT, ".build/release/notebook"),
                    help="our interpreter (default .build/release/notebook)")
    ap.add_argument("--filter", default="", help="comma-separated substrings of kernel names")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best is kept")
    ap.add_argument("--timeout", type=float, default=400, help="CPU seconds before a run is stopped (default 400)")
    ap.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    ap.add_argument("--swiftc", default=shutil.which("swiftc") or "/opt/swift/usr/bin/swiftc")
    ap.add_argument("--python", default=sys.executable or "python3")
    ap.add_argument("--engine", choices=["run", "exec"], default="run",
                    help="run: KERNEL as a one-cell notebook (`notebook run`, the session's interpreter); "
                         "exec: `notebook exec KERNEL.swift` (CellCore, the statically typed interpreter)")
    args = ap.parse_args()

    nb = os.path.abspath(args.notebook)
    if not os.access(nb, os.X_OK):
        sys.exit(f"bench_interp: no interpreter at {nb} (make build-release, or --notebook PATH)")
    words = [w.strip() for w in args.filter.split(",") if w.strip()]
    names = [k for k in KERNELS if not words or any(w in k for w in words)]
    if not names: sys.exit(f"bench_interp: no kernel matches --filter {args.filter!r}")
    repeat = max(1, args.repeat)

    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "?"
    pyver = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                           capture_output=True, text=True).stdout.strip()
    print(f"bench-interp: {len(names)} kernel(s), CPU seconds (user+sys) of each process, best of "
          f"{repeat}; {os.cpu_count()} CPUs; CPython {pyver}; checkout {commit}; {nb}", flush=True)

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-interp-") as tmp:
        start = run_ours(nb, "startup", "let x = 1\n", tmp, repeat, args.timeout, args.engine)
        startup = start[0].cpu if start[2] is None else None
        for name in names:
            src_swift = os.path.join(KERNEL_DIR, name + ".swift")
            src_py = os.path.join(KERNEL_DIR, name + ".py")
            row = {"kernel": name, "checksum": None, "cpython_s": None, "swiftc_s": None,
                   "ours_s": None, "ours_error": None, "swiftc_error": None, "cpython_error": None}
            # (a) CPython: the reference checksum.
            py = best([run_child([args.python, src_py], args.timeout) for _ in range(repeat)])
            if py.rc == 0 and not py.timed_out:
                row["cpython_s"], row["checksum"] = py.cpu, checksum(py.out)
            else:
                row["cpython_error"] = first_error(py, args.timeout)
            want = row["checksum"]
            # (b) swiftc -O, compiled once; compile time not counted.
            exe = os.path.join(tmp, name)
            comp = subprocess.run([args.swiftc, "-O", src_swift, "-o", exe, "-module-cache-path",
                                   os.path.join(tmp, "module-cache")], capture_output=True, text=True)
            if comp.returncode != 0:
                row["swiftc_error"] = "compile: " + first_error(Run(comp.returncode, 0, "", comp.stderr), 0)
            else:
                sw = best([run_child([exe], args.timeout) for _ in range(repeat)])
                if sw.rc != 0 or sw.timed_out:
                    row["swiftc_error"] = first_error(sw, args.timeout)
                elif checksum(sw.out) != want:
                    row["swiftc_error"] = f"checksum {checksum(sw.out)!r}, CPython {want!r}"
                else:
                    row["swiftc_s"] = sw.cpu
            # (c) ours, as a one-cell notebook.
            with open(src_swift) as f: src = f.read()
            r, got, err = run_ours(nb, name, src, tmp, repeat, args.timeout, args.engine)
            if err is not None:
                row["ours_error"] = err
            elif want is None:
                row["ours_error"] = "no CPython checksum to compare"
            elif got != want:
                row["ours_error"] = f"printed {got!r}, expected {want!r}"
            else:
                row["ours_s"] = r.cpu
            rows.append(row)
            status = fmt_s(row["ours_s"]) if row["ours_error"] is None else "FAIL"
            print(f"  {name}: CPython {fmt_s(row['cpython_s'])} s, swiftc -O {fmt_s(row['swiftc_s'])} s, "
                  f"ours {status}", file=sys.stderr, flush=True)

    # The table.
    head = ["kernel", "CPython s", "swiftc -O s", "ours s", "ours/CPython", "ours/swiftc"]
    table = []
    for row in rows:
        if row["ours_error"] is not None:
            ours, r1, r2 = "FAIL", "-", "-"
        else:
            ours = fmt_s(row["ours_s"])
            r1, r2 = fmt_ratio(row["ours_s"], row["cpython_s"]), fmt_ratio(row["ours_s"], row["swiftc_s"])
        table.append([row["kernel"], fmt_s(row["cpython_s"]) if row["cpython_error"] is None else "FAIL",
                      fmt_s(row["swiftc_s"]) if row["swiftc_error"] is None else "FAIL", ours, r1, r2])
    widths = [max(len(head[i]), *(len(t[i]) for t in table)) for i in range(len(head))]
    line = lambda cells: "| " + " | ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i])
                                           for i, c in enumerate(cells)) + " |"
    print(line(head))
    print("|" + "|".join("-" * (w + 1) + (":" if i else "-") for i, w in enumerate(widths)) + "|")
    for t in table: print(line(t))
    for row in rows:
        for col in ("cpython_error", "swiftc_error", "ours_error"):
            if row[col]:
                who = {"cpython_error": "CPython", "swiftc_error": "swiftc -O", "ours_error": "ours"}[col]
                print(f"FAIL {row['kernel']} ({who}): {row[col]}")

    ratios = [(r["ours_s"] / r["cpython_s"], r["kernel"]) for r in rows
              if r["ours_s"] is not None and r["cpython_s"]]
    gm = math.exp(sum(math.log(x) for x, _ in ratios) / len(ratios)) if ratios else None
    worst = max(ratios) if ratios else None
    if gm is None:
        print(f"geometric mean ours/CPython: - (0 of {len(rows)} kernels ran)")
    else:
        print(f"geometric mean ours/CPython: {gm:.2f}x over {len(ratios)} of {len(rows)} kernels"
              + (f" ({len(rows) - len(ratios)} FAIL, not counted)" if len(ratios) < len(rows) else ""))
        print(f"max ours/CPython: {worst[0]:.2f}x ({worst[1]})")
    if startup is None:
        print(f"our start-up (one-cell notebook `let x = 1`): FAIL ({start[2]})")
    else:
        print(f"our start-up (one-cell notebook `let x = 1`): {startup:.3f} s CPU, included in every 'ours' time")

    if args.json:
        doc = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
               "checkout": commit, "notebook": nb, "cpus": os.cpu_count(), "machine": platform.machine(),
               "cpython": pyver, "repeat": repeat, "startup_s": startup,
               "geomean_ours_over_cpython": gm, "kernels_in_geomean": len(ratios), "kernels": len(rows),
               "max_ours_over_cpython": worst[0] if worst else None,
               "max_kernel": worst[1] if worst else None, "rows": rows}
        with open(args.json, "w") as f: json.dump(doc, f, indent=2); f.write("\n")
    # The exit status says whether the benchmark itself ran (CPython and swiftc agree); a FAIL of
    # ours is a measurement, not an error.
    return 1 if any(r["cpython_error"] or r["swiftc_error"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
