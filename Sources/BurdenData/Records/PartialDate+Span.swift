extension PartialDate {
    /// Reads `2022-03-05`, `05.03.2022`, `2022-03`, `03.2022`, `2022` (and the other
    /// forms the importer reads); `nil` for anything else or a date that does not exist.
    public init?(parsing text: String) {
        var text = text
        let result = text.withUTF8 { FieldText.date(UnsafeRawBufferPointer($0)) }
        guard case .date(let date) = result else { return nil }
        self = date
    }

    /// The first day the date can mean (`2023` → 2023-01-01).
    public var earliestDay: PartialDate {
        PartialDate(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day the date can mean (`2023-02` → 2023-02-28).
    public var latestDay: PartialDate {
        let lastMonth = month ?? 12
        return PartialDate(year: year, month: lastMonth, day: day ?? PartialDate.daysIn(month: lastMonth, year: year))!
    }
}
