/// Writes the main table of a document as RFC 4180 CSV: a header of snake_case
/// names, numbers at full precision, missing values empty, LF line ends.
public struct CSVRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ document: TidyDocument, to output: inout some TextOutputStream) {
        guard let table = document.tables.first else { return }
        output.write(table.columns.map { Self.field($0.name) }.joined(separator: ","))
        output.write("\n")
        for row in table.rows {
            output.write(row.map(Self.text).joined(separator: ","))
            output.write("\n")
        }
    }

    static func text(_ cell: Cell) -> String {
        switch cell {
        case .text(let value): field(value)
        case .integer(let value): String(value)
        case .number(let value): NumberText.exact(value)
        case .boolean(let value): value ? "true" : "false"
        case .list(let values): field(values.joined(separator: "|"))
        case .missing: ""
        }
    }

    /// Quotes a field that holds a comma, a quote or a line break, doubling its quotes.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
