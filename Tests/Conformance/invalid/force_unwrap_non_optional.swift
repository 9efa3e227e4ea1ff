let name = "Lin"
let length = name.count
print(length!)
