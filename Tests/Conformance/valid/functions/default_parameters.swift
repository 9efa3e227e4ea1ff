func makeTitle(_ text: String, uppercase: Bool = false, border: Character = "*", width: Int = 0) -> String {
    let body = uppercase ? text.uppercased() : text
    let pad = max(0, width - body.count)
    return String(border) + " " + body + String(repeating: " ", count: pad) + " " + String(border)
}
print(makeTitle("menu"))
print(makeTitle("menu", uppercase: true))
print(makeTitle("menu", border: "#"))
print(makeTitle("menu", uppercase: true, border: "|", width: 8))
print(makeTitle("x", width: 3))
func range(upTo n: Int, step: Int = 1) -> [Int] { Array(stride(from: 0, to: n, by: step)) }
print(range(upTo: 5))
print(range(upTo: 10, step: 4))
