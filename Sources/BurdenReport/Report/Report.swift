import BurdenAnalysis
import BurdenData

/// A report: the analyses' results with what is needed to present them — title,
/// language, the maps' geometry, the tool's version and an optional time stamp.
///
/// ``files()`` gives every file of the report folder: `index.html` (one
/// self-contained page: inline SVG and CSS, no script, nothing fetched), `report.md`,
/// `results.json` (every number), `tables/*.csv` (tidy, guarded for spreadsheets) and `charts/*.svg` (the charts
/// of the page, for the Markdown and for reuse). The same report gives the same bytes.
public struct Report: Sendable {
    /// The results.
    public let content: ReportContent
    /// The title; a default in the report's language when `nil`.
    public let title: String?
    public let language: ReportLanguage
    /// The tool's version, printed in the methods.
    public let toolVersion: String
    /// When the report was made (ISO 8601), printed only when given (`--stamp`).
    public let stamp: String?
    /// Region outlines for the choropleth, when a GeoJSON file was given.
    public let shapes: RegionShapes?
    /// The tile-grid layout; the built-in grid for the built-in reference.
    public let tileGrid: TileGrid?
    /// How the methods section says to compute each part again.
    public let reproduction: ReportReproduction

    /// Creates a report.
    public init(
        content: ReportContent, title: String? = nil, language: ReportLanguage = .en, toolVersion: String,
        stamp: String? = nil, shapes: RegionShapes? = nil, tileGrid: TileGrid? = nil,
        reproduction: ReportReproduction = ReportReproduction()
    ) {
        self.content = content
        self.title = title
        self.language = language
        self.toolVersion = toolVersion
        self.stamp = stamp
        self.shapes = shapes
        self.reproduction = reproduction
        // The built-in grid fits the built-in reference only.
        self.tileGrid = tileGrid ?? (content.table.country == "RU" && content.table.regions.allSatisfy {
            RussiaReference.tileGrid.tile(code: $0.code) != nil
        } ? RussiaReference.tileGrid : nil)
    }

    /// A file of the report folder.
    public struct File: Sendable, Hashable {
        /// The path inside the folder (`index.html`, `tables/rates.csv`).
        public let path: String
        /// The UTF-8 text.
        public let contents: String
    }

    /// Every file of the report, in a fixed order.
    public func files() -> [File] {
        let figures = ReportFigures(report: self).all
        let tables = ReportTables(report: self).all
        var files = [
            File(path: "index.html", contents: HTMLReportWriter(report: self, figures: figures).render()),
            File(path: "report.md", contents: MarkdownReportWriter(report: self, figures: figures).render()),
            File(path: "results.json", contents: ResultsJSONWriter(report: self).render()),
        ]
        // People open these in spreadsheets: texts that would run as formulas are guarded.
        let csv = CSVRenderer(guardsFormulas: true)
        files += tables.map { File(path: "tables/\($0.name).csv", contents: csv.render(TidyDocument(tables: [$0.table]))) }
        files += figures.map { File(path: "charts/\($0.id).svg", contents: $0.svg) }
        return files
    }

    /// The names of what the report shows, in its language.
    var names: ReportNames { ReportNames(language: language, table: content.table) }
    /// The number format of its language.
    var format: NumberFormat { language.numberFormat }
    /// The title, or the default.
    var displayTitle: String {
        title ?? ReportText.in(language).defaultTitle
    }
}
