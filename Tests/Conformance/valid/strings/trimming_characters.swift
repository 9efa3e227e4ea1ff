import Foundation

let messy = "   padded text \n\t"
print("[\(messy.trimmingCharacters(in: .whitespacesAndNewlines))]")
print("[\(messy.trimmingCharacters(in: .whitespaces))]".count)
print("--==title==--".trimmingCharacters(in: CharacterSet(charactersIn: "-=")))
print("007".trimmingCharacters(in: CharacterSet(charactersIn: "0")))
print("[\("no-trim".trimmingCharacters(in: .whitespaces))]")
let lines = ["  a ", "b  ", "   "]
print(lines.map { $0.trimmingCharacters(in: .whitespaces) })
print("123abc456".trimmingCharacters(in: .decimalDigits))
