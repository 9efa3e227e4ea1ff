let config: [String: String] = ["port": "8080", "debug": "true"]
let port = config["port"].flatMap { Int($0) } ?? 80
let debug = config["debug"].flatMap { Bool($0) } ?? false
let retries = config["retries"].flatMap { Int($0) } ?? 3
print(port, debug, retries)
let host = config["host", default: "localhost"]
print(host)
let timeout = Double(config["timeout"] ?? "2.5") ?? 0
print(timeout)
