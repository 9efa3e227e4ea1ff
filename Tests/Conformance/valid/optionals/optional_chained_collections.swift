struct Library {
    var shelves: [String: [String]]
}
let lib: Library? = Library(shelves: ["fiction": ["Dune", "Emma"], "poetry": []])
print(lib?.shelves["fiction"]?.first as Any)
print(lib?.shelves["poetry"]?.first as Any)
print(lib?.shelves["history"]?.count as Any)
print(lib?.shelves["fiction"]?.count ?? 0)
let noLib: Library? = nil
print(noLib?.shelves.count as Any)
print(lib?.shelves.keys.sorted() ?? [])
