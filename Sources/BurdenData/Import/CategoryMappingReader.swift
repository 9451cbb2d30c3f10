/// Reads a user's table of category names: a CSV with a `category` column (also
/// `name`, `label`, `key`) and a `unit_type` column (also `type`), whose values are unit
/// types (`volunteer`, `security_forces`) or any label the built-in reference knows
/// (`volunteers`, `police / national guard / FSB`). The table's names are added to the
/// built-in reference and override it (``CategoryMapping/adding(_:)``).
public enum CategoryMappingReader {
    /// Reads the table as a vocabulary named after the file.
    ///
    /// - Throws: ``DataError`` naming the file for a missing column, and the line for an
    ///   empty name, a unit type no one knows, or a name given twice.
    public static func read(path: String) throws(DataError) -> CategoryMapping.Vocabulary {
        try read(table: SimpleTable(path: path), name: path)
    }

    /// Reads the vocabulary from a table already read.
    static func read(table: SimpleTable, name path: String) throws(DataError) -> CategoryMapping.Vocabulary {
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "category table '\(path)': \(text)") }
        guard let nameColumn = ["category", "name", "label", "key"].lazy.compactMap(table.column).first else {
            throw problem("no 'category' column (columns: \(table.header.joined(separator: ", ")))")
        }
        guard let typeColumn = ["unit_type", "type", "unittype"].lazy.compactMap(table.column).first else {
            throw problem("no 'unit_type' column (columns: \(table.header.joined(separator: ", ")))")
        }
        var entries: [CategoryMapping.Vocabulary.Entry] = []
        var seen: [String: Int] = [:]
        for (index, row) in table.rows.enumerated() {
            let line = index + 2
            let name = row[nameColumn]
            let key = CategoryMapping.key(name)
            guard !key.isEmpty else { throw problem("line \(line): no category name") }
            guard let unitType = UnitType(rawValue: row[typeColumn]) ?? CategoryMapping.builtIn.unitType(for: row[typeColumn]),
                !row[typeColumn].isEmpty
            else {
                let known = UnitType.allCases.map(\.rawValue).joined(separator: ", ")
                throw problem("line \(line): '\(row[typeColumn])' is not a unit type (\(known))")
            }
            if let first = seen[key] { throw problem("line \(line): '\(name)' repeats line \(first)") }
            seen[key] = line
            entries.append(.init(name, unitType))
        }
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return CategoryMapping.Vocabulary(name: file, source: "a table of categories (\(file))", date: nil, entries: entries)
    }
}
