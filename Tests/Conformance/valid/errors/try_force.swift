enum ConfigError: Error {
    case missing(String)
}

let config = ["port": "8080", "host": "localhost"]

func value(_ key: String) throws -> String {
    guard let v = config[key] else { throw ConfigError.missing(key) }
    return v
}

let port = try! value("port")
let host = try! value("host")
print("\(host):\(port)")
print(Int(try! value("port"))! + 1)
do {
    _ = try value("user")
} catch {
    print("error:", error)
}
