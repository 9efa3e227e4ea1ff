// The only file that imports libzmq (CZmq): a context, sockets that send and receive multipart
// messages as byte arrays, and polling. Every zmq_msg_t is closed before returning.

import CZmq

#if canImport(Glibc)
import Glibc
#endif

/// A ZeroMQ call failed: which one and libzmq's reason.
struct ZMQError: Error, CustomStringConvertible {
    var call: String
    var reason: String
    init(_ call: String) {
        self.call = call
        reason = String(cString: zmq_strerror(zmq_errno()))
    }
    var description: String { "\(call): \(reason)" }
}

/// One libzmq context for the kernel's sockets.
final class ZMQContext: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer
    init() { raw = zmq_ctx_new() }
    deinit { zmq_ctx_term(raw) }
}

/// A socket's kind, as the Jupyter channels use them.
enum ZMQSocketKind {
    case router, publisher, reply
    var raw: Int32 {
        switch self {
        case .router: return ZMQ_ROUTER
        case .publisher: return ZMQ_PUB
        case .reply: return ZMQ_REP
        }
    }
}

/// A bound socket. Not thread-safe: each is used by one thread at a time (the kernel locks iopub).
final class ZMQSocket: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer

    init(_ context: ZMQContext, _ kind: ZMQSocketKind) throws(ZMQError) {
        guard let socket = zmq_socket(context.raw, kind.raw) else { throw ZMQError("zmq_socket") }
        raw = socket
        var linger: Int32 = 0
        zmq_setsockopt(raw, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
    }

    deinit { zmq_close(raw) }

    /// Binds to `endpoint`, e.g. `tcp://127.0.0.1:5555`.
    func bind(_ endpoint: String) throws(ZMQError) {
        guard zmq_bind(raw, endpoint) == 0 else { throw ZMQError("zmq_bind \(endpoint)") }
    }

    /// Sends the frames as one multipart message.
    func send(_ frames: [[UInt8]]) throws(ZMQError) {
        for (i, frame) in frames.enumerated() {
            let flags = i + 1 < frames.count ? ZMQ_SNDMORE : 0
            let sent = frame.withUnsafeBytes { zmq_send(raw, $0.baseAddress, $0.count, flags) }
            guard sent >= 0 else { throw ZMQError("zmq_send") }
        }
    }

    /// Receives one multipart message (blocks; poll first).
    func receive() throws(ZMQError) -> [[UInt8]] {
        var frames: [[UInt8]] = []
        while true {
            var message = zmq_msg_t()
            zmq_msg_init(&message)
            defer { zmq_msg_close(&message) }
            guard zmq_msg_recv(&message, raw, 0) >= 0 else { throw ZMQError("zmq_msg_recv") }
            let size = zmq_msg_size(&message)
            if size > 0, let data = zmq_msg_data(&message) {
                frames.append(Array(UnsafeRawBufferPointer(start: data, count: size)))
            } else {
                frames.append([])
            }
            if zmq_msg_more(&message) == 0 { break }
        }
        return frames
    }

    /// Waits up to `milliseconds` for a message on one of `sockets`; the indices of the readable ones.
    static func poll(_ sockets: [ZMQSocket], milliseconds: Int) -> [Int] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.raw, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        let count = zmq_poll(&items, Int32(items.count), milliseconds)
        guard count > 0 else { return [] }
        return items.indices.filter { items[$0].revents & Int16(ZMQ_POLLIN) != 0 }
    }

    /// Echoes every message back on this reply socket, forever (the heartbeat channel).
    func echoForever() {
        zmq_proxy(raw, raw, nil)
    }
}
