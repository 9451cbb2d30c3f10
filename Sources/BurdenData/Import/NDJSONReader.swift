#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming reader of newline-delimited JSON: one object of plain values (string,
/// number, `true`, `false`, `null`) per line. The first object's keys are the
/// columns; later keys outside them are ignored, and a missing key or `null` is an
/// empty field. A line that is not such an object is a malformed record, and so is a
/// line, a string or a number of keys past the ``ReadLimits`` — refused as soon as the
/// scan passes the bound, the rest of the line streamed through and dropped.
///
/// - Complexity: linear in the bytes: the search for a line's end resumes where it
///   stopped after each refill.
final class NDJSONReader: RecordSource {
    private struct Span {
        var start: Int
        var end: Int
        var inScratch: Bool
    }

    private(set) var columnNames: [String] = []
    private let input: ChunkedInput
    private var columnIndex: [String: Int] = [:]
    private var spans: [Span] = []
    private var scratch: [UInt8] = []
    private var line = 0
    private(set) var blankLines = 0
    private var pendingFirst: [(key: String, span: Span)]?
    private let limits: ReadLimits

    /// A line as the search for its end found it.
    private enum Line {
        case text(start: Int, end: Int)
        case tooLong
        case end
    }

    var fieldCount: Int { columnNames.count }
    var progress: (read: Int, size: Int?) { input.progress }

    /// Reads up to the first object to learn the columns.
    ///
    /// - Throws: ``DataError`` when the input holds no JSON object.
    init(input: ChunkedInput) throws(DataError) {
        self.input = input
        self.limits = input.limits
        _ = try input.refill()
        try input.skipByteOrderMark()
        while true {
            let lineStart: Int, lineEnd: Int
            switch try nextLine() {
            case .end: throw DataError(.invalidArgument, "the file holds no JSON object")
            case .tooLong: throw DataError(.invalidArgument, "the first line is longer than \(ByteCount(limits.maximumRecordBytes))")
            case .text(let start, let end): (lineStart, lineEnd) = (start, end)
            }
            if isBlank(lineStart, lineEnd) {
                blankLines += 1
                continue
            }
            var pairs: [(key: String, span: Span)] = []
            if let problem = parseObject(lineStart, lineEnd, into: &pairs) {
                throw DataError(.invalidArgument, "the first line is not a JSON object: \(problem.detail)")
            }
            // A key may repeat within an object; as in most JSON readers, the last value wins.
            for pair in pairs where columnIndex[pair.key] == nil {
                columnIndex[pair.key] = columnNames.count
                columnNames.append(pair.key)
            }
            pendingFirst = pairs
            return
        }
    }

    func next() throws(DataError) -> RecordEvent {
        if let first = pendingFirst {
            pendingFirst = nil
            fill(first)
            return .record(line: line)
        }
        while true {
            let lineStart: Int, lineEnd: Int
            switch try nextLine() {
            case .end: return .end
            case .tooLong:
                return .malformed(line: line, reason: RejectionReason(
                    .recordTooLong, "a line longer than \(ByteCount(limits.maximumRecordBytes))"))
            case .text(let start, let end): (lineStart, lineEnd) = (start, end)
            }
            if isBlank(lineStart, lineEnd) {
                blankLines += 1
                continue
            }
            var pairs: [(key: String, span: Span)] = []
            if let problem = parseObject(lineStart, lineEnd, into: &pairs) {
                return .malformed(line: line, reason: problem)
            }
            fill(pairs)
            return .record(line: line)
        }
    }

    func withField<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard index < spans.count else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        let span = spans[index]
        if span.inScratch {
            return scratch.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[span.start..<span.end])) }
        }
        return body(UnsafeRawBufferPointer(start: input.storage + span.start, count: span.end - span.start))
    }

    private func fill(_ pairs: [(key: String, span: Span)]) {
        spans = Array(repeating: Span(start: 0, end: 0, inScratch: false), count: columnNames.count)
        for pair in pairs {
            if let index = columnIndex[pair.key] { spans[index] = pair.span }
        }
    }

    /// The next line's byte range (without its line end), reading more as needed; a
    /// line past ``ReadLimits/maximumRecordBytes`` is dropped as soon as it passes it.
    private func nextLine() throws(DataError) -> Line {
        // How far from the line's start the search has looked: it resumes there after a refill.
        var searched = 0
        while true {
            let base = UnsafeRawPointer(input.storage + input.start)
            let available = input.end - input.start
            let found = memchr(base + searched, 10, available - searched).map { base.distance(to: UnsafeRawPointer($0)) }
            let length = found ?? available
            if length > limits.maximumRecordBytes {
                try input.skipLine(endings: .lineFeed)
                line += 1
                return .tooLong
            }
            if found != nil || (input.isExhausted && available > 0) {
                let lineStart = input.start
                var lineEnd = lineStart + length
                if lineEnd > lineStart, input.storage[lineEnd - 1] == 13 { lineEnd -= 1 }
                input.start = min(lineStart + length + 1, input.end)
                line += 1
                return .text(start: lineStart, end: lineEnd)
            }
            if input.isExhausted { return .end }
            searched = available
            let grew = try input.refill()
            if !grew, !input.isExhausted {
                // The buffer is at its largest and holds no line end: the line is past the bound.
                try input.skipLine(endings: .lineFeed)
                line += 1
                return .tooLong
            }
        }
    }

    private func isBlank(_ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { [32, 9, 13].contains(input.storage[$0]) }
    }

    /// Parses `{ "key": value, … }`; returns why it is not a record, or `nil`.
    private func parseObject(_ start: Int, _ end: Int, into pairs: inout [(key: String, span: Span)]) -> RejectionReason? {
        let problem = parseObjectText(start, end, into: &pairs)
        if pairs.count > limits.maximumFieldCount {
            return RejectionReason(.recordTooLong, "a record of more than \(limits.maximumFieldCount) fields")
        }
        if let problem { return RejectionReason(.invalidJSON, problem) }
        if pairs.contains(where: { $0.span.end - $0.span.start > limits.maximumFieldBytes }) {
            return RejectionReason(.fieldTooLong, "a field longer than \(ByteCount(limits.maximumFieldBytes))")
        }
        return nil
    }

    /// Parses `{ "key": value, … }`; returns a description of the problem, or `nil`.
    private func parseObjectText(_ start: Int, _ end: Int, into pairs: inout [(key: String, span: Span)]) -> String? {
        scratch.removeAll(keepingCapacity: true)
        let bytes = input.storage
        var p = start
        func skipSpace() { while p < end, [32, 9, 13].contains(bytes[p]) { p += 1 } }
        skipSpace()
        guard p < end, bytes[p] == UInt8(ascii: "{") else { return "the line does not start with '{'" }
        p += 1
        skipSpace()
        if p < end, bytes[p] == UInt8(ascii: "}") {
            p += 1
            skipSpace()
            return p == end ? nil : "text after the object"
        }
        while true {
            // Stops at once past the bound on fields (``parseObject`` says why).
            if pairs.count > limits.maximumFieldCount { return "too many fields" }
            skipSpace()
            guard p < end, bytes[p] == UInt8(ascii: "\"") else { return "expected a quoted key" }
            guard let keySpan = parseString(&p, end) else { return "a key string never closes or has a bad escape" }
            let key = withSpan(keySpan) { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
            guard let key else { return "a key is not UTF-8" }
            skipSpace()
            guard p < end, bytes[p] == UInt8(ascii: ":") else { return "expected ':' after key \"\(key)\"" }
            p += 1
            skipSpace()
            guard p < end else { return "a value is missing for key \"\(key)\"" }
            let c = bytes[p]
            if c == UInt8(ascii: "\"") {
                guard let span = parseString(&p, end) else { return "the string for key \"\(key)\" never closes or has a bad escape" }
                pairs.append((key, span))
            } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                return "the value of key \"\(key)\" is nested; only plain values are read"
            } else {
                let valueStart = p
                while p < end, bytes[p] != UInt8(ascii: ","), bytes[p] != UInt8(ascii: "}"), ![32, 9, 13].contains(bytes[p]) {
                    p += 1
                }
                let literal = UnsafeRawBufferPointer(start: bytes + valueStart, count: p - valueStart)
                if literal.elementsEqual("null".utf8) {
                    pairs.append((key, Span(start: 0, end: 0, inScratch: false)))
                } else if literal.elementsEqual("true".utf8) || literal.elementsEqual("false".utf8) || FieldText.isDecimal(literal, json: true) {
                    pairs.append((key, Span(start: valueStart, end: p, inScratch: false)))
                } else {
                    return "the value of key \"\(key)\" is not JSON"
                }
            }
            skipSpace()
            guard p < end else { return "the object never closes" }
            if bytes[p] == UInt8(ascii: ",") {
                p += 1
                continue
            }
            guard bytes[p] == UInt8(ascii: "}") else { return "expected ',' or '}' after key \"\(key)\"" }
            p += 1
            skipSpace()
            return p == end ? nil : "text after the object"
        }
    }

    /// Parses a JSON string starting at the quote at `p`; escapes are decoded into the scratch buffer.
    private func parseString(_ p: inout Int, _ end: Int) -> Span? {
        let bytes = input.storage
        var q = p + 1
        var hasEscape = false
        while q < end, bytes[q] != UInt8(ascii: "\"") {
            if bytes[q] == UInt8(ascii: "\\") {
                hasEscape = true
                q += 1
            }
            q += 1
        }
        guard q < end else { return nil }
        defer { p = q + 1 }
        guard hasEscape else { return Span(start: p + 1, end: q, inScratch: false) }
        let start = scratch.count
        var r = p + 1
        while r < q {
            let c = bytes[r]
            guard c == UInt8(ascii: "\\") else {
                scratch.append(c)
                r += 1
                continue
            }
            r += 1
            guard r < q else { return nil }
            switch bytes[r] {
            case UInt8(ascii: "n"): scratch.append(10)
            case UInt8(ascii: "t"): scratch.append(9)
            case UInt8(ascii: "r"): scratch.append(13)
            case UInt8(ascii: "b"): scratch.append(8)
            case UInt8(ascii: "f"): scratch.append(12)
            case UInt8(ascii: "u"):
                guard r + 4 < q,
                    let code = UInt32(String(decoding: UnsafeBufferPointer(start: bytes + r + 1, count: 4), as: UTF8.self), radix: 16),
                    let scalar = Unicode.Scalar(code)
                else { return nil }
                scratch.append(contentsOf: Array(String(Character(scalar)).utf8))
                r += 4
            case let other: scratch.append(other)
            }
            r += 1
        }
        return Span(start: start, end: scratch.count, inScratch: true)
    }

    private func withSpan<R>(_ span: Span, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if span.inScratch {
            return scratch.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[span.start..<span.end])) }
        }
        return body(UnsafeRawBufferPointer(start: input.storage + span.start, count: span.end - span.start))
    }
}
