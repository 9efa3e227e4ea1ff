/// A table of already-formatted cells, like a pandas DataFrame's HTML view.
///
/// `rows` may hold fewer rows/columns than the whole table (a head); `totalRows` and
/// `totalColumns` give the full shape, shown as "showing 10 of 100,000 rows × 4 columns" (a table
/// shown whole has no such line).
/// An empty string is a missing value and renders as a blank cell. Rows shorter than `columns`
/// are padded with blanks; extra cells are dropped.
///
/// Known duplicate: `DisplayTable` (Sources/CellRuntime/Display.swift) has the same fields, and
/// `ReportBuilder` copies one into the other. It stays until the cell runtime's rewrite
/// (docs/interpreter.md), which should produce this type (or one in a module both depend on).
public struct ReportTable: Sendable, Equatable {
    /// An optional caption shown above the table; plain text.
    public var caption: String?
    /// Column headers.
    public var columns: [String]
    /// Optional row labels (the DataFrame index), one per row, shown as a header column.
    public var index: [String]?
    /// The index's name (pandas `index.name`), shown in the header's corner cell; plain text.
    public var indexName: String?
    /// The columns' name (pandas `columns.name`, e.g. `movieId` for a crosstab), shown on a header
    /// row of its own above the column headers; plain text.
    public var columnsName: String?
    /// Cell texts, row-major.
    public var rows: [[String]]
    /// Number of rows in the whole table (≥ `rows.count`).
    public var totalRows: Int
    /// Number of columns in the whole table (≥ `columns.count`).
    public var totalColumns: Int

    public init(
        caption: String? = nil, columns: [String], index: [String]? = nil, indexName: String? = nil,
        columnsName: String? = nil, rows: [[String]], totalRows: Int? = nil, totalColumns: Int? = nil
    ) {
        self.columnsName = columnsName
        self.caption = caption
        self.columns = columns
        self.index = index
        self.indexName = indexName
        self.rows = rows
        self.totalRows = totalRows ?? rows.count
        self.totalColumns = totalColumns ?? columns.count
    }
}
