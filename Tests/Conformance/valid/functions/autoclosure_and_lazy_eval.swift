var evaluations = 0
func expensive() -> Bool {
    evaluations += 1
    return true
}
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { print("failed:", message()) }
}
check(true, "never built \(expensive())")
check(false, "built once \(expensive())")
print("evaluations:", evaluations)
let shortCircuit = false && expensive()
print(shortCircuit, evaluations)
func firstTrue(_ conditions: [() -> Bool]) -> Int? {
    conditions.firstIndex { $0() }
}
print(firstTrue([{ false }, { expensive() }, { expensive() }]) as Any, evaluations)
