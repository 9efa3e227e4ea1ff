enum SimpleError: Error {
    case broken
    case code(Int)
}

struct Wrapper: Error {
    var inner: SimpleError
}

print(Wrapper(inner: .broken))
let e: Error = SimpleError.code(3)
debugPrint(e)
print([SimpleError.broken])
let r: Result<Int, SimpleError> = .failure(.code(9))
print(r)
let ok: Result<Int, SimpleError> = .success(1)
print(ok)
