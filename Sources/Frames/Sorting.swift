extension DataFrame {
    /// The rows sorted by one column (pandas `DataFrame.sort_values(by, ascending=...,
    /// kind='stable', na_position='last')`).
    ///
    /// Stable in both directions: rows with equal values keep their original order. pandas'
    /// default `kind='quicksort'` is not stable, so on ties pandas may order rows differently;
    /// we always match `kind='stable'`. Missing values go last. Strings sort by code points.
    /// - Throws: ``FrameError/columnNotFound(_:available:)``.
    public func sorted(by column: String, ascending: Bool = true) throws -> DataFrame {
        takingRows(try self.column(column).stableOrder(ascending: ascending))
    }
}
