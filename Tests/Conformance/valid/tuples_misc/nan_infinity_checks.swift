import Foundation

let nan = Double.nan
let inf = Double.infinity
print(nan.isNaN, inf.isNaN)
print(inf.isFinite, 1.0.isFinite, nan.isFinite)
print(inf.isInfinite, (-inf).isInfinite)
let samples = [nan, 1.0]
print(samples[0] == samples[0], samples[1] == samples[1])
print(0.0 / 1.0)
print(1.0 / 0.0)
print(-1.0 / 0.0)
print((0.0 / 0.0).isNaN)
print(inf)
print(-inf)
print(nan)
print(sqrt(-1.0).isNaN)
print(Double.greatestFiniteMagnitude > 1e300)
print(max(inf, 5), min(-inf, 5))
