let title = "The Swift Language"
print(title.uppercased())
print(title.lowercased())
print(title.hasPrefix("The"))
print(title.hasPrefix("the"))
print(title.hasSuffix("Language"))
print(title.lowercased().hasPrefix("the"))
let files = ["report.pdf", "photo.JPG", "notes.txt", "scan.pdf"]
print(files.filter { $0.hasSuffix(".pdf") })
print(files.filter { $0.lowercased().hasSuffix(".jpg") })
print("straße".uppercased())
print("ÉCOLE".lowercased())
