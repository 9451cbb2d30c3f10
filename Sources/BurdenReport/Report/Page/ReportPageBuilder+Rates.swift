import BurdenAnalysis

extension ReportPageBuilder {
    /// The rate of every region: the chart, and the table folded under it.
    var rates: ReportPage.Section {
        let text = RatesText.in(language)
        let rows: [[String]] = content.rates.regions.map { row in
            [
                row.rank.map(String.init) ?? "—", names.region(row.code), format.integer(row.deaths),
                row.population.map { format.integer(Int($0)) } ?? "—", number(row.rate, 1),
                interval(row.confLow, row.confHigh, 1), number(row.rateSmoothed, 1),
            ]
        }
        let table = ReportPage.Table(
            caption: text.tableCaption(per, names.denominator(content.rates.denominator), format.integer(content.rates.unassigned)),
            columns: [text.rank, common.region, common.deaths, text.population, text.rate,
                      common.ci(format.level(content.rates.confidence)), text.smoothed],
            numeric: [true, false, true, true, true, true, true], rows: rows)
        var blocks: [ReportPage.Block] = figures(.rates).map { .figure($0) }
        blocks.append(.collapsible(summary: text.tableSummary(String(rows.count)), [.table(table)]))
        return ReportPage.Section(id: "rates", title: text.title, blocks: blocks)
    }
}
