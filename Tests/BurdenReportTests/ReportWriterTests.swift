import BurdenAnalysis
import BurdenData
import BurdenReport
import BurdenTestSupport
import Foundation
import Testing

/// The report's files: well-formed, self-contained, escaped, the same bytes every time.
struct ReportWriterTests {
    /// A simulated list of `records` rows, loaded as every analysis loads a list.
    static func simulatedDataset(records: Int = 4000, seed: UInt64 = 11, in folder: TemporaryFolder) throws -> (AnalysisDataset, [InputFile]) {
        let path = folder.url.appendingPathComponent("simulated.csv").path
        let simulator = try CasualtySimulator(seed: seed)
        let sink = try ByteOutput(path: path)
        let writer = try CasualtyListWriter(output: sink, format: .csv)
        for index in 0..<records { try writer.write(simulator.row(at: index)) }
        try sink.flush()
        return (try AnalysisDataset.load(path: path), [try InputFile(role: .list, path: path)])
    }

    @Test func everyFileIsWellFormedSelfContainedAndTheSameTwice() throws {
        let folder = try TemporaryFolder()
        let (dataset, inputs) = try Self.simulatedDataset(in: folder)
        let content = try ReportContent(dataset: dataset, inputs: inputs)
        let report = Report(content: content, toolVersion: "9.9.9")
        let files = report.files()
        #expect(files == Report(content: try ReportContent(dataset: dataset, inputs: inputs), toolVersion: "9.9.9").files())
        let paths = files.map(\.path)
        #expect(Array(paths.prefix(3)) == ["index.html", "report.md", "results.json"])
        #expect(paths.contains("tables/rates.csv") && paths.contains("charts/map-tiles.svg") && paths.contains("charts/groups-forest.svg"))
        let html = try #require(files.first { $0.path == "index.html" }).contents
        #expect(XMLCheck.problem(in: html) == nil, "\(XMLCheck.problem(in: html) ?? "")")
        for forbidden in ["<script", "<link", "<img", "<iframe", "url(", "@import", "src="] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let charts = files.filter { $0.path.hasPrefix("charts/") }
        #expect(charts.count >= 9)
        #expect(html.components(separatedBy: "<svg ").count - 1 == charts.count)
        for chart in charts {
            #expect(XMLCheck.problem(in: chart.contents) == nil, "\(chart.path): \(XMLCheck.problem(in: chart.contents) ?? "")")
            let elements = XMLCheck.elements(in: chart.contents)
            #expect(elements.first == "svg" && elements.filter { !["svg", "title", "desc"].contains($0) }.count > 10, "\(chart.path)")
            #expect(html.contains(chart.contents), "\(chart.path) is not inlined")
        }
        let json = try #require(files.first { $0.path == "results.json" }).contents
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rates = try #require((object["rates"] as? [String: Any])?["regions"] as? [[String: Any]])
        #expect(rates.count == content.rates.regions.count)
        #expect((object["report"] as? [String: Any])?["version"] as? String == "9.9.9")
        #expect((object["report"] as? [String: Any])?["generated"] is NSNull)
        for table in files where table.path.hasPrefix("tables/") {
            #expect(table.contents.hasSuffix("\n") && table.contents.split(separator: "\n").count >= 1, "\(table.path)")
        }
        #expect(!html.contains("Made") && !html.contains("2026-"))
    }

    @Test func aStampAppearsOnlyWhenGiven() throws {
        let folder = try TemporaryFolder()
        let (dataset, inputs) = try Self.simulatedDataset(records: 1500, in: folder)
        let content = try ReportContent(dataset: dataset, inputs: inputs)
        let stamped = Report(content: content, toolVersion: "1", stamp: "2024-05-01T10:00:00Z").files()
        #expect(stamped.first { $0.path == "index.html" }!.contents.contains("2024-05-01T10:00:00Z"))
        #expect(stamped.first { $0.path == "results.json" }!.contents.contains("\"generated\": \"2024-05-01T10:00:00Z\""))
    }

    @Test func russianUsesDecimalCommasAndRussianNames() throws {
        let folder = try TemporaryFolder()
        let (dataset, inputs) = try Self.simulatedDataset(in: folder)
        let content = try ReportContent(dataset: dataset, inputs: inputs)
        let english = Report(content: content, language: .en, toolVersion: "1").files()
        let russian = Report(content: content, language: .ru, toolVersion: "1").files()
        let html = russian.first { $0.path == "index.html" }!.contents
        #expect(XMLCheck.problem(in: html) == nil)
        #expect(html.contains("<html lang=\"ru\">") && html.contains("Главные числа") && html.contains("Тыва"))
        #expect(html.contains("Курская обл.") && html.contains("Ненецкий АО"))
        let top = try #require(content.rates.regions.first?.rate)
        #expect(html.contains(NumberFormat.russian.string(top, decimals: 1)) && NumberFormat.russian.string(top, decimals: 1).contains(","))
        // Programs' files are the same in every language, but for the report's own title and language.
        for path in russian.map(\.path) where path.hasPrefix("tables/") {
            #expect(russian.first { $0.path == path } == english.first { $0.path == path }, "\(path)")
        }
    }

    @Test func textFromTheInputIsEscapedEverywhere() throws {
        let folder = try TemporaryFolder()
        let regions = folder.url.appendingPathComponent("regions.csv")
        try """
            code,name,aliases,population,poverty
            XX-S,<script>alert(1)</script>,south,120000,12.5
            XX-Q,"Say ""hi"" & <b>bye</b>",quote,80000,20
            XX-N,North,,150000,8
            XX-E,East,,90000,15
            XX-W,West,,60000,30

            """.write(to: regions, atomically: true, encoding: .utf8)
        let list = folder.url.appendingPathComponent("list.csv")
        var rows = ["id,region,unit_type,death_date"]
        for index in 0..<400 {
            let region = ["south", "quote", "North", "East", "West", "<i>nowhere</i>"][index % 6]
            let unit = index % 5 == 0 ? "<script>x</script>" : "volunteers"
            rows.append("\(index),\(region),\(unit),2023-0\(index % 9 + 1)-15")
        }
        try (rows.joined(separator: "\n") + "\n").write(to: list, atomically: true, encoding: .utf8)
        let table = try RegionTableReader.read(path: regions.path)
        let dataset = try AnalysisDataset.load(path: list.path, regions: table)
        let content = try ReportContent(dataset: dataset, inputs: [try InputFile(role: .list, path: list.path)])
        #expect(content.rates.regions.contains { $0.name == "<script>alert(1)</script>" })
        for language in ReportLanguage.allCases {
            let files = Report(content: content, title: "A <title> & \"more\"", language: language, toolVersion: "1").files()
            for file in files where file.path.hasSuffix(".html") || file.path.hasSuffix(".svg") {
                #expect(XMLCheck.problem(in: file.contents) == nil, "\(file.path): \(XMLCheck.problem(in: file.contents) ?? "")")
                #expect(!file.contents.contains("<script") && !file.contents.contains("<b>") && !file.contents.contains("<i>"), "\(file.path)")
            }
            let html = files.first { $0.path == "index.html" }!.contents
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("Say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;"))
            #expect(html.contains("&lt;i&gt;nowhere&lt;/i&gt;"))
            #expect(html.contains("<title>A &lt;title&gt; &amp; &quot;more&quot;</title>"))
            let markdown = files.first { $0.path == "report.md" }!.contents
            #expect(!markdown.contains("<script") && !markdown.contains("<b>") && !markdown.contains("<i>"))
            #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let json = files.first { $0.path == "results.json" }!.contents
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let names = ((object["rates"] as? [String: Any])?["regions"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names?.contains("Say \"hi\" & <b>bye</b>") == true)
            let csv = files.first { $0.path == "tables/rates.csv" }!.contents
            #expect(csv.contains("\"Say \"\"hi\"\" & <b>bye</b>\""))
        }
    }
}
