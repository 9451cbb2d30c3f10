import BurdenAnalysis
import BurdenData

/// The charts of a report, built from its results with the project's SVG layer, one
/// section's charts to a file (`ReportFigures+Maps.swift`…), each with its texts from
/// the section's table of strings.
struct ReportFigures {
    let report: Report

    var names: ReportNames { report.names }
    var format: NumberFormat { report.format }
    var language: ReportLanguage { report.language }
    var content: ReportContent { report.content }
    /// The texts every section shares.
    var common: CommonText { .in(language) }
    /// The confidence level of every interval the charts draw.
    var confidence: Double { content.options.confidence }
    /// The confidence level as a percentage: `95`.
    var level: String { format.level(confidence) }
    /// The rates' unit: `100,000`.
    var per: String { format.integer(Int(content.rates.per)) }

    /// Every chart, in the order of the page.
    var all: [ReportFigure] {
        var figures: [ReportFigure] = []
        if let tiles = tileMap { figures.append(tiles) }
        if let choropleth { figures.append(choropleth) }
        if let rates = rateChart { figures.append(rates) }
        figures += scatters
        if let monthly { figures.append(monthly) }
        if let shares { figures.append(shares) }
        if let forest { figures.append(forest) }
        figures += excessFigures
        figures += withinFigures
        if let volumeFigure { figures.append(volumeFigure) }
        if let balanceFigure { figures.append(balanceFigure) }
        return figures
    }

    // MARK: Rates and their colours

    /// The colour scale of rates: viridis on a log scale over the positive rates.
    var colorScale: SequentialColorScale {
        let positive = content.rates.regions.compactMap(\.rate).filter { $0 > 0 }
        let lower = positive.min() ?? 1
        let upper = max(positive.max() ?? 1, lower * 1.01)
        return SequentialColorScale(lower: lower, upper: upper, palette: .viridis, transform: .log)
    }

    static let noRateFill = "#9a9a9a"
    static let noDataFill = "#e3e3e3"
    /// A region with no deaths: paler than the scale's lowest colour (a log scale has no 0).
    static let zeroFill = "#fef6b4"

    /// The fill of a rate on the scale; ``zeroFill`` for 0.
    static func fill(_ rate: Double, _ scale: SequentialColorScale) -> String {
        rate > 0 ? scale.color(rate).hex : zeroFill
    }

    /// The rate table's rows by region code.
    var ratesByCode: [String: RegionalRates.Row] {
        Dictionary(content.rates.regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The tooltip of a region: name, deaths, rate and interval.
    func tooltip(_ row: RegionalRates.Row) -> String {
        let deaths = common.deathsCount(format.integer(row.deaths))
        guard let rate = row.rate, let low = row.confLow, let high = row.confHigh else {
            return "\(names.region(row.code)) — \(deaths); " + common.noPopulation
        }
        return "\(names.region(row.code)) — \(deaths); \(format.string(rate, decimals: 1)) [\(format.string(low, decimals: 1))–\(format.string(high, decimals: 1))] "
            + common.per(per)
    }

    /// A name safe for a file: letters, digits, `_` and `-`; anything else becomes `_`.
    static func fileSafe(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            let safe = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || scalar == "_" || scalar == "-"
            return safe ? Character(scalar) : "_"
        })
    }

    /// The macro-regions in the order the charts show them.
    static let macroRegionOrder = ["capital_regions", "central", "northwestern", "volga", "ural", "siberian", "far_eastern",
                                   "southern", "north_caucasian", "crimea", "annexed_2022", "other", "unknown"]
}
