/// Texts that several sections of a report page share: column titles and the
/// pieces of a region's tooltip.
struct CommonText: ReportStrings {
    /// The column of an interval, `(level)`: `95% CI`.
    let ci: Phrase1
    let region: String
    let deaths: String
    let term: String
    let estimate: String
    let year: String
    let excess: String
    let named: String
    let share: String
    /// A region's deaths in its tooltip, `(count)`.
    let deathsCount: Phrase1
    /// A tooltip's rate unit, `(per)`: `per 100,000`.
    let per: Phrase1
    /// A region without a population figure, in its tooltip.
    let noPopulation: String

    static let english = CommonText(
        ci: .init { level in "\(level)% CI" }, region: "Region", deaths: "Deaths", term: "Term", estimate: "Estimate",
        year: "Year", excess: "Excess", named: "Named", share: "Share", deathsCount: .init { count in "deaths: \(count)" },
        per: .init { per in "per \(per)" }, noPopulation: "no population figure")

    static let russian = CommonText(
        ci: .init { level in "\(level)% ДИ" }, region: "Регион", deaths: "Погибших", term: "Член", estimate: "Оценка",
        year: "Год", excess: "Избыток", named: "По именам", share: "Доля", deathsCount: .init { count in "погибших: \(count)" },
        per: .init { per in "на \(per)" }, noPopulation: "нет численности населения")
}
