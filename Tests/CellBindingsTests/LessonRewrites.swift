// The minimal Swift-valid rewrites of the engine lessons' cells that fail on the typed
// interpreter (docs/switch-over-notes.md, "Engine cells", explains each), and stand-ins for the
// cells that need the Frames or Plots modules (ported on other branches): a stand-in declares the
// names the later cells use, with the types the Frames API is expected to give them, so the
// engine cells after it can be judged here.

enum LessonRewrites {
    typealias Edits = (rewrites: [Int: String], standIns: [Int: String])

    static let all: [String: Edits] = [
        "Notebooks/tests/tensors.md": tensors,
        "Notebooks/tests/collab.md": collab,
        "Notebooks/lesson5.md": lesson5,
        "Notebooks/authoring-example.md": authoring,
    ]

    /// `stride` values are not yet a Collection in CellCore's library (no `map`, `count`,
    /// subscripts) and `Double.random(in:)` is not declared: an Array of the stride, and the
    /// noise drawn with `uniform` from the run's seeded generator.
    static let authoring: Edits = (
        rewrites: [
            2: """
            let trueSlope = 2.0
            let trueIntercept = 1.0
            let xs = Array(stride(from: 0.0, through: 1.0, by: 0.1))
            let ys = xs.map { x in trueSlope * x + trueIntercept + uniform([1], -1, 1)[0].item() * noise }
            print("\\(xs.count) points; the first is (\\(xs[0]), \\(String(format: "%.3f", ys[0])))")
            """
        ],
        standIns: [:]
    )

    static let tensors: Edits = (
        rewrites: [
            2: """
            let rowDots = (a * b).sum(1)
            expect(rowDots[0].item() == 6.0 && rowDots[1].item() == 70.0, "row-wise dot products")
            rowDots
            """,
            3: """
            class DotProduct: Module {
                func callAsFunction(_ u: Tensor, _ m: Tensor) -> Tensor {
                    (u * m).sum(1)
                }
            }
            let model = DotProduct()
            let out = model(a, b)
            expect(out.shape == [2] && out[0].item() == 6.0 && out[1].item() == 70.0, "DotProduct gives [6, 70]")
            out
            """,
            4: """
            let nUsers = 60
            let nItems = 80
            let rank = 3
            let userTruth = normal([nUsers, rank], 0, 0.7)
            let itemTruth = normal([nItems, rank], 0, 0.7)
            let nRatings = 3000
            let users = randint(0, nUsers, [nRatings])
            let items = randint(0, nItems, [nRatings])
            let ratings = (userTruth[users] * itemTruth[items]).sum(1) + 3.0
            expect(ratings.shape == [nRatings], "one rating per pair")
            ratings.mean()
            """,
            5: """
            class EmbeddingDot: Module {
                let u: Embedding
                let m: Embedding
                init(_ nUsers: Int, _ nItems: Int, factors: Int = 10) {
                    u = Embedding(nUsers, factors)
                    m = Embedding(nItems, factors)
                    u.weight.uniform(0, 0.05)
                    m.weight.uniform(0, 0.05)
                }
                func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
                    (u(users) * m(items)).sum(1)
                }
            }
            let net = EmbeddingDot(nUsers, nItems)
            expect(net.parameters().count == 2, "two embedding tables")
            expect(net.parameters()[0].shape == [nUsers, 10], "users × factors")
            let w = net.u.weight
            let rows: [[Double]] = w.tolist()
            expect(rows.count == nUsers, "one row per user")
            net.parameters().map { $0.shape }
            """,
        ],
        standIns: [:]
    )

    static let collab: Edits = (
        rewrites: [
            1: """
            let path = "../../data/ml-100k/"
            let valIdxs = cvIdxs(100000)
            expect(valIdxs.count == 20000 && Array(valIdxs.prefix(3)) == [75721, 80184, 19864], "numpy's permutation")
            let wd = 2e-4
            let nFactors = 50
            let cf = CollabFilterDataset.fromCSV(path, "ratings.csv", user: "userId", item: "movieId", rating: "rating")
            expect(cf.nUsers == 943 && cf.nItems == 1682 && cf.minScore == 1.0 && cf.maxScore == 5.0, "MovieLens 100K")
            let learn = cf.learner(nFactors: nFactors, valIdxs: valIdxs, bs: 64, opt: .adam)
            learn.model
            """,
            4: """
            let lrs = learn.sched.lrs
            expect(lrs.count == 3750 && lrs[0] == 1e-4 && lrs[62] == 1e-4 && lrs[1250] == 0.01, "SGDR schedule")
            (lrs[63], lrs[1249], lrs[3749])
            """,
            5: """
            let preds = learn.predict()
            let y = learn.data.valY
            expect(preds.shape == [20000] && y.shape == [20000], "one prediction per validation row")
            let err = preds - y
            expect(abs((err * err).mean().item() - valLoss) < 0.01, "MSE over all rows ≈ mean of batch MSEs")
            preds[0..<5]
            """,
        ],
        standIns: [
            6: """
            let topMovies = [1, 50, 100, 181, 258]
            var movieNames: [Int: String] = [
                1: "Toy Story (1995)", 50: "Star Wars (1977)", 100: "Fargo (1996)", 181: "Return of the Jedi (1983)",
                258: "Contact (1997)",
            ]
            let topMovieIdx = topMovies.map { cf.itemIndex[$0] }
            let m = learn.model
            let movieBias = m.ib(topMovieIdx)
            let biasList: [[Double]] = movieBias.tolist()
            var movieRatings: [(Double, String)] = []
            for k in 0..<topMovies.count {
                movieRatings.append((biasList[k][0], movieNames[topMovies[k]]!))
            }
            movieRatings.sorted { $0.0 < $1.0 }.prefix(15)
            """,
            8: """
            let movieEmb = m.i(topMovieIdx)
            let moviePCA = PCA(nComponents: 3).fit(movieEmb.T).components
            expect(moviePCA.shape == [3, 5], "3 components over the movies")
            let fac0: [Double] = moviePCA[0].tolist()
            var movieComp: [(Double, String)] = []
            for k in 0..<topMovies.count {
                movieComp.append((fac0[k], movieNames[topMovies[k]]!))
            }
            movieComp.sorted { $0.0 > $1.0 }.prefix(10)
            """,
        ]
    )

    /// Stand-ins for lesson5's Frames cells: the ids of the 15 most active users and the 15 most
    /// rated movies, and the known cells of their crosstab, built from the collab data set instead
    /// of data frames (the lesson's own values need the Frames module).
    static let lesson5: Edits = (
        rewrites: [
            8: """
            let fitted: [[Double]] = noGrad { matmul(userFactors, movieFactors.T) }.tolist()
            print("user  " + topMovieIds.map { String(format: "%5d", $0) }.joined())
            for (i, row) in fitted.enumerated() {
                print(String(format: "%4d  ", topUserIds[i]) + row.map { String(format: "%5.1f", $0) }.joined())
            }
            """,
            21: """
            func loadings(_ k: Int) -> [(loading: Double, title: String)] {
                let fac: [Double] = moviePCA[k].tolist()
                var out: [(loading: Double, title: String)] = []
                for j in 0..<topMovieIdsAll.count {
                    out.append((loading: round(fac[j] * 10000) / 10000, title: movieNames[topMovieIdsAll[j]]!))
                }
                return out
            }
            let comp0 = loadings(0)
            comp0.sorted { $0.loading > $1.loading }.prefix(10)
            """,
            27: """
            let dots = (a * b).sum(1)
            expect(dots.tolist(), equals: [6.0, 70.0])
            dots
            """,
            28: """
            class DotProduct: Module {
                func callAsFunction(_ u: Tensor, _ m: Tensor) -> Tensor { (u * m).sum(1) }
            }
            let dotModel = DotProduct()
            expect(dotModel(a, b).tolist(), equals: [6.0, 70.0])
            dotModel(a, b)
            """,
        ],
        standIns: [
            2: "let ratingsCount = 100000",
            3: "",
            4: "",
            5: "",
            6: """
            let topUserIds = [405, 655, 13, 450, 276, 416, 537, 303, 234, 393, 181, 279, 429, 846, 7]
            let topMovieIds = [50, 258, 100, 181, 294, 286, 288, 1, 300, 121, 174, 127, 56, 7, 98]
            let knownRows = Tensor((0..<225).map { $0 / 15 }).long()
            let knownColumns = Tensor((0..<225).map { $0 % 15 }).long()
            let known = Tensor((0..<225).map { Double($0 % 5 + 1) })
            print("\\(known.count) of 225 cells are known")
            """,
            9: """
            let valIdxs = cvIdxs(ratingsCount)
            let cf = CollabFilterDataset.fromCSV(path, "ratings.csv", user: "userId", item: "movieId", rating: "rating")
            (users: cf.nUsers, movies: cf.nItems, validation: valIdxs.count, minRating: cf.minScore, maxRating: cf.maxScore)
            """,
            16: """
            let preds = learn.predict()
            let y = learn.data.valY
            """,
            17: """
            var movieNames: [Int: String] = [:]
            let topMovieIdsAll = Array(cf.itemIndex.keys.prefix(3000))
            for id in topMovieIdsAll { movieNames[id] = "movie \\(id)" }
            let topMovieIdx = topMovieIdsAll.map { cf.itemIndex[$0] }
            let m = learn.model
            let movieBias: [[Double]] = m.ib(topMovieIdx).tolist()
            var movieRatings: [(bias: Double, title: String)] = []
            for k in 0..<topMovieIdsAll.count {
                movieRatings.append((bias: round(movieBias[k][0] * 1000) / 1000, title: movieNames[topMovieIdsAll[k]]!))
            }
            topMovieIdsAll.count
            """,
            25: """
            let order: [Int] = randperm(topMovieIdsAll.count).tolist()
            let pick = order.prefix(50)
            let xs = pick.map { comp0[$0].loading }
            let ys = pick.map { comp1[$0].loading }
            let names = pick.map { comp0[$0].title }
            """,
            36: """
            let userIdx = cf.userIndex.keys.map { cf.userIndex[$0] }
            let movieIdx = cf.itemIndex.keys.map { cf.itemIndex[$0] }
            """,
            37: "",
        ]
    )
}
