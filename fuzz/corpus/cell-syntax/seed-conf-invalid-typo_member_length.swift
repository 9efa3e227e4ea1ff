let title = "Swift Notebook"
let words = title.split(separator: " ")
print(words.count)
print(title.lenght)
