extension PartialDate {
    /// The full date `days` after the date's first day (before it when negative):
    /// the date of ``dayNumber`` + `days`.
    ///
    /// - Parameter days: the days to add; negative to go back.
    /// - Precondition: the result falls in the years 1 to 9999.
    /// - Complexity: O(1).
    public func adding(days: Int) -> PartialDate {
        guard let start = earliestDay.dayNumber, let date = PartialDate(dayNumber: start + days) else {
            preconditionFailure("\(self) + \(days) days falls outside the years 1-9999")
        }
        return date
    }

    /// Days from the first day of `a` to the first day of `b` (negative when `b` comes first):
    /// the difference of their ``dayNumber``s.
    ///
    /// - Complexity: O(1).
    public static func days(from a: PartialDate, to b: PartialDate) -> Int {
        b.earliestDay.dayNumber! - a.earliestDay.dayNumber!
    }
}
