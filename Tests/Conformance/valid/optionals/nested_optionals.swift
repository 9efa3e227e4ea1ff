let inner: Int? = nil
let outer: Int?? = inner
print(outer as Any)
print(outer == nil)
let doubleNone: Int?? = nil
print(doubleNone as Any)
print(doubleNone == nil)
let wrapped: Int?? = 5
print(wrapped as Any)
if let level1 = wrapped, let level2 = level1 {
    print("unwrapped", level2)
}
let dict: [String: Int?] = ["a": 1, "b": nil]
print(dict["a"] as Any)
print(dict["b"] as Any)
print(dict["c"] as Any)
print(dict["b"]! == nil)
