var name: String = "Ada"
print(name)
name = nil
print(name)
