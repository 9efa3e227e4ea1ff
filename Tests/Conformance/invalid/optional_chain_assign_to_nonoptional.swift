struct Person {
    var nickname: String?
}

let p = Person(nickname: "Kit")
let upper: String = p.nickname?.uppercased()
print(upper)
