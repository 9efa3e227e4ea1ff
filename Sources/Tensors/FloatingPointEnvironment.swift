import CKernels

/// Flush-to-zero for subnormal floats (x86 MXCSR FTZ and DAZ bits, arm64 FPCR.FZ; set from C).
///
/// Weight decay pushes rarely-seen embedding rows toward zero, into subnormal floats where x86
/// arithmetic is about 10× slower (docs/architecture.md, "The engine's hot loops"). The optimizers
/// run their sweeps with flushing on; wrap a whole training loop in `withFlushToZero` to cover
/// forward and backward too. The setting is per thread; on other CPUs these calls do nothing.
public enum FloatingPointEnvironment {
    /// Runs `body` with subnormal inputs and results treated as zero, then restores the previous mode.
    public static func withFlushToZero<R>(_ body: () throws -> R) rethrows -> R {
        let saved = ck_set_flush_denormals(1)
        defer { ck_restore_fp_control(saved) }
        return try body()
    }

    /// True when flushing is on for the calling thread.
    public static var isFlushingToZero: Bool { ck_flush_denormals_enabled() != 0 }
}
