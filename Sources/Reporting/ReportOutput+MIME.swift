// An output as a Jupyter MIME bundle (nbformat 4's `data`, the kernel's display_data and
// execute_result): text/plain always, and the rich form beside it (a table as text/html, a chart
// as image/svg+xml, trusted HTML as text/html).

extension ReportOutput {
    /// The output's MIME bundle, or nil for printed text (`.stream`, a notebook's stream output)
    /// and errors (a notebook's error output).
    public var mimeBundle: [String: String]? {
        switch self {
        case .stream, .error: return nil
        case .text(let text): return ["text/plain": text]
        case .table(let table):
            return ["text/plain": table.plainText, "text/html": HTMLRenderer.fragment(of: self)]
        case .html(let html): return ["text/plain": "<HTML output>", "text/html": html]
        case .svg(let svg): return ["text/plain": "<chart>", "image/svg+xml": svg]
        case .warning(let text): return ["text/plain": "warning: \(text)"]
        }
    }
}

extension ReportTable {
    /// The table as aligned columns of text (pandas' text form): a header row, then a row per
    /// line, then the shape when rows or columns were left out.
    public var plainText: String {
        let header = (index == nil ? [] : [indexName ?? ""]) + columns
        var lines = [header]
        for (r, row) in rows.enumerated() {
            let label = index.map { r < $0.count ? [$0[r]] : [""] } ?? []
            lines.append(label + columns.indices.map { $0 < row.count ? row[$0] : "" })
        }
        let widths = header.indices.map { c in lines.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        var text = lines.map { line in
            line.enumerated().map { c, cell in String(repeating: " ", count: widths[c] - cell.count) + cell }
                .joined(separator: "  ")
        }
        if rows.count < totalRows || columns.count < totalColumns {
            text.append("[\(totalRows) rows x \(totalColumns) columns]")
        }
        return text.joined(separator: "\n")
    }
}
