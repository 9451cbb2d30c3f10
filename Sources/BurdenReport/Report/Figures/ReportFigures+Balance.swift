import BurdenAnalysis
import BurdenData

extension ReportFigures {
    /// The cumulative stock and flow since the war's start on one time axis: the
    /// permanent losses summed from the war's start, the intake claimed summed from the
    /// first period a claim covers, and the balance over the same periods — each with
    /// its range over the assumptions as a band; the intake and balance with volunteers
    /// as dashed lines.
    var balanceFigure: ReportFigure? {
        guard let balance = content.balance, !balance.stock.isEmpty else { return nil }
        let text = BalanceText.in(language)
        func points(_ figure: StockFigure) -> [(date: PartialDate, value: Double, low: Double, high: Double)] {
            var points: [(date: PartialDate, value: Double, low: Double, high: Double)] = []
            for (index, point) in balance.stock.enumerated() {
                guard let value = point.figures[figure] else { continue }
                if points.isEmpty {
                    // The sum starts at zero: at the war's start, or where the intake starts.
                    let start = index == 0 ? balance.warStart : point.span.start
                    points.append((start, 0, 0, 0))
                }
                points.append((point.span.end, value.value, value.low, value.high))
            }
            return points
        }
        let bands = [
            CumulativeChart.Band(label: text.permanentBand, color: "#D55E00", points: points(.permanent)),
            CumulativeChart.Band(label: text.intakeBand, color: "#0072B2", points: points(.intakeContracts)),
            CumulativeChart.Band(label: text.balanceBand, color: "#009E73", points: points(.balanceContracts)),
        ].filter { !$0.points.isEmpty }
        let lines = [
            CumulativeChart.Line(
                label: text.intakeWithVolunteersLine, color: "#56B4E9", points: points(.intakeWithVolunteers).map { ($0.date, $0.value) },
                dashed: true),
            CumulativeChart.Line(
                label: text.balanceWithVolunteersLine, color: "#117733",
                points: points(.balanceWithVolunteers).map { ($0.date, $0.value) }, dashed: true),
        ].filter { !$0.points.isEmpty }
        let chart = CumulativeChart(lines: lines, bands: bands, yTitle: text.axisTitle, format: format)
        return ReportFigure(
            id: "balance", section: .balance, title: text.chartTitle, caption: text.chartCaption,
            svg: chart.svg(title: text.chartTitle, description: text.chartCaption))
    }
}
