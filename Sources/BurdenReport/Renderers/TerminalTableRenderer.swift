/// Writes a document for reading in a terminal: metadata as `key: value` lines, each
/// table aligned in columns (text left, numbers right), real numbers rounded to the
/// column's decimals, integers with thousands separators, missing values `NA`.
public struct TerminalTableRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ document: TidyDocument, to output: inout some TextOutputStream) {
        for item in document.metadata {
            output.write("\(item.key): \(Self.text(item.value, decimals: 3))\n")
        }
        let tables = document.tables.filter(\.inTerminal)
        for (index, table) in tables.enumerated() {
            if index > 0 || !document.metadata.isEmpty { output.write("\n") }
            if tables.count > 1 { output.write("\(table.name)\n") }
            render(table, to: &output)
        }
        if !document.notes.isEmpty { output.write("\n") }
        for note in document.notes { output.write(note + "\n") }
    }

    private func render(_ table: TidyTable, to output: inout some TextOutputStream) {
        let shown = table.columns.indices.filter { table.columns[$0].inTerminal }
        let header = shown.map { table.columns[$0].name }
        let body = table.rows.map { row in shown.map { Self.text(row[$0], in: table.columns[$0]) } }
        let numeric = shown.map { column in
            !Self.isLabel(table.columns[column]) && table.rows.contains { row in
                switch row[column] {
                case .integer, .number: true
                default: false
                }
            }
        }
        var widths = header.map(\.count)
        for line in body {
            for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let padding = String(repeating: " ", count: widths[i] - cell.count)
                return numeric[i] ? padding + cell : cell + padding
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }
        output.write(line(header) + "\n")
        for cells in body { output.write(line(cells) + "\n") }
    }

    /// Whether a column shows its values as labels (left-aligned).
    static func isLabel(_ column: TidyTable.Column) -> Bool {
        if case .label = column.display { return true }
        return false
    }

    /// A cell as its column shows it.
    static func text(_ cell: Cell, in column: TidyTable.Column) -> String {
        switch (column.display, cell) {
        case (.standard, _): text(cell, decimals: column.decimals)
        case (.signed, .integer(let value)) where value > 0: "+" + text(cell, decimals: column.decimals)
        case (.signed, .number(let value)) where value > 0 && text(cell, decimals: column.decimals) != "0":
            "+" + text(cell, decimals: column.decimals)
        case (.signed, _): text(cell, decimals: column.decimals)
        case (.label(let missing), .missing): missing
        case (.label, .integer(let value)): String(value)
        case (.label, _): text(cell, decimals: column.decimals)
        }
    }

    static func text(_ cell: Cell, decimals: Int) -> String {
        switch cell {
        case .text(let value): value.replacing("\n", with: " ")
        case .integer(let value): NumberText.grouped(value)
        case .number(let value): NumberText.rounded(value, decimals: decimals)
        case .boolean(let value): value ? "yes" : "no"
        case .list(let values): values.joined(separator: "|")
        case .missing: "NA"
        }
    }
}
