import BurdenAnalysis
import BurdenData
import BurdenStats

extension ReportContent {
    /// The headline numbers as a tidy table: one row per measure — its estimate and
    /// interval where it has one, and a detail (a date, a region code).
    public var headlineTable: TidyTable {
        let h = headline
        var rows: [[Cell]] = [
            [.text("named_deaths"), .integer(h.namedDeaths), .missing, .missing, .missing],
            [.text("with_region"), .integer(h.withRegion), .missing, .missing, .missing],
            [.text("without_region"), .integer(h.withoutRegion), .missing, .missing, .missing],
            [.text("first_date"), .missing, .missing, .missing, .text(h.firstDate?.description)],
            [.text("last_date"), .missing, .missing, .missing, .text(h.lastDate?.description)],
            [.text("dates_of_death"), .integer(h.deathDates), .missing, .missing, .missing],
            [.text("dates_of_confirmation"), .integer(h.confirmationDates), .missing, .missing, .missing],
            [.text("imprecise_dates"), .integer(h.impreciseDates), .missing, .missing, .missing],
            [.text("undated"), .integer(h.undated), .missing, .missing, .missing],
            [.text("rate"), .number(h.rate), .number(h.rateConfLow), .number(h.rateConfHigh),
             .text("deaths per \(NumberText.plainWhole(rates.per)) of \(rates.denominator), \(h.deathsWithPopulation) deaths in regions with a population")],
        ]
        if let inequality {
            rows.append([
                .text("quintile_rate_ratio"), .number(inequality.quintiles.estimate), .number(inequality.quintiles.confLow),
                .number(inequality.quintiles.confHigh), .text("poorest fifth over richest, by \(inequality.rankBy)"),
            ])
            if let capitals = inequality.capitals {
                rows += [
                    [.text("capitals_rate_ratio"), .number(capitals.rateRatio.ratio), .number(capitals.rateRatio.interval.lower),
                     .number(capitals.rateRatio.interval.upper), .list(capitals.codes)],
                    [.text("capitals_death_share"), .number(capitals.deathShare), .missing, .missing, .list(capitals.codes)],
                    [.text("capitals_population_share"), .number(capitals.populationShare), .missing, .missing, .list(capitals.codes)],
                ]
            }
        }
        let ranked = rates.regions.filter { $0.rate != nil }
        if let top = ranked.first, let bottom = ranked.last {
            rows.append([.text("highest_rate"), .number(top.rate), .number(top.confLow), .number(top.confHigh), .text(top.code)])
            rows.append([.text("lowest_rate"), .number(bottom.rate), .number(bottom.confLow), .number(bottom.confHigh), .text(bottom.code)])
        }
        return TidyTable(
            name: "headline",
            columns: [.init("measure"), .init("estimate"), .init("conf_low"), .init("conf_high"), .init("detail")],
            rows: rows)
    }
}
