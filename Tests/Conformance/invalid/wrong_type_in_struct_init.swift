struct Book {
    var title: String
    var pages: Int
}

let b = Book(title: "Dune", pages: "412")
print(b.pages)
