/// The output formats every command offers.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// An aligned table for reading in a terminal; numbers rounded.
    case table
    /// The main table as RFC 4180 CSV, full precision, for programs.
    case csv
    /// Metadata and every table as JSON, full precision, for programs.
    case json

    /// The renderer of this format.
    public var renderer: any DocumentRenderer {
        switch self {
        case .table: TerminalTableRenderer()
        case .csv: CSVRenderer()
        case .json: JSONRenderer()
        }
    }
}

/// Turns a ``TidyDocument`` into text.
public protocol DocumentRenderer: Sendable {
    /// Writes the document to `output`.
    func render(_ document: TidyDocument, to output: inout some TextOutputStream)
}

extension DocumentRenderer {
    /// The document as one string.
    public func render(_ document: TidyDocument) -> String {
        var text = ""
        render(document, to: &text)
        return text
    }
}
