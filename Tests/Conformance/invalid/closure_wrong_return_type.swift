let words = ["a", "bb", "ccc"]
let lengths: [Int] = words.map { word -> String in
    word.uppercased()
}
print(lengths)
