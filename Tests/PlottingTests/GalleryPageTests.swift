import Foundation
import Testing

@testable import Plotting

/// Writes every chart kind into one HTML page for looking at in a browser:
/// `PLOTS_HTML=/tmp/plots.html swift test --filter GalleryPageTests`. Without the variable the test
/// only checks that each chart parses.
@Suite struct GalleryPageTests {
    static let titles = [
        "Titanic (1997)", "Star Wars (1977)", "Fargo (1996)", "Contact (1997)", "Scream (1996)", "Liar Liar (1997)",
        "English Patient, The (1996)", "Toy Story (1995)", "Return of the Jedi (1983)", "Air Force One (1997)",
        "Independence Day (ID4) (1996)", "Raiders of the Lost Ark (Indiana Jones and the Raiders of the Lost Ark) (1981)",
        "Godfather, The (1972)", "Pulp Fiction (1994)", "Twelve Monkeys (1995)", "Silence of the Lambs, The (1991)",
        "Jerry Maguire (1996)", "Rock, The (1996)", "Empire Strikes Back, The (1980)", "Star Trek: First Contact (1996)",
        "Back to the Future (1985)", "Mission: Impossible (1996)", "Fugitive, The (1993)", "Titanic (1997) & co",
        "Amélie (2001) 😀", "Braveheart (1995)", "Terminator 2: Judgment Day (1991)", "Schindler's List (1993)",
        "Dead Man Walking (1995)", "Men in Black (1997)", "Princess Bride, The (1987)", "Full Monty, The (1997)",
        "Usual Suspects, The (1995)", "Monty Python and the Holy Grail (1974)", "Alien (1979)", "Willy Wonka (1971)",
        "Jurassic Park (1993)", "Babe (1995)", "Sense and Sensibility (1995)", "Shawshank Redemption, The (1994)",
        "Forrest Gump (1994)", "Saint, The (1997)", "Casablanca (1942)", "Game, The (1997)", "Heat (1995)",
        "Lawnmower Man 2 (1996)", "Home Alone 3 (1997)", "Children of the Corn: The Gathering (1996)",
        "Crow: City of Angels, The (1996)", "L.A. Confidential (1997)",
    ]

    static func charts() -> [(String, Chart)] {
        var rng = Fixtures.LCG(state: 2017)
        // Lesson 5, cell 19: 20,000 validation predictions against half-star ratings.
        var truth: [Double] = []
        var preds: [Double] = []
        for _ in 0..<20_000 {
            let r = min(max((3.6 + 1.05 * rng.normal()) * 2, 1), 10).rounded() / 2
            truth.append(r)
            preds.append(min(max(3.5 + 0.55 * (r - 3.5) + 0.45 * rng.normal(), 0.3), 5.4))
        }
        let pcaX = (0..<50).map { _ in 0.06 * rng.normal() }
        let pcaY = (0..<50).map { _ in 0.04 * rng.normal() }
        let colors = (0..<50).map { _ -> String in
            let c = (0..<3).map { _ in String(format: "%02x", Int(rng.next() * 0.7 * 255)) }
            return "#" + c.joined()
        }
        let iterations = 1_500
        let lr = (0..<iterations).map { i in 0.01 * (1 + cos(Double.pi * Double(i % 500) / 500)) / 2 }
        var loss: [Double] = []
        var smooth = 1.4
        for i in 0..<iterations {
            smooth = 0.98 * smooth + 0.02 * (0.75 + 0.6 * exp(-Double(i) / 300) + 0.08 * rng.normal())
            loss.append(smooth)
        }
        let biases = [-0.41, -0.38, -0.35, 0.52, 0.55, 0.58, 0.61]
        let biasNames = [
            "Children of the Corn: The Gathering (1996)", "Lawnmower Man 2: Beyond Cyberspace (1996)",
            "Home Alone 3 (1997)", "L.A. Confidential (1997)", "Titanic (1997)",
            "Silence of the Lambs, The (1991)", "Shawshank Redemption, The (1994)",
        ]
        return [
            (
                "jointplot",
                Chart.jointplotHex(
                    x: preds, y: truth, title: "Predictions against truth (20,000 ratings)",
                    xLabel: "prediction", yLabel: "rating")
            ),
            (
                "pca",
                Chart.scatter(
                    x: pcaX, y: pcaY, labels: titles, colors: colors, title: "Movies on PCA components 0 and 1",
                    xLabel: "fac0", yLabel: "fac1", width: 900, height: 700)
            ),
            (
                "lr",
                Chart.line(
                    series: [Series(name: "learning rate", y: lr)], title: "Learning rate (SGDR, 3 cycles)",
                    xLabel: "iteration", yLabel: "lr")
            ),
            (
                "loss",
                Chart.line(
                    series: [
                        Series(name: "training loss", y: loss),
                        Series(name: "validation", x: [499, 999, 1499], y: [0.82, 0.79, 0.78]),
                    ],
                    title: "Loss", xLabel: "iteration", yLabel: "MSE")
            ),
            ("hist", Chart.histogram(truth, title: "Ratings", xLabel: "rating")),
            ("bar", Chart.bar(categories: biasNames, values: biases, title: "Movie bias", yLabel: "bias", width: 900)),
            ("scatter20k", Chart.scatter(x: preds, y: truth, title: "20,000 points", xLabel: "prediction", yLabel: "rating")),
            ("tiny", Chart.line(series: [Series(name: "tiny", x: [1e-5, 2e-5, 3e-5], y: [2e6, 4e6, 3e6])], title: "Tiny x, huge y")),
            (
                "nan",
                Chart.scatter(
                    x: [1, .nan, 2, 3, .infinity], y: [1, 2, -.infinity, 3, 4], labels: ["a & b", "", "", "<c>", ""],
                    title: "NaN and infinity", width: 320, height: 240)
            ),
            ("single", Chart.jointplotHex(x: [2], y: [3], title: "One point", width: 320, height: 320)),
            ("empty", Chart.histogram([], title: "Empty", width: 320, height: 240)),
            ("equal", Chart.bar(categories: ["a", "b"], values: [0, 0], title: "All zero", width: 320, height: 240)),
        ] + [
            ("fixture-scatter", Fixtures.scatter), ("fixture-line", Fixtures.line), ("fixture-hist", Fixtures.histogram),
            ("fixture-bar", Fixtures.bar), ("fixture-joint", Fixtures.jointplot),
        ]
    }

    @Test func galleryPage() throws {
        let charts = Self.charts()
        for (name, chart) in charts {
            let svg = chart.svg()
            #expect(XMLCheck.parse(svg).error == nil, "\(name)")
            #expect(!svg.contains("http://"), "\(name)")
        }
        guard let path = ProcessInfo.processInfo.environment["PLOTS_HTML"] else { return }
        var html =
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Plotting gallery</title><style>"
            + "body{font-family:sans-serif;margin:16px;background:#fff;color:#222}"
            + ".dark{background:#1e1e1e;color:#ddd;padding:8px}figure{display:inline-block;margin:8px;vertical-align:top}"
            + "</style></head><body><h1>Plotting gallery</h1>\n"
        for (name, chart) in charts {
            html += "<figure><figcaption>\(name)</figcaption>\(chart.svg())</figure>\n"
        }
        html += "<div class=\"dark\"><h2>Dark page</h2>\n"
        for (name, chart) in charts where ["jointplot", "loss", "hist", "bar", "fixture-scatter"].contains(name) {
            html += "<figure>\(chart.svg())</figure>\n"
        }
        html += "</div></body></html>\n"
        try Data(html.utf8).write(to: URL(fileURLWithPath: path))
    }
}
