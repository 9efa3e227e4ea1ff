/// A Spark master URL, checked before any process starts, and what it implies for the job.
///
/// Accepted forms (Spark's `SparkSubmit` / `SparkContext.createTaskScheduler`, Spark 4):
/// `local`, `local[N]`, `local[*]`, `local[N,F]`, `local[*,F]`; `spark://host:port[,host:port…]`
/// (standalone); `yarn`; `k8s://https://host:port` (Kubernetes); and `sc://host[:port][/;params]`
/// (Spark Connect, default port 15002).
public struct SparkMaster: Sendable, Equatable, CustomStringConvertible {
    /// Where the work runs.
    public enum Kind: Sendable, Equatable {
        /// In the spark-submit JVM on this machine.
        case local
        /// A standalone cluster; `endpoints` are its masters' (host, port).
        case standalone(endpoints: [Endpoint])
        /// Hadoop YARN (found through HADOOP_CONF_DIR / YARN_CONF_DIR).
        case yarn
        /// Kubernetes; the API server URL after `k8s://`.
        case kubernetes(apiServer: String)
        /// A Spark Connect server.
        case connect(Endpoint)
    }

    /// A host and port to check for reachability.
    public struct Endpoint: Sendable, Equatable {
        public let host: String
        public let port: Int
    }

    /// The URL as given.
    public let url: String
    public let kind: Kind

    public var description: String { url }

    /// True for local masters: the job binds to loopback and reads input by path.
    public var isLocal: Bool { kind == .local }

    /// True for Spark Connect: the job runs as a plain Python client, no local JVM.
    public var isConnect: Bool {
        if case .connect = kind { return true }
        return false
    }

    /// The default when a cell names none: `NOTEBOOK_SPARK_MASTER` when set and not empty, else
    /// `local[*]`.
    public static func defaultURL(environment: [String: String]) -> String {
        if let value = environment["NOTEBOOK_SPARK_MASTER"]?.trimmedWhitespace(), !value.isEmpty { return value }
        return "local[*]"
    }

    public static let expectedForms = "local, local[N], local[*], spark://host:port, yarn, k8s://https://host:port or sc://host:port"

    /// - Throws: ``ALSError/invalidMaster(_:expected:)`` for anything else.
    public init(_ url: String) throws {
        let bad = ALSError.invalidMaster(url, expected: Self.expectedForms)
        self.url = url
        if url == "local" {
            kind = .local
        } else if url.hasPrefix("local[") && url.hasSuffix("]") {
            let inside = url.dropFirst(6).dropLast()
            let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 1 || parts.count == 2,
                parts[0] == "*" || (Int(parts[0]).map { $0 >= 1 } ?? false),
                parts.count == 1 || (Int(parts[1]).map { $0 >= 1 } ?? false)
            else { throw bad }
            kind = .local
        } else if url.hasPrefix("spark://") {
            let list = url.dropFirst(8).split(separator: ",", omittingEmptySubsequences: false)
            let endpoints = try list.map { item -> Endpoint in
                guard let endpoint = Self.endpoint(item, defaultPort: nil) else { throw bad }
                return endpoint
            }
            guard !endpoints.isEmpty else { throw bad }
            kind = .standalone(endpoints: endpoints)
        } else if url == "yarn" {
            kind = .yarn
        } else if url.hasPrefix("k8s://") {
            let server = String(url.dropFirst(6))
            guard !server.isEmpty else { throw bad }
            kind = .kubernetes(apiServer: server)
        } else if url.hasPrefix("sc://") {
            var rest = url.dropFirst(5)
            if let cut = rest.firstIndex(where: { $0 == "/" || $0 == ";" }) { rest = rest[..<cut] }
            guard let endpoint = Self.endpoint(rest, defaultPort: 15002) else { throw bad }
            kind = .connect(endpoint)
        } else {
            throw bad
        }
    }

    /// `host:port` (or `host` when a default port exists); nil when malformed.
    private static func endpoint(_ text: Substring, defaultPort: Int?) -> Endpoint? {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard let hostPiece = pieces.first, !hostPiece.isEmpty,
            hostPiece.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" })
        else { return nil }
        switch pieces.count {
        case 1:
            guard let port = defaultPort else { return nil }
            return Endpoint(host: String(hostPiece), port: port)
        case 2:
            guard let port = Int(pieces[1]), (1...65535).contains(port) else { return nil }
            return Endpoint(host: String(hostPiece), port: port)
        default:
            return nil
        }
    }
}

extension String {
    /// Without leading and trailing whitespace.
    func trimmedWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
