// Data frames in cells (pandas' names in Swift case, with pandas' semantics), bound through the
// registry API. Stub: the DataFrame type only; its builtins are being ported from
// Sources/CellRuntime/Builtins/FrameBuiltins.swift.

import CellCore
import Frames
import Reporting

/// A DataFrame held by a cell.
final class FrameObject: CellDisplayable, CustomStringConvertible {
    let frame: DataFrame
    /// The column shown as the row labels instead of positions (a crosstab's row keys, which pandas
    /// holds as the index); it must be the first column.
    let indexColumn: String?
    init(_ frame: DataFrame, indexColumn: String? = nil) {
        self.frame = frame
        self.indexColumn = indexColumn
    }
    var reportOutput: ReportOutput {
        let table = frame.table()
        guard let name = indexColumn, table.columns.first == name else {
            return .table(
                ReportTable(
                    columns: table.columns, index: table.index, rows: table.rows, totalRows: table.totalRows,
                    totalColumns: table.totalColumns))
        }
        // The key column becomes the index, as pandas shows a crosstab.
        return .table(
            ReportTable(
                columns: Array(table.columns.dropFirst()), index: table.rows.map { $0.first ?? "" }, indexName: name,
                rows: table.rows.map { Array($0.dropFirst()) }, totalRows: table.totalRows,
                totalColumns: table.totalColumns - 1))
    }
    var description: String { frame.table().text }
}

enum FrameBindings {
    static let source = """
        /// A table of named, typed columns (pandas' DataFrame).
        final class DataFrame {}
        """

    static var module: LibraryModule {
        LibraryModule(name: "Frames", source: source, hostTypes: ["DataFrame"], functions: [:])
    }
}
