protocol Identifiable2 {
    var key: String { get }
}

struct Book: Hashable, Identifiable2 {
    let title: String
    let year: Int
    var key: String { "\(title)-\(year)" }
}

let books = [
    Book(title: "Dune", year: 1965),
    Book(title: "Emma", year: 1815),
    Book(title: "Dune", year: 1965),
    Book(title: "Dune", year: 1984),
]
let unique = Set(books)
print(unique.count)
print(unique.map(\.key).sorted())
var byTitle: [String: [Int]] = [:]
for b in unique {
    byTitle[b.title, default: []].append(b.year)
}
for title in byTitle.keys.sorted() {
    print(title, byTitle[title]!.sorted())
}
