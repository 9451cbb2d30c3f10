extension PartialDate {
    /// Days since 0001-01-01 of the date's first day (proleptic Gregorian): 1 for
    /// 0001-01-01, 738,521 for 2022-01-01.
    public var dayNumber: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for month in 1..<(month ?? 1) { days += PartialDate.daysIn(month: month, year: year) }
        return days + (day ?? 1)
    }

    /// The full date `days` (0 or more) after the date's first day.
    public func adding(days: Int) -> PartialDate {
        var (year, month, day) = (year, month ?? 1, (day ?? 1) + days)
        while day > PartialDate.daysIn(month: month, year: year) {
            day -= PartialDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return PartialDate(year: year, month: month, day: day)!
    }

    /// Days from the date's first day to `other`'s first day (negative when `other` is earlier).
    public func daysUntil(_ other: PartialDate) -> Int { other.dayNumber - dayNumber }
}
