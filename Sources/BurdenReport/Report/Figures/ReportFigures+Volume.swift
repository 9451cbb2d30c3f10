import BurdenAnalysis
import BurdenData

extension ReportFigures {
    /// Cumulative claimed losses, named deaths, excess deaths and a weekly estimate (with
    /// the named deaths its source gives) on one time axis, with the published estimates
    /// that count deaths or casualties cumulatively.
    var volumeFigure: ReportFigure? {
        guard let volume = content.volume else { return nil }
        let text = VolumeText.in(language)
        let series = volume.series
        var lines: [CumulativeChart.Line] = []
        let step = max(1, series.points.count / 400)
        let claimed = series.points.enumerated().filter { $0.offset % step == 0 || $0.offset == series.points.count - 1 }
            .map { (date: $0.element.date, value: $0.element.value) }
        lines.append(.init(label: text.claimedLine(series.label), color: "#D55E00", points: claimed))
        if !volume.namedCumulative.isEmpty {
            let points = volume.namedCumulative.map { (date: $0.date, value: Double($0.count)) }
            let thinned = points.enumerated().filter { $0.offset % max(1, points.count / 400) == 0 || $0.offset == points.count - 1 }.map(\.element)
            lines.append(.init(label: text.namedLine, color: "#0072B2", points: thinned))
        }
        if let estimated = volume.estimated {
            var total = (killed: 0.0, named: 0.0)
            var killed: [(date: PartialDate, value: Double)] = [(estimated.points[0].start, 0)]
            var named: [(date: PartialDate, value: Double)] = [(estimated.points[0].start, 0)]
            for (index, point) in estimated.points.enumerated() {
                let end = index + 1 < estimated.points.count ? estimated.points[index + 1].start : estimated.end
                total = (total.killed + point.estimated, total.named + Double(point.named ?? 0))
                killed.append((end, total.killed))
                named.append((end, total.named))
            }
            lines.append(.init(label: text.estimatedLine(estimated.estimateLabel), color: "#882255", points: killed))
            if let label = estimated.namedLabel {
                lines.append(.init(label: text.estimateNamedLine(label), color: "#44AA99", points: named))
            }
        }
        var bands: [CumulativeChart.Band] = []
        var cumulative = (value: 0.0, variance: 0.0)
        var excessPoints: [(date: PartialDate, value: Double, low: Double, high: Double)] = []
        for row in volume.rows {
            guard let value = row.excess, let pm = row.excessPlusMinus else { continue }
            cumulative = (cumulative.value + value, cumulative.variance + pm * pm)
            let band = ExcessEstimate.interval(cumulative.value, plusMinus: cumulative.variance.squareRoot(), confidence: confidence)
            let end = PartialDate(year: row.end.year - (row.end.month == 1 ? 1 : 0), month: row.end.month == 1 ? 12 : row.end.month! - 1, day: 28)!.latestDay
            if excessPoints.isEmpty { excessPoints.append((row.start, 0, 0, 0)) }
            excessPoints.append((end, cumulative.value, band.low, band.high))
        }
        if !excessPoints.isEmpty {
            bands.append(.init(label: text.excessBand(level), color: "#009E73", points: excessPoints))
        }
        let kinds: [(quantity: String, label: String, color: String)] = [
            ("killed", text.publishedKilled, "#CC79A7"),
            ("killed_and_wounded", text.publishedKilledAndWounded, "#E69F00"),
            ("named_dead", text.publishedNamedDead, "#56B4E9"),
            ("excess_male_deaths", text.publishedExcess, "#117733"),
        ]
        let markers = kinds.compactMap { kind -> CumulativeChart.Markers? in
            let points = volume.estimates.map(\.estimate).filter { $0.quantity == kind.quantity }.map { estimate in
                (date: estimate.asOf, value: estimate.value, low: estimate.low, high: estimate.high,
                 tooltip: "\(estimate.source), \(estimate.asOf): \(format.string(estimate.value, decimals: 0))"
                    + (estimate.low.map { " [\(format.string($0, decimals: 0)), \(format.string(estimate.high ?? $0, decimals: 0))]" } ?? ""))
            }
            return points.isEmpty ? nil : .init(label: kind.label, color: kind.color, points: points)
        }
        let chart = CumulativeChart(lines: lines, bands: bands, markers: markers, yTitle: text.axisTitle, format: format)
        let title = text.chartTitle
        return ReportFigure(
            id: "volume", section: .volume, title: title, caption: text.chartCaption, svg: chart.svg(title: title, description: text.chartCaption))
    }
}
