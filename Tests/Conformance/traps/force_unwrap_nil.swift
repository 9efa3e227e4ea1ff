let ages = ["ana": 31, "bo": 27]
print("ana is", ages["ana"]!)
let name = "cy"
print("looking up \(name)")
let age = ages[name]!
print("cy is", age)
