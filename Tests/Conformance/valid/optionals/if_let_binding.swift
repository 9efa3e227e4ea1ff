let input = "123"
if let number = Int(input) {
    print("parsed", number)
} else {
    print("not a number")
}
let maybe: String? = nil
if let value = maybe {
    print("got", value)
} else {
    print("nothing")
}
let first: Int? = 4, second: Int? = 5
if let x = first, let y = second, x < y {
    print(x, "<", y)
}
if let x = first, x > 10 {
    print("big")
} else {
    print("small or nil")
}
var counter: Int? = 1
if var c = counter {
    c += 10
    print(c, counter!)
}
