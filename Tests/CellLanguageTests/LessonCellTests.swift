import Testing
import CellLanguage

/// Cells written the way the lesson notebooks write them parse without errors.
@Suite struct LessonCellTests {
    @Test func lessonCellsParse() {
        let cells = [
            """
            //| label: load
            let path = "../data/ml-100k/"
            let ratings = readCSV(path + "ratings.csv")
            ratings.head()
            """,
            """
            let topRatings = ratings.join(topUsers, on: "userId").join(topMovies, on: "movieId")
            crosstab(topRatings, rows: "userId", columns: "movieId", values: "rating", aggregate: .sum)
            """,
            """
            class EmbeddingDotBias: Module {
                var u: Embedding, i: Embedding
            }
            """,
            """
            class EmbeddingDotBias: Module {
                var u: Embedding
                var i: Embedding
                var ub: Embedding
                var ib: Embedding
                let yRange: (Double, Double) = (0.0, 5.5)

                init(users nUsers: Int, items nItems: Int, factors: Int = 50) {
                    u = Embedding(nUsers, factors).uniformInit(-0.01...0.01)
                    i = Embedding(nItems, factors)
                    ub = Embedding(nUsers, 1)
                    ib = Embedding(nItems, 1)
                    super.init()
                }

                override func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
                    let dot = (u(users) * i(items)).sum(axis: 1)
                    let res = dot + ub(users).squeeze() + ib(items).squeeze()
                    return sigmoid(res) * (yRange.1 - yRange.0) + yRange.0
                }
            }
            let model = EmbeddingDotBias(users: nUsers, items: nItems)
            let learner = Learner(data, model, optimizer: .adam, lossFunction: mse)
            learner.fit(1e-2, epochs: 2, weightDecay: 2e-4, cycleLength: 1, cycleMultiplier: 2)
            """,
            """
            var losses: [Double] = []
            for epoch in 0..<3 {
                var total = 0.0
                for (x, y) in batches(data, size: 64) {
                    let loss = mse(model(x.0, x.1), y)
                    loss.backward()
                    opt.step()
                    total += loss.item
                }
                losses.append(total / Double(batchCount))
                print("epoch \\(epoch): \\(String(format: "%.5f", losses[epoch]))")
            }
            let best = losses.min() ?? .infinity
            let top = movieBias.sorted { $0.1 > $1.1 }.prefix(15).map { ($0.0, titles[$0.0] ?? "?") }
            guard let first = top.first else { fatalError("no movies") }
            assert(abs(math.sqrt(0.776) - 0.8809086218218096) < 1e-12, "sqrt")
            plot.scatter(x: pca[0], y: pca[1], labels: names)
                .title("PCA of movie factors")
            """,
        ]
        var results: [String] = []
        for cell in cells {
            results.append(CellParser.parse(cell).errors.map(\.description).joined(separator: " | "))
        }
        #expect(results == ["", "", "", "", ""])
    }
}
