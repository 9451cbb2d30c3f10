import BurdenAnalysis
import BurdenStats

extension ReportPageBuilder {
    /// Groups of regions: the forest plot, and the table folded under it.
    var groups: ReportPage.Section? {
        guard !content.regionGroups.isEmpty else { return nil }
        let text = GroupsText.in(language)
        var blocks: [ReportPage.Block] = figures(.groups).map { .figure($0) }
        var rows: [[String]] = []
        for groups in content.regionGroups {
            for row in groups.rows {
                let risk = row.relativeRisk
                rows.append([
                    names.grouping(groups.by), names.group(row.group, by: groups.by), format.integer(Int(row.deaths)),
                    format.percent(row.deathShare), row.populationShare.map { format.percent($0) } ?? "—",
                    number(risk?.ratio, 3), interval(risk?.interval.lower, risk?.interval.upper, 3),
                ])
            }
        }
        blocks.append(.collapsible(summary: text.tableSummary, [.table(ReportPage.Table(
            caption: nil,
            columns: [text.grouping, text.group, common.deaths, text.shareOfDeaths, text.shareOfPopulation, text.relativeRisk,
                      common.ci(level)],
            numeric: [false, false, true, true, true, true, true], rows: rows))]))
        return ReportPage.Section(id: "groups", title: text.title, blocks: blocks)
    }
}
