import BurdenData

/// A JSON value with ordered object keys, written the way ``JSONRenderer`` writes a
/// document: two-space indentation, rows of tables one object a line, numbers at full
/// precision, non-finite numbers as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
indirect enum JSONValue: Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case cell(Cell)

    static func string(_ text: String?) -> JSONValue { .cell(.text(text)) }
    static func number(_ value: Double?) -> JSONValue { .cell(.number(value)) }
    static func integer(_ value: Int?) -> JSONValue { .cell(.integer(value)) }

    /// A tidy document: its metadata keys, then each table as an array of row objects.
    init(_ document: TidyDocument) {
        var members: [(String, JSONValue)] = document.metadata.map { ($0.key, .cell($0.value)) }
        for table in document.tables {
            members.append((table.name, .array(table.rows.map { row in
                .object(zip(table.columns, row).map { ($0.name, .cell($1)) })
            })))
        }
        self = .object(members)
    }

    /// The text, indented by `level` steps; `inline` writes a flat object on one line
    /// (rows of a table).
    func render(level: Int = 0, inline: Bool = false) -> String {
        let indent = String(repeating: "  ", count: level)
        let inner = String(repeating: "  ", count: level + 1)
        switch self {
        case .cell(let cell):
            return JSONRenderer.value(cell)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isCell) { return "[" + items.map { $0.render() }.joined(separator: ", ") + "]" }
            let flat = items.allSatisfy(\.isFlat)
            return "[\n" + items.map { inner + $0.render(level: level + 1, inline: flat) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            if inline, isFlat {
                return "{" + members.map { JSONRenderer.string($0.0) + ": " + $0.1.render() }.joined(separator: ", ") + "}"
            }
            return "{\n" + members.map { inner + JSONRenderer.string($0.0) + ": " + $0.1.render(level: level + 1) }
                .joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    private var isCell: Bool {
        if case .cell = self { return true }
        return false
    }

    /// Whether the value fits on one line: a cell, or an object of cells.
    private var isFlat: Bool {
        switch self {
        case .cell: true
        case .array: false
        case .object(let members): members.allSatisfy(\.1.isCell)
        }
    }
}
