#!/usr/bin/env python3
"""Render an HTML report in headless Chromium and fail when the page is blank or broken.

    python3 scripts/browser_check.py output/lesson5.html [--png output/lesson5.png] [--width 1280] [--height 2000] [--dark]

Two checks, both must pass:
0. Size: the report must stay under 2 MB (the README's limit for a report).
1. DOM (`--dump-dom`): the page has the report header and title, at least one cell section, no
   `<img>`/`<script>`/`<link>` fetching anything, and every inline <svg> carries a viewBox.
2. Screenshot (`--screenshot`, fixed window size): decoded here with zlib (no imaging library
   needed); the PNG must not be a single colour, and at least 1% of its pixels must differ from the
   background (the top-left pixel), so a page that failed to paint or is all background fails.

The browser runs with every host name resolving nowhere (`--host-resolver-rules`), so a report that
needed the network would render visibly broken. Exit status: 0 pass, 1 check failed, 2 no browser
or bad arguments. Uses Debian's `chromium-headless-shell` (or `chromium`).
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

BROWSERS = ["chromium-headless-shell", "chromium", "chromium-browser"]


def find_browser():
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    # Debian installs the headless shell outside PATH on some versions.
    for path in ["/usr/lib/chromium/chrome-headless-shell", "/usr/lib/chromium/headless_shell"]:
        if os.access(path, os.X_OK):
            return path
    return None


def browser_args(browser, width, height, dark=False):
    args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--disable-dev-shm-usage", "--no-first-run", "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--window-size={width},{height}"]
    if not browser.endswith("headless-shell"):
        args[1] = "--headless=new"
    if dark:
        # Blink's PreferredColorScheme: 0 = dark, so the page's prefers-color-scheme: dark rules apply.
        args.append("--blink-settings=preferredColorScheme=0")
    return args


def run(cmd, timeout=120):
    return subprocess.run(cmd, capture_output=True, timeout=timeout)


# --- PNG decoding (8-bit greyscale, RGB, RGBA; non-interlaced: what Chromium writes) ---

def decode_png(data):
    """Returns (width, height, channels, rows) where rows is a list of bytes objects."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat = 8, []
    width = height = depth = colour = interlace = None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if width is None or depth != 8 or channels is None or interlace != 0:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = prev[i]
                c = prev[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        elif kind != 0:
            raise ValueError(f"bad PNG filter {kind} in row {y}")
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def screenshot_stats(png_bytes):
    """(width, height, distinct colours (capped), fraction of pixels unlike the top-left one)."""
    width, height, channels, rows = decode_png(png_bytes)
    background = rows[0][:channels]
    colours, differing = set(), 0
    for row in rows:
        for x in range(0, len(row), channels):
            px = row[x:x + channels]
            if px != background:
                differing += 1
            if len(colours) < 4096:
                colours.add(px)
    return width, height, len(colours), differing / float(width * height)


# --- DOM checks ---

def dom_problems(dom):
    problems = []
    if 'class="report-header"' not in dom:
        problems.append("no report header (<header class=\"report-header\">)")
    if not re.search(r'<h1 class="title">[^<]+</h1>', dom):
        problems.append("no report title")
    cells = len(re.findall(r'<section class="cell ', dom))
    if cells == 0:
        problems.append("no cell sections")
    for tag in ("<script", "<link", "<img", "<iframe"):
        if tag in dom:
            problems.append(f"page contains {tag}…> (the report must be self-contained, no network)")
    svgs = re.findall(r"<svg\b[^>]*>", dom)
    without = [s for s in svgs if "viewBox" not in s and "viewbox" not in s]
    if without:
        problems.append(f"{len(without)} <svg> without a viewBox")
    if re.search(r'badge-failed">\s*[1-9]', dom):
        problems.append("the report shows failed cells")
    return problems, cells, len(svgs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report")
    parser.add_argument("--png", help="where to write the screenshot (default: beside the report)")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2000)
    parser.add_argument("--dark", action="store_true", help="render with prefers-color-scheme: dark")
    args = parser.parse_args()

    if not os.path.isfile(args.report):
        print(f"browser-check: error: {args.report} does not exist (run `make lesson` first)", file=sys.stderr)
        return 2
    browser = find_browser()
    if browser is None:
        print("browser-check: error: no headless Chromium (apt-get install chromium-headless-shell)", file=sys.stderr)
        return 2
    size = os.path.getsize(args.report)
    url = "file://" + os.path.abspath(args.report)
    png = args.png or os.path.splitext(args.report)[0] + ".png"
    base = browser_args(browser, args.width, args.height, dark=args.dark)
    failures = []
    print(f"browser-check: {args.report}: {size:,} bytes")
    if size >= 2_000_000:
        failures.append(f"the report is {size:,} bytes; it must stay under 2 MB")

    with tempfile.TemporaryDirectory() as profile:
        profile_arg = f"--user-data-dir={profile}"
        dom_run = run(base + [profile_arg, "--dump-dom", url])
        dom = dom_run.stdout.decode("utf-8", "replace")
        if dom_run.returncode != 0 or not dom.strip():
            failures.append(f"--dump-dom failed (status {dom_run.returncode}): {dom_run.stderr.decode()[-500:]}")
        else:
            problems, cells, svgs = dom_problems(dom)
            failures += problems
            print(f"browser-check: DOM: {cells} cells, {svgs} inline SVG charts")

        if os.path.exists(png):
            os.remove(png)
        shot = run(base + [profile_arg, f"--screenshot={os.path.abspath(png)}", url])
        if shot.returncode != 0 or not os.path.isfile(png):
            failures.append(f"--screenshot failed (status {shot.returncode}): {shot.stderr.decode()[-500:]}")
        else:
            with open(png, "rb") as f:
                width, height, colours, ink = screenshot_stats(f.read())
            print(f"browser-check: screenshot {png}: {width}×{height}, "
                  f"{colours}{'+' if colours >= 4096 else ''} colours, {ink:.1%} of pixels unlike the background")
            if colours < 2:
                failures.append("the screenshot is a single colour (blank page)")
            elif ink < 0.01:
                failures.append(f"only {ink:.2%} of the screenshot differs from the background (nearly blank page)")

    for failure in failures:
        print(f"browser-check: FAIL: {failure}", file=sys.stderr)
    if not failures:
        print(f"browser-check: ok: {args.report}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
