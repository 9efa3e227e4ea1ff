import CKernels

/// Swift wrappers over the C kernels (CKernels). Callers check sizes and indices; these
/// functions only check what would otherwise read or write out of bounds, and trap on engine bugs.
public enum Kernels {
    /// True when this thread runs the kernels' AVX2/FMA variants: the CPU has both features and
    /// NOTEBOOK_PORTABLE_KERNELS is not "1". Otherwise the portable variants run (same formulas;
    /// results agree within rounding, as KernelTests checks).
    public static var vectorised: Bool { ck_kernels_vectorised() != 0 }

    /// True when this CPU and build have the AVX2/FMA variants, whatever the environment says.
    public static var vectorVariantAvailable: Bool { ck_kernels_vector_variant_available() != 0 }

    /// Runs `body` with the portable variants on the calling thread (for comparing the two).
    public static func withPortableVariants<R>(_ body: () throws -> R) rethrows -> R {
        ck_kernels_force_portable_on_thread(1)
        defer { ck_kernels_force_portable_on_thread(0) }
        return try body()
    }

    /// Hyper-parameters of one Adam step (PyTorch 0.3 formula, see `ck_adam_step`).
    public struct AdamStep: Sendable {
        /// lr·√(1−β2ᵗ)/(1−β1ᵗ). The betas stay Double so that 1 − β is exact before rounding.
        public var stepSize: Float, beta1: Double, beta2: Double, eps: Float, weightDecay: Float
        public init(stepSize: Float, beta1: Double, beta2: Double, eps: Float, weightDecay: Float) {
            (self.stepSize, self.beta1, self.beta2, self.eps, self.weightDecay) = (stepSize, beta1, beta2, eps, weightDecay)
        }
    }

    /// One fused Adam sweep: updates `param`, `m`, `v` in place (equal lengths; `grad` nil = zeros).
    public static func adamStep(param: inout [Float], grad: [Float]?, m: inout [Float], v: inout [Float], _ h: AdamStep) {
        withMomentPointers(&param, grad, &m, &v, "adamStep") { p, g, pm, pv, n in
            ck_adam_step(
                p, g, pm, pv, n, h.stepSize, Float(h.beta1), Float(1 - h.beta1), Float(h.beta2),
                Float(1 - h.beta2), h.eps, h.weightDecay)
        }
    }

    /// Hyper-parameters of one AdamW step (see `ck_adamw_step`).
    public struct AdamWStep: Sendable {
        public var stepSize: Float, invSqrtBiasCorrection2: Float, decay: Float, beta1: Double, beta2: Double, eps: Float
        public init(stepSize: Float, invSqrtBiasCorrection2: Float, decay: Float, beta1: Double, beta2: Double, eps: Float) {
            (self.stepSize, self.invSqrtBiasCorrection2, self.decay) = (stepSize, invSqrtBiasCorrection2, decay)
            (self.beta1, self.beta2, self.eps) = (beta1, beta2, eps)
        }
    }

    /// One fused AdamW sweep (decoupled weight decay).
    public static func adamWStep(param: inout [Float], grad: [Float]?, m: inout [Float], v: inout [Float], _ h: AdamWStep) {
        withMomentPointers(&param, grad, &m, &v, "adamWStep") { p, g, pm, pv, n in
            ck_adamw_step(
                p, g, pm, pv, n, h.stepSize, h.invSqrtBiasCorrection2, h.decay, Float(1 - h.beta1),
                Float(h.beta2), Float(1 - h.beta2), h.eps)
        }
    }

    /// Hyper-parameters of one SGD step (see `ck_sgd_step`).
    public struct SGDStep: Sendable {
        public var lr: Float, momentum: Float, dampening: Double, weightDecay: Float, nesterov: Bool, firstStep: Bool
        public init(lr: Float, momentum: Float, dampening: Double, weightDecay: Float, nesterov: Bool, firstStep: Bool) {
            (self.lr, self.momentum, self.dampening, self.weightDecay) = (lr, momentum, dampening, weightDecay)
            (self.nesterov, self.firstStep) = (nesterov, firstStep)
        }
    }

    /// One fused SGD sweep; `buffer` is the momentum buffer (ignored when momentum is 0).
    public static func sgdStep(param: inout [Float], grad: [Float]?, buffer: inout [Float], _ h: SGDStep) {
        let n = param.count
        precondition((grad?.count ?? n) == n, "engine bug: sgdStep lengths")
        let useBuffer = h.momentum != 0
        precondition(!useBuffer || buffer.count == n, "engine bug: sgdStep buffer length")
        param.withUnsafeMutableBufferPointer { p in
            buffer.withUnsafeMutableBufferPointer { b in
                withOptionalPointer(grad) { g in
                    ck_sgd_step(
                        p.baseAddress, g, useBuffer ? b.baseAddress : nil, n, h.lr, h.momentum,
                        Float(1 - h.dampening), h.weightDecay, h.nesterov ? 1 : 0, h.firstStep ? 1 : 0)
                }
            }
        }
    }

    /// dense[rows[r]·width + f] += values[r·width + f]. Rows must be in range (checked here).
    public static func scatterAddRows(into dense: inout [Float], rows: [Int64], values: [Float], width: Int) {
        precondition(values.count == rows.count * width, "engine bug: scatterAddRows lengths")
        guard width > 0, !rows.isEmpty else { return }
        let tableRows = dense.count / width
        precondition(rows.allSatisfy { $0 >= 0 && Int($0) < tableRows }, "engine bug: scatterAddRows row out of range")
        dense.withUnsafeMutableBufferPointer { d in
            rows.withUnsafeBufferPointer { r in
                values.withUnsafeBufferPointer { v in
                    ck_scatter_add_rows(d.baseAddress, r.baseAddress, v.baseAddress, rows.count, width)
                }
            }
        }
    }

    /// The pointers an Adam-family sweep takes (parameter, optional gradient, first and second
    /// moments) and their common length, checked equal.
    private static func withMomentPointers(
        _ param: inout [Float], _ grad: [Float]?, _ m: inout [Float], _ v: inout [Float], _ op: String,
        _ body: (UnsafeMutablePointer<Float>?, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?, Int) -> Void
    ) {
        let n = param.count
        precondition(m.count == n && v.count == n && (grad?.count ?? n) == n, "engine bug: \(op) lengths")
        param.withUnsafeMutableBufferPointer { p in
            m.withUnsafeMutableBufferPointer { pm in
                v.withUnsafeMutableBufferPointer { pv in
                    withOptionalPointer(grad) { g in body(p.baseAddress, g, pm.baseAddress, pv.baseAddress, n) }
                }
            }
        }
    }

    private static func withOptionalPointer<R>(_ a: [Float]?, _ body: (UnsafePointer<Float>?) -> R) -> R {
        guard let a else { return body(nil) }
        return a.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
