import BurdenAnalysis
import BurdenData
import BurdenReport
import BurdenStats
import Foundation
import Hummingbird

/// The page at `/`: the report of a version (the page `warburden report` writes,
/// by the same writer) with a form of controls above it — the version, the period,
/// the unit type, the denominator, the interval method, the language, a mortality
/// file that fits the version (read against the same region table) — and, with
/// "changes since", the change of every region's rate since an earlier version.
///
/// The form is a plain GET form, so the page works without script; a short inline
/// script (allowed by its hash in the Content-Security-Policy, which forbids
/// everything else from anywhere) sends the form when a control changes. Nothing is
/// fetched from another origin.
struct Dashboard {
    /// The query parameters only the page has: the version, the one to compare it
    /// with, the language and the mortality file. The others are the report's options
    /// (``ReportOptions``).
    static let ownKeys: Set<String> = ["dataset", "since", "lang", "mortality"]
    /// The report's options.
    static let reportCatalog = OptionCatalog(of: ReportOptions.self)
    /// The options of the changes since an earlier version.
    static let changesCatalog = OptionCatalog(of: ChangesOptions.self)
    /// Every query parameter the page takes.
    static let keys: Set<String> = ownKeys.union(reportCatalog.entries.map(\.parameterName))
    /// The parameters that may be given more than once.
    static let repeatable: Set<String> = Set(reportCatalog.entries.filter(\.isRepeating).map(\.parameterName))

    /// The script that sends the form when a control changes.
    static let script =
        "document.querySelectorAll('form.controls select').forEach(function (s) { s.addEventListener('change', function () { s.form.submit(); }); });"

    /// The page's policy: inline styles, the one script by its hash, images from data
    /// URLs, the form sent to this server only, and nothing else from anywhere.
    static let policy: ContentSecurityPolicy = {
        var hash = SHA256()
        hash.update(Array(script.utf8))
        let digest = Data(hash.finalize()).base64EncodedString()
        return [
            .defaultSrc(.none), .styleSrc(.unsafeInline), .imgSrc(.scheme(.init(rawValue: "data:"))),
            .scriptSrc(.hash(.sha256, base64: digest)), .formAction(.self), .baseURI(.none), .frameAncestors(.none),
        ]
    }()

    /// The headers of the page: its policy, and no caching.
    static let headers: HTTPFields = [.contentSecurityPolicy: policy.description, .cacheControl: "no-store"]

    let services: ServerServices
    let query: QueryValues
    let versions: [DatasetVersion]
    let mortality: [StoredFile]

    init(services: ServerServices, query: QueryValues, versions: [DatasetVersion], mortality: [StoredFile]) {
        self.services = services
        self.query = query
        self.versions = versions
        self.mortality = mortality
    }

    /// The page's HTML. A mortality file is read on a thread of the import runner.
    func page() async throws -> String {
        guard let latest = versions.last else { return emptyPage() }
        let id = try query.id("dataset") ?? latest.id
        let dataset = try services.store.dataset(id)
        let options = try ReportOptions.decode(query, catalog: Self.reportCatalog, excluding: Self.ownKeys)
        let selected = AnalysisRequest.selection(options.selection, of: dataset, keepRecords: true)
        let language = try query.choice("lang", default: ReportLanguage.en)
        var deaths: DeathsTable?
        if let mortality = try query.id("mortality") {
            deaths = try await services.store.loadDeaths(
                mortality, for: dataset, runner: services.imports, deadline: .now + services.settings.requestTimeLimit)
        }
        let version = dataset.version
        let input = InputFile(role: .list, name: version.file, bytes: Int(version.bytes), sha256: version.sha256)
        let content: ReportContent
        do {
            content = try ReportContent(dataset: selected, inputs: [input], deaths: deaths, options: options.content)
        } catch {
            throw ServerError(.unprocessable, error.message)
        }
        // The commands of the methods section read the list as the version was imported: with its region table.
        let regions = try version.regionTable.map { id in try services.workspace.file(id, kind: .regions).file }
        let report = Report(
            content: content, language: language, toolVersion: services.toolVersion,
            reproduction: ReportReproduction(listArguments: regions.map { ["--regions", $0] } ?? []))
        var decorations = ReportPageDecorations(style: Self.css, controls: controls(dataset))
        if let since = try query.id("since") {
            // After the headline numbers and the map, before the rates.
            decorations.leadSections = try changes(since: since, dataset: dataset, language: language)
        }
        return report.page(decorations: decorations)
    }

    // MARK: - The controls

    private func controls(_ dataset: LoadedDataset) -> String {
        let months = Trends(records: dataset.records, table: dataset.table, period: .month, grouping: .none).rows.map(\.period)
        var form = "<form class=\"controls\" method=\"get\" action=\"/\">\n"
        form += select(
            "dataset", title: "Version", selected: String(dataset.version.id),
            options: versions.reversed().map { (String($0.id), "#\($0.id) \($0.label) (\($0.records) records)") })
        form += select(
            "since", title: "Changes since", selected: query.string("since") ?? "",
            options: [("", "—")] + versions.reversed().filter { $0.id != dataset.version.id }.map { (String($0.id), "#\($0.id) \($0.label)") })
        form += select("from", title: "From", selected: query.string("from") ?? "", options: [("", "first date")] + months.map { ($0, $0) })
        form += select("to", title: "To", selected: query.string("to") ?? "", options: [("", "last date")] + months.map { ($0, $0) })
        form += select(
            "unit_type", title: "Unit type", selected: query.list("unit_type").first ?? "",
            options: [("", "all")] + UnitType.allCases.map { ($0.rawValue, $0.rawValue.replacingOccurrences(of: "_", with: " ")) })
        let populations = dataset.table.columns.filter { $0.unit == "persons" || $0.name == dataset.table.defaultDenominator }
        form += select(
            "denominator", title: "Denominator", selected: query.string("denominator") ?? "",
            options: [("", dataset.table.defaultDenominator)] + populations.filter { $0.name != dataset.table.defaultDenominator }.map { ($0.name, $0.name) })
        form += select(
            "ci", title: "Interval", selected: query.string("ci") ?? "",
            options: [("", "wilson-cc")] + ProportionInterval.Method.allCases.filter { $0 != .wilsonCC }.map { ($0.rawValue, $0.rawValue) })
        form += select("lang", title: "Language", selected: query.string("lang") ?? "", options: [("", "English"), ("ru", "Русский")])
        let fitting = mortality.filter { $0.regionTable == dataset.version.regionTable }
        if !fitting.isEmpty {
            form += select(
                "mortality", title: "Vital statistics", selected: query.string("mortality") ?? "",
                options: [("", "none")] + fitting.reversed().map { (String($0.id), "#\($0.id) \($0.label)") })
        }
        form += "<button type=\"submit\">Show</button>\n"
        form += "<a class=\"api\" href=\"/openapi.json\">API</a>\n"
        form += "<script>\(Self.script)</script>\n</form>\n"
        return form
    }

    private func select(_ name: String, title: String, selected: String, options: [(value: String, text: String)]) -> String {
        var html = "<label>\(escape(title)) <select name=\"\(name)\">"
        for option in options {
            let mark = option.value == selected ? " selected=\"selected\"" : ""
            html += "<option value=\"\(escape(option.value))\"\(mark)>\(escape(option.text))</option>"
        }
        return html + "</select></label>\n"
    }

    // MARK: - Changes since

    private func changes(since: Int64, dataset: LoadedDataset, language: ReportLanguage) throws(ServerError) -> String {
        let earlier = try services.store.dataset(since)
        guard earlier.version.regionTable == dataset.version.regionTable else {
            throw ServerError(.unprocessable, "datasets \(since) and \(dataset.version.id) were imported with different region tables")
        }
        let options = try ChangesOptions.decode(query, catalog: Self.changesCatalog, excluding: Self.ownKeys)
        let document: TidyDocument
        do {
            let before = AnalysisRequest.selection(options.rates.selection, of: earlier)
            let after = AnalysisRequest.selection(options.rates.selection, of: dataset)
            document = try options.run(from: before, to: after).document
        } catch {
            throw ServerError(.unprocessable, error.message)
        }
        let grew = document.tables.first?.rows.filter { row in
            if case .integer(let added) = row[4] { return added > 0 }
            return false
        }.count ?? 0
        let title = language == .ru
            ? "Изменения с версии #\(since) \(earlier.version.label)" : "Changes since #\(since) \(earlier.version.label)"
        var html = "<section id=\"changes\">\n<h2>\(escape(title))</h2>\n"
        html += "<p>\(escape("#\(earlier.version.id) \(earlier.version.label) → #\(dataset.version.id) \(dataset.version.label): \(grew) regions with new deaths."))</p>\n"
        html += HTMLTableRenderer(showsMetadata: false).render(document)
        return html + "</section>\n"
    }

    private func emptyPage() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <title>warburden</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <main>
        <h1>warburden</h1>
        <p>The workspace holds no dataset yet. Import a list with <code>warburden import FILE --label LABEL</code>, or send it to <code>POST /datasets?label=LABEL</code> with the bearer token.</p>
        </main>
        </body>
        </html>

        """
    }

    private func escape(_ text: String) -> String { XMLText.escaped(text) }

    private static let css = """
        form.controls { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: flex-end; padding: 10px 12px; margin: 8px 0 0;
          background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 6px; font-size: 0.86rem; }
        form.controls label { display: flex; flex-direction: column; color: #444444; gap: 2px; }
        form.controls select { font: inherit; padding: 2px 4px; max-width: 22em; }
        form.controls button { font: inherit; padding: 3px 12px; }
        form.controls a.api { margin-left: auto; color: #2166ac; }
        section#changes td.num, section#changes th.num { text-align: right; }

        """
}
