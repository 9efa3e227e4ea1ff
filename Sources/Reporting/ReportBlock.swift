/// One top-level piece of a report, in document order.
public enum ReportBlock: Sendable, Equatable {
    /// Prose already rendered to HTML by libcmark (raw HTML in the Markdown is not passed through
    /// by the reader). Trusted: emitted unchanged.
    case prose(html: String)
    /// A Markdown heading. `level` is 1...6 (clamped when rendered); `text` is the plain text used
    /// for the anchor id and the table of contents (escaped); `html` is the heading's inline HTML
    /// from libcmark (trusted, emitted unchanged).
    case heading(level: Int, text: String, html: String)
    /// A code cell with its run outcome and outputs.
    case cell(ReportCell)
    /// A warning about the document itself (e.g. a ```` ```swift ```` fence in a list that does not
    /// run), placed where it applies; `location` is `file:line:col`. Plain text, escaped.
    case warning(location: String, message: String)
}
