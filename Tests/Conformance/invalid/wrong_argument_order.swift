func makeRect(width: Int, height: Int) -> Int {
    width * height
}

let r = makeRect(height: 4, width: 3)
print(r)
