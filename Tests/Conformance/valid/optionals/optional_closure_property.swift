struct Button {
    var title: String
    var onTap: (() -> String)?
}
let buttons = [
    Button(title: "OK") { "confirmed" },
    Button(title: "Help", onTap: nil),
]
for b in buttons {
    let result = b.onTap?() ?? "no action"
    print(b.title, "->", result)
}
var callback: ((Int) -> Int)? = nil
print(callback?(3) as Any)
callback = { $0 * 3 }
print(callback?(3) as Any)
print(callback.map { $0(5) } ?? -1)
