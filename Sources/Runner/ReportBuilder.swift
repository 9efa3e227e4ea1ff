import CellLanguage
import CellRuntime
import Foundation
import NotebookDocument
import Reporting

/// Turns a finished run into the report's plain values. Execution and rendering stay separate:
/// the renderer never sees the interpreter.
public enum ReportBuilder {
    /// The version printed in every report's header.
    public static let toolVersion = "notebook 0.1.0"

    /// Shown on every cell that ran after an earlier cell failed (`--keep-going`).
    public static let afterFailureNotice = "ran after an earlier cell failed (--keep-going): its results may depend on what that cell did not do"

    public static func document(for run: NotebookRun, generatedAt: Date = Date()) -> ReportDocument {
        var cellRuns = run.cells.makeIterator()
        var blocks: [ReportBlock] = []
        // Document warnings go just before the first block that starts after their line.
        var warnings = run.notebook.warnings.sorted { $0.location.line < $1.location.line }[...]
        func flushWarnings(before line: Int) {
            while let first = warnings.first, first.location.line <= line {
                let file = URL(fileURLWithPath: first.location.path).lastPathComponent
                blocks.append(.warning(location: "\(file):\(first.location.line):\(first.location.column)", message: first.message))
                warnings.removeFirst()
            }
        }
        for block in run.notebook.blocks {
            flushWarnings(before: block.startLine)
            switch block {
            case let .prose(prose): blocks.append(.prose(html: prose.html))
            case let .heading(heading): blocks.append(.heading(level: heading.level, text: heading.text, html: heading.html))
            case .cell: if let cellRun = cellRuns.next() { blocks.append(.cell(reportCell(cellRun, path: run.notebook.path))) }
            }
        }
        flushWarnings(before: Int.max)
        let facts = RunFacts(
            generatedAt: generatedAt, totalSeconds: run.seconds, seed: run.seed,
            cellsSucceeded: run.count(.succeeded), cellsFailed: run.count(.failed),
            cellsNotRun: run.count(.notRun), cellsSkipped: run.count(.skipped),
            toolVersion: toolVersion)
        return ReportDocument(title: run.notebook.title, sourcePath: run.notebook.path, facts: facts, blocks: blocks)
    }

    static func reportCell(_ run: CellRun, path: String) -> ReportCell {
        let cell = run.cell
        var outputs: [ReportOutput] = []
        if cell.options.output {
            outputs = run.outputs.map(reportOutput)
        }
        if run.ranAfterFailure {
            outputs.insert(.warning(ReportBuilder.afterFailureNotice), at: 0)
        }
        outputs += run.diagnostics.map {
            .error(ReportError(location: $0.location.description, message: $0.message, notes: $0.notes, excerpt: $0.excerpt))
        }
        let ran = run.status == .succeeded || run.status == .failed
        return ReportCell(
            executionCount: run.executionCount, location: "\(URL(fileURLWithPath: path).lastPathComponent):\(cell.fenceLine)",
            code: cell.options.echo ? highlight(cell.displayCode) : [], status: run.status,
            seconds: ran ? run.seconds : nil, outputs: outputs,
            label: cell.options.label, caption: cell.options.caption)
    }

    static func reportOutput(_ output: CellOutput) -> ReportOutput {
        switch output {
        case let .stream(text): return .stream(clipped(text))
        case let .display(value):
            switch value {
            case let .text(text): return .text(text)
            case let .html(html): return .html(html)
            case let .svg(svg): return .svg(svg)
            case let .table(table):
                return .table(
                    ReportTable(
                        caption: table.caption, columns: table.columns, index: table.index, indexName: table.indexName,
                        columnsName: table.columnsName, rows: table.rows, totalRows: table.totalRows, totalColumns: table.totalColumns))
            }
        }
    }

    /// Printed text longer than this many lines keeps its head and tail in the report, so a cell that
    /// prints a million lines still gives a readable report of bounded size.
    static let maxStreamLines = 2_000
    static let keptHeadLines = 1_000
    static let keptTailLines = 200

    /// `text` with its middle lines replaced by one line saying how many were left out.
    static func clipped(_ text: String) -> String {
        var newlines = 0
        for byte in text.utf8 where byte == 10 { newlines += 1 }
        guard newlines > maxStreamLines else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let omitted = lines.count - keptHeadLines - keptTailLines
        return
            (lines.prefix(keptHeadLines) + ["… \(omitted) lines not shown (the cell printed \(lines.count - 1) lines) …"]
            + lines.suffix(keptTailLines)).joined(separator: "\n")
    }

    /// Splits code into highlighted segments with our own lexer; the text between tokens
    /// (whitespace) is plain, so the segments concatenate back to `code` exactly.
    public static func highlight(_ code: String) -> [CodeSegment] {
        let bytes = Array(code.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var segments: [CodeSegment] = []
        var position = 0
        for token in Lexer.tokenize(code).tokens where token.kind != .eof && token.kind != .newline {
            let range = token.utf8Range.clamped(to: position..<bytes.count)
            guard !range.isEmpty else { continue }
            if range.lowerBound > position { segments.append(CodeSegment(text(position..<range.lowerBound), .plain)) }
            segments.append(CodeSegment(text(range), kind(of: token)))
            position = range.upperBound
        }
        if position < bytes.count { segments.append(CodeSegment(text(position..<bytes.count), .plain)) }
        return segments
    }

    private static func kind(of token: Token) -> CodeKind {
        switch token.kind {
        case .keyword: return .keyword
        case .identifier: return token.text.first?.isUppercase == true ? .type : .identifier
        case .integer, .double: return .number
        case .string: return .string
        case .comment: return .comment
        case .operator: return .operator
        case .punctuation: return .punctuation
        case .newline, .eof: return .plain
        }
    }
}
