import NotebookDocument
import Reporting

/// What happened when one cell ran: its status, outputs, errors and time. The parsed `Cell` stays
/// immutable; this is the run state beside it.
public struct CellRun {
    public var cell: Cell
    public var status: CellStatus
    /// Jupyter's execution count: 1, 2, … over the cells that were run; nil when not run.
    public var executionCount: Int?
    /// Printed text (`.stream`) and displayed values, in order (kept when the cell later fails).
    public var outputs: [ReportOutput]
    /// Why the cell failed, or the expected error of an `error: true` cell.
    public var diagnostics: [Diagnostic]
    /// Wall-clock seconds spent parsing and running the cell.
    public var seconds: Double
    /// The cell ran although an earlier cell had failed (`--keep-going`): its results may depend
    /// on what the failed cell did not define. The report and the progress line say so.
    public var ranAfterFailure: Bool = false

    public init(
        cell: Cell, status: CellStatus, executionCount: Int? = nil, outputs: [ReportOutput] = [],
        diagnostics: [Diagnostic] = [], seconds: Double = 0
    ) {
        self.cell = cell; self.status = status; self.executionCount = executionCount
        self.outputs = outputs; self.diagnostics = diagnostics; self.seconds = seconds
    }
}

/// A finished run of one notebook.
public struct NotebookRun {
    public var notebook: Notebook
    public var cells: [CellRun]
    public var seed: UInt64
    /// The run was stopped by Ctrl-C or SIGTERM (see `Interruption`); the report is still written.
    public var interrupted: Bool
    public var seconds: Double

    public var failedCells: [CellRun] { cells.filter { $0.status == .failed } }
    public func count(_ status: CellStatus) -> Int { cells.filter { $0.status == status }.count }
}
