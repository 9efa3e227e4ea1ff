#!/bin/bash
# Expected outputs of the CellCore test programs, made by the real compiler (never by hand):
#   Tests/CellCoreTests/Programs/NAME.swift  -> NAME.expected   stdout of `swiftc -O`
#   Tests/CellCoreTests/Invalid/NAME.swift   -> NAME.expected   swiftc's first error, `LINE:COL: error: MESSAGE`
#   Tests/CellCoreTests/Traps/NAME.swift     -> NAME.expected   stdout up to the trap (`swiftc -Onone -g`, unbuffered)
#                                            -> NAME.trap       the trap's message
# Exception, written by hand: Traps/deep_recursion.trap (swiftc's program overflows its stack
# and dies with SIGSEGV, no message; the interpreter stops at its call-depth limit instead).
set -u
SWIFTC=$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)
cd "$(dirname "$0")/../Tests/CellCoreTests"
tmp=$(mktemp -d)
for f in Programs/*.swift; do
    "$SWIFTC" -module-name main -O "$f" -o "$tmp/p" && "$tmp/p" > "${f%.swift}.expected"
done
for f in Invalid/*.swift; do
    "$SWIFTC" -module-name main "$f" -o "$tmp/p" 2>&1 | grep -m1 "error:" | sed -E 's/^[^:]+:([0-9]+):([0-9]+): /\1:\2: /' > "${f%.swift}.expected"
done
for f in Traps/*.swift; do
    "$SWIFTC" -module-name main -Onone -g "$f" -o "$tmp/p" 2>/dev/null
    stdbuf -o0 "$tmp/p" > "${f%.swift}.expected" 2> "$tmp/err"
    [ "$(basename "$f")" = deep_recursion.swift ] && continue
    grep -m1 -oE "(Fatal error|Swift runtime failure): [^/]*" "$tmp/err" | sed -E 's/ in [^ ]+ at .*$//; s/ *$//' > "${f%.swift}.trap"
done
rm -rf "$tmp"
