#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parsers of field bytes: numbers, years and dates, without making strings.
enum FieldText {
    /// The bytes without leading and trailing spaces, tabs and line breaks.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    /// The field quoted for a message when it looks like a number or a date (digits
    /// and separators, at most 40 bytes); otherwise only its length, so that a
    /// misplaced name never reaches a message.
    static func quoted(_ bytes: UnsafeRawBufferPointer) -> String {
        let text = trimmed(bytes)
        let allowed = Set("0123456789-+./:T, ".utf8)
        if text.count <= 40, text.allSatisfy(allowed.contains) {
            return "'" + String(decoding: text, as: UTF8.self) + "'"
        }
        return "(\(text.count) bytes of text)"
    }

    /// The bytes as a string; `nil` when they are not valid UTF-8.
    static func string(_ bytes: UnsafeRawBufferPointer) -> String? {
        let units = bytes.bindMemory(to: UInt8.self)
        if units.allSatisfy({ $0 < 0x80 }) { return String(decoding: units, as: UTF8.self) }
        return String(validating: units, as: UTF8.self)
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }

    /// Whether the bytes are empty or spell a placeholder for "no value" (`NA`, `null`, `-`, `removed`…).
    static func isMissing(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // The commonest case first: the list's own placeholder for removed names.
        if bytes.count == 7, let base = bytes.baseAddress, memcmp(base, "removed", 7) == 0 { return true }
        let text = trimmed(bytes)
        if text.isEmpty { return true }
        guard text.count <= 20, placeholderFirstBytes[Int(text[0])] else { return false }
        return placeholders.contains { placeholder in
            placeholder.count == text.count
                && zip(placeholder, text).allSatisfy { expected, byte in
                    expected == (byte >= 65 && byte <= 90 ? byte + 32 : byte)
                }
        }
    }

    /// Whether a string spells a placeholder for "no value".
    static func isMissingText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isMissing(UnsafeRawBufferPointer($0)) }
    }

    /// Whether a placeholder can start with each byte (either case), to reject most fields at once.
    private static let placeholderFirstBytes: [Bool] = {
        var table = Array(repeating: false, count: 256)
        for placeholder in placeholders {
            table[Int(placeholder[0])] = true
            if placeholder[0] >= 97, placeholder[0] <= 122 { table[Int(placeholder[0] - 32)] = true }
        }
        return table
    }()

    /// Lower-case spellings of "no value" (ASCII letters compare without case).
    private static let placeholders: [[UInt8]] =
        ["na", "n/a", "nan", "null", "none", "-", "--", "?", "removed", "unknown", "нет данных", "неизвестно"]
        .map { Array($0.utf8) }

    /// A whole number written with digits (optionally signed, optionally `.0` as
    /// spreadsheet exports write integers); `nil` otherwise.
    static func integer(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let text = trimmed(bytes)
        var index = 0
        var negative = false
        if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < text.count else { return nil }
        var value = 0
        var digits = 0
        while index < text.count, let digit = digit(text[index]) {
            guard digits < 12 else { return nil }
            value = value * 10 + digit
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            while index < text.count, text[index] == UInt8(ascii: "0") { index += 1 }
        }
        guard index == text.count else { return nil }
        return negative ? -value : value
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
    }

    /// The result of reading a date field.
    enum DateResult: Equatable {
        case missing
        case date(PartialDate)
        /// Digits in a known layout naming a day or month that does not exist.
        case impossible(String)
        case unreadable
    }

    /// Reads `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `DD.MM.YYYY`, `MM.YYYY`, `YYYY/MM/DD` and
    /// ISO date-times (`2022-03-05T12:00:00`, the time ignored).
    static func date(_ bytes: UnsafeRawBufferPointer) -> DateResult {
        let text = trimmed(bytes)
        if isMissing(text) { return .missing }
        // Up to three numbers of up to four digits, one kind of separator.
        var numbers = (0, 0, 0)
        var widths = (0, 0, 0)
        var parts = 0
        var separator: UInt8 = 0
        var current = 0
        var width = 0
        func store() {
            switch parts {
            case 0: (numbers.0, widths.0) = (current, width)
            case 1: (numbers.1, widths.1) = (current, width)
            default: (numbers.2, widths.2) = (current, width)
            }
            parts += 1
        }
        for byte in text {
            if let digit = digit(byte) {
                guard width < 4 else { return .unreadable }
                current = current * 10 + digit
                width += 1
            } else if (byte == UInt8(ascii: "T") || byte == UInt8(ascii: " ")) && parts == 2 {
                break
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") {
                guard width > 0, parts < 2, separator == 0 || separator == byte else { return .unreadable }
                separator = byte
                store()
                current = 0
                width = 0
            } else {
                return .unreadable
            }
        }
        guard width > 0 else { return .unreadable }
        store()
        let dash = UInt8(ascii: "-"), dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")
        let (year, month, day): (Int, Int?, Int?)
        switch parts {
        case 1 where widths.0 == 4:
            (year, month, day) = (numbers.0, nil, nil)
        case 2 where widths.0 == 4 && widths.1 <= 2 && separator == dash:
            (year, month, day) = (numbers.0, numbers.1, nil)
        case 2 where widths.1 == 4 && widths.0 <= 2 && separator == dot:
            (year, month, day) = (numbers.1, numbers.0, nil)
        case 3 where widths.0 == 4 && widths.1 <= 2 && widths.2 <= 2 && (separator == dash || separator == slash):
            (year, month, day) = (numbers.0, numbers.1, numbers.2)
        case 3 where widths.2 == 4 && widths.0 <= 2 && widths.1 <= 2 && (separator == dot || separator == slash):
            (year, month, day) = (numbers.2, numbers.1, numbers.0)
        default:
            return .unreadable
        }
        guard (1000...2999).contains(year) else { return .unreadable }
        if let date = PartialDate(year: year, month: month, day: day) { return .date(date) }
        return .impossible(impossibility(year: year, month: month, day: day))
    }

    private static func impossibility(year: Int, month: Int?, day: Int?) -> String {
        guard let month, (1...12).contains(month) else { return "there is no month \(month ?? 0)" }
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return "\(names[month - 1]) \(year) has \(PartialDate.daysIn(month: month, year: year)) days, not \(day ?? 0)"
    }
}
