func describe(_ command: String) -> String {
    switch command.lowercased() {
    case "start", "go":
        return "starting"
    case "stop":
        return "stopping"
    case let c where c.hasPrefix("say "):
        return "saying \(c.dropFirst(4))"
    case "":
        return "empty"
    default:
        return "unknown: \(command)"
    }
}
for c in ["Start", "GO", "stop", "say hello", "", "jump"] {
    print(describe(c))
}
