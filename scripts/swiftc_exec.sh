#!/bin/bash
# Stand-in for `notebook exec FILE.swift` backed by the real compiler, to self-check the conformance
# runner and the goldens:   python3 scripts/conformance.py --command 'scripts/swiftc_exec.sh {file}'
# Everything should pass. It follows the contract of `notebook exec`: program output on stdout and
# exit 0; a compile error -> swiftc's `FILE:LINE:COL: error: MESSAGE` lines on stderr, exit 1; a
# trap -> the message on stderr, exit 1. Flags as in scripts/conformance_goldens.py: -O, except
# programs under traps/ (-Onone -g, so the standard library and the backtracer print the message).
set -u
file=$1
swiftc=$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/swiftc_exec.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
flags=(-O)
case "$file" in */traps/*) flags=(-Onone -g) ;; esac
if ! "$swiftc" -module-name main "${flags[@]}" "$file" -o "$tmp/prog" -lm 2>"$tmp/err"; then
    grep ': error: ' "$tmp/err" >&2
    exit 1
fi
SWIFT_BACKTRACE=enable=yes,interactive=no,color=no stdbuf -o0 "$tmp/prog" </dev/null || exit 1
