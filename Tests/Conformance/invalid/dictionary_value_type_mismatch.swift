var ages: [String: Int] = ["ana": 31]
ages["bo"] = 27
ages["cy"] = "forty"
print(ages.count)
