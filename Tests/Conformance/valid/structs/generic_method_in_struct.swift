struct Logger {
    var prefix: String
    var lines: [String] = []

    mutating func log<T>(_ value: T) {
        lines.append("\(prefix) \(value)")
    }

    func dump() {
        for line in lines {
            print(line)
        }
    }
}

var logger = Logger(prefix: ">>")
logger.log(42)
logger.log("hello")
logger.log(3.5)
logger.log([1, 2, 3])
logger.log(true)
logger.dump()
print(logger.lines.count)
