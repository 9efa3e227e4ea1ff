import CLapacke

/// The thin singular value decomposition `A = U·diag(S)·Vᵀ` of a row-major m×n Double matrix,
/// computed by LAPACK's divide-and-conquer `dgesdd` (through LAPACKE, job 'S'), the routine numpy's
/// `np.linalg.svd` and scipy's default `scipy.linalg.svd` call. This is the only file that imports
/// `CLapacke`.
///
/// Shapes (k = min(m, n)): `u` m×k, `s` k (descending, ≥ 0), `vt` k×n; all row-major.
struct SingularValueDecomposition {
    let m: Int, n: Int, k: Int
    var u: [Double]
    let s: [Double]
    var vt: [Double]

    /// - Throws: ``PCAError/tooLarge(nSamples:nFeatures:)`` when a dimension exceeds LAPACK's
    ///   32-bit ints; ``PCAError/svdFailed(info:)`` when LAPACK reports an error or no convergence.
    init(_ a: [Double], rows m: Int, columns n: Int) throws {
        guard m > 0, n > 0, m <= Int(Int32.max), n <= Int(Int32.max),
            !m.multipliedReportingOverflow(by: n).overflow, a.count == m * n
        else {
            throw PCAError.tooLarge(nSamples: m, nFeatures: n)
        }
        let k = Swift.min(m, n)
        var work = a
        var s = [Double](repeating: 0, count: k)
        var u = [Double](repeating: 0, count: m * k)
        var vt = [Double](repeating: 0, count: k * n)
        let info = LAPACKE_dgesdd(
            LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "S")), Int32(m), Int32(n),
            &work, Int32(n), &s, &u, Int32(k), &vt, Int32(n))
        guard info == 0 else { throw PCAError.svdFailed(info: Int(info)) }
        self.m = m
        self.n = n
        self.k = k
        self.u = u
        self.s = s
        self.vt = vt
    }
}
