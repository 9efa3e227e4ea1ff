let values: [Any] = [42, "text", 3.5, true, [1, 2], (1, "a"), Int8(3)]

for v in values {
    if let i = v as? Int {
        print("Int", i)
    } else if let s = v as? String {
        print("String", s)
    } else if let d = v as? Double {
        print("Double", d)
    } else if let b = v as? Bool {
        print("Bool", b)
    } else if let arr = v as? [Int] {
        print("Array", arr.count)
    } else if v is (Int, String) {
        print("tuple")
    } else {
        print("other", type(of: v))
    }
}
print(values.filter { $0 is Int }.count)
let n = values[0] as! Int
print(n + 1)
let maybe = values[1] as? Int
print(maybe as Any)
