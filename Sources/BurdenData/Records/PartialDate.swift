/// A calendar date that may be known only to the month or the year, as named lists
/// often give them (`2023`, `2023-05`, `2023-05-14`).
public struct PartialDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month 1–12, when known.
    public let month: Int?
    /// The day of the month, when known (only with a month).
    public let day: Int?

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
        self.year = year
        self.month = month
        self.day = day
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
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

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
