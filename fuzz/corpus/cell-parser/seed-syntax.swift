class A: B { var x: [Int: String?] = [:]; init(a b: Int = 1) { super.init() } }
let t = (a: 1, 2).0
for (i, x) in xs.enumerated() where i > 0 { guard let y = x else { continue } }
let s = "a\(b + "\(c)")"
$0 ?? 1...2 ..< 3 &+ 4 << 5
