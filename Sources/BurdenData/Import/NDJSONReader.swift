/// A streaming reader of newline-delimited JSON: one object of plain values (string,
/// number, `true`, `false`, `null`) per line. The first object's keys are the
/// columns; later keys outside them are ignored, and a missing key or `null` is an
/// empty field. A line that is not such an object is a malformed record.
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

    var fieldCount: Int { columnNames.count }
    var progress: (read: Int, size: Int?) { (input.bytesRead, input.size) }

    /// Reads up to the first object to learn the columns.
    ///
    /// - Throws: ``DataError`` when the input holds no JSON object.
    init(input: ChunkedInput) throws(DataError) {
        self.input = input
        _ = try input.refill()
        try input.skipByteOrderMark()
        while true {
            guard let (lineStart, lineEnd) = try nextLine() else {
                throw DataError(.invalidArgument, "the file holds no JSON object")
            }
            if isBlank(lineStart, lineEnd) {
                blankLines += 1
                continue
            }
            var pairs: [(key: String, span: Span)] = []
            if let problem = parseObject(lineStart, lineEnd, into: &pairs) {
                throw DataError(.invalidArgument, "the first line is not a JSON object: \(problem)")
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
            guard let (lineStart, lineEnd) = try nextLine() else { return .end }
            if isBlank(lineStart, lineEnd) {
                blankLines += 1
                continue
            }
            var pairs: [(key: String, span: Span)] = []
            if let problem = parseObject(lineStart, lineEnd, into: &pairs) {
                return .malformed(line: line, reason: RejectionReason(.invalidJSON, problem))
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

    /// The next line's byte range (without its line end), reading more as needed.
    private func nextLine() throws(DataError) -> (Int, Int)? {
        while true {
            var p = input.start
            while p < input.end, input.storage[p] != 10 { p += 1 }
            if p < input.end || (input.isExhausted && input.start < input.end) {
                let lineStart = input.start
                var lineEnd = p
                if lineEnd > lineStart, input.storage[lineEnd - 1] == 13 { lineEnd -= 1 }
                input.start = min(p + 1, input.end)
                line += 1
                return (lineStart, lineEnd)
            }
            if input.isExhausted { return nil }
            let grew = try input.refill()
            if !grew, !input.isExhausted {
                throw DataError(.invalidArgument, "line \(line + 1) is longer than the reader's buffer")
            }
        }
    }

    private func isBlank(_ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { [32, 9, 13].contains(input.storage[$0]) }
    }

    /// Parses `{ "key": value, … }`; returns a description of the problem, or `nil`.
    private func parseObject(_ start: Int, _ end: Int, into pairs: inout [(key: String, span: Span)]) -> String? {
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
                let literal = String(decoding: UnsafeBufferPointer(start: bytes + valueStart, count: p - valueStart), as: UTF8.self)
                if literal == "null" {
                    pairs.append((key, Span(start: 0, end: 0, inScratch: false)))
                } else if literal == "true" || literal == "false" || Double(literal) != nil {
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
