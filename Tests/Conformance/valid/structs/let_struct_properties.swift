struct Book {
    let isbn: String
    var title: String
    var pages: Int
}

var book = Book(isbn: "978-0", title: "Draft", pages: 100)
book.title = "Final"
book.pages += 20
print(book.isbn, book.title, book.pages)

let shelf = [
    Book(isbn: "1", title: "Alpha", pages: 300),
    Book(isbn: "2", title: "Beta", pages: 120),
    Book(isbn: "3", title: "Gamma", pages: 450),
]
let totalPages = shelf.reduce(0) { $0 + $1.pages }
print(totalPages)
let longest = shelf.max { $0.pages < $1.pages }!
print(longest.title)
let titles = shelf.sorted { $0.pages < $1.pages }.map { $0.title }
print(titles)
