class Sticker {
    let text: String
    init(_ text: String) { self.text = text }
}

let drawer: [Any] = [7, -1, 2.75, -0.5, "receipt", ["a", "b"], (2, 3), Sticker("star"), false]

for item in drawer {
    switch item {
    case let n as Int where n < 0:
        print("negative int \(n)")
    case let n as Int:
        print("int \(n)")
    case let d as Double where d > 0:
        print("positive double \(d)")
    case is Double:
        print("other double")
    case let s as String:
        print("string of length \(s.count)")
    case let list as [String]:
        print("list joined: \(list.joined())")
    case let (a, b) as (Int, Int):
        print("pair summing to \(a + b)")
    case let sticker as Sticker:
        print("sticker saying \(sticker.text)")
    default:
        print("unrecognised item")
    }
}
