/// A streaming reader of delimited text: CSV by RFC 4180 (quoted fields with
/// delimiters, doubled quotes and line breaks inside) or TSV, UTF-8 with or without a
/// byte-order mark, LF, CRLF or CR line ends.
///
/// It is forgiving where the meaning is clear — text after a closing quote is kept
/// in the field (with a warning), a quote inside an unquoted field is a character —
/// and strict where it is not: a quoted field that never closes makes its record
/// malformed, and so does a field, a record or a number of fields past the
/// ``ReadLimits`` (16 MB, 64 MB, 65,536 by default) — refused as soon as the scan passes
/// the bound, not after buffering the line. Reading then resumes on the next physical
/// line, the rest of the long one streamed through and dropped, so that the rows after
/// it are not lost.
///
/// - Complexity: linear in the bytes: a record is scanned again only when the buffer
///   has doubled (see ``ChunkedInput/refill()``), so at most about twice; memory is the
///   buffer (4 MB, or the largest record within the bounds) plus one span per field.
final class DelimitedReader: RecordSource {
    private struct Span {
        var start: Int
        var end: Int
        /// Whether the bytes were unescaped into ``DelimitedReader/scratch``.
        var inScratch: Bool
    }

    private enum Scan {
        case record(next: Int, newlines: Int)
        case endOfInput
        case needMore
        case unterminatedQuote
        case fieldTooLong
        case recordTooLong
        case tooManyFields
    }

    private(set) var columnNames: [String]
    private let input: ChunkedInput
    private let delimiter: UInt8
    private let maximumFieldBytes: Int
    private let maximumRecordBytes: Int
    private let maximumFieldCount: Int
    /// The current record's fields, in a buffer that grows to the widest record.
    private var spans: UnsafeMutablePointer<Span>
    private var spanCapacity = 64
    private var spanCount = 0
    private var scratch: [UInt8] = []
    private var line = 1
    private(set) var blankLines = 0
    /// Whether the current record had text after a closing quote.
    private(set) var hadIrregularQuoting = false

    var fieldCount: Int { spanCount }
    var progress: (read: Int, size: Int?) { input.progress }

    /// Reads the header line and prepares to read records.
    ///
    /// - Throws: ``DataError`` when the input is empty, its header cannot be read, or
    ///   it is not UTF-8 text.
    init(input: ChunkedInput, delimiter: UInt8) throws(DataError) {
        self.input = input
        self.delimiter = delimiter
        self.maximumFieldBytes = input.limits.maximumFieldBytes
        self.maximumRecordBytes = input.limits.maximumRecordBytes
        self.maximumFieldCount = max(input.limits.maximumFieldCount, 1)
        self.columnNames = []
        self.spanCapacity = min(64, self.maximumFieldCount)
        self.spans = .allocate(capacity: spanCapacity)
        _ = try input.refill()
        try input.skipByteOrderMark()
        var header: [String] = []
        switch try next() {
        case .end: throw DataError(.invalidArgument, "the file is empty")
        case .malformed(_, let reason): throw DataError(.invalidArgument, "the header line cannot be read: \(reason.detail)")
        case .record:
            for index in 0..<spanCount {
                let name = withField(index) { bytes -> String? in
                    String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self)
                }
                guard let name else { throw DataError(.invalidArgument, "the header line is not UTF-8 text") }
                header.append(name.trimmingSpaces())
            }
        }
        self.columnNames = header
    }

    func next() throws(DataError) -> RecordEvent {
        while true {
            let recordLine = line
            switch scan(from: input.start, atEnd: input.isExhausted) {
            case .record(let next, let newlines):
                input.start = next
                line += newlines
                if spanCount == 1, spans[0].start == spans[0].end, !spans[0].inScratch, newlines > 0 {
                    blankLines += 1
                    continue
                }
                return .record(line: recordLine)
            case .endOfInput:
                return .end
            case .needMore:
                let grew = try input.refill()
                if !grew, !input.isExhausted {
                    // The buffer is at its largest (the record bound) and holds no whole record.
                    try skipLine()
                    return .malformed(line: recordLine, reason: recordTooLong)
                }
            case .unterminatedQuote:
                try skipLine()
                return .malformed(line: recordLine, reason: RejectionReason(
                    .unterminatedQuote, "a quoted field opened on line \(recordLine) never closes"))
            case .fieldTooLong:
                try skipLine()
                return .malformed(line: recordLine, reason: RejectionReason(
                    .fieldTooLong, "a field longer than \(ByteCount(maximumFieldBytes)) (an unbalanced quote?)"))
            case .recordTooLong:
                try skipLine()
                return .malformed(line: recordLine, reason: recordTooLong)
            case .tooManyFields:
                try skipLine()
                return .malformed(line: recordLine, reason: RejectionReason(
                    .recordTooLong, "a record of more than \(maximumFieldCount) fields"))
            }
        }
    }

    deinit { spans.deallocate() }

    func withField<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard index < spanCount else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        let span = spans[index]
        if span.inScratch {
            return scratch.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[span.start..<span.end])) }
        }
        return body(UnsafeRawBufferPointer(start: input.storage + span.start, count: span.end - span.start))
    }

    private var recordTooLong: RejectionReason {
        RejectionReason(.recordTooLong, "a record longer than \(ByteCount(maximumRecordBytes))")
    }

    /// Drops the current physical line after a malformed record, however long it is, so
    /// reading resumes on the next one.
    private func skipLine() throws(DataError) {
        try input.skipLine(endings: .any)
        line += 1
    }

    /// Parses one record starting at `start`, if it is complete in the buffer.
    private func scan(from start: Int, atEnd: Bool) -> Scan {
        let bytes = input.storage
        let end = input.end
        let quote = UInt8(ascii: "\"")
        let delimiter = self.delimiter
        let delimiterMask = UInt64(delimiter) &* 0x0101_0101_0101_0101
        let maximumFieldBytes = self.maximumFieldBytes
        let maximumRecordBytes = self.maximumRecordBytes
        let maximumFieldCount = self.maximumFieldCount
        // Local copies, so the loop does no dynamic exclusivity checks on stored properties.
        var spans = self.spans
        var count = 0
        var capacity = spanCapacity
        defer {
            self.spans = spans
            spanCount = count
            spanCapacity = capacity
        }
        if !scratch.isEmpty { scratch.removeAll(keepingCapacity: true) }
        hadIrregularQuoting = false
        if start == end, atEnd { return .endOfInput }
        var p = start
        var newlines = 0
        while true {
            if p < end, bytes[p] == quote {
                var q = p + 1
                var escaped = false
                var closed = false
                var inner = 0
                while q < end {
                    let c = bytes[q]
                    if c == quote {
                        if q + 1 < end {
                            if bytes[q + 1] == quote {
                                escaped = true
                                q += 2
                                continue
                            }
                            closed = true
                            break
                        }
                        if atEnd {
                            closed = true
                            break
                        }
                        return .needMore
                    }
                    if c == 10 { inner += 1 }
                    q += 1
                    if q - p > maximumFieldBytes { return .fieldTooLong }
                }
                if !closed {
                    if atEnd { return .unterminatedQuote }
                    return q - start > maximumRecordBytes ? .recordTooLong : .needMore
                }
                newlines += inner
                var span = Span(start: p + 1, end: q, inScratch: false)
                p = q + 1
                if p < end, bytes[p] != delimiter, bytes[p] != 10, bytes[p] != 13 {
                    // Text after the closing quote: keep it in the field.
                    var r = p
                    while r < end, bytes[r] != delimiter, bytes[r] != 10, bytes[r] != 13 { r += 1 }
                    if r - span.start > maximumFieldBytes { return .fieldTooLong }
                    if r - start > maximumRecordBytes { return .recordTooLong }
                    if r == end, !atEnd { return .needMore }
                    hadIrregularQuoting = true
                    let unescapedStart = scratch.count
                    appendUnescaped(from: span.start, to: span.end)
                    scratch.append(contentsOf: UnsafeBufferPointer(start: bytes + p, count: r - p))
                    span = Span(start: unescapedStart, end: scratch.count, inScratch: true)
                    p = r
                } else if escaped {
                    let unescapedStart = scratch.count
                    appendUnescaped(from: span.start, to: span.end)
                    span = Span(start: unescapedStart, end: scratch.count, inScratch: true)
                }
                if count == capacity {
                    guard capacity < maximumFieldCount else { return .tooManyFields }
                    grow(&spans, &capacity, count, limit: maximumFieldCount)
                }
                (spans + count).initialize(to: span)
                count += 1
            } else {
                var q = p
                // Eight bytes at a time while none of them ends the field (SWAR: a byte
                // equal to c makes (w ^ c·0x01…01) have a zero byte).
                while q + 8 <= end {
                    let word = UnsafeRawPointer(bytes + q).loadUnaligned(as: UInt64.self)
                    if Self.hasZeroByte(word ^ delimiterMask) || Self.hasZeroByte(word ^ Self.lineFeedMask)
                        || Self.hasZeroByte(word ^ Self.carriageReturnMask)
                    {
                        break
                    }
                    q += 8
                }
                while q < end {
                    let c = bytes[q]
                    if c == delimiter || c == 10 || c == 13 { break }
                    q += 1
                }
                if q - p > maximumFieldBytes { return .fieldTooLong }
                if q == end, !atEnd { return q - start > maximumRecordBytes ? .recordTooLong : .needMore }
                if count == capacity {
                    guard capacity < maximumFieldCount else { return .tooManyFields }
                    grow(&spans, &capacity, count, limit: maximumFieldCount)
                }
                (spans + count).initialize(to: Span(start: p, end: q, inScratch: false))
                count += 1
                p = q
            }
            if p == end { return p - start > maximumRecordBytes ? .recordTooLong : .record(next: p, newlines: newlines) }
            let c = bytes[p]
            if c == delimiter {
                p += 1
                continue
            }
            if p - start > maximumRecordBytes { return .recordTooLong }
            if c == 13 {
                if p + 1 < end {
                    p += bytes[p + 1] == 10 ? 2 : 1
                } else if atEnd {
                    p += 1
                } else {
                    return .needMore
                }
            } else {
                p += 1
            }
            return .record(next: p, newlines: newlines + 1)
        }
    }

    /// Doubles the span buffer, up to `limit` spans (the bound on fields, so that
    /// reaching the buffer's end is the one test of the bound a field needs).
    private func grow(_ spans: inout UnsafeMutablePointer<Span>, _ capacity: inout Int, _ count: Int, limit: Int) {
        let size = min(capacity * 2, limit)
        let larger = UnsafeMutablePointer<Span>.allocate(capacity: size)
        larger.moveInitialize(from: spans, count: count)
        spans.deallocate()
        spans = larger
        capacity = size
    }

    private static let lineFeedMask: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    private static let carriageReturnMask: UInt64 = 0x0D0D_0D0D_0D0D_0D0D

    /// Whether any byte of `word` is zero.
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Appends bytes to the scratch buffer with each doubled quote made single.
    private func appendUnescaped(from start: Int, to end: Int) {
        let bytes = input.storage
        var p = start
        while p < end {
            let c = bytes[p]
            scratch.append(c)
            p += (c == UInt8(ascii: "\"") && p + 1 < end && bytes[p + 1] == c) ? 2 : 1
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    package func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
