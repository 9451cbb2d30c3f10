/// Writes the main table as ``CSVRenderer`` does, but guarded for spreadsheets: a
/// text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return — which
/// Excel, LibreOffice and Google Sheets would run as a formula — gets a leading `'`
/// (OWASP's advice on CSV injection). Numbers are never changed, so a negative rate
/// stays a number. For files that people open in a spreadsheet (downloads from the
/// server); the command line writes plain CSV.
public struct GuardedCSVRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ document: TidyDocument, to output: inout some TextOutputStream) {
        guard let table = document.tables.first else { return }
        let guarded = TidyTable(
            name: table.name,
            columns: table.columns.map { TidyTable.Column(Self.guarded($0.name), decimals: $0.decimals, inTerminal: $0.inTerminal) },
            rows: table.rows.map { row in row.map(Self.guarded) }, inTerminal: table.inTerminal)
        CSVRenderer().render(TidyDocument(tables: [guarded]), to: &output)
    }

    /// The cell with its text guarded.
    static func guarded(_ cell: Cell) -> Cell {
        switch cell {
        case .text(let value): .text(guarded(value))
        case .list(let values): .list(values.enumerated().map { $0.offset == 0 ? guarded($0.element) : $0.element })
        default: cell
        }
    }

    /// The text with a leading `'` when a spreadsheet would read it as a formula.
    public static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
