enum Genre: String, CaseIterable {
    case fiction, science, history
}

class Book {
    let title: String
    let genre: Genre
    var borrower: Member?

    init(title: String, genre: Genre) {
        self.title = title
        self.genre = genre
    }

    var isAvailable: Bool { borrower == nil }
}

class Member {
    let name: String
    var books: [Book] = []
    let limit: Int
    init(name: String, limit: Int = 2) {
        self.name = name
        self.limit = limit
    }
}

enum LoanError: Error {
    case unavailable(String)
    case limitReached(String)
}

func borrow(_ book: Book, by m: Member) throws {
    guard book.isAvailable else { throw LoanError.unavailable(book.title) }
    guard m.books.count < m.limit else { throw LoanError.limitReached(m.name) }
    book.borrower = m
    m.books.append(book)
}

func giveBack(_ book: Book) {
    guard let m = book.borrower else { return }
    m.books.removeAll { $0 === book }
    book.borrower = nil
}

let catalog = [Book(title: "Dune", genre: .fiction), Book(title: "Cosmos", genre: .science),
               Book(title: "SPQR", genre: .history), Book(title: "Emma", genre: .fiction)]
let ann = Member(name: "Ann"), bo = Member(name: "Bo", limit: 1)

let requests: [(Member, Int)] = [(ann, 0), (bo, 0), (bo, 1), (bo, 2), (ann, 2), (ann, 3)]
for (m, i) in requests {
    do {
        try borrow(catalog[i], by: m)
        print("\(m.name) borrowed \(catalog[i].title)")
    } catch {
        print("\(m.name) failed: \(error)")
    }
}
giveBack(catalog[0])
print(ann.books.map(\.title), bo.books.map(\.title))
for g in Genre.allCases {
    let available = catalog.filter { $0.genre == g && $0.isAvailable }.map(\.title)
    print(g, available)
}
