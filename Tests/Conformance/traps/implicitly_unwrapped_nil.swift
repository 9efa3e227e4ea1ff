var label: String! = "ready"
print(label.count)
label = nil
print("cleared")
print(label.count)
