func isPalindrome(_ s: String) -> Bool {
    let cleaned = s.lowercased().filter { $0.isLetter || $0.isNumber }
    return cleaned == String(cleaned.reversed())
}
let candidates = ["racecar", "A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", "12321", ""]
for c in candidates {
    print("\"\(c)\"", isPalindrome(c))
}
