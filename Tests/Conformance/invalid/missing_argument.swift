func area(width: Double, height: Double) -> Double {
    width * height
}

let w = 3.0
let a = area(width: w)
print(a)
