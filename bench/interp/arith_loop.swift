// arith_loop: integer and floating-point arithmetic in a tight while loop.
let n = 6_000_000
var acc = 0
var x = 0.5
var i = 0
while i < n {
    acc = (acc + i * 7 + i % 13) % 1_000_003
    x = x * 0.999 + Double(i % 100) * 0.001
    i += 1
}
print(acc + Int(x * 1000.0))
