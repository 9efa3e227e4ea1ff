/// One thing a cell showed, rendered by kind (like a Jupyter output's MIME bundle, one kind each).
public enum ReportOutput: Sendable, Equatable {
    /// Printed text (`print`), shown as a plain stream; more than 40 lines are folded.
    case stream(String)
    /// A value's text form, Jupyter's `Out[n]`; more than 40 lines are folded.
    case text(String)
    /// A table (e.g. a data frame's head).
    case table(ReportTable)
    /// Trusted HTML, emitted unchanged.
    case html(String)
    /// Trusted inline SVG (a chart), emitted unchanged.
    case svg(String)
    /// A cell error with its location and source excerpt.
    case error(ReportError)
    /// A warning or notice from the runtime (e.g. "seed option ignored"); shown as a yellow note.
    case warning(String)
}
