/// One chart of a report: its file name, title, caption and SVG.
struct ReportFigure: Sendable, Hashable {
    /// Where it belongs.
    enum Section: Sendable, Hashable {
        case map, rates, covariates, time, groups, excess, volume, within, balance
    }

    /// The file name without `.svg` (`map-tiles`, `scatter-mean_income_2020`).
    let id: String
    let section: Section
    let title: String
    let caption: String
    let svg: String

    /// How wide the page may draw it: maps and time series grow with the page, tall
    /// charts and grids of small charts stay near their own width.
    var widthClass: String {
        switch section {
        case .map, .time, .volume, .balance: "wide"
        case .rates, .groups, .excess, .within: "tall"
        case .covariates: "cell"
        }
    }
}
