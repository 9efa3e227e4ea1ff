print("tab:\tend")
print("quote: \"quoted\"")
print("backslash: \\")
print("newline:\nsecond line")
print("null-free unicode: \u{1F600} \u{E9}")
print("single 'quotes' are fine")
let s = "a\tb\nc"
print(s.count)
print(Array(s))
let raw = #"raw \n stays, "quotes" too"#
print(raw)
let rawInterp = #"value: \#(40 + 2) and \(not)"#
print(rawInterp)
