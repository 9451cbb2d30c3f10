import BurdenAnalysis

extension ReportPageBuilder {
    /// Over time: the charts of deaths per month and of the macro-regions' shares,
    /// and the deaths by unit type.
    var time: ReportPage.Section? {
        let text = TimeText.in(language)
        var blocks: [ReportPage.Block] = figures(.time).map { .figure($0) }
        if let units = content.unitTypes {
            let rows = units.rows.sorted { $0.deaths > $1.deaths }.map { row in
                [names.unitType(row.group), format.integer(Int(row.deaths)), format.percent(row.deathShare), number(row.meanAge, 1)]
            }
            blocks.append(.table(ReportPage.Table(
                caption: text.unitTypesCaption, columns: [text.unitType, common.deaths, common.share, text.meanAge],
                numeric: [false, true, true, true], rows: rows)))
        }
        guard !blocks.isEmpty else { return nil }
        return ReportPage.Section(id: "time", title: text.title, blocks: blocks)
    }
}
