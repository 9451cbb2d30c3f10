import BurdenAnalysis
import BurdenData

extension ReportPage {
    /// The page of a report: headline numbers, map, rates, covariates, time, groups,
    /// excess mortality, loss volume, observed against expected and the replacement balance
    /// when given, and the methods.
    init(report: Report, figures: [ReportFigure]) {
        let builder = ReportPageBuilder(report: report, figures: figures)
        self.init(
            language: report.language, title: report.displayTitle, subtitle: builder.subtitle,
            sections: builder.sections)
    }
}

/// Writes the sections of a report page, one section to a file
/// (`ReportPageBuilder+Rates.swift`…), each with its texts from the section's table
/// of strings (``RatesText``…): the layout formats the numbers, the table says the words.
struct ReportPageBuilder {
    let report: Report
    let figures: [ReportFigure]

    var names: ReportNames { report.names }
    var format: NumberFormat { report.format }
    var language: ReportLanguage { report.language }
    var content: ReportContent { report.content }
    /// The texts every section shares.
    var common: CommonText { .in(language) }
    /// The rates' unit: `100,000`.
    var per: String { format.integer(Int(content.rates.per)) }
    /// The confidence level of the report's intervals, as a percentage: `95`.
    var level: String { format.level(content.options.confidence) }

    func number(_ value: Double?, _ decimals: Int) -> String {
        value.map { format.string($0, decimals: decimals) } ?? "—"
    }

    func interval(_ low: Double?, _ high: Double?, _ decimals: Int) -> String {
        guard let low, let high else { return "—" }
        return format.interval(low, high, decimals: decimals)
    }

    func figures(_ section: ReportFigure.Section) -> [ReportFigure] { figures.filter { $0.section == section } }

    var subtitle: String {
        let text = ReportText.in(language)
        let headline = content.headline
        let list = content.inputs.first { $0.role.holdsDeaths }?.name
        var subtitle = (list.map { text.from($0) } ?? "") + text.namedDeaths(format.integer(headline.namedDeaths))
        if let first = headline.firstDate, let last = headline.lastDate {
            subtitle += ", " + names.date(first) + " – " + names.date(last)
        }
        return subtitle + "."
    }

    var sections: [ReportPage.Section] {
        var result = [headline, map, rates, covariates, time, groups].compactMap { $0 }
        if let excess { result.append(excess) }
        result += within
        if let volume { result.append(volume) }
        if let exposure { result.append(exposure) }
        if let balance { result.append(balance) }
        result.append(methods)
        return result
    }

    /// `p = 0.0251` or `p < 0.0001`.
    static func pPhrase(_ p: Double?, _ format: NumberFormat) -> String {
        guard let p, !p.isNaN else { return "p = NA" }
        return p < 0.0001 ? "p < " + format.string(0.0001, decimals: 4) : "p = " + format.string(p, decimals: 4)
    }

    /// A p-value for a table: `0.0251` or `<0.0001`.
    static func pValue(_ p: Double, _ format: NumberFormat) -> String {
        if p.isNaN { return "NA" }
        if p < 0.0001 { return "<" + format.string(0.0001, decimals: 4) }
        return format.string(p, decimals: 4)
    }
}
