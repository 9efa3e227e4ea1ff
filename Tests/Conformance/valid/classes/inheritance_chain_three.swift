class A {
    func who() -> String { "A" }
    func chain() -> String { who() }
}
class B: A {
    override func who() -> String { "B<" + super.who() }
}
class C: B {
    override func who() -> String { "C<" + super.who() }
}

let objects: [A] = [A(), B(), C()]
for o in objects {
    print(o.chain())
}
print(objects[2] is B, objects[1] is C, objects[0] is B)
let c = C()
let asA: A = c
print(asA.who())
print(type(of: asA) == C.self)
