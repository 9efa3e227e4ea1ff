let names = ["ana", "bo"]
let first = names.first
print(first.uppercased())
