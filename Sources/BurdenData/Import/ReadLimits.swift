/// The bounds on reading bytes that come from outside: how large a field, a record and
/// the whole input (after decompression) may grow, how many fields a record may have,
/// and how long reading may go on.
///
/// Every reader of the project takes one (``standard`` by default). A field or record
/// past its bound is refused as soon as the scan passes the bound: the list importer
/// rejects the row (`field_too_long`, `record_too_long` in the ledger) and reads on from
/// the next line; the tables (regions, deaths, counts, side tables) stop with an error
/// naming the line. The input's size, the deadline and a stop request end reading at
/// once with a ``DataError``: `tooLarge` for the size, `interrupted` for the deadline or
/// a stop request, so that no input can make a reader run without end or hold
/// unbounded memory. The reading buffer grows only as far as one record within
/// ``maximumRecordBytes`` needs.
///
/// ```swift
/// var limits = ReadLimits.standard
/// limits.deadline = .now + .seconds(60)
/// limits.shouldStop = { stopping.load() }
/// let table = try DeathsTableReader.read(path: "deaths.csv.gz", limits: limits)
/// ```
public struct ReadLimits: Sendable {
    /// The longest field accepted, in bytes (16 MB by default).
    public var maximumFieldBytes: Int
    /// The longest record (one row, all its fields) accepted, in bytes (64 MB by default);
    /// also the largest the reading buffer grows.
    public var maximumRecordBytes: Int
    /// The most fields one record may have (65,536 by default), so that a line of
    /// nothing but delimiters cannot make millions of empty fields.
    public var maximumFieldCount: Int
    /// The most bytes read from the input, after decompression (`nil`, the default: no
    /// bound). Set it where a small compressed file could otherwise expand without end
    /// (a gzip bomb): reading stops with `tooLarge` within one block past it.
    public var maximumInputBytes: Int?
    /// When reading must have ended (`nil`: no time limit).
    public var deadline: ContinuousClock.Instant?
    /// Asked now and then while reading; `true` stops the reader (a server shutting
    /// down, a request given up).
    public var shouldStop: (@Sendable () -> Bool)?

    /// Limits with the given bounds; the defaults suit files on the user's own disk.
    public init(
        maximumFieldBytes: Int = 1 << 24, maximumRecordBytes: Int = 1 << 26, maximumInputBytes: Int? = nil,
        deadline: ContinuousClock.Instant? = nil, shouldStop: (@Sendable () -> Bool)? = nil,
        maximumFieldCount: Int = 1 << 16
    ) {
        self.maximumFieldBytes = maximumFieldBytes
        self.maximumRecordBytes = maximumRecordBytes
        self.maximumFieldCount = maximumFieldCount
        self.maximumInputBytes = maximumInputBytes
        self.deadline = deadline
        self.shouldStop = shouldStop
    }

    /// The defaults: 16 MB a field, 64 MB and 65,536 fields a record, no bound on the
    /// input's size or time.
    public static let standard = ReadLimits()

    /// Throws when reading must stop: past the deadline, asked to stop, or past the
    /// input's size bound after `bytesRead` bytes.
    ///
    /// - Throws: ``DataError`` `interrupted` or `tooLarge`.
    func check(bytesRead: Int) throws(DataError) {
        if let maximumInputBytes, bytesRead > maximumInputBytes {
            throw DataError(.tooLarge, "the input is larger than the limit of \(ByteCount(maximumInputBytes))")
        }
        if let deadline, ContinuousClock.now > deadline {
            throw DataError(.interrupted, "reading took longer than its time limit")
        }
        if let shouldStop, shouldStop() {
            throw DataError(.interrupted, "reading was stopped")
        }
    }
}

/// A number of bytes as people read it: `512 bytes`, `16 MB`, `2 GB` (binary units).
struct ByteCount: CustomStringConvertible {
    let bytes: Int

    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        let units = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
        for (size, name) in units where bytes >= size {
            let value = Double(bytes) / Double(size)
            let shown = value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
            return "\(shown) \(name)"
        }
        return "\(bytes) bytes"
    }
}
