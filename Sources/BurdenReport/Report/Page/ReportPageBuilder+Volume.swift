import BurdenAnalysis
import BurdenData

extension ReportPageBuilder {
    /// Losses on one scale: the chart, the table per year, the ratios and the checks
    /// of the claimed series.
    var volume: ReportPage.Section? {
        guard let volume = content.volume else { return nil }
        let text = VolumeText.in(language)
        var blocks: [ReportPage.Block] = [.paragraph(text.intro)]
        blocks += figures(.volume).map { .figure($0) }
        let estimated = volume.estimated != nil
        let rows = volume.rows.map { row -> [String] in
            [row.period, row.claimedIncrease.map { format.string($0, decimals: 0) + (row.claimedPartial ? "*" : "") } ?? "—",
             row.namedDeaths.map { format.integer($0) + (row.namedPartial ? "*" : "") } ?? "—",
             row.excess.map { format.string($0, decimals: 0) + " ± " + format.string(row.excessPlusMinus ?? 0, decimals: 0) } ?? "—"]
                + (estimated ? [row.estimatedKilled.map { format.string($0, decimals: 0) + (row.estimatedPartial ? "*" : "") } ?? "—",
                                row.estimateNamed.map(format.integer) ?? "—"] : [])
        }
        blocks.append(.table(ReportPage.Table(
            caption: text.tableCaption(content.excess?.ageLabel ?? "—") + (volume.estimated.map { " " + text.estimateNote($0.lastDay.description) } ?? ""),
            columns: [common.year, text.claimed, common.named, common.excess] + (estimated ? [text.estimated, text.estimateNamed] : []),
            numeric: [false, true, true, true] + (estimated ? [true, true] : []), rows: rows)))
        if !volume.ratios.isEmpty {
            blocks.append(.list(volume.ratios.map { ratio in
                "\(ratio.period): \(text.ratio(ratio.kind)) = \(format.string(ratio.value, decimals: 3))"
                    + (ratio.low.map { " " + format.interval($0, ratio.high ?? .infinity, decimals: 3) } ?? "")
            }))
        }
        let findings = volume.checks.findings
        if !findings.isEmpty {
            blocks.append(.collapsible(
                summary: text.checksSummary(String(findings.count)), [.list(findings.map { "\($0.date) — \($0.kind): \($0.detail)" })]))
        }
        return ReportPage.Section(id: "volume", title: text.title, blocks: blocks)
    }
}
