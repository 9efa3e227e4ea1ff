func apply(_ f: (Int) -> Int, to x: Int) -> Int {
    f(x)
}

let r = apply({ x in print(x) }, to: 3)
print(r)
