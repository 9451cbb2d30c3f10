/// The texts of a report's frame: its default title and the subtitle under it.
struct ReportText: ReportStrings {
    /// The title when the report is given none.
    let defaultTitle: String
    /// The start of the subtitle, `(file)`: `From list.csv: `.
    let from: Phrase1
    /// The count of the subtitle, `(count)`: `20,253 named deaths`.
    let namedDeaths: Phrase1

    static let english = ReportText(
        defaultTitle: "Who bears the burden: named military deaths by region", from: .init { file in "From \(file): " },
        namedDeaths: .init { count in "\(count) named deaths" })

    static let russian = ReportText(
        defaultTitle: "Кто несёт бремя войны: погибшие военные по регионам", from: .init { file in "По файлу \(file): " },
        namedDeaths: .init { count in "\(count) погибших, известных по именам" })
}
