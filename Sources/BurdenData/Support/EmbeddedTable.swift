/// A tab-separated table embedded in the source: a header line, then one row a line.
struct EmbeddedTable {
    struct Row {
        let fields: [Substring]
        let index: [String: Int]
        /// The field under `column`; empty when the column or field is absent.
        subscript(column: String) -> String {
            guard let i = index[column], i < fields.count else { return "" }
            return String(fields[i])
        }
    }

    let rows: [Row]

    init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let header = lines.first else {
            rows = []
            return
        }
        var index: [String: Int] = [:]
        for (i, name) in header.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
            index[String(name)] = i
        }
        rows = lines.dropFirst().map { Row(fields: $0.split(separator: "\t", omittingEmptySubsequences: false), index: index) }
    }
}
