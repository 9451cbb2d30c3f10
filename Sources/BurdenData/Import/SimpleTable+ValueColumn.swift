extension SimpleTable {
    /// The one column other than `dateColumn` whose first 20 rows all hold numbers: the
    /// value column of a table of dates and values that does not name it.
    ///
    /// - Parameter dateColumn: the index of the date column, never chosen.
    /// - Returns: its index; `nil` when no column or more than one is numeric.
    /// - Complexity: O(columns · 20).
    func soleNumericColumn(besides dateColumn: Int) -> Int? {
        let numeric = header.indices.filter { index in
            index != dateColumn && rows.prefix(20).allSatisfy {
                if case .value = FieldText.number($0[index]) { return true }
                return false
            }
        }
        return numeric.count == 1 ? numeric[0] : nil
    }
}
