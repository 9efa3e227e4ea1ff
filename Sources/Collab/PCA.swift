/// Errors from ``PCA``.
public enum PCAError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `x.count` is not `nSamples · nFeatures`.
    case shapeMismatch(count: Int, nSamples: Int, nFeatures: Int)
    /// Fewer than 2 samples (the variance divides by `nSamples − 1`) or no features.
    case tooFewSamples(nSamples: Int, nFeatures: Int)
    /// `nComponents` not in `1...min(nSamples, nFeatures)`.
    case invalidComponentCount(Int, max: Int)
    /// A NaN or infinite entry at (sample, feature).
    case nonFiniteValue(sample: Int, feature: Int)
    /// The matrix is too large for LAPACK's 32-bit dimensions.
    case tooLarge(nSamples: Int, nFeatures: Int)
    /// LAPACK's `dgesdd` returned `info ≠ 0` (negative: bad argument; positive: no convergence).
    case svdFailed(info: Int)

    public var description: String {
        switch self {
        case .shapeMismatch(let count, let nSamples, let nFeatures):
            return "expected \(nSamples)×\(nFeatures) = \(nSamples * nFeatures) values, got \(count)"
        case .tooFewSamples(let nSamples, let nFeatures):
            return "expected at least 2 samples and 1 feature for PCA, got \(nSamples)×\(nFeatures)"
        case .invalidComponentCount(let n, let max):
            return "expected nComponents in 1...\(max) (min(nSamples, nFeatures)), got \(n)"
        case .nonFiniteValue(let sample, let feature):
            return "expected finite values, found NaN or infinity at sample \(sample), feature \(feature)"
        case .tooLarge(let nSamples, let nFeatures):
            return "expected a matrix LAPACK can address (dimensions below 2³¹), got \(nSamples)×\(nFeatures)"
        case .svdFailed(let info):
            return "expected LAPACK dgesdd to succeed, but it returned info = \(info)"
        }
    }
}

/// Principal component analysis with scikit-learn's semantics (`sklearn.decomposition.PCA` with
/// `svd_solver='full'`, `whiten=False`; docs/lesson5-semantics.md §12).
///
/// `fit` centres each feature (`mean = colmean(X)`), takes the exact thin SVD
/// `X − mean = U·S·Vᵀ` (LAPACK `dgesdd`), fixes signs with sklearn's `svd_flip`, and keeps
/// - `components` = the first `nComponents` rows of Vᵀ (each a unit vector over the features),
/// - `explainedVariance` = `S²/(nSamples − 1)`,
/// - `explainedVarianceRatio` = that over the sum of **all** `S²/(nSamples − 1)`,
/// - `singularValues` = the first `nComponents` of S.
///
/// Sign rule (``SignRule``): scikit-learn ≥ 1.5 calls `svd_flip(U, Vt, u_based_decision=False)`
/// in `PCA._fit_full` (the largest-|·| entry of each **row of Vᵀ** is made positive; changed by
/// scikit-learn PR #27491, see issue #28826). Up to 1.4, including the late-2017 0.19 the lesson
/// ran, it was `u_based_decision=True` (the largest-|·| entry of each **column of U**). On ties
/// the first such entry decides, as `argmax`; a zero entry keeps the sign.
///
/// In 2017 sklearn's `svd_solver='auto'` picked a randomized SVD for the lesson's 50×3000
/// matrix, which approximates this exact result. Everything is computed in Double (sklearn
/// would compute in float32 for float32 input).
public struct PCA: Sendable, Equatable {
    /// Which singular vector decides each component's sign.
    public enum SignRule: String, Sendable, Equatable, CaseIterable {
        /// scikit-learn ≥ 1.5: the largest-|·| entry of each row of Vᵀ (the component) is positive.
        case componentBased
        /// scikit-learn ≤ 1.4 (the 2017 lesson): the largest-|·| entry of each column of U is positive.
        case sampleBased
    }

    /// Number of components to keep.
    public let nComponents: Int
    /// The sign convention.
    public let signRule: SignRule

    public init(nComponents: Int, signRule: SignRule = .componentBased) {
        self.nComponents = nComponents
        self.signRule = signRule
    }

    /// Fits to a row-major `nSamples × nFeatures` matrix.
    /// - Throws: ``PCAError/shapeMismatch(count:nSamples:nFeatures:)``,
    ///   ``PCAError/tooFewSamples(nSamples:nFeatures:)``, ``PCAError/invalidComponentCount(_:max:)``,
    ///   ``PCAError/nonFiniteValue(sample:feature:)``, ``PCAError/tooLarge(nSamples:nFeatures:)``,
    ///   ``PCAError/svdFailed(info:)``.
    public func fit(_ x: [Double], nSamples: Int, nFeatures: Int) throws -> FittedPCA {
        guard nSamples >= 2, nFeatures >= 1 else { throw PCAError.tooFewSamples(nSamples: nSamples, nFeatures: nFeatures) }
        let (cells, overflow) = nSamples.multipliedReportingOverflow(by: nFeatures)
        guard !overflow else { throw PCAError.tooLarge(nSamples: nSamples, nFeatures: nFeatures) }
        guard x.count == cells else { throw PCAError.shapeMismatch(count: x.count, nSamples: nSamples, nFeatures: nFeatures) }
        let k = Swift.min(nSamples, nFeatures)
        guard nComponents >= 1, nComponents <= k else { throw PCAError.invalidComponentCount(nComponents, max: k) }
        if let bad = x.firstIndex(where: { !$0.isFinite }) {
            throw PCAError.nonFiniteValue(sample: bad / nFeatures, feature: bad % nFeatures)
        }

        // Centre each feature.
        var mean = [Double](repeating: 0, count: nFeatures)
        for i in 0..<nSamples {
            for j in 0..<nFeatures { mean[j] += x[i * nFeatures + j] }
        }
        for j in 0..<nFeatures { mean[j] /= Double(nSamples) }
        var centred = x
        for i in 0..<nSamples {
            for j in 0..<nFeatures { centred[i * nFeatures + j] -= mean[j] }
        }

        var svd = try SingularValueDecomposition(centred, rows: nSamples, columns: nFeatures)
        Self.flipSigns(&svd, rule: signRule)

        let variances = svd.s.map { $0 * $0 / Double(nSamples - 1) }
        let total = variances.reduce(0, +)
        let kept = 0..<nComponents
        return FittedPCA(
            nFeatures: nFeatures,
            components: Array(svd.vt[0..<(nComponents * nFeatures)]),
            explainedVariance: Array(variances[kept]),
            explainedVarianceRatio: variances[kept].map { total > 0 ? $0 / total : .nan },
            singularValues: Array(svd.s[kept]),
            mean: mean)
    }

    /// Fits to a row-major `nSamples × nFeatures` Float matrix (converted to Double first).
    /// - Throws: as ``fit(_:nSamples:nFeatures:)``.
    public func fit(_ x: [Float], nSamples: Int, nFeatures: Int) throws -> FittedPCA {
        try fit(x.map(Double.init), nSamples: nSamples, nFeatures: nFeatures)
    }

    /// sklearn's `svd_flip`: multiplies column c of U and row c of Vᵀ by the sign of the
    /// deciding vector's first largest-magnitude entry.
    static func flipSigns(_ svd: inout SingularValueDecomposition, rule: SignRule) {
        let (m, n, k) = (svd.m, svd.n, svd.k)
        for c in 0..<k {
            var best = 0.0
            switch rule {
            case .componentBased:
                for j in 0..<n where abs(svd.vt[c * n + j]) > abs(best) { best = svd.vt[c * n + j] }
            case .sampleBased:
                for i in 0..<m where abs(svd.u[i * k + c]) > abs(best) { best = svd.u[i * k + c] }
            }
            guard best < 0 else { continue }
            for i in 0..<m { svd.u[i * k + c] = -svd.u[i * k + c] }
            for j in 0..<n { svd.vt[c * n + j] = -svd.vt[c * n + j] }
        }
    }
}

/// A fitted ``PCA``: sklearn's `components_`, `explained_variance_`, `explained_variance_ratio_`,
/// `singular_values_`, `mean_` and `transform`.
public struct FittedPCA: Sendable, Equatable {
    /// Number of features the fit saw.
    public let nFeatures: Int
    /// Principal axes, `nComponents × nFeatures` row-major; row c is a unit vector.
    public let components: [Double]
    /// Variance along each component, `S²/(nSamples − 1)`, shape (nComponents).
    public let explainedVariance: [Double]
    /// Each component's share of the total variance, shape (nComponents).
    public let explainedVarianceRatio: [Double]
    /// The kept singular values of the centred matrix, descending, shape (nComponents).
    public let singularValues: [Double]
    /// Per-feature mean used for centring, shape (nFeatures).
    public let mean: [Double]

    /// Number of components kept.
    public var nComponents: Int { singularValues.count }

    /// Component `c` (a row of ``components``), or nil when `c` is out of range.
    public func component(_ c: Int) -> [Double]? {
        guard c >= 0, c < nComponents else { return nil }
        return Array(components[(c * nFeatures)..<((c + 1) * nFeatures)])
    }

    /// Projects a row-major `nSamples × nFeatures` matrix: `(x − mean)·componentsᵀ`, giving a
    /// row-major `nSamples × nComponents` matrix (sklearn `transform`, `whiten=False`).
    /// - Throws: ``PCAError/shapeMismatch(count:nSamples:nFeatures:)`` unless `x.count` is a
    ///   multiple of ``nFeatures``.
    public func transform(_ x: [Double]) throws -> [Double] {
        guard x.count % nFeatures == 0 else {
            throw PCAError.shapeMismatch(count: x.count, nSamples: x.count / nFeatures + 1, nFeatures: nFeatures)
        }
        let rows = x.count / nFeatures
        let k = nComponents
        var out = [Double](repeating: 0, count: rows * k)
        for i in 0..<rows {
            for c in 0..<k {
                var sum = 0.0
                for j in 0..<nFeatures { sum += (x[i * nFeatures + j] - mean[j]) * components[c * nFeatures + j] }
                out[i * k + c] = sum
            }
        }
        return out
    }

    /// ``transform(_:)`` for Float input.
    public func transform(_ x: [Float]) throws -> [Double] {
        try transform(x.map(Double.init))
    }
}
