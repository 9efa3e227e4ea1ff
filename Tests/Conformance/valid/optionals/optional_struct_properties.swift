struct Profile {
    var name: String
    var bio: String?
    var age: Int?
    var summary: String {
        var parts = [name]
        if let age { parts.append("\(age)") }
        if let bio, !bio.isEmpty { parts.append(bio) }
        return parts.joined(separator: ", ")
    }
}
var p = Profile(name: "Kai", bio: nil, age: nil)
print(p.summary)
p.age = 40
print(p.summary)
p.bio = "writes Swift"
print(p.summary)
p.bio = ""
print(p.summary)
print(p.bio?.isEmpty as Any)
