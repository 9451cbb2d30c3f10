import BurdenAnalysis
import BurdenStats

extension ReportPageBuilder {
    /// The inequality measures as a table: Gini, concentration index, the poorest
    /// fifth over the richest, the capitals over the rest.
    func inequalityBlocks(_ inequality: BurdenInequality, _ text: CovariatesText) -> [ReportPage.Block] {
        let by = names.covariateShort(inequality.rankBy)
        var rows: [[String]] = [
            [text.gini, format.string(inequality.gini.estimate, decimals: 3), "—"],
            [text.concentration(by), format.string(inequality.concentration.estimate, decimals: 3),
             interval(inequality.concentration.confLow, inequality.concentration.confHigh, 3)],
            [text.poorestFifth(by), format.string(inequality.quintiles.estimate, decimals: 2),
             interval(inequality.quintiles.confLow, inequality.quintiles.confHigh, 2)],
        ]
        if let capitals = inequality.capitals {
            rows.append([
                text.capitals, format.string(capitals.rateRatio.ratio, decimals: 3),
                interval(capitals.rateRatio.interval.lower, capitals.rateRatio.interval.upper, 3),
            ])
        }
        return [
            .heading(text.inequalityHeading),
            .table(ReportPage.Table(
                caption: text.inequalityCaption(by), columns: [text.measure, common.estimate, common.ci(level)],
                numeric: [false, true, true], rows: rows)),
        ]
    }
}
