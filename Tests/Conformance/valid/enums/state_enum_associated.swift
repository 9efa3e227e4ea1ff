enum Download {
    case idle
    case running(progress: Double)
    case finished(bytes: Int)
    case failed(String)

    var label: String {
        switch self {
        case .idle: return "idle"
        case .running(let p): return "running \(Int(p * 100))%"
        case .finished(let b): return "done (\(b) bytes)"
        case .failed(let why): return "failed: \(why)"
        }
    }

    mutating func update(_ delta: Double) {
        switch self {
        case .idle:
            self = .running(progress: delta)
        case .running(let p):
            self = p + delta >= 1 ? .finished(bytes: 2048) : .running(progress: p + delta)
        default:
            break
        }
    }
}

var d = Download.idle
print(d.label)
for _ in 0..<5 {
    d.update(0.25)
    print(d.label)
}
d = .failed("timeout")
d.update(0.5)
print(d.label)
