var a = 1, b = 2
(a, b) = (b, a)
print(a, b)
let (q, r) = (17 / 5, 17 % 5)
print(q, r)
var (lo, hi) = (10, 3)
if lo > hi { (lo, hi) = (hi, lo) }
print(lo, hi)
for (k, (x, y)) in [("p", (1, 2)), ("q", (3, 4))] {
    print(k, x + y)
}
let points = [(0, 1), (2, 3)]
for (x, _) in points { print(x) }
