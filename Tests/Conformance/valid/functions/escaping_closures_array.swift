var handlers: [() -> Void] = []
func register(_ name: String, _ handler: @escaping () -> Void) {
    print("registering", name)
    handlers.append(handler)
}
var log: [String] = []
register("a") { log.append("a ran") }
register("b") { log.append("b ran") }
for i in 1...2 {
    register("loop\(i)") { log.append("loop \(i)") }
}
print(handlers.count)
for h in handlers { h() }
print(log)
var callbacks: [String: (Int) -> String] = [:]
callbacks["double"] = { "\($0 * 2)" }
callbacks["shout"] = { "\($0)!" }
print(callbacks.keys.sorted().map { callbacks[$0]!(21) })
