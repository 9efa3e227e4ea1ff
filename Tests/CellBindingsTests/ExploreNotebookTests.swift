// Notebooks/tests/explore.md, the MovieLens exploration written as a pandas user writes it, run
// cell by cell on the typed interpreter; its results must be pandas' (golden/explore_golden.py,
// pandas 3.1.2 on MovieLens 100K). Skipped when `make data` has not fetched MovieLens.

import CellBindings
import CellCore
import Foundation
import Testing

@Suite(.serialized) struct ExploreNotebookTests {
    @Test(.enabled(if: Fixtures.movieLens != nil)) func theExploreNotebookRunsAndMatchesPandas() throws {
        let url = Fixtures.root.appendingPathComponent("Notebooks/tests/explore.md")
        let session = NotebookSession(baseDirectory: url.deletingLastPathComponent())
        var printed = ""
        for cell in try LessonCells.cells(of: url.path) {
            let r = session.run(source: cell.source)
            #expect(r.succeeded, "explore.md:\(cell.line): \(r.failure)")
            printed += r.printed
        }
        // pandas: explore_golden.py.
        for line in [
            "(rows: 100000, columns: 4) (rows: 1682, columns: 3)",
            "3.52986 4.0 1.12567359914431",
            "median ratings per user: 65.0",
            "busiest user: 405 with 737 ratings",
            "338 movies have at least 100 ratings",
            "636 dramas that are not comedies",
            "0 movies without ratings",
        ] {
            #expect(printed.contains(line), "expected the notebook to print \(line)")
        }
        #expect(printed.contains("90th percentile: 244.40000000000"))
        let checks = session.run(
            source: """
                print(movieGenres.count, movieGenres.groupBy("genre").size().sortValues(by: "count", ascending: false).head(3)["genre"].strings)
                print(movieGenres.groupBy("genre").size().sortValues(by: "count", ascending: false).head(3)["count"].ints)
                print(ratings.groupBy("year").size()["count"].ints, perMonth["count"].ints)
                print(top.head(3)["title"].strings)
                print(top.head(3)["mean"].doubles)
                print(stats.merge(movies, on: "movieId", how: .left).sortValues(by: ["score"], ascending: false).head(3)["title"].strings)
                let byGenre = ratingGenres.groupBy("genre").agg("rating", [.mean, .count])
                print(ratingGenres.count, byGenre.sortValues(by: ["mean"], ascending: false).head(3)["genre"].strings)
                """)
        #expect(checks.succeeded, "\(checks.failure)")
        #expect(
            checks.printed == """
                2893 ["Drama", "Comedy", "Action"]
                [725, 505, 251]
                [52899, 47101] [6704, 10304, 23980, 11911, 14095, 10991, 12656, 9359]
                ["Close Shave, A (1995)", "Schindler\\'s List (1993)", "Wrong Trousers, The (1993)"]
                [4.491071428571429, 4.466442953020135, 4.466101694915254]
                ["Schindler\\'s List (1993)", "Casablanca (1942)", "Shawshank Redemption, The (1994)"]
                212595 ["Film-Noir", "War", "Drama"]

                """)
        // The weekday means, Monday first.
        let weekdays = session.run(source: "print(ratings.groupBy(\"weekday\")[\"rating\"].mean()[\"rating\"].doubles)")
        let expected = [
            3.5538181266130255, 3.5609703581425394, 3.5429276216834125, 3.5271625261897634, 3.4814675210453574,
            3.524441201830603, 3.523293880634601,
        ]
        let got = weekdays.printed.trimmingCharacters(in: CharacterSet(charactersIn: "[]\n")).components(separatedBy: ", ")
            .compactMap(Double.init)
        #expect(got.count == 7 && zip(got, expected).allSatisfy { abs($0 - $1) < 1e-12 }, "\(got)")
    }
}
