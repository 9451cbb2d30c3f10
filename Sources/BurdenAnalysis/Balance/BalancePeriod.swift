import ArgumentParser
import BurdenData

/// The periods of a replacement balance: calendar years, halves or quarters.
public enum BalancePeriod: String, Sendable, Hashable, CaseIterable, ExpressibleByArgument, ArgumentSchema {
    case year, quarter, half

    /// Months in one period.
    var months: Int {
        switch self {
        case .year: 12
        case .half: 6
        case .quarter: 3
        }
    }

    /// The period that holds a day.
    func span(holding date: PartialDate) -> BalanceSpan {
        let month = date.earliestDay.month!
        let first = (month - 1) / months * months + 1
        let start = PartialDate(year: date.year, month: first, day: 1)!
        let next = first + months > 12 ? PartialDate(year: date.year + 1, month: 1, day: 1)! : PartialDate(year: date.year, month: first + months, day: 1)!
        let label: String
        switch self {
        case .year: label = String(date.year)
        case .half: label = "\(date.year)-H\((first - 1) / 6 + 1)"
        case .quarter: label = "\(date.year)-Q\((first - 1) / 3 + 1)"
        }
        return BalanceSpan(label: label, start: start, end: next.adding(days: -1))
    }

    /// The periods from the one holding `first` to the one holding `last`, in order.
    func spans(from first: PartialDate, through last: PartialDate) -> [BalanceSpan] {
        var spans: [BalanceSpan] = []
        var cursor = span(holding: first)
        while cursor.start <= last.earliestDay {
            spans.append(cursor)
            cursor = span(holding: cursor.end.adding(days: 1))
        }
        return spans
    }
}

/// One period of a balance: its label (`2025`, `2025-H2`, `2025-Q3`) and its first and last day.
public struct BalanceSpan: Sendable, Hashable {
    /// `2025`, `2025-H2` or `2025-Q3`.
    public let label: String
    /// The first day.
    public let start: PartialDate
    /// The last day.
    public let end: PartialDate

    /// Whether the period holds a day.
    func holds(_ day: PartialDate) -> Bool { start <= day && day <= end }

    /// The days from `first` to the period's last day, both counted.
    func days(from first: PartialDate) -> Int { PartialDate.days(from: first, to: end) + 1 }
}
