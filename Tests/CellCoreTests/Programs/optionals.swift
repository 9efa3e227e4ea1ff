print(Int("42"))
print(Int("x") as Any)
let nested: Int?? = .some(nil)
print(nested as Any)
let v: Int? = 5
if let v { print("got", v) }
guard let w = v else { fatalError() }
print(w + 1)
print(v ?? 0, (nil as Int?) ?? 7)
struct P {
    var name: String
    var next: Int?
}
let p: P? = P(name: "p", next: 3)
print(p?.name as Any, p?.next as Any, p?.name.count as Any)
var it = [1, 2, 3]
func popLastOrNil(_ xs: inout [Int]) -> Int? { xs.isEmpty ? nil : xs.removeLast() }
while let last = popLastOrNil(&it) { print(last) }
