/// How every CSV file of the project writes a field (RFC 4180): a field that holds a
/// comma, a double quote, a line feed or a carriage return is put in double quotes,
/// with its quotes doubled; any other field is written as it is.
///
/// For files that people open in a spreadsheet — the tables of a report, downloads
/// from the server — a field can also be guarded against formula injection
/// (``guardsFormulas``): a text that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, which Excel, LibreOffice and Google Sheets would run as a formula,
/// gets a leading `'` (OWASP, "CSV Injection"). Only texts are guarded: a writer of a
/// number does not pass it through ``escaped(_:)``, so a negative number stays a number.
public struct CSVField: Sendable, Hashable {
    /// Whether texts that a spreadsheet would run as a formula get a leading `'`.
    public let guardsFormulas: Bool

    /// A field writer, guarded for spreadsheets or not.
    public init(guardsFormulas: Bool = false) {
        self.guardsFormulas = guardsFormulas
    }

    /// The plain writer, for files that programs read.
    public static let plain = CSVField()
    /// The guarded writer, for files that people open in a spreadsheet.
    public static let spreadsheet = CSVField(guardsFormulas: true)

    /// `text` as a field: guarded (with ``guardsFormulas``), then quoted when it needs to be.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func escaped(_ text: String) -> String {
        let text = guardsFormulas ? Self.guarded(text) : text
        guard Self.needsQuotes(text) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// Writes `text` as a field to `output`, as ``escaped(_:)`` spells it, without
    /// building a string for it.
    ///
    /// - Throws: ``DataError`` when the output cannot be written.
    /// - Complexity: O(n) in the length of `text`.
    public func write(_ text: String, to output: ByteOutput) throws(DataError) {
        let text = guardsFormulas ? Self.guarded(text) : text
        guard Self.needsQuotes(text) else { return try output.write(text) }
        let quote = UInt8(ascii: "\"")
        try output.write(byte: quote)
        for byte in text.utf8 {
            if byte == quote { try output.write(byte: quote) }
            try output.write(byte: byte)
        }
        try output.write(byte: quote)
    }

    /// The text with a leading `'` when a spreadsheet would read it as a formula:
    /// when its first character is `=`, `+`, `-`, `@`, a tab or a carriage return.
    public static func guarded(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The first bytes of a text that spreadsheets run as a formula.
    private static let formulaStarts: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"),
    ]

    /// Whether a field must be quoted: it holds a comma, a quote, a line feed or a carriage return.
    private static func needsQuotes(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
    }
}
