import Foundation

@testable import Reporting

/// Hostile text placed in every plain-text slot; it must come out escaped.
let hostile = "<script>alert(1)</script> & \"q\" 'a'"
let hostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;"

let fixedFacts = RunFacts(
    generatedAt: Date(timeIntervalSince1970: 1_790_000_000),  // 2026-09-21T14:13:20Z
    totalSeconds: 83.4, seed: 42,
    cellsSucceeded: 3, cellsFailed: 1, cellsNotRun: 1, cellsSkipped: 0,
    toolVersion: "notebook 0.1.0")

func cell(
    _ count: Int?, _ code: [CodeSegment], status: CellStatus = .succeeded,
    outputs: [ReportOutput] = [], seconds: Double? = 0.12, label: String? = nil,
    caption: String? = nil
) -> ReportBlock {
    .cell(
        ReportCell(
            executionCount: count, location: "lesson5.md:\(10 + (count ?? 0))", code: code,
            status: status, seconds: seconds, outputs: outputs, label: label, caption: caption))
}

/// A document whose every plain-text slot holds `hostile`.
func hostileDocument() -> ReportDocument {
    let table = ReportTable(
        caption: hostile, columns: [hostile, "rating"], index: [hostile],
        rows: [[hostile, "4.0"]], totalRows: 1, totalColumns: 2)
    let error = ReportError(
        location: hostile, message: hostile, notes: [hostile], excerpt: hostile)
    return ReportDocument(
        title: hostile, sourcePath: hostile,
        facts: RunFacts(
            generatedAt: Date(timeIntervalSince1970: 0), totalSeconds: 1, seed: 1,
            cellsSucceeded: 1, cellsFailed: 0, cellsNotRun: 0, cellsSkipped: 0,
            toolVersion: hostile),
        blocks: [
            .heading(level: 2, text: hostile, html: "Safe heading"),
            .cell(
                ReportCell(
                    executionCount: 1, location: hostile, code: [CodeSegment(hostile, .string)],
                    status: .succeeded, seconds: 0.5,
                    outputs: [
                        .stream(hostile), .text(hostile), .table(table), .error(error),
                        .table(table), .warning(hostile),
                    ],
                    label: hostile, caption: hostile)),
        ])
}

/// The sample report with every output kind, for looking at in a browser.
func sampleDocument() -> ReportDocument {
    let code: [CodeSegment] = [
        CodeSegment("// load the ratings\n", .comment),
        CodeSegment("let", .keyword), CodeSegment(" "), CodeSegment("ratings", .identifier),
        CodeSegment(" "), CodeSegment("=", .operator), CodeSegment(" "),
        CodeSegment("readCSV", .identifier), CodeSegment("(", .punctuation),
        CodeSegment("\"../data/ml-100k/ratings.csv\"", .string), CodeSegment(")", .punctuation),
        CodeSegment("\n"), CodeSegment("ratings", .identifier), CodeSegment(".", .punctuation),
        CodeSegment("head", .identifier), CodeSegment("(", .punctuation),
        CodeSegment("5", .number), CodeSegment(")", .punctuation),
    ]
    let ratings = ReportTable(
        caption: nil, columns: ["userId", "movieId", "rating", "timestamp", "title"],
        index: ["0", "1", "2", "3", "4"],
        rows: [
            ["1", "31", "2.5", "1260759144", "Dangerous Minds (1995)"],
            ["1", "1029", "3.0", "1260759179", "Dumbo (1941)"],
            ["1", "1061", "", "1260759182", "Sleepers (1996)"],
            ["1", "1129", "2.0", "1260759185", "<script>alert(1)</script>"],
            ["1", "1172", "4.0", "1260759205", "Cinema Paradiso (Nuovo cinema Paradiso) (1989)"],
        ],
        totalRows: 100_004, totalColumns: 5)
    let progress = ReportTable(
        columns: ["epoch", "trn_loss", "val_loss", "seconds"],
        rows: [
            ["0", "0.8523", "0.8131", "3.41"],
            ["1", "0.7211", "0.7874", "3.22"],
            ["2", "0.6530", "0.7712", "3.30"],
            ["3", "0.5702", "0.7690", "3.25"],
        ])
    let svg = """
        <svg viewBox="0 0 300 120" width="300" height="120" role="img" aria-label="bars">\
        <rect x="10" y="60" width="40" height="50" fill="#4c78a8"/>\
        <rect x="70" y="30" width="40" height="80" fill="#4c78a8"/>\
        <rect x="130" y="10" width="40" height="100" fill="#4c78a8"/>\
        <rect x="190" y="80" width="40" height="30" fill="#4c78a8"/>\
        <text x="10" y="118" font-size="9">ratings per star</text></svg>
        """
    var longCode: [CodeSegment] = [CodeSegment("// a long training loop\n", .comment)]
    for i in 0..<40 {
        longCode += [
            CodeSegment("print", .identifier), CodeSegment("(", .punctuation),
            CodeSegment("\(i)", .number), CodeSegment(")\n", .punctuation),
        ]
    }
    let longStream =
        (1...120).map { "step \($0): loss \(String(format: "%.4f", 1.0 / Double($0)))" }
        .joined(separator: "\n") + "\n"
    let error = ReportError(
        location: "lesson5.md:57:13",
        message: "expected a value of type Tensor for argument 'x', found String",
        notes: ["did you mean `ratings`?", "`predict` takes (users:, items:)"],
        excerpt: "let preds = model.predict(\"users\")\n                          ^~~~~~~")
    return ReportDocument(
        title: "Lesson 5: collaborative filtering <MovieLens>",
        sourcePath: "Notebooks/lesson5.md",
        facts: fixedFacts,
        blocks: [
            .prose(
                html:
                    "<p>This lesson builds a <strong>collaborative filtering</strong> model on <a href=\"#data\">MovieLens</a>, "
                    + "following fast.ai's 2017 lesson 5. Inline <code>code</code> too.</p>"
            ),
            .heading(level: 2, text: "Data", html: "Data"),
            cell(1, code, outputs: [.stream("Loaded 100,004 ratings\n"), .table(ratings)], seconds: 0.84),
            .heading(level: 3, text: "Ratings by star", html: "Ratings by <em>star</em>"),
            cell(
                2,
                [
                    CodeSegment("histogram", .identifier), CodeSegment("(", .punctuation),
                    CodeSegment("ratings", .identifier), CodeSegment(")", .punctuation),
                ],
                outputs: [.svg(svg)], seconds: 0.05, label: "fig-stars",
                caption: "Figure 1: number of ratings per star value."),
            .heading(level: 2, text: "Model", html: "Model"),
            cell(
                3,
                [
                    CodeSegment("let", .keyword), CodeSegment(" "), CodeSegment("n", .identifier),
                    CodeSegment(" = ", .operator), CodeSegment("Tensor", .type),
                    CodeSegment("(", .punctuation), CodeSegment("3.5", .number),
                    CodeSegment(")\n", .punctuation), CodeSegment("n", .identifier),
                ],
                outputs: [
                    .text("Tensor(shape: [], 3.5)"), .html("<p><b>trusted</b> html output</p>"),
                    .warning("seed option ignored: expected an integer"),
                ], seconds: 0.003),
            .heading(level: 2, text: "Training", html: "Training"),
            cell(
                4,
                [
                    CodeSegment("learn", .identifier), CodeSegment(".", .punctuation),
                    CodeSegment("fit", .identifier), CodeSegment("(", .punctuation),
                    CodeSegment("1e-2", .number), CodeSegment(", ", .punctuation),
                    CodeSegment("4", .number), CodeSegment(")", .punctuation),
                ],
                outputs: [.table(progress)], seconds: 13.2),
            cell(5, longCode, outputs: [.stream(longStream)], seconds: 2.5),
            .heading(level: 2, text: "Training", html: "Training (again)"),
            cell(
                6,
                [
                    CodeSegment("let", .keyword), CodeSegment(" preds = "),
                    CodeSegment("model", .identifier), CodeSegment(".predict(", .punctuation),
                    CodeSegment("\"users\"", .string), CodeSegment(")", .punctuation),
                ],
                status: .failed, outputs: [.error(error)], seconds: 0.01),
            cell(
                nil,
                [
                    CodeSegment("preds", .identifier), CodeSegment(".", .punctuation),
                    CodeSegment("mean", .identifier), CodeSegment("()", .punctuation),
                ],
                status: .notRun, seconds: nil),
            .prose(html: "<p>That's all.</p>"),
        ])
}
