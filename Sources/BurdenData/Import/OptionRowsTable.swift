/// A table whose columns are the options of a command and whose rows are its runs
/// (`warburden report --exposure FILE`): the header names options as the command
/// line (`observed-at-most`) or the API (`observed_at_most`) spells them, an optional
/// `label` column names each run, and an empty field leaves its option out.
///
/// ```text
/// label,members,observed_at_most,relatives,share,share_source
/// Officials,1329,13,3-8,0.03-0.07,"…"
/// ```
public enum OptionRowsTable {
    /// One run: its label and its arguments, `--name=value` in the order of the columns.
    public struct Row: Sendable, Hashable {
        /// The label, or `row N` when the table has no label for it.
        public let label: String
        /// The arguments.
        public let arguments: [String]
        /// The row's number (1 for the first under the header), for messages.
        public let number: Int
    }

    /// Reads the runs of a table.
    ///
    /// - Parameter path: the CSV (TSV when named `.tsv`; `.gz` read through gzip).
    /// - Throws: ``DataError`` naming the file for a header without an option, a column
    ///   given twice, or no rows.
    /// - Complexity: O(rows × columns).
    public static func read(path: String) throws(DataError) -> [Row] {
        let table = try SimpleTable(path: path)
        let names = table.header.map { name in
            String(name.trimmingSpaces().drop { $0 == "-" }).replacing("_", with: "-").lowercased()
        }
        let labelColumn = names.firstIndex(of: "label")
        guard names.contains(where: { $0 != "label" && !$0.isEmpty }) else {
            throw DataError(.invalidArgument, "'\(path)' names no option in its header (it has \(table.header.joined(separator: ", ")))")
        }
        if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw DataError(.invalidArgument, "'\(path)' has the column \(repeated) twice")
        }
        guard !table.rows.isEmpty else { throw DataError(.invalidArgument, "'\(path)' has no rows") }
        return table.rows.enumerated().map { index, fields in
            let label = labelColumn.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? "row \(index + 1)"
            let arguments = names.indices.compactMap { column -> String? in
                guard column != labelColumn, !names[column].isEmpty, !fields[column].isEmpty else { return nil }
                return "--\(names[column])=\(fields[column])"
            }
            return Row(label: label, arguments: arguments, number: index + 1)
        }
    }
}
