import BurdenAnalysis

extension ReportPageBuilder {
    /// Who within the regions: for each split, the chart of the group rates by method,
    /// the rates and ratios with the implied shares of the dead, the same without the
    /// capitals, the decomposition of the gaps, and the caution.
    var within: [ReportPage.Section] {
        let text = WithinText.in(language)
        return content.within.map { result in
            var blocks: [ReportPage.Block] = [
                .paragraph(text.intro(format.integer(result.deaths), format.integer(result.regionCount))),
            ]
            blocks += figures(.within).filter { $0.id == "within-\(ReportFigures.fileSafe(result.split))" }.map { .figure($0) }
            blocks.append(.table(ReportPage.Table(
                caption: nil,
                columns: [text.group, text.method, text.rate, common.ci(level), text.shareOfDead, text.shareOfMen],
                numeric: [false, false, true, true, true, true],
                rows: result.rates.map { row in
                    [
                        text.group(row.term), text.method(row.method), number(row.estimate, 1), interval(row.confLow, row.confHigh, 1),
                        row.deathShare.map { format.percent($0) } ?? format.percent(row.deathShareLow) + " – " + format.percent(row.deathShareHigh),
                        format.percent(row.menShare),
                    ]
                })))
            let ratioRows = { (rows: [WithinRegions.RatioRow]) in
                rows.map { row in
                    [text.method(row.method), row.term, number(row.estimate, 3), interval(row.confLow, row.confHigh ?? .infinity, 3)]
                }
            }
            blocks.append(.table(ReportPage.Table(
                caption: nil, columns: [text.method, text.ratio, text.estimate, common.ci(level)], numeric: [false, false, true, true],
                rows: ratioRows(result.ratios))))
            if !result.capitalsLeftOutRatios.isEmpty {
                blocks.append(.heading(text.withoutCapitals))
                blocks.append(.table(ReportPage.Table(
                    caption: nil, columns: [text.method, text.ratio, text.estimate, common.ci(level)], numeric: [false, false, true, true],
                    rows: ratioRows(result.capitalsLeftOutRatios))))
            }
            if !result.decomposition.isEmpty {
                blocks.append(.collapsible(summary: text.decompositionSummary, [.table(ReportPage.Table(
                    caption: nil, columns: [text.gap, text.method, text.part, text.estimate, common.ci(level)],
                    numeric: [false, false, false, true, true],
                    rows: result.decomposition.map { row in
                        [
                            row.setA + " − " + row.setB, text.method(row.method), text.part(row.term), number(row.estimate, 2),
                            row.confLow.map { interval($0, row.confHigh, 2) } ?? "—",
                        ]
                    }))]))
            }
            blocks.append(.paragraph(text.caution))
            return ReportPage.Section(
                id: "within-\(ReportFigures.fileSafe(result.split))", title: text.title + " — " + text.split(result.split), blocks: blocks)
        }
    }
}
