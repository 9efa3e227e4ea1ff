func advice(raining: Bool, cold: Bool) -> String {
    switch (raining, cold) {
    case (true, true): return "coat and umbrella"
    case (true, false): return "umbrella"
    case (false, true): return "coat"
    case (false, false): return "t-shirt"
    }
}
for r in [true, false] {
    for c in [true, false] {
        print(r, c, advice(raining: r, cold: c))
    }
}
