// How a cell's value shows in the report: host objects as they choose (a frame as a table, a
// chart as SVG), an array of labelled tuples as a table, anything else as `print` shows it.

import CellCore
import Reporting

/// A host object that shows as more than text when it is a cell's value or `display(_:)`'s
/// argument.
public protocol CellDisplayable: AnyObject {
    var reportOutput: ReportOutput { get }
}

enum CellDisplay {
    /// Rows shown when an array of tuples displays as a table.
    static let tableRows = 20

    static func output(of shown: ShownValue, in session: Session) -> ReportOutput {
        if case .host(let o) = shown.value, let d = o as? CellDisplayable { return d.reportOutput }
        if let table = tupleTable(shown, session) { return .table(table) }
        return .text(shown.text)
    }

    /// `[(model: String, rmse: Double)]` as a table: a column per label, a row per element.
    static func tupleTable(_ shown: ShownValue, _ session: Session) -> ReportTable? {
        guard let s = shown.type.symbol, s.name == "Array", case .tuple(let elements)? = shown.type.genericArguments.first?.resolved,
            elements.count > 1, case .array(let items) = shown.value, items.count > 1
        else { return nil }
        let columns = elements.enumerated().map { i, e in e.label ?? String(i) }
        let rows = items.prefix(tableRows).map { item -> [String] in
            zip(item.asRecord, elements).map { v, e in
                if case .string(let s) = v { return s }
                return session.describe(v, as: e.type)
            }
        }
        return ReportTable(
            columns: columns, index: (0..<rows.count).map(String.init), rows: rows, totalRows: items.count,
            totalColumns: columns.count)
    }

}
