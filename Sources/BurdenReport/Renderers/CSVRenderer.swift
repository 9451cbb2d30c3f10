import BurdenData

/// Writes the main table of a document as RFC 4180 CSV: a header of snake_case
/// names, numbers at full precision, missing values empty, LF line ends. Every
/// field is written by ``CSVField``, the one field writer of the project.
///
/// With `guardsFormulas`, texts that a spreadsheet would run as a formula get a
/// leading `'` (see ``CSVField``) — for files people open in a spreadsheet: the
/// tables of a report, downloads from the server. Numbers are never changed, so a
/// negative rate stays a number. The command line's `--format csv` writes plain CSV.
public struct CSVRenderer: DocumentRenderer {
    /// How fields are written.
    let field: CSVField

    /// Creates the renderer.
    ///
    /// - Parameter guardsFormulas: guard texts against formula injection in spreadsheets.
    public init(guardsFormulas: Bool = false) {
        field = CSVField(guardsFormulas: guardsFormulas)
    }

    public func render(_ document: TidyDocument, to output: inout some TextOutputStream) {
        guard let table = document.tables.first else { return }
        output.write(table.columns.map { field.escaped($0.name) }.joined(separator: ","))
        output.write("\n")
        for row in table.rows {
            output.write(row.map(text).joined(separator: ","))
            output.write("\n")
        }
    }

    /// A cell as a field: texts and lists through ``CSVField``, numbers as they are.
    func text(_ cell: Cell) -> String {
        switch cell {
        case .text(let value): field.escaped(value)
        case .integer(let value): String(value)
        case .number(let value): NumberText.exact(value)
        case .boolean(let value): value ? "true" : "false"
        case .list(let values): field.escaped(values.joined(separator: "|"))
        case .missing: ""
        }
    }
}
