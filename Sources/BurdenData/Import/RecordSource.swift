/// A reader of records from a file, one at a time, each a list of fields that stay
/// valid until the next call to ``next()``.
///
/// Implemented by ``DelimitedReader`` (CSV, TSV) and ``NDJSONReader``. Fields are
/// byte ranges of the reader's buffer, so reading allocates nothing per row.
protocol RecordSource: AnyObject {
    /// The column names, from the header line (CSV/TSV) or the first object (NDJSON).
    var columnNames: [String] { get }
    /// How many fields the current record has.
    var fieldCount: Int { get }
    /// Bytes read so far, and the input's size when known, for progress.
    var progress: (read: Int, size: Int?) { get }
    /// Lines that held nothing and were skipped.
    var blankLines: Int { get }

    /// Advances to the next record.
    ///
    /// - Throws: ``DataError`` when the input cannot be read at all.
    func next() throws(DataError) -> RecordEvent

    /// Calls `body` with the bytes of field `index` of the current record (empty for
    /// a missing field), unescaped.
    func withField<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R
}

/// What reading the next record gave.
enum RecordEvent: Equatable {
    /// A record, starting on this physical line (1-based; the header is line 1).
    case record(line: Int)
    /// A record that could not be read at all, and why.
    case malformed(line: Int, reason: RejectionReason)
    /// The end of the input.
    case end
}
