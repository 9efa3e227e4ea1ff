// One function activation: a window of slots on the runtime's frame stack (docs/interpreter.md,
// "Values and the compiler"). Slot numbers are fixed by the checker: parameters first, then the
// captured boxes, then locals in order of declaration.
//
// Frames never outlive the call that pushed them (captured variables live in boxes, not in
// frames), so activations nest strictly and their slots can come from a stack: a call costs no
// allocation, and a frame is one pointer passed to every closure without reference counting.

/// The slots of one activation. `slots[-1]` holds the value a `return` left.
struct Frame {
    let slots: UnsafeMutablePointer<Value>

    @inline(__always) subscript(i: Int) -> Value {
        get { slots[i] }
        nonmutating _modify { yield &slots[i] }
    }

    @inline(__always) var result: Value {
        get { slots[-1] }
        nonmutating set { slots[-1] = newValue }
    }
}

/// The runtime's stack of frames, in chunks: a chunk is never moved (frames point into it), and
/// when one is full the next frame starts a new chunk (deep recursion). Every `push` is paired
/// with a `pop` of the same frame (in a `defer`, so a throw pops too), in reverse order of
/// pushing. Every slot of a chunk is always an initialised value, `.null(0)` when free: `pop`
/// resets the frame's slots one by one (inlined; the generic `deinitialize(count:)` of an array
/// of enums goes through the runtime's value witnesses), and `push` only moves the top.
final class FrameStack {
    static let chunkSize = 1 << 16

    private struct Chunk {
        let start: UnsafeMutablePointer<Value>
        let capacity: Int
        /// The top of this chunk while a later chunk is in use.
        var savedTop: UnsafeMutablePointer<Value>
    }

    private var chunks: [Chunk] = []
    private var current = 0
    private var top: UnsafeMutablePointer<Value>
    private var end: UnsafeMutablePointer<Value>
    private var chunkStart: UnsafeMutablePointer<Value>

    init() {
        let start = UnsafeMutablePointer<Value>.allocate(capacity: FrameStack.chunkSize)
        start.initialize(repeating: .none, count: FrameStack.chunkSize)
        chunks = [Chunk(start: start, capacity: FrameStack.chunkSize, savedTop: start)]
        top = start
        chunkStart = start
        end = start + FrameStack.chunkSize
    }

    deinit {
        for c in chunks {
            c.start.deinitialize(count: c.capacity)
            c.start.deallocate()
        }
    }

    /// A frame of `count` slots, each `.null(0)` until written.
    @inline(__always) func push(_ count: Int) -> Frame {
        let need = count + 1
        if end - top < need { nextChunk(need) }
        let base = top
        top = base + need
        return Frame(slots: base + 1)
    }

    /// Pops `frame`, the most recently pushed frame still on the stack, releasing its values.
    @inline(__always) func pop(_ frame: Frame) {
        var p = frame.slots - 1
        let base = p
        while p < top {
            p.pointee = .none
            p += 1
        }
        top = base
        if base == chunkStart && current > 0 { previousChunk() }
    }

    @inline(never) private func nextChunk(_ need: Int) {
        chunks[current].savedTop = top
        current += 1
        if current == chunks.count || chunks[current].capacity < need {
            let capacity = max(FrameStack.chunkSize, need)
            let start = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
            start.initialize(repeating: .none, count: capacity)
            let chunk = Chunk(start: start, capacity: capacity, savedTop: start)
            if current == chunks.count {
                chunks.append(chunk)
            } else {
                chunks[current].start.deinitialize(count: chunks[current].capacity)
                chunks[current].start.deallocate()
                chunks[current] = chunk
            }
        }
        top = chunks[current].start
        chunkStart = top
        end = top + chunks[current].capacity
    }

    @inline(never) private func previousChunk() {
        current -= 1
        top = chunks[current].savedTop
        chunkStart = chunks[current].start
        end = chunkStart + chunks[current].capacity
    }
}
