// The connection file a Jupyter client writes and passes as `{connection_file}`: where to bind
// the five channels and the key that signs messages.

import Foundation

/// A connection file's content.
public struct ConnectionInfo: Equatable, Sendable {
    public var transport: String
    public var ip: String
    public var shellPort: Int
    public var iopubPort: Int
    public var stdinPort: Int
    public var controlPort: Int
    public var heartbeatPort: Int
    public var key: String
    public var signatureScheme: String

    /// Reads a connection file; the error says which field is missing or wrong.
    public static func read(path: String) throws -> ConnectionInfo {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw KernelError("\(path): cannot read the connection file: \(error.localizedDescription)")
        }
        return try parse(data, path: path)
    }

    static func parse(_ data: Data, path: String) throws -> ConnectionInfo {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw KernelError("\(path): the connection file is not a JSON object")
        }
        func port(_ name: String) throws -> Int {
            guard let n = object[name] as? Int, n > 0, n < 65536 else {
                throw KernelError("\(path): '\(name)' must be a port number (1 to 65535)")
            }
            return n
        }
        let scheme = object["signature_scheme"] as? String ?? "hmac-sha256"
        guard scheme == "hmac-sha256" else {
            throw KernelError("\(path): signature_scheme '\(scheme)' is not supported (only hmac-sha256)")
        }
        return ConnectionInfo(
            transport: object["transport"] as? String ?? "tcp", ip: object["ip"] as? String ?? "127.0.0.1",
            shellPort: try port("shell_port"), iopubPort: try port("iopub_port"), stdinPort: try port("stdin_port"),
            controlPort: try port("control_port"), heartbeatPort: try port("hb_port"), key: object["key"] as? String ?? "",
            signatureScheme: scheme)
    }

    /// `tcp://127.0.0.1:5555`
    func endpoint(_ port: Int) -> String { "\(transport)://\(ip):\(port)" }
}

/// A kernel start-up or install problem, said in words.
public struct KernelError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
