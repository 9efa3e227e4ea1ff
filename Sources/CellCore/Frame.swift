// One function activation: a fixed number of value slots in one allocation (docs/interpreter.md,
// "Values and the compiler"). Slot numbers are fixed by the checker: parameters first, then the
// captured boxes, then locals in order of declaration.

/// The header of a frame: its slot count and the value a `return` left.
struct FrameHeader {
    var count: Int
    var result: Value
}

/// A frame of slots (a `ManagedBuffer`: header and slots in one allocation).
final class Frame: ManagedBuffer<FrameHeader, Value> {
    /// A frame of `count` slots, each `.null(0)` until written.
    @inline(__always) static func make(_ count: Int) -> Frame {
        let buffer = Frame.create(minimumCapacity: count) { _ in
            FrameHeader(count: count, result: .void)
        }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .none, count: count) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { h, e in _ = e.deinitialize(count: h.pointee.count) }
    }

    @inline(__always) var slots: UnsafeMutablePointer<Value> {
        withUnsafeMutablePointerToElements { $0 }
    }

    @inline(__always) subscript(i: Int) -> Value {
        get { withUnsafeMutablePointerToElements { $0[i] } }
        _modify {
            let p = withUnsafeMutablePointerToElements { $0 }
            yield &p[i]
        }
    }

    @inline(__always) var result: Value {
        get { header.result }
        set { header.result = newValue }
    }
}
