import CKernels

/// The only Swift file that calls BLAS (OpenBLAS `cblas_sgemm` through the C shim `ck_sgemm`).
enum BLAS {
    /// C = op(A)·op(B) for row-major matrices, op(A): m×k, op(B): k×n, C: m×n.
    /// `a` is stored m×k (or k×m when `transA`), `b` k×n (or n×k when `transB`).
    static func sgemm(
        transA: Bool = false, transB: Bool = false, m: Int, n: Int, k: Int,
        _ a: [Float], _ b: [Float]
    ) -> [Float] {
        var c = [Float](repeating: 0, count: m * n)
        guard m > 0, n > 0, k > 0 else { return c }
        let lda = transA ? m : k
        let ldb = transB ? k : n
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    ck_sgemm(
                        transA ? 1 : 0, transB ? 1 : 0, Int32(m), Int32(n), Int32(k), 1,
                        pa.baseAddress, Int32(lda), pb.baseAddress, Int32(ldb), 0,
                        pc.baseAddress, Int32(n))
                }
            }
        }
        return c
    }
}
