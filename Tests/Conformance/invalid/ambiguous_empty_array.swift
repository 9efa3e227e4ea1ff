let name = "list"
var items = []
print(name, items)
