import Foundation
import Plotting

/// Small deterministic inputs shared by the golden tests and the gallery page.
enum Fixtures {
    /// A seeded 64-bit LCG (Knuth's MMIX constants) so data needs no randomness from the system.
    struct LCG {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        /// Standard normal by Box–Muller.
        mutating func normal() -> Double {
            let u = max(next(), 1e-12)
            let v = next()
            return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
    }

    static let scatter = Chart.scatter(
        x: [0.1, 0.4, 0.35, 0.8, 0.62], y: [1.2, 0.5, 2.1, 1.7, 0.9],
        labels: ["Titanic (1997)", "Star Wars (1977)", "Fargo (1996)", "Scream (1996)", "Contact (1997)"],
        colors: ["#1f77b4", "#ff7f0e", "#2ca02c", "#1f77b4", "crimson"],
        title: "Movies on two PCA axes", xLabel: "fac0", yLabel: "fac2", width: 480, height: 360)

    static let line = Chart.line(
        series: [
            Series(name: "training loss", y: [0.95, 0.84, 0.80, 0.76, 0.75, 0.74]),
            Series(name: "validation loss", y: [0.93, 0.86, 0.83, 0.81, 0.80, 0.81]),
        ],
        title: "Loss per epoch", xLabel: "epoch", yLabel: "MSE", width: 480, height: 320)

    static let histogram = Chart.histogram(
        [1, 2, 2, 3, 3, 3, 4, 5, 10], title: "Ratings", xLabel: "rating",
        width: 400, height: 300)

    static let bar = Chart.bar(
        categories: ["Titanic", "Fargo", "Scream", "Heat"], values: [0.8, 0.65, -0.2, 0.4],
        title: "Movie bias", yLabel: "bias", width: 400, height: 300)

    static let jointplot: Chart = {
        var xs: [Double] = []
        var ys: [Double] = []
        for i in 0..<60 {
            let t = Double(i)
            let x = 3 + 1.2 * sin(t * 1.7) + 0.3 * cos(t * 0.37)
            xs.append(x)
            ys.append(min(max(((x + 0.8 * sin(t * 2.3)) * 2).rounded() / 2, 0.5), 5))
        }
        return Chart.jointplotHex(
            x: xs, y: ys, gridSize: 12, title: "Predictions against truth",
            xLabel: "prediction", yLabel: "rating", width: 420, height: 420)
    }()
}
