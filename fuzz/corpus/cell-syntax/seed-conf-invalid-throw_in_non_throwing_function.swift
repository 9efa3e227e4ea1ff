enum CheckError: Error {
    case negative
}

func check(_ n: Int) -> Int {
    if n < 0 {
        throw CheckError.negative
    }
    return n
}

print(check(4))
