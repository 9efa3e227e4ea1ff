var xs = [5, 1, 4, 2, 8]
var pass = 0
var swapped = true
while swapped {
    swapped = false
    pass += 1
    for i in 0..<(xs.count - pass) where xs[i] > xs[i + 1] {
        xs.swapAt(i, i + 1)
        swapped = true
    }
    print("pass \(pass): \(xs)")
}
