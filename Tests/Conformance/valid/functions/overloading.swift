func describe(_ x: Int) -> String { "Int \(x)" }
func describe(_ x: Double) -> String { "Double \(x)" }
func describe(_ x: String) -> String { "String \(x)" }
func describe(_ xs: [Int]) -> String { "array of \(xs.count)" }
print(describe(3))
print(describe(3.0))
print(describe("3"))
print(describe([3, 3]))
func area(radius: Double) -> Double { 3.0 * radius * radius }
func area(width: Double, height: Double) -> Double { width * height }
print(area(radius: 2), area(width: 2, height: 5))
func scale(_ x: Int) -> Int { x * 2 }
func scale(_ x: Int) -> Double { Double(x) * 2.5 }
let a: Int = scale(4)
let b: Double = scale(4)
print(a, b)
