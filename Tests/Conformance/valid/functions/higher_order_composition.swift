func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C {
    { g(f($0)) }
}
let addOne = { (x: Int) in x + 1 }
let double = { (x: Int) in x * 2 }
let addThenDouble = compose(addOne, double)
let doubleThenAdd = compose(double, addOne)
print(addThenDouble(5), doubleThenAdd(5))
let pipeline = [addOne, double, addOne, double]
print(pipeline.reduce(3) { value, f in f(value) })
let describe = compose(double) { "value: \($0)" }
print(describe(21))
func twice<T>(_ f: @escaping (T) -> T) -> (T) -> T { compose(f, f) }
print(twice(double)(3))
print(twice { (s: String) in s + "!" }("hey"))
