import BurdenData

/// Writes a document as one JSON object: the metadata keys in order, then each
/// table as an array of row objects under its name — what `pandas.read_json` and
/// `jsonlite::fromJSON` read without help. Numbers at full precision; missing
/// values `null`; non-finite numbers spelled as the strings `"NaN"`, `"Infinity"`,
/// `"-Infinity"` (JSON has no literal for them).
public struct JSONRenderer: DocumentRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ document: TidyDocument, to output: inout some TextOutputStream) {
        output.write(JSONValue(document).render() + "\n")
    }

    static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let value): string(value)
        case .integer(let value): String(value)
        case .number(let value): value.isFinite ? NumberText.exact(value) : string(NumberText.exact(value))
        case .boolean(let value): value ? "true" : "false"
        case .list(let values): "[" + values.map(string).joined(separator: ", ") + "]"
        case .missing: "null"
        }
    }

    static func string(_ text: String) -> String { "\"" + JSONText.escaped(text) + "\"" }
}
