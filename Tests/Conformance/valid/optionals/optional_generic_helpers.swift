func describe<T>(_ value: T?) -> String {
    if let value {
        return "some(\(value))"
    }
    return "none"
}
print(describe(Optional(3)))
print(describe(Optional<String>.none))
print(describe(Int("8")))
func firstNonNil<T>(_ values: T?...) -> T? {
    for v in values {
        if let v { return v }
    }
    return nil
}
print(firstNonNil(nil, 2, 3) as Any)
print(firstNonNil(nil, nil) as Int? as Any)
print(firstNonNil("a") ?? "z")
