let values: [Int?] = [4, nil, 10, nil, 7]

for v in values {
    switch v {
    case .some(let x) where x > 5:
        print("big \(x)")
    case .some(let x):
        print("small \(x)")
    case .none:
        print("nothing")
    }
}

let maybe: String? = .some("hello")
if case .some(let s) = maybe {
    print(s.count)
}
let empty: Double? = .none
print(empty == nil)
print(Optional<Int>.none as Any)
for case let x? in values {
    print("got", x)
}
switch (values[0], values[1]) {
case let (a?, b?): print(a + b)
case let (a?, nil): print("only", a)
default: print("other")
}
