class Animal {
    let name: String
    init(name: String) { self.name = name }
    func sound() -> String { "..." }
    func describe() -> String { "\(name) says \(sound())" }
}
class Dog: Animal {
    override func sound() -> String { "Woof" }
}
let animals: [Animal] = [Animal(name: "generic"), Dog(name: "Rex")]
for a in animals { print(a.describe()) }
final class Counter {
    var n = 0
    func tick() { n += 1 }
}
let c = Counter()
let alias = c
alias.tick()
c.tick()
print(c.n)
protocol Named {
    var name: String { get }
    func hello() -> String
}
extension Named { func hello() -> String { "Hello, \(name)" } }
struct Person: Named { var name: String }
let people: [Named] = [Person(name: "Ann")]
print(people[0].hello())
func largest<T: Comparable>(_ xs: [T]) -> T {
    var m = xs[0]
    for x in xs where x > m { m = x }
    return m
}
print(largest([3, 9, 2]), largest(["b", "a"]))
enum Failure: Error { case bad(Int) }
func check(_ x: Int) throws -> Int {
    if x < 0 { throw Failure.bad(x) }
    return x
}
do {
    print(try check(1))
    print(try check(-2))
} catch Failure.bad(let v) { print("bad", v) }
print((try? check(-1)) as Any)
