import BurdenAnalysis
import BurdenData
@testable import BurdenReport
import BurdenTestSupport
import Foundation
import Testing

/// The words of the report page: every text in both languages, the confidence level
/// of the options wherever an interval is named, the commands quoted, and the hook
/// through which a page that shows the report adds to it.
struct ReportPageTextTests {
    /// Every value of every table of strings: its texts with numbered placeholders put in.
    static func texts<T: ReportStrings>(of table: T) -> [(name: String, text: String, placeholders: Int)] {
        let p = (1...6).map { "⟨\($0)⟩" }
        return Mirror(reflecting: table).children.map { child -> (String, String, Int) in
            let name = child.label ?? "?"
            switch child.value {
            case let text as String: return (name, text, 0)
            case let phrase as Phrase1: return (name, phrase(p[0]), 1)
            case let phrase as Phrase2: return (name, phrase(p[0], p[1]), 2)
            case let phrase as Phrase3: return (name, phrase(p[0], p[1], p[2]), 3)
            case let phrase as Phrase4: return (name, phrase(p[0], p[1], p[2], p[3]), 4)
            case let phrase as Phrase5: return (name, phrase(p[0], p[1], p[2], p[3], p[4]), 5)
            case let phrase as Phrase6: return (name, phrase(p[0], p[1], p[2], p[3], p[4], p[5]), 6)
            default: return (name, "", -1)
            }
        }
    }

    static func check<T: ReportStrings>(_ type: T.Type) {
        let english = texts(of: T.english)
        let russian = texts(of: T.russian)
        #expect(english.count == russian.count && !english.isEmpty, "\(T.self)")
        for (en, ru) in zip(english, russian) {
            #expect(en.placeholders >= 0, "\(T.self).\(en.name) is neither a text nor a phrase of texts")
            for (language, text) in [("en", en.text), ("ru", ru.text)] {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(T.self).\(en.name) (\(language)) is empty")
                // Every value the phrase takes is shown, in both languages.
                for index in 0..<max(0, en.placeholders) {
                    #expect(text.contains("⟨\(index + 1)⟩"), "\(T.self).\(en.name) (\(language)) leaves out value \(index + 1)")
                }
            }
            #expect(ru.text.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }, "\(T.self).\(en.name) is not in Russian: \(ru.text)")
            #expect(en.text != ru.text, "\(T.self).\(en.name) is the same in both languages")
        }
    }

    @Test func everyTextIsInBothLanguagesWithEveryValue() {
        Self.check(ReportText.self)
        Self.check(CommonText.self)
        Self.check(HeadlineText.self)
        Self.check(MapText.self)
        Self.check(RatesText.self)
        Self.check(CovariatesText.self)
        Self.check(TimeText.self)
        Self.check(GroupsText.self)
        Self.check(VolumeText.self)
        Self.check(BalanceText.self)
        Self.check(ExcessText.self)
        Self.check(MethodsText.self)
    }

    /// Deaths by region, year, age group and sex for six regions of the built-in
    /// reference: a baseline 2015–2019 and an excess of men in 2022.
    static func deaths(_ resolver: RegionResolver, in folder: TemporaryFolder) throws -> (DeathsTable, InputFile) {
        var lines = ["region,year,age_group,sex,deaths"]
        let groups = ["15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49"]
        for (r, region) in ["Tuva", "Moscow", "Buryatia", "St.Petersburg", "Kursk", "Dagestan", "Bashkortostan"].enumerated() {
            for year in Array(2015...2019) + [2022] {
                for (g, group) in groups.enumerated() {
                    let female = 40 + 9 * r + 5 * g + (year * 13 + g) % 7
                    let male = 2 * female + 12 + (year * 7 + r + g) % 11 + (year == 2022 ? 60 + 10 * r : 0)
                    lines += ["\(region),\(year),\(group),f,\(female)", "\(region),\(year),\(group),m,\(male)"]
                }
            }
        }
        let path = folder.url.appendingPathComponent("deaths.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
        return (try DeathsTableReader.read(path: path.path, resolver: resolver), try InputFile(role: .mortality, path: path.path))
    }

    /// A report at a confidence level of 90% names 90% wherever it names an interval,
    /// and its excess chart the z of 90%: no 95 is written into the page or the charts.
    @Test(arguments: [ReportLanguage.en, .ru])
    func theConfidenceLevelComesFromTheOptions(language: ReportLanguage) throws {
        let folder = try TemporaryFolder()
        let (dataset, inputs) = try ReportWriterTests.simulatedDataset(records: 3000, in: folder)
        var options = ReportContent.Options()
        options.confidence = 0.9
        let (deaths, deathsFile) = try Self.deaths(dataset.resolver, in: folder)
        let content = try ReportContent(dataset: dataset, inputs: inputs + [deathsFile], deaths: deaths, options: options)
        #expect(content.excess != nil && content.coverage != nil, "\(content.omitted)")
        let files = Report(content: content, language: language, toolVersion: "9.9.9").files()
        let ninetyFive = try Regex(#"(^|[^0-9.,])(95[\x{00A0} ]?%|95-процент)|± 1[.,]96"#)
        for file in files where file.path.hasSuffix(".html") || file.path.hasSuffix(".md") || file.path.hasSuffix(".svg") {
            #expect(file.contents.firstMatch(of: ninetyFive) == nil, "\(file.path): \(file.contents.firstMatch(of: ninetyFive).map { String(file.contents[$0.range]) } ?? "")")
        }
        let html = try #require(files.first { $0.path == "index.html" }).contents
        let expected = language == .en
            ? ["90% CI", "Rates with 90% confidence intervals", "± 1.64 ×", "(90%)", "90% Koopman", "its 90% interval", "wilson-cc, 90%"]
            : ["90% ДИ", "с 90-процентными доверительными интервалами", "± 1,64 стандартного", "(90 %)", "90-процентными интервалами Купмана",
               "с 90-процентным интервалом", "wilson-cc, 90\u{A0}%"]
        for text in expected { #expect(html.contains(text), "\(text)") }
        #expect(html.contains("<code>warburden rates simulated.csv --confidence 0.9</code>"))
        #expect(html.contains("<code>warburden excess deaths.csv --by region</code>"))
        #expect(html.contains("<code>warburden coverage simulated.csv deaths.csv --confidence 0.9</code>"))
    }

    /// The commands name the files as a shell must read them: a file named to run a
    /// command stays a file name, in the page and in the Markdown.
    @Test func theCommandsQuoteWhatAShellWouldRun() throws {
        let folder = try TemporaryFolder()
        let (dataset, _) = try ReportWriterTests.simulatedDataset(records: 1500, in: folder)
        let inputs = [
            InputFile(role: .list, name: "x.csv; touch PWNED #.csv", bytes: 1, sha256: String(repeating: "0", count: 64)),
            InputFile(role: .mortality, name: "-deaths `id`.csv", bytes: 1, sha256: String(repeating: "0", count: 64)),
        ]
        let content = try ReportContent(dataset: dataset, inputs: inputs, deaths: try Self.deaths(dataset.resolver, in: folder).0)
        let reproduction = ReportReproduction(listArguments: ["--regions", "my regions.csv", "--map", "ethnicity=it's"])
        let files = Report(content: content, toolVersion: "9.9.9", reproduction: reproduction).files()
        let html = try #require(files.first { $0.path == "index.html" }).contents
        let markdown = try #require(files.first { $0.path == "report.md" }).contents
        let list = "'x.csv; touch PWNED #.csv' --regions 'my regions.csv' --map 'ethnicity=it'\\''s'"
        #expect(html.contains("<code>" + XMLText.escaped("warburden rates \(list)") + "</code>"))
        #expect(markdown.contains("- `warburden rates \(list)`\n"))
        #expect(markdown.contains("- ``warburden excess './-deaths `id`.csv' --by region``\n"))
        #expect(markdown.contains("- ``warburden coverage \(list.replacing("--regions", with: "'./-deaths `id`.csv' --regions"))``\n"))
        #expect(!html.contains("warburden rates x.csv;"))
    }

    /// A code span holds any text: its fence is longer than any run of backticks in it.
    @Test func markdownCodeSpansHoldBackticks() {
        #expect(MarkdownText.code("plain") == "`plain`")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("``x") == "``` ``x ```")
        #expect(MarkdownText.code("two\nlines|*_") == "`two lines|*_`")
    }

    /// A page that shows the report adds its style, its controls and its sections in
    /// the places the page keeps for them; without them the page is `index.html`.
    @Test func decorationsGoWhereThePageKeepsThem() throws {
        let folder = try TemporaryFolder()
        let (dataset, inputs) = try ReportWriterTests.simulatedDataset(records: 1500, in: folder)
        let report = Report(content: try ReportContent(dataset: dataset, inputs: inputs), toolVersion: "9.9.9")
        let plain = report.page()
        #expect(plain == report.files().first { $0.path == "index.html" }?.contents)
        let decorated = report.page(decorations: ReportPageDecorations(
            style: "form.controls { color: red; }\n", controls: "<form class=\"controls\"></form>\n",
            leadSections: "<section id=\"changes\">\n<h2>Changes</h2>\n</section>\n"))
        #expect(decorated.contains("\n</style>") && plain.contains("\n</style>"))
        #expect(decorated.contains("\nform.controls { color: red; }\n</style>"))
        #expect(decorated.contains("<main>\n<form class=\"controls\"></form>\n<header>"))
        #expect(decorated.contains("</section>\n<section id=\"changes\">\n<h2>Changes</h2>\n</section>\n<section id=\"rates\">"))
        let removed = decorated.replacing("form.controls { color: red; }\n", with: "").replacing("<form class=\"controls\"></form>\n", with: "")
            .replacing("<section id=\"changes\">\n<h2>Changes</h2>\n</section>\n", with: "")
        #expect(removed == plain)
        #expect(XMLCheck.problem(in: decorated) == nil)
    }
}
