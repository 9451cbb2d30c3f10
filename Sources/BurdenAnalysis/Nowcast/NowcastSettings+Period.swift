import BurdenData

extension NowcastSettings.Period {
    /// The first day (day number) of the period holding `day`: the day itself, the
    /// Monday of its week, the first of its month.
    public func start(of day: Int) -> Int {
        switch self {
        case .day:
            return day
        case .week:
            // Day 4 (1970-01-05) was a Monday.
            return day - ((day - 4) % 7 + 7) % 7
        case .month:
            let date = PartialDate(dayNumber: day)!
            return day - (date.day! - 1)
        }
    }

    /// The last day of the period starting on `start`.
    public func end(ofPeriodStarting start: Int) -> Int {
        switch self {
        case .day:
            return start
        case .week:
            return start + 6
        case .month:
            let date = PartialDate(dayNumber: start)!
            return start + PartialDate.daysIn(month: date.month!, year: date.year) - 1
        }
    }

    /// The label of the period starting on `start`: `2024-05-06`, the ISO week
    /// `2024-W19` (the week belongs to the year of its Thursday), `2024-05`.
    public func label(ofPeriodStarting start: Int) -> String {
        let date = PartialDate(dayNumber: start)!
        switch self {
        case .day:
            return date.description
        case .week:
            let thursday = PartialDate(dayNumber: start + 3)!
            let firstOfYear = PartialDate(year: thursday.year, month: 1, day: 1)!.dayNumber!
            let week = (start + 3 - firstOfYear) / 7 + 1
            return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
        case .month:
            return PartialDate(year: date.year, month: date.month)!.description
        }
    }

    /// The number of whole periods from the period starting on `earlier` to the one starting on `later`.
    func periodsBetween(_ earlier: Int, _ later: Int) -> Int {
        switch self {
        case .day: return later - earlier
        case .week: return (later - earlier) / 7
        case .month:
            let a = PartialDate(dayNumber: earlier)!
            let b = PartialDate(dayNumber: later)!
            return (b.year - a.year) * 12 + b.month! - a.month!
        }
    }
}
