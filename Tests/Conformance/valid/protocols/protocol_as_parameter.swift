protocol Logger {
    func log(_ message: String)
}

struct ConsoleLogger: Logger {
    let prefix: String
    func log(_ message: String) { print("\(prefix) \(message)") }
}

final class MemoryLogger: Logger {
    var lines: [String] = []
    func log(_ message: String) { lines.append(message) }
}

func process(_ values: [Int], logger: Logger) -> Int {
    var total = 0
    for v in values {
        if v < 0 {
            logger.log("skipping \(v)")
            continue
        }
        total += v
    }
    logger.log("total \(total)")
    return total
}

_ = process([1, -2, 3], logger: ConsoleLogger(prefix: "[info]"))
let mem = MemoryLogger()
let t = process([-1, -1, 10], logger: mem)
print(t, mem.lines.count)
print(mem.lines)
