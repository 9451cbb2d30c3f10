import BurdenAnalysis
import BurdenData
import BurdenStats

extension ReportPageBuilder {
    /// Excess male mortality: the chart by age group, the national table, and with a
    /// list the coverage of every region and the published model on both tolls.
    var excess: ReportPage.Section? {
        guard let excess = content.excess else { return nil }
        let text = ExcessText.in(language)
        var blocks: [ReportPage.Block] = [.paragraph(text.intro)]
        let figures = figures(.excess)
        if let ages = figures.first(where: { $0.id == "excess-ages" }) { blocks.append(.figure(ages)) }
        var national: [[String]] = excess.national.map { row in
            [row.year.map(String.init) ?? "—", row.estimate.map { format.integer($0.observed) } ?? "—",
             number(row.estimate?.expected, 0), number(row.estimate?.excess, 0), number(row.estimate?.pm, 0),
             number(row.estimate?.z, 1)]
        }
        if excess.years.count > 1, let total = excess.nationalTotal.estimate {
            national.append([text.allYears, format.integer(total.observed), number(total.expected, 0),
                             number(total.excess, 0), number(total.pm, 0), number(total.z, 1)])
        }
        let ages = excess.ageLabel.replacing("-", with: "–")
        blocks.append(.table(ReportPage.Table(
            caption: text.nationalCaption(ages, ExcessSettings.describe(excess.settings.baseline), excess.settings.fit.rawValue),
            columns: [common.year, text.observed, text.expected, common.excess, "±", "z"],
            numeric: [false, true, true, true, true, true], rows: national)))
        if let coverage = content.coverage {
            blocks += figures.filter { $0.id != "excess-ages" }.map { .figure($0) }
            blocks += coverageBlocks(coverage, excess, text)
        }
        if !excess.notEstimable.isEmpty {
            blocks.append(.paragraph(text.notEstimable(String(excess.notEstimable.count))))
        }
        if !excess.dataChecks.isEmpty {
            blocks.append(.paragraph(
                text.dataChecks + Set(excess.dataChecks.map { "\($0.name) \($0.year)" }).sorted().joined(separator: "; ") + "."))
        }
        return ReportPage.Section(id: "excess", title: text.title, blocks: blocks)
    }

    /// The list's coverage of the excess, region by region, and the published model
    /// fitted to the excess and to the named deaths.
    private func coverageBlocks(_ coverage: NamedCoverage, _ excess: ExcessMortality, _ text: ExcessText) -> [ReportPage.Block] {
        var blocks: [ReportPage.Block] = []
        let rows = ([coverage.national] + coverage.regions).map { row -> [String] in
            [names.region(row.code) == row.code && row.code == "RU" ? text.russia : names.region(row.code),
             format.integer(row.named), number(row.estimate?.excess, 0), number(row.estimate?.pm, 0),
             row.share.map { format.percent($0, decimals: 0) } ?? "—",
             row.share == nil ? "—" : "[\(row.shareLow.map { format.percent($0, decimals: 0) } ?? "—")\(format.decimalSeparator == "," ? ";" : ",") \(row.shareHigh.map { format.percent($0, decimals: 0) } ?? "—")]",
             number(row.excessRate(), 1), number(row.namedRate(), 1)]
        }
        blocks.append(.collapsible(summary: text.coverageSummary, [.table(ReportPage.Table(
            caption: text.coverageCaption(
                excess.years.map(String.init).joined(separator: ", "), excess.ageLabel.replacing("-", with: "–"),
                format.integer(coverage.tally.withoutAge), format.integer(coverage.tally.otherYears)),
            columns: [common.region, common.named, common.excess, "±", common.share, common.ci(level), text.excessPer(per),
                      text.namedPer(per)],
            numeric: [false, true, true, true, true, true, true, true], rows: rows))]))
        if let excessModel = coverage.excessModel, let namedModel = coverage.namedModel {
            let rows = zip(excessModel.terms, namedModel.terms).map { excessTerm, namedTerm in
                [names.term(excessTerm.term), format.string(excessTerm.estimate, decimals: 3), interval(excessTerm.confLow, excessTerm.confHigh, 3),
                 format.string(namedTerm.estimate, decimals: 3), interval(namedTerm.confLow, namedTerm.confHigh, 3)]
            }
            blocks.append(.table(ReportPage.Table(
                caption: text.modelsCaption(per),
                columns: [common.term, text.excessEstimate, common.ci(level), text.namedEstimate, common.ci(level)],
                numeric: [false, true, true, true, true], rows: rows)))
        } else if let problem = coverage.modelProblem {
            blocks.append(.paragraph(text.modelsFailed + problem))
        }
        return blocks
    }
}
