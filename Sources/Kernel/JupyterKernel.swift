// The Jupyter kernel (messaging protocol 5.3) on the statically typed interpreter: one
// `NotebookSession` (CellCore with every domain of CellBindings), as `notebook run --engine typed`
// uses. Channels: shell (the requests, on the main thread, which runs the cells), control
// (interrupt, shutdown and kernel info, on a thread of its own so they are answered while a cell
// runs), iopub (status, streams, displays, results, errors; locked, since both threads publish),
// stdin (bound, unused: cells do not read input) and heartbeat (echoed by libzmq's proxy on a
// thread). A bad message is logged on stderr and dropped; the kernel never stops for one.

import CellBindings
import CellCore
import Foundation
import NotebookDocument
import Reporting
import Synchronization

/// A running kernel. `run()` serves requests until a shutdown request.
public final class JupyterKernel: @unchecked Sendable {
    let connection: ConnectionInfo
    let codec: MessageCodec
    let context = ZMQContext()
    let shell: ZMQSocket
    let control: ZMQSocket
    let iopub: ZMQSocket
    let stdin: ZMQSocket
    let heartbeat: ZMQSocket
    let iopubLock = NSLock()
    let session: NotebookSession
    /// Jupyter's execution count: the number of the latest stored execution.
    var executionCount = 0
    /// The code run as each of the session's cells (by `Session.cellCount`), and its `In[n]`
    /// number, so an error inside a function declared in an earlier cell is shown there.
    var cells: [Int: (executionCount: Int, code: String)] = [:]
    /// Stored executions, oldest first: In[n]'s code and Out[n]'s text (history_request).
    var history: [(count: Int, code: String, output: String?)] = []
    let stopping = Atomic<Bool>(false)
    let version: String

    /// Binds the five channels of `connection`.
    /// - Parameters:
    ///   - baseDirectory: relative paths in cells resolve against it (the notebook's folder).
    ///   - version: the implementation version reported in kernel_info.
    public init(connection: ConnectionInfo, baseDirectory: URL, version: String) throws {
        self.connection = connection
        self.version = version
        codec = MessageCodec(key: connection.key)
        do {
            shell = try ZMQSocket(context, .router)
            control = try ZMQSocket(context, .router)
            iopub = try ZMQSocket(context, .publisher)
            stdin = try ZMQSocket(context, .router)
            heartbeat = try ZMQSocket(context, .reply)
            try shell.bind(connection.endpoint(connection.shellPort))
            try control.bind(connection.endpoint(connection.controlPort))
            try iopub.bind(connection.endpoint(connection.iopubPort))
            try stdin.bind(connection.endpoint(connection.stdinPort))
            try heartbeat.bind(connection.endpoint(connection.heartbeatPort))
        } catch {
            throw KernelError("cannot open the kernel's channels: \(error)")
        }
        session = NotebookSession(baseDirectory: baseDirectory)
    }

    /// Serves requests until a shutdown request arrives.
    public func run() {
        let heartbeat = self.heartbeat
        Thread { heartbeat.echoForever() }.start()
        Thread { [self] in serve(control, channel: "control") }.start()
        publish("status", ["execution_state": "starting"], parent: nil)
        serve(shell, channel: "shell")
    }

    /// Receives and handles messages on one channel until the kernel stops.
    func serve(_ socket: ZMQSocket, channel: String) {
        while !stopping.load(ordering: .relaxed) {
            guard !ZMQSocket.poll([socket], milliseconds: 100).isEmpty else { continue }
            let frames: [[UInt8]]
            do { frames = try socket.receive() } catch {
                log("\(channel): cannot receive: \(error)")
                continue
            }
            let message: Message
            do { message = try codec.decode(frames) } catch {
                log("\(channel): rejected a message: \(error)")
                continue
            }
            handle(message, on: socket, channel: channel)
        }
    }

    /// Types answered on the control channel (the others need the session, which the shell
    /// thread owns).
    static let controlTypes: Set<String> = ["interrupt_request", "shutdown_request", "kernel_info_request"]

    func handle(_ message: Message, on socket: ZMQSocket, channel: String) {
        if channel == "control", !Self.controlTypes.contains(message.type) {
            log("control: \(message.type) is not answered on the control channel")
            return
        }
        publish("status", ["execution_state": "busy"], parent: message)
        defer { publish("status", ["execution_state": "idle"], parent: message) }
        func reply(_ content: JSONObject) {
            let type = message.type.replacingOccurrences(of: "_request", with: "_reply")
            send(codec.encode(type, content: content, parent: message, identities: message.identities), on: socket)
        }
        let content = message.content
        switch message.type {
        case "kernel_info_request":
            reply(kernelInfo)
        case "execute_request":
            reply(execute(message))
        case "complete_request":
            let code = content["code"] as? String ?? ""
            let cursor = content["cursor_pos"] as? Int ?? code.unicodeScalars.count
            let found = session.core.completions(for: code, at: cursor)
            reply([
                "status": "ok", "matches": found.matches, "cursor_start": found.start, "cursor_end": found.end,
                "metadata": JSONObject(),
            ])
        case "inspect_request":
            let code = content["code"] as? String ?? ""
            let cursor = content["cursor_pos"] as? Int ?? code.unicodeScalars.count
            if let text = session.core.declaration(in: code, at: cursor) {
                reply(["status": "ok", "found": true, "data": ["text/plain": text], "metadata": JSONObject()])
            } else {
                reply(["status": "ok", "found": false, "data": JSONObject(), "metadata": JSONObject()])
            }
        case "is_complete_request":
            switch Session.completeness(of: content["code"] as? String ?? "") {
            case .complete: reply(["status": "complete"])
            case .incomplete(let indent): reply(["status": "incomplete", "indent": indent])
            case .invalid: reply(["status": "invalid"])
            }
        case "history_request":
            reply(["status": "ok", "history": historyEntries(content)])
        case "comm_info_request":
            reply(["status": "ok", "comms": JSONObject()])
        case "interrupt_request":
            Interruption.request()
            reply(["status": "ok"])
        case "shutdown_request":
            let restart = content["restart"] as? Bool ?? false
            reply(["status": "ok", "restart": restart])
            stopping.store(true, ordering: .relaxed)
            Interruption.request()
        default:
            log("\(channel): no handler for message type '\(message.type)'")
        }
    }

    var kernelInfo: JSONObject {
        [
            "status": "ok", "protocol_version": protocolVersion, "implementation": "notebook",
            "implementation_version": version,
            "language_info": [
                "name": "swift", "version": "6", "mimetype": "text/x-swift", "file_extension": ".swift",
                "codemirror_mode": "swift", "pygments_lexer": "swift",
            ] as JSONObject,
            "banner": "\(version): Swift cells on the notebook's statically typed interpreter (docs/jupyter.md)",
            "help_links": [Any](),
        ]
    }

    // MARK: Execution

    /// Runs one execute_request's code as a cell: streams printed text and displays on iopub as
    /// they come, publishes the cell's value or error, and returns the reply's content.
    func execute(_ message: Message) -> JSONObject {
        let code = message.content["code"] as? String ?? ""
        let silent = message.content["silent"] as? Bool ?? false
        let storeHistory = message.content["store_history"] as? Bool ?? !silent
        if storeHistory && !silent { executionCount += 1 }
        let count = executionCount
        if !silent { publish("execute_input", ["code": code, "execution_count": count], parent: message) }
        // The cell's `//|` options, as in a lesson: eval, output, seed and timeout apply here.
        var options = CellOptions()
        for (key, value) in Self.optionLines(code) {
            do { try options.set(key, value) } catch {
                let failure: JSONObject = ["ename": "OptionError", "evalue": error.message, "traceback": ["In[\(count)]: error: \(error.message)"]]
                if !silent { publish("error", failure, parent: message) }
                return failure.merging(["status": "error", "execution_count": count]) { _, new in new }
            }
        }
        // `output: false` runs the cell but shows nothing of it (errors excepted).
        let quiet = silent || !options.output
        session.core.onOutput = { [self] text in
            if !quiet { publish("stream", ["name": "stdout", "text": text], parent: message) }
        }
        session.core.onDisplay = { [self] payload in
            guard !quiet else { return }
            switch payload as? ReportOutput ?? .text("\(payload)") {
            case .stream(let text):
                publish("stream", ["name": "stdout", "text": text], parent: message)
            case .warning(let text):
                publish("stream", ["name": "stderr", "text": "warning: \(text)\n"], parent: message)
            case let output:
                guard let bundle = output.mimeBundle else { return }
                publish("display_data", ["data": bundle, "metadata": JSONObject(), "transient": JSONObject()], parent: message)
            }
        }
        defer {
            session.core.onOutput = nil
            session.core.onDisplay = nil
        }
        guard options.eval else {
            return ["status": "ok", "execution_count": count, "user_expressions": JSONObject(), "payload": [Any]()]
        }
        if let seed = options.seed { session.reseed(seed) }
        Interruption.reset()
        let result = session.run(source: code, timeout: options.timeout)
        Interruption.reset()
        cells[session.core.cellCount] = (count, code)
        if storeHistory && !silent { history.append((count, code, result.result?.mimeBundle?["text/plain"])) }
        if result.succeeded {
            if let value = result.result, !quiet, let bundle = value.mimeBundle {
                publish("execute_result", ["execution_count": count, "data": bundle, "metadata": JSONObject()], parent: message)
            }
            return ["status": "ok", "execution_count": count, "user_expressions": JSONObject(), "payload": [Any]()]
        }
        var error = errorContent(result, count: count)
        if !silent { publish("error", error, parent: message) }
        error["status"] = "error"
        error["execution_count"] = count
        return error
    }

    /// The `//| key: value` lines that lead a cell.
    static func optionLines(_ code: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            guard CellOptions.isOptionLine(line) else { break }
            let body = line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst(3)
            let parts = body.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            pairs.append((parts[0].trimmingCharacters(in: .whitespaces), parts[1].trimmingCharacters(in: .whitespaces)))
        }
        return pairs
    }

    /// A history_request's entries: `tail` (the last n), `range` (start ..< stop) or `search`
    /// (a glob over the code, `unique` keeps the latest of equal codes, then the last n); each
    /// `[session, line, code]`, or `[session, line, [code, output]]` with `output`.
    func historyEntries(_ content: JSONObject) -> [Any] {
        var entries = history
        let n = content["n"] as? Int
        switch content["hist_access_type"] as? String ?? "tail" {
        case "range":
            let start = content["start"] as? Int ?? 0
            let stop = content["stop"] as? Int ?? Int.max
            entries = entries.filter { $0.count >= start && $0.count < stop }
        case "search":
            let pattern = content["pattern"] as? String ?? "*"
            entries = entries.filter { fnmatch(pattern, $0.code, 0) == 0 }
            if content["unique"] as? Bool ?? false {
                var seen: Set<String> = []
                entries = entries.reversed().filter { seen.insert($0.code).inserted }.reversed()
            }
            if let n { entries = Array(entries.suffix(max(0, n))) }
        default:
            entries = Array(entries.suffix(max(0, n ?? 10)))
        }
        let output = content["output"] as? Bool ?? false
        return entries.map { entry -> [Any] in
            [1, entry.count, output ? [entry.code, entry.output.map { $0 as Any } ?? NSNull()] as [Any] : entry.code as Any]
        }
    }

    /// ename, evalue and traceback of a failed cell: each error as `In[n]:line:col: error: message`,
    /// the line with a caret under the column, and its notes.
    func errorContent(_ result: NotebookCellResult, count: Int) -> JSONObject {
        var traceback: [String] = []
        var first: String?
        func add(_ message: String, line: Int, column: Int, cell: Int, code: String, notes: [String]) {
            let location = "In[\(cell)]:\(line):\(column)"
            traceback.append("\(location): error: \(message)")
            if let excerpt = Self.excerpt(code, line: line, column: column) { traceback.append(excerpt) }
            traceback += notes.map { "\(location): note: \($0)" }
            if first == nil { first = "\(location): \(message)" }
        }
        let code = cells[session.core.cellCount]?.code ?? ""
        for d in result.diagnostics {
            add(d.message, line: d.position.line, column: d.position.column, cell: count, code: code, notes: [])
        }
        var ename = "CompileError"
        if let trap = result.trap {
            ename = trap.message == "interrupted" ? "Interrupted" : "RuntimeError"
            var notes = trap.notes
            var owner = (count, code)
            if let number = trap.cell, let earlier = cells[number] {
                owner = (earlier.executionCount, earlier.code)
                if let call = trap.callPosition { notes.append("called from In[\(count)]:\(call.line):\(call.column)") }
            }
            add(trap.message, line: trap.position.line, column: trap.position.column, cell: owner.0, code: owner.1, notes: notes)
        }
        return ["ename": ename, "evalue": first ?? "error", "traceback": traceback]
    }

    /// Line `line` of `code` and a caret under `column`.
    static func excerpt(_ code: String, line: Int, column: Int) -> String? {
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        let pad = text.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return "\(text)\n\(pad)^"
    }

    // MARK: Sending

    func publish(_ type: String, _ content: JSONObject, parent: Message?) {
        let frames = codec.encode(type, content: content, parent: parent, identities: [Array("kernel.\(codec.session).\(type)".utf8)])
        iopubLock.lock()
        defer { iopubLock.unlock() }
        send(frames, on: iopub)
    }

    func send(_ frames: [[UInt8]], on socket: ZMQSocket) {
        do { try socket.send(frames) } catch { log("cannot send: \(error)") }
    }

    func log(_ text: String) {
        FileHandle.standardError.write(Data("notebook kernel: \(text)\n".utf8))
    }
}
