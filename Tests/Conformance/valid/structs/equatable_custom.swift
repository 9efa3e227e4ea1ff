struct CaseInsensitiveName: Equatable {
    var text: String

    static func == (lhs: CaseInsensitiveName, rhs: CaseInsensitiveName) -> Bool {
        lhs.text.lowercased() == rhs.text.lowercased()
    }
}

let a = CaseInsensitiveName(text: "Swift")
let b = CaseInsensitiveName(text: "SWIFT")
let c = CaseInsensitiveName(text: "Swiftly")
print(a == b)
print(a == c)
print(a != c)
let names = [a, c]
print(names.contains(CaseInsensitiveName(text: "swiftly")))
print(names.firstIndex(of: b)!)
