enum SimpleError: Error {
    case broken
    case code(Int)
    case detail(message: String, line: Int)
}

struct CustomError: Error {
    var reason: String
}

let errors: [Error] = [
    SimpleError.broken,
    SimpleError.code(42),
    SimpleError.detail(message: "oops", line: 7),
    CustomError(reason: "bad input"),
]

for e in errors {
    print(e)
}
print("\(SimpleError.code(1))")
print(String(describing: SimpleError.broken))
