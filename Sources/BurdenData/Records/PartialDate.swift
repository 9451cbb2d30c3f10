/// A calendar date that may be known only to the month or the year, as named lists
/// often give them (`2023`, `2023-05`, `2023-05-14`).
///
/// Stored in four bytes (year, month and day packed), so that millions of records
/// stay small; encoded as its ISO 8601 text (`"2023-05"`).
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// year << 9 | month << 5 | day, with 0 for an unknown month or day.
    private let packed: UInt32

    /// The year.
    public var year: Int { Int(packed >> 9) }
    /// The month 1–12, when known.
    public var month: Int? {
        let value = Int((packed >> 5) & 0xF)
        return value == 0 ? nil : value
    }
    /// The day of the month, when known (only with a month).
    public var day: Int? {
        let value = Int(packed & 0x1F)
        return value == 0 ? nil : value
    }

    /// Creates a date known to the day, month or year; `nil` when it does not exist
    /// in the calendar (`2022-02-30`) or a day is given without a month.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        packed = UInt32(year) << 9 | UInt32(month ?? 0) << 5 | UInt32(day ?? 0)
    }

    /// The ISO 8601 form at the known precision: `2023`, `2023-05`, `2023-05-14`.
    public var description: String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buffer in
            var length = 0
            func put(_ value: Int, width: Int) {
                var divisor = 1
                for _ in 1..<width { divisor *= 10 }
                while divisor > 0 {
                    buffer[length] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    length += 1
                    divisor /= 10
                }
            }
            put(year, width: 4)
            if let month {
                buffer[length] = UInt8(ascii: "-")
                length += 1
                put(month, width: 2)
                if let day {
                    buffer[length] = UInt8(ascii: "-")
                    length += 1
                    put(day, width: 2)
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
    }

    /// Orders by year, then month, then day; an unknown part sorts first.
    public static func < (a: PartialDate, b: PartialDate) -> Bool { a.packed < b.packed }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `year` is a leap year of the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}

extension PartialDate: Codable {
    /// Decodes the ISO 8601 text (`2023`, `2023-05`, `2023-05-14`).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }),
            let date = PartialDate(year: parts[0]!, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
        else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    /// Encodes the ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
