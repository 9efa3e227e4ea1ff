/// The hyper-parameters of alternating least squares, named and defaulted as Spark MLlib's
/// `pyspark.ml.recommendation.ALS` (explicit feedback: `implicitPrefs=false`, `nonnegative=false`).
///
/// The model: rating(u, i) ≈ xᵤ·yᵢ with xᵤ, yᵢ ∈ ℝ^rank, no biases. The objective, "ALS-WR"
/// (Zhou et al. 2008, the regularisation Spark uses): Σ_(u,i) (r_ui − xᵤ·yᵢ)² +
/// regParam · (Σᵤ nᵤ‖xᵤ‖² + Σᵢ nᵢ‖yᵢ‖²), where nᵤ, nᵢ count the training ratings of u and i.
public struct ALSParameters: Sendable, Equatable {
    /// Number of latent factors (Spark `rank`, default 10).
    public var rank: Int
    /// λ, scaled by each user's / item's number of ratings (Spark `regParam`, default 0.1).
    public var regParam: Double
    /// Number of sweeps; each solves every item, then every user (Spark `maxIter`, default 10).
    public var maxIter: Int
    /// Seed of the initial factors. Spark and the embedded engine draw from different generators,
    /// so the same seed gives the same distribution, not the same numbers.
    public var seed: Int

    public init(rank: Int = 10, regParam: Double = 0.1, maxIter: Int = 10, seed: Int = 42) {
        self.rank = rank
        self.regParam = regParam
        self.maxIter = maxIter
        self.seed = seed
    }

    /// Throws ``ALSError/invalidParameter(name:value:expected:)`` unless rank ≥ 1 (and ≤ 1000),
    /// regParam ≥ 0 and finite, maxIter ≥ 1.
    public func validate() throws {
        guard rank >= 1, rank <= 1000 else {
            throw ALSError.invalidParameter(name: "rank", value: "\(rank)", expected: "an integer in 1...1000")
        }
        guard regParam.isFinite, regParam >= 0 else {
            throw ALSError.invalidParameter(name: "regParam", value: "\(regParam)", expected: "a finite number ≥ 0")
        }
        guard maxIter >= 1, maxIter <= 100_000 else {
            throw ALSError.invalidParameter(name: "maxIter", value: "\(maxIter)", expected: "an integer in 1...100000")
        }
    }
}

/// Which engine trains an ``ALSLearner``: the choice is one parameter, the rest of the learner
/// (data, split, factors, RMSE, predictions) is the same for both.
public enum ALSEngine: Sendable, Equatable, CustomStringConvertible {
    /// Our own solver, in this process (``EmbeddedALS``): each user's and item's rank × rank
    /// normal equations built with BLAS and solved with LAPACK, on `threads` threads.
    case embedded(threads: Int)
    /// Apache Spark MLlib's ALS, run as a `spark-submit` job (``SparkALS``). `master` is a Spark
    /// master URL (`local[2]`, `local[*]`, `spark://host:7077`, `yarn`, `k8s://…`) or a Spark
    /// Connect address (`sc://host:15002`).
    case spark(master: String)

    /// The embedded engine on two threads (the machine this project targets has two cores).
    public static var embedded: ALSEngine { .embedded(threads: 2) }

    /// Spark at `NOTEBOOK_SPARK_MASTER` when set (and not empty), else `local[*]`.
    public static func sparkDefault(environment: [String: String]) -> ALSEngine {
        .spark(master: SparkMaster.defaultURL(environment: environment))
    }

    /// "embedded" or "spark".
    public var name: String {
        switch self {
        case .embedded: "embedded"
        case .spark: "spark"
        }
    }

    public var description: String {
        switch self {
        case .embedded(let threads): "embedded (\(threads) thread\(threads == 1 ? "" : "s"))"
        case .spark(let master): "spark (master \(master))"
        }
    }
}
