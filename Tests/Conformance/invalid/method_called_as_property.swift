let names = ["zed", "amy", "bo"]
let sortedNames = names.sorted
print(sortedNames.first!)
