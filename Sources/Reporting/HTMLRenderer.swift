import Foundation

/// Builds the report page. Every untrusted text goes through `HTMLEscaping.escape` (via `esc`);
/// trusted HTML (prose, headings' inline HTML, `.html` and `.svg` outputs) is appended unchanged.
struct HTMLRenderer {
    /// Code longer than this many lines is folded after `codePreviewLines` lines.
    static let codeFoldLines = 30
    static let codePreviewLines = 12
    /// Stream/text output longer than this many lines is folded after `outputPreviewLines` lines.
    static let outputFoldLines = 40
    static let outputPreviewLines = 20

    private let doc: ReportDocument
    private var html = ""
    /// The anchor id of each block (headings and cells), by block index.
    private var ids: [Int: String] = [:]
    /// The block index of the level-1 heading that is the report's title (shown once, in the header,
    /// not again in the body or the contents), when the document starts with one.
    private let titleHeading: Int?

    init(_ doc: ReportDocument) {
        self.doc = doc
        let firstHeading = doc.blocks.firstIndex { if case .heading = $0 { return true } else { return false } }
        if let i = firstHeading, case let .heading(level, text, _) = doc.blocks[i], level == 1, text == doc.title,
            !doc.blocks[..<i].contains(where: { if case .cell = $0 { return true } else { return false } })
        {
            titleHeading = i
        } else {
            titleHeading = nil
        }
        var anchors = AnchorIDs(reserved: ["top", "contents", "report"])
        for (i, block) in doc.blocks.enumerated() {
            switch block {
            case .heading(_, let text, _):
                ids[i] = anchors.unique(text, fallback: "section")
            case .cell(let cell):
                ids[i] = anchors.unique(cell.label ?? "cell-\(i + 1)", fallback: "cell-\(i + 1)")
            case .prose, .warning:
                break
            }
        }
    }

    private func esc(_ text: some StringProtocol) -> String { HTMLEscaping.escape(text) }

    /// One output as the report draws it, without the page around it (a notebook's `text/html`).
    static func fragment(of output: ReportOutput, executionCount: Int? = nil) -> String {
        let facts = RunFacts(
            generatedAt: Date(timeIntervalSince1970: 0), totalSeconds: 0, seed: 0, cellsSucceeded: 0, cellsFailed: 0,
            cellsNotRun: 0, cellsSkipped: 0, toolVersion: "")
        var renderer = HTMLRenderer(ReportDocument(title: "", sourcePath: "", facts: facts, blocks: []))
        renderer.renderOutput(output, executionCount: executionCount)
        return renderer.html
    }

    // MARK: Page

    mutating func render() -> String {
        html = ""
        html.reserveCapacity(64 * 1024)
        html += """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(esc(doc.facts.toolVersion))">
            <title>\(esc(doc.title))</title>
            <style>
            \(Stylesheet.css)
            </style>
            </head>
            <body id="top">
            <div class="page">

            """
        renderHeader()
        renderContents()
        html += "<main id=\"report\">\n"
        for (i, block) in doc.blocks.enumerated() {
            switch block {
            case .prose(let proseHTML):
                html += "<div class=\"prose\">\n\(proseHTML)\n</div>\n"
            case .heading(let level, _, let headingHTML):
                if i == titleHeading { continue }
                let n = min(max(level, 1), 6)
                let id = ids[i] ?? "section"
                html += "<h\(n) id=\"\(esc(id))\" class=\"section-heading\">\(headingHTML)"
                html += "<a class=\"anchor\" href=\"#\(esc(id))\" aria-label=\"link to this section\">#</a></h\(n)>\n"
            case .cell(let cell):
                renderCell(cell, id: ids[i] ?? "cell-\(i + 1)")
            case .warning(let location, let message):
                html += "<div class=\"output output-warning document-warning\" role=\"note\"><strong>warning:</strong> "
                html += "<code>\(esc(location))</code>: \(esc(message))</div>\n"
            }
        }
        html += "</main>\n"
        renderFooter()
        html += "</div>\n</body>\n</html>\n"
        return html
    }

    private mutating func renderHeader() {
        let f = doc.facts
        let date = ReportFormatting.iso8601(f.generatedAt)
        html += "<header class=\"report-header\">\n"
        html += "<p class=\"kicker\">Notebook report</p>\n"
        html += "<h1 class=\"title\">\(esc(doc.title))</h1>\n"
        html += "<dl class=\"facts\">\n"
        html += fact("Notebook", "<code>\(esc(doc.sourcePath))</code>")
        html += fact("Generated", "<time datetime=\"\(esc(date))\">\(esc(date))</time>")
        html += fact("Total time", esc(ReportFormatting.duration(f.totalSeconds)))
        html += fact("Seed", esc(String(f.seed)))
        var counts = "<span class=\"badge badge-succeeded\">\(esc(ReportFormatting.grouped(f.cellsSucceeded))) succeeded</span>"
        counts += " <span class=\"badge badge-failed\(f.cellsFailed == 0 ? " zero" : "")\">\(esc(ReportFormatting.grouped(f.cellsFailed))) failed</span>"
        counts += " <span class=\"badge badge-notRun\(f.cellsNotRun == 0 ? " zero" : "")\">\(esc(ReportFormatting.grouped(f.cellsNotRun))) not run</span>"
        if f.cellsSkipped > 0 {
            counts += " <span class=\"badge badge-skipped\">\(esc(ReportFormatting.grouped(f.cellsSkipped))) skipped</span>"
        }
        html += fact("Cells", counts)
        html += fact("Tool", esc(f.toolVersion))
        html += "</dl>\n"
        if let (index, cell) = firstFailedCell() {
            let id = ids[index] ?? ""
            html += "<p class=\"failure-banner\" role=\"alert\">"
            html += "\(esc(ReportFormatting.count(f.cellsFailed, "cell", "cells"))) failed — "
            html += "first at <a href=\"#\(esc(id))\">\(esc(cell.location))</a></p>\n"
        }
        html += "</header>\n"
    }

    private func fact(_ name: String, _ valueHTML: String) -> String {
        "<div><dt>\(esc(name))</dt><dd>\(valueHTML)</dd></div>\n"
    }

    private func firstFailedCell() -> (Int, ReportCell)? {
        for (i, block) in doc.blocks.enumerated() {
            if case .cell(let cell) = block, cell.status == .failed { return (i, cell) }
        }
        return nil
    }

    private mutating func renderContents() {
        var entries: [(level: Int, text: String, id: String)] = []
        for (i, block) in doc.blocks.enumerated() {
            if case .heading(let level, let text, _) = block, let id = ids[i], i != titleHeading {
                entries.append((min(max(level, 1), 6), text, id))
            }
        }
        guard !entries.isEmpty else { return }
        let top = entries.map(\.level).min() ?? 1
        html += "<nav class=\"toc\" id=\"contents\" aria-label=\"Contents\">\n"
        html += "<p class=\"toc-title\">Contents</p>\n<ul>\n"
        for entry in entries {
            let depth = min(entry.level - top, 3)
            html += "<li class=\"toc-depth-\(depth)\"><a href=\"#\(esc(entry.id))\">\(esc(entry.text))</a></li>\n"
        }
        html += "</ul>\n</nav>\n"
    }

    private mutating func renderFooter() {
        let f = doc.facts
        html += "<footer class=\"report-footer\">Generated by \(esc(f.toolVersion)) from "
        html += "<code>\(esc(doc.sourcePath))</code> on \(esc(ReportFormatting.iso8601(f.generatedAt))). "
        html += "<a href=\"#top\">Back to top</a></footer>\n"
    }

    // MARK: Cells

    private mutating func renderCell(_ cell: ReportCell, id: String) {
        let statusClass = "status-\(cell.status.rawValue)"
        html += "<section class=\"cell \(statusClass)\" id=\"\(esc(id))\">\n"
        html += "<div class=\"cell-head\">"
        let count = cell.executionCount.map(String.init) ?? " "
        html += "<span class=\"prompt\">In [\(esc(count))]:</span>"
        html += "<a class=\"loc\" href=\"#\(esc(id))\">\(esc(cell.location))</a>"
        html += "<span class=\"spacer\"></span>"
        if let seconds = cell.seconds {
            html += "<span class=\"time\">\(esc(ReportFormatting.duration(seconds)))</span>"
        }
        html += "<span class=\"badge badge-\(cell.status.rawValue)\">\(esc(cell.status.label))</span>"
        html += "</div>\n"
        renderCode(cell.code)
        if !cell.outputs.isEmpty {
            html += "<div class=\"cell-outputs\">\n"
            for output in cell.outputs {
                renderOutput(output, executionCount: cell.executionCount)
            }
            html += "</div>\n"
        }
        if let caption = cell.caption {
            html += "<p class=\"cell-caption\">\(esc(caption))</p>\n"
        }
        html += "</section>\n"
    }

    /// Splits segments into lines (a segment spanning a newline is cut there), keeping kinds.
    private static func codeLines(_ code: [CodeSegment]) -> [[CodeSegment]] {
        var lines: [[CodeSegment]] = [[]]
        for segment in code {
            let pieces = segment.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (k, piece) in pieces.enumerated() {
                if k > 0 { lines.append([]) }
                if !piece.isEmpty {
                    lines[lines.count - 1].append(CodeSegment(String(piece), segment.kind))
                }
            }
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    private func highlighted(_ lines: ArraySlice<[CodeSegment]>) -> String {
        var out = ""
        for (n, line) in lines.enumerated() {
            if n > 0 { out += "\n" }
            for segment in line {
                if let cls = segment.kind.cssClass {
                    out += "<span class=\"\(cls)\">\(esc(segment.text))</span>"
                } else {
                    out += esc(segment.text)
                }
            }
        }
        return out
    }

    private mutating func renderCode(_ code: [CodeSegment]) {
        let lines = Self.codeLines(code)
        if lines.count > Self.codeFoldLines {
            let head = lines.prefix(Self.codePreviewLines)
            let rest = lines.dropFirst(Self.codePreviewLines)
            html += "<div class=\"cell-code\"><pre class=\"code\"><code>\(highlighted(head))</code></pre>\n"
            html += "<details class=\"fold\"><summary>Show \(esc(ReportFormatting.count(rest.count, "more line", "more lines"))) of code</summary>"
            html += "<pre class=\"code\"><code>\(highlighted(rest))</code></pre></details></div>\n"
        } else {
            html += "<div class=\"cell-code\"><pre class=\"code\"><code>\(highlighted(lines[...]))</code></pre></div>\n"
        }
    }

    // MARK: Outputs

    private mutating func renderOutput(_ output: ReportOutput, executionCount: Int?) {
        switch output {
        case .stream(let text):
            html += "<div class=\"output output-stream\">"
            renderFoldedText(text)
            html += "</div>\n"
        case .text(let text):
            let count = executionCount.map(String.init) ?? " "
            html += "<div class=\"output output-text\"><span class=\"out-prompt\">Out[\(esc(count))]:</span>"
            renderFoldedText(text)
            html += "</div>\n"
        case .table(let table):
            html += "<div class=\"output output-table\">\n"
            renderTable(table, cssClass: "dataframe")
            html += "</div>\n"
        case .html(let trusted):
            html += "<div class=\"output output-html\">\n\(trusted)\n</div>\n"
        case .svg(let trusted):
            html += "<div class=\"output output-svg\">\n\(trusted)\n</div>\n"
        case .error(let error):
            renderError(error)
        case .warning(let text):
            html += "<div class=\"output output-warning\"><strong>warning:</strong> \(esc(text))</div>\n"
        }
    }

    private mutating func renderFoldedText(_ text: String) {
        let lines = ReportFormatting.lines(text)
        if lines.count > Self.outputFoldLines {
            let head = lines.prefix(Self.outputPreviewLines).joined(separator: "\n")
            let rest = lines.dropFirst(Self.outputPreviewLines)
            html += "<pre>\(esc(head))</pre>"
            html += "<details class=\"fold\"><summary>Show \(esc(ReportFormatting.count(rest.count, "more line", "more lines")))</summary>"
            html += "<pre>\(esc(rest.joined(separator: "\n")))</pre></details>"
        } else {
            html += "<pre>\(esc(lines.joined(separator: "\n")))</pre>"
        }
    }

    private mutating func renderError(_ error: ReportError) {
        html += "<div class=\"output output-error\" role=\"alert\">\n"
        html += "<p class=\"error-head\"><span class=\"error-loc\">\(esc(error.location))</span> "
        html += "<strong>error:</strong> <span class=\"error-message\">\(esc(error.message))</span></p>\n"
        if let excerpt = error.excerpt, !excerpt.isEmpty {
            let lines = ReportFormatting.lines(excerpt).joined(separator: "\n")
            html += "<pre class=\"error-excerpt\">\(esc(lines))</pre>\n"
        }
        if !error.notes.isEmpty {
            html += "<ul class=\"error-notes\">\n"
            for note in error.notes {
                html += "<li><strong>note:</strong> \(esc(note))</li>\n"
            }
            html += "</ul>\n"
        }
        html += "</div>\n"
    }

    private mutating func renderTable(_ table: ReportTable, cssClass: String) {
        let width = table.columns.count
        var cells: [[String]] = table.rows.map { row in
            (0..<width).map { $0 < row.count ? row[$0] : "" }
        }
        for column in 0..<width {
            let aligned = ReportFormatting.alignedDecimals(cells.map { $0[column] })
            for r in cells.indices { cells[r][column] = aligned[r] }
        }
        let numeric: [Bool] = (0..<width).map { column in
            var sawNumber = false
            for row in cells {
                let value = row[column]
                if value.isEmpty { continue }
                guard ReportFormatting.looksNumeric(value) else { return false }
                sawNumber = true
            }
            return sawNumber
        }
        let index = table.index
        // A pandas-style head and tail has one row of "..." between them (index "..."): it is
        // drawn as the "more" row, and the trailing one is left out.
        let ellipsisRows = Set(cells.indices.filter { Self.isEllipsisRow(cells[$0], index: index, at: $0) })
        let shownRows = cells.count - ellipsisRows.count
        let rowsTruncated = shownRows < table.totalRows
        let columnsTruncated = width < table.totalColumns

        html += "<div class=\"table-wrap\"><table class=\"\(cssClass)\">\n"
        if let caption = table.caption {
            html += "<caption>\(esc(caption))</caption>\n"
        }
        html += "<thead>"
        if let columnsName = table.columnsName {
            // pandas' layout: the columns' name on a row of its own, right of the index column.
            html += "<tr class=\"columns-name\">"
            if index != nil { html += "<th class=\"corner\"></th>" }
            html += "<th colspan=\"\(width + (columnsTruncated ? 1 : 0))\" scope=\"colgroup\">\(esc(columnsName))</th></tr>\n"
        }
        html += "<tr>"
        if index != nil { html += "<th class=\"corner\">\(esc(table.indexName ?? ""))</th>" }
        for (c, name) in table.columns.enumerated() {
            html += "<th\(numeric[c] ? " class=\"num\"" : "") scope=\"col\">\(esc(name))</th>"
        }
        if columnsTruncated { html += "<th class=\"more\">…</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for (r, row) in cells.enumerated() {
            if ellipsisRows.contains(r) {
                html += moreRow(width: width, hasIndex: index != nil, numeric: numeric, columnsTruncated: columnsTruncated)
                continue
            }
            html += "<tr>"
            if let index {
                let label = r < index.count ? index[r] : ""
                html += "<th scope=\"row\">\(esc(label))</th>"
            }
            for (c, value) in row.enumerated() {
                if value.isEmpty {
                    html += "<td class=\"na\"></td>"
                } else if value.contains(where: \.isNewline) {
                    // A line break inside a (quoted CSV) field is shown as one, not folded to a space.
                    html += "<td class=\"lines\">\(esc(value))</td>"
                } else {
                    html += "<td\(numeric[c] ? " class=\"num\"" : "")>\(esc(value))</td>"
                }
            }
            if columnsTruncated { html += "<td class=\"more\">…</td>" }
            html += "</tr>\n"
        }
        if rowsTruncated && ellipsisRows.isEmpty {
            html += moreRow(width: width, hasIndex: index != nil, numeric: numeric, columnsTruncated: columnsTruncated)
        }
        html += "</tbody>\n</table></div>\n"
        // The shape is said only when part of the table is left out (pandas does the same).
        if rowsTruncated || columnsTruncated {
            html += "<p class=\"shape\">\(esc(Self.shapeLine(table, shownRows: shownRows, shownColumns: width, headAndTail: !ellipsisRows.isEmpty)))</p>\n"
        }
    }

    /// The row of ⋮ standing for rows left out.
    private func moreRow(width: Int, hasIndex: Bool, numeric: [Bool], columnsTruncated: Bool) -> String {
        var row = "<tr class=\"more\">"
        if hasIndex { row += "<th>⋮</th>" }
        for c in 0..<width { row += "<td\(numeric[c] ? " class=\"num\"" : "")>⋮</td>" }
        if columnsTruncated { row += "<td></td>" }
        return row + "</tr>\n"
    }

    /// Whether row `r` is the "..." row pandas puts between a head and a tail: its index label is
    /// "..." (or "…") and every cell is "..." too.
    static func isEllipsisRow(_ row: [String], index: [String]?, at r: Int) -> Bool {
        guard let index, r < index.count, index[r] == "..." || index[r] == "…" else { return false }
        return row.allSatisfy { $0 == "..." || $0 == "…" }
    }

    /// "3 rows × 4 columns", "showing 10 of 100,000 rows × 4 of 20 columns" for a part, or
    /// "100,000 rows × 4 columns (first 10 and last 10 shown)" for a head and tail.
    static func shapeLine(_ table: ReportTable, shownRows: Int, shownColumns: Int, headAndTail: Bool = false) -> String {
        if headAndTail && shownColumns >= table.totalColumns {
            let head = table.index?.firstIndex { $0 == "..." || $0 == "…" } ?? shownRows / 2
            let tail = shownRows - head
            return "\(ReportFormatting.count(table.totalRows, "row", "rows")) × \(ReportFormatting.count(table.totalColumns, "column", "columns"))"
                + " (first \(ReportFormatting.grouped(head)) and last \(ReportFormatting.grouped(tail)) shown)"
        }
        let rowsTruncated = shownRows < table.totalRows
        let columnsTruncated = shownColumns < table.totalColumns
        let rows =
            rowsTruncated
            ? "\(ReportFormatting.grouped(shownRows)) of \(ReportFormatting.count(table.totalRows, "row", "rows"))"
            : ReportFormatting.count(table.totalRows, "row", "rows")
        let columns =
            columnsTruncated
            ? "\(ReportFormatting.grouped(shownColumns)) of \(ReportFormatting.count(table.totalColumns, "column", "columns"))"
            : ReportFormatting.count(table.totalColumns, "column", "columns")
        return (rowsTruncated || columnsTruncated ? "showing " : "") + "\(rows) × \(columns)"
    }
}
