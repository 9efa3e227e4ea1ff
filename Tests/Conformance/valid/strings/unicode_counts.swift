let cafe = "café"
print(cafe.count)
print(cafe.unicodeScalars.count)
print(cafe.utf8.count)
print(cafe.utf16.count)
let decomposed = "cafe\u{301}"
print(decomposed, decomposed.count, decomposed.unicodeScalars.count)
print(cafe == decomposed)
let flag = "🇯🇵"
print(flag.count, flag.unicodeScalars.count, flag.utf8.count)
let family = "👨‍👩‍👧"
print(family.count, family.unicodeScalars.count)
let mixed = "aé😀"
for s in mixed.unicodeScalars {
    print(s, s.value)
}
