func shout(_ text: String) -> String {
    text.uppercased() + "!"
}

let n = 7
print(shout("hi"))
print(shout(n))
