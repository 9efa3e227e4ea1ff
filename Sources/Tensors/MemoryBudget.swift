#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The session's memory budget: an allocation that would take the process's resident memory past
/// it throws ``TensorError/memoryBudgetExceeded(op:shape:bytes:resident:budget:)`` instead of
/// letting the kernel's out-of-memory killer end the process (and lose the report).
///
/// The default is ``defaultFraction`` of the machine's physical memory; `notebook run
/// --memory-budget` sets it per run. Checked before every large tensor allocation (at least
/// ``checkedFrom`` bytes: creation functions and the results of matmul and broadcasting ops),
/// against the resident set read from `/proc/self/statm`, so memory held by anything else in the
/// session counts too.
public enum MemoryBudget {
    /// The default budget as a fraction of physical memory.
    public static let defaultFraction = 0.75
    /// Allocations smaller than this are not checked (reading the resident size costs a system call).
    public static let checkedFrom = 1 << 20

    // Set once per run by the runner, before any cell runs; read by allocations.
    nonisolated(unsafe) private static var limit: Int = defaultBudget()

    /// The budget in bytes.
    public static var bytes: Int {
        get { limit }
        set { limit = max(newValue, 0) }
    }

    /// `defaultFraction` of physical memory (or 8 GiB when it cannot be read).
    public static func defaultBudget() -> Int {
        let memory = physicalMemory()
        return memory > 0 ? Int(Double(memory) * defaultFraction) : 8 << 30
    }

    /// The machine's physical memory in bytes (0 when unknown).
    public static func physicalMemory() -> Int {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        return pages > 0 && size > 0 ? pages * size : 0
    }

    /// The process's resident memory in bytes (0 when unknown).
    public static func residentBytes() -> Int {
        guard let file = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(file) }
        var total = 0, resident = 0
        guard fscanf_pair(file, &total, &resident) else { return 0 }
        return resident * sysconf(Int32(_SC_PAGESIZE))
    }

    private static func fscanf_pair(_ file: UnsafeMutablePointer<FILE>, _ a: inout Int, _ b: inout Int) -> Bool {
        var buffer = [CChar](repeating: 0, count: 128)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return false }
        let fields = String(cString: buffer).split(separator: " ")
        guard fields.count >= 2, let first = Int(fields[0]), let second = Int(fields[1]) else { return false }
        a = first
        b = second
        return true
    }

    /// Throws when allocating `count` Float32 values for `op` (of `shape`) would pass the budget.
    public static func reserve(_ count: Int, op: String, shape: Shape) throws(TensorError) {
        try reserve(count, op: op, shape: shape, budget: limit, resident: residentBytes)
    }

    /// ``reserve(_:op:shape:)`` against a given budget and resident size (for tests).
    static func reserve(_ count: Int, op: String, shape: Shape, budget: Int, resident: () -> Int) throws(TensorError) {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<Float>.stride)
        guard overflow || bytes >= checkedFrom else { return }
        let now = resident()
        if overflow || now + bytes > budget {
            throw .memoryBudgetExceeded(op: op, shape: shape, bytes: overflow ? Int.max : bytes, resident: now, budget: budget)
        }
    }

    /// `n` bytes in the largest binary unit that keeps a number of at least 1 (e.g. `3.35 GiB`).
    public static func describe(_ n: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(n)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(n) bytes" }
        let rounded = (value * 100).rounded() / 100
        return "\(rounded) \(units[unit])"
    }
}
