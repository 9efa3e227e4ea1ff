final class Logger {
    func log(_ s: String) { print(s) }
}

class FileLogger: Logger {
    var path = "/tmp/log"
}

FileLogger().log("hi")
