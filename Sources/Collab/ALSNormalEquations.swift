import CLapacke

/// One worker's scratch space for ALS least-squares solves, and the solve itself: for one entity
/// with n ratings r (n) against the other side's factors gathered into Y (n × R),
///
///     (YᵀY + λ·n·I) x = Yᵀr,
///
/// Spark MLlib's explicit `NormalEquation` + `CholeskySolver` (`ml/recommendation/ALS.scala`,
/// `computeFactors`: `solver.solve(ls, numExplicits * regParam)`). Spark accumulates YᵀY in Double
/// with `dspr`; here BLAS `ssyrk` / `sgemv` accumulate in Float and LAPACK `sposv` (Cholesky) solves
/// in Float, which changes the factors by about 1e-6 relative. This file and
/// SingularValueDecomposition.swift are the only ones importing `CLapacke`.
struct ALSNormalEquations {
    let rank: Int
    /// Y, row-major (capacity × R), grown on demand.
    private var gathered: [Float] = []
    /// YᵀY + λn I (R × R); row-major upper triangle = column-major lower triangle.
    private var gram: [Float]
    /// Yᵀr, then the solution x (R).
    private var rhs: [Float]

    init(rank: Int) {
        self.rank = rank
        gram = [Float](repeating: 0, count: rank * rank)
        rhs = [Float](repeating: 0, count: rank)
    }

    /// Solves for one entity and writes x into `output[0..<R]`.
    /// - Parameters:
    ///   - others: the n indices into `source` (rows of the other side's factors).
    ///   - ratings: the n ratings.
    ///   - source: the other side's factors, row-major (· × R).
    ///   - lambda: λ·n, added to the diagonal.
    /// - Returns: LAPACK's `info` (0 on success).
    mutating func solve(
        others: UnsafeBufferPointer<Int32>, ratings: UnsafeBufferPointer<Float>,
        source: UnsafePointer<Float>, lambda: Float,
        output: UnsafeMutablePointer<Float>
    ) -> Int {
        let n = others.count
        let r = rank
        if gathered.count < n * r { gathered = [Float](repeating: 0, count: Swift.max(n * r, 2 * gathered.count)) }
        return gathered.withUnsafeMutableBufferPointer { y -> Int in
            guard let yBase = y.baseAddress else { return -1 }
            for row in 0..<n {
                (yBase + row * r).update(from: source + Int(others[row]) * r, count: r)
            }
            return gram.withUnsafeMutableBufferPointer { a -> Int in
                rhs.withUnsafeMutableBufferPointer { b -> Int in
                    guard let aBase = a.baseAddress, let bBase = b.baseAddress,
                        let ratingBase = ratings.baseAddress
                    else { return -1 }
                    // YᵀY (upper triangle, row-major) and Yᵀr.
                    cblas_ssyrk(
                        CblasRowMajor, CblasUpper, CblasTrans, Int32(r), Int32(n),
                        1, yBase, Int32(r), 0, aBase, Int32(r))
                    cblas_sgemv(
                        CblasRowMajor, CblasTrans, Int32(n), Int32(r), 1, yBase, Int32(r),
                        ratingBase, 1, 0, bBase, 1)
                    for k in 0..<r { aBase[k * r + k] += lambda }
                    // Row-major upper = column-major lower: no transposition, no allocation.
                    let info = LAPACKE_sposv_work(
                        LAPACK_COL_MAJOR, CChar(UInt8(ascii: "L")), Int32(r), 1,
                        aBase, Int32(r), bBase, Int32(r))
                    if info == 0 { output.update(from: bBase, count: r) }
                    return Int(info)
                }
            }
        }
    }
}

/// OpenBLAS' own thread pool, switched off while ALS's workers call BLAS: each worker's calls are
/// small (R × R), and OpenBLAS splitting them again over the same cores made a two-thread fit on
/// MovieLens 100K 2–3× slower than with `OPENBLAS_NUM_THREADS=1` (measured here).
enum ALSBLASThreads {
    /// Sets OpenBLAS to one thread and returns the previous count, for ``restore(_:)``.
    static func single() -> Int32 {
        let previous = openblas_get_num_threads()
        openblas_set_num_threads(1)
        return previous
    }

    static func restore(_ count: Int32) { openblas_set_num_threads(count) }
}
