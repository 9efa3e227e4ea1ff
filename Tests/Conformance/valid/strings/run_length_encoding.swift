func encode(_ s: String) -> String {
    var result = ""
    var current: Character? = nil
    var count = 0
    for ch in s {
        if ch == current {
            count += 1
        } else {
            if let c = current { result += "\(count)\(c)" }
            current = ch
            count = 1
        }
    }
    if let c = current { result += "\(count)\(c)" }
    return result
}
print(encode("aaabccdddd"))
print(encode("abc"))
print(encode(""))
print(encode("zzzzzzzzzzzz"))
