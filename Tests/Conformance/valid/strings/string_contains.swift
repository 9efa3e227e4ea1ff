import Foundation

let sentence = "Swift makes programming fun"
print(sentence.contains("programming"))
print(sentence.contains("Programming"))
print(sentence.lowercased().contains("swift"))
print(sentence.contains(where: { $0.isUppercase }))
print(sentence.contains("z" as Character))
let banned = ["bad", "worse"]
let comments = ["this is fine", "a bad idea", "even worse"]
for c in comments {
    let flagged = banned.contains { c.contains($0) }
    print(c, flagged ? "FLAGGED" : "ok")
}
print(sentence.range(of: "fun") != nil)
