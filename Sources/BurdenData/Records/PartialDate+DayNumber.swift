extension PartialDate {
    /// The number of days from 1970-01-01 to this date, when it is known to the day
    /// (`nil` for a month or a year); negative before 1970.
    ///
    /// Days from the civil date by Hinnant's algorithm (proleptic Gregorian calendar,
    /// eras of 400 years = 146,097 days): with m′ = (month + 9) mod 12 counting from
    /// March and y′ = year − [month ≤ 2],
    ///
    ///     days = 146097·era + 365·yoe + ⌊yoe/4⌋ − ⌊yoe/100⌋ + ⌊(153·m′ + 2)/5⌋ + day − 1 − 719468
    ///
    /// with era = ⌊y′/400⌋ and yoe = y′ − 400·era.
    /// Source: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (2013).
    ///
    /// - Complexity: O(1).
    public var dayNumber: Int? {
        guard let month, let day else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01 (the inverse of ``dayNumber``);
    /// `nil` outside the years 1–9999 (−719,162 … 2,932,896), so no day number can overflow.
    ///
    /// - Complexity: O(1).
    public init?(dayNumber: Int) {
        guard (-719_162...2_932_896).contains(dayNumber) else { return nil }
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }
}
