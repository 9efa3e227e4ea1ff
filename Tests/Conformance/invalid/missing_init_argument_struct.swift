struct User {
    var name: String
    var age: Int
}

let u = User(name: "Kim")
print(u.name)
