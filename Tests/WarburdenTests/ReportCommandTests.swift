import BurdenTestSupport
import Foundation
import Testing

/// `warburden report` as a user runs it.
struct ReportCommandTests {
    private static let list = "ru-casualties-2023-04/dfFatalitiesAnonymised.csv"

    private func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            result[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }

    /// The report of the 2023 list shows the numbers `rates`, `groups`, `model`,
    /// `inequality` and `trends` print alone.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func theReportOfThe2023ListHasTheNumbersOfEachCommand() throws {
        let folder = try TemporaryFolder()
        let list = SharedData.url(Self.list).path
        let out = folder.url.appendingPathComponent("report")
        let run = try CommandRunner.warburden(["report", list, "--out", out.path])
        #expect(run.status == 0, "\(run.standardError)")
        let results = try json(try Data(contentsOf: out.appendingPathComponent("results.json")))
        let commands: [(key: [String], arguments: [String])] = [
            (["rates"], ["rates"]),
            (["inequality"], ["inequality"]),
            (["groups", "macro-region"], ["groups", "--by", "macro-region"]),
            (["groups", "republic"], ["groups", "--by", "republic"]),
            (["groups", "below_subsistence_pct_2020-quintile"], ["groups", "--by", "below_subsistence_pct_2020-quintile"]),
            (["groups", "unit-type"], ["groups", "--by", "unit-type"]),
            (["models", "ols"], ["model", "--covariates", "percBelowSubsistence,percentNonRus"]),
            (["models", "poisson"], ["model", "--covariates", "percBelowSubsistence,percentNonRus", "--family", "poisson"]),
            (["trends", "month_by_unit-type"], ["trends", "--by", "unit-type"]),
            (["trends", "quarter_by_macro-region"], ["trends", "--by", "macro-region", "--period", "quarter"]),
        ]
        for (key, arguments) in commands {
            let alone = try CommandRunner.warburden([arguments[0], list] + arguments.dropFirst() + ["--format", "json"])
            #expect(alone.status == 0, "\(arguments): \(alone.standardError)")
            var section: Any? = results
            for part in key { section = (section as? [String: Any])?[part] }
            let inReport = try #require(section as? NSDictionary, "\(key)")
            #expect(inReport.isEqual(to: try json(alone.outputData)), "\(key) differs from warburden \(arguments.joined(separator: " "))")
        }
        // The published numbers, as the page prints them.
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(XMLCheck.problem(in: html) == nil)
        for text in ["20,253", "Tuva", "248.7", "[218.2, 283.4]", "28.3662", "2.6005", "0.088"] {
            #expect(html.contains(text), "\(text)")
        }
        let headline = try #require(results["headline"] as? [[String: Any]])
        #expect(headline.first { $0["measure"] as? String == "named_deaths" }?["estimate"] as? Int == 20_253)
        let inputs = try #require(results["inputs"] as? [[String: Any]])
        #expect(inputs.first?["file"] as? String == "dfFatalitiesAnonymised.csv")
        #expect((inputs.first?["sha256"] as? String)?.count == 64)
    }

    /// With vital statistics, the report shows the numbers of `excess --by region` and `coverage`.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func withMortalityTheReportHasTheNumbersOfExcessAndCoverage() throws {
        let folder = try TemporaryFolder()
        let list = SharedData.url(Self.list).path
        let deaths = SharedData.url("ru-mortality/deaths-by-age-gender-region-year-1990-2022.csv.gz").path
        let out = folder.url.appendingPathComponent("report")
        let run = try CommandRunner.warburden(["report", list, "--mortality", deaths, "--out", out.path, "--lang", "ru"])
        #expect(run.status == 0, "\(run.standardError)")
        let results = try json(try Data(contentsOf: out.appendingPathComponent("results.json")))
        let excess = try CommandRunner.warburden(["excess", deaths, "--by", "region", "--format", "json"])
        let coverage = try CommandRunner.warburden(["coverage", list, deaths, "--format", "json"])
        #expect(excess.status == 0 && coverage.status == 0)
        #expect((results["excess"] as? NSDictionary)?.isEqual(to: try json(excess.outputData)) == true)
        #expect((results["coverage"] as? NSDictionary)?.isEqual(to: try json(coverage.outputData)) == true)
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(XMLCheck.problem(in: html) == nil)
        // Published: Russia, 2022, ages 15–49, 23,594 ± 1,568 (Kobak et al. 2025).
        #expect(html.contains("23\u{A0}594 ± 1568") && html.contains("Избыточная смертность мужчин"))
        for chart in ["excess-ages", "coverage-regions", "coverage-scatter"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("charts/\(chart).svg").path), "\(chart)")
        }
        let inputs = try #require(results["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["role"] as? String } == ["list", "mortality"])
    }

    /// The commands of the methods section, run in a shell as a reader would paste
    /// them, give the numbers of the report — with a filter, and for a list whose name
    /// would run a command if it were not quoted.
    @Test func theReportsCommandsRunInAShellGiveItsNumbersAndRunNothingElse() throws {
        let folder = try TemporaryFolder()
        let name = "x.csv; touch PWNED #.csv"
        let list = folder.url.appendingPathComponent(name)
        #expect(try CommandRunner.warburden(["simulate", "--records", "2500", "--seed", "5", "--output", list.path]).status == 0)
        let out = folder.url.appendingPathComponent("report")
        let run = try CommandRunner.warburden([
            "report", list.path, "--out", out.path, "--from", "2023-01", "--unit-type", "volunteers", "--unit-type", "mobilised",
            "--denominator", "men_2021",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let commandList = try #require(html.firstMatch(of: /<ul class="commands">\n(.*?)<\/ul>/.dotMatchesNewlines()))
        let commands = commandList.output.1.matches(of: /<li><code>(.*?)<\/code><\/li>/).map { match in
            String(match.output.1).replacing("&#39;", with: "'").replacing("&quot;", with: "\"").replacing("&lt;", with: "<")
                .replacing("&gt;", with: ">").replacing("&amp;", with: "&")
        }
        let keys = [
            ["rates"], ["inequality"], ["groups", "macro-region"], ["groups", "republic"], ["groups", "below_subsistence_pct_2020-quintile"],
            ["models", "ols"], ["models", "poisson"], ["groups", "unit-type"], ["trends", "month_by_unit-type"],
            ["trends", "quarter_by_macro-region"],
        ]
        #expect(commands.count == keys.count, "\(commands)")
        #expect(commands.allSatisfy { $0.hasPrefix("warburden ") && $0.contains("'\(name)'") }, "\(commands)")
        #expect(commands[0] == "warburden rates '\(name)' --from 2023-01-01 --unit-type mobilised --unit-type volunteer --denominator men_2021")
        let results = try json(try Data(contentsOf: out.appendingPathComponent("results.json")))
        let binary = "'" + CommandRunner.warburden.path.replacing("'", with: "'\\''") + "'"
        for (command, key) in zip(commands, keys) {
            let shell = binary + String(command.dropFirst("warburden".count)) + " --format json"
            let alone = try CommandRunner.run("/bin/sh", ["-c", shell], in: folder.url)
            #expect(alone.status == 0, "\(command): \(alone.standardError)")
            var section: Any? = results
            for part in key { section = (section as? [String: Any])?[part] }
            let inReport = try #require(section as? NSDictionary, "\(key)")
            #expect(inReport.isEqual(to: try json(alone.outputData)), "\(key) differs from \(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("PWNED").path))
        // The tables are guarded for spreadsheets; their numbers are numbers.
        let rates = try String(contentsOf: out.appendingPathComponent("tables/rates.csv"), encoding: .utf8)
        #expect(rates.hasPrefix("code,") && !rates.contains(",'"))
    }

    @Test func theSameInputGivesTheSameBytesAndAStampOnlyOnRequest() throws {
        let folder = try TemporaryFolder()
        let list = folder.url.appendingPathComponent("list.csv")
        let simulated = try CommandRunner.warburden(["simulate", "--records", "3000", "--seed", "3", "--output", list.path])
        #expect(simulated.status == 0)
        let first = folder.url.appendingPathComponent("a")
        let second = folder.url.appendingPathComponent("b")
        for out in [first, second] {
            let run = try CommandRunner.warburden(["report", list.path, "--out", out.path, "--lang", "ru", "--title", "Отчёт"])
            #expect(run.status == 0, "\(run.standardError)")
        }
        let a = try files(in: first)
        #expect(a.count > 20 && a["index.html"] != nil && a["tables/rates.csv"] != nil && a["charts/map-tiles.svg"] != nil)
        #expect(a == (try files(in: second)))
        let stamped = folder.url.appendingPathComponent("c")
        #expect(try CommandRunner.warburden(["report", list.path, "--out", stamped.path, "--stamp"]).status == 0)
        let json = try json(try Data(contentsOf: stamped.appendingPathComponent("results.json")))
        #expect(((json["report"] as? [String: Any])?["generated"] as? String)?.count ?? 0 >= 20)
        // A second report into the same folder leaves none of the first one's files behind.
        #expect(try CommandRunner.warburden(["report", list.path, "--out", first.path, "--from", "2024-01"]).status == 0)
        #expect(try files(in: first).keys.sorted() == a.keys.sorted())
    }

    @Test func regionNamesAndUnitTypesFromTheInputAreEscaped() throws {
        let folder = try TemporaryFolder()
        let regions = folder.url.appendingPathComponent("regions.csv")
        try #"""
            code,name,population,poverty
            XX-S,<script>alert(1)</script>,120000,12.5
            XX-Q,"""&Co <b>",80000,20
            XX-N,North,150000,8
            XX-E,East,90000,15
            XX-W,West,60000,30

            """#.write(to: regions, atomically: true, encoding: .utf8)
        let list = folder.url.appendingPathComponent("list.csv")
        var rows = ["id,region,unit_type,death_date"]
        for index in 0..<300 {
            let region = ["<script>alert(1)</script>", "\"\"\"&Co <b>\"", "North", "East", "West"][index % 5]
            rows.append("\(index),\(region),\(index % 3 == 0 ? "\"<script>\"\"&\"" : "volunteers"),2023-0\(index % 9 + 1)-01")
        }
        try (rows.joined(separator: "\n") + "\n").write(to: list, atomically: true, encoding: .utf8)
        let out = folder.url.appendingPathComponent("report")
        let run = try CommandRunner.warburden(["report", list.path, "--regions", regions.path, "--out", out.path])
        #expect(run.status == 0, "\(run.standardError)")
        for (path, data) in try files(in: out) where path.hasSuffix(".html") || path.hasSuffix(".svg") || path.hasSuffix(".md") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script") && !text.contains("<b>"), "\(path)")
            if !path.hasSuffix(".md") { #expect(XMLCheck.problem(in: text) == nil, "\(path): \(XMLCheck.problem(in: text) ?? "")") }
        }
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("&quot;&amp;Co &lt;b&gt;"))
    }

    @Test func theDemoWritesTheReportToo() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("demo")
        let run = try CommandRunner.warburden(["demo", "--out", out.path, "--records", "3000"])
        #expect(run.status == 0, "\(run.standardError)")
        for name in ["simulated-list.csv", "rates.csv", "rates.json", "ledger.json", "report/index.html", "report/results.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        #expect(run.standardOutput.contains("report/index.html"))
        let html = try String(contentsOf: out.appendingPathComponent("report/index.html"), encoding: .utf8)
        #expect(XMLCheck.problem(in: html) == nil)
    }

    @Test func badOptionsAreUsageErrorsAndMissingFilesDataErrors() throws {
        let bad = try CommandRunner.warburden(["report", "list.csv", "--lang", "fr"])
        #expect(bad.status == 2 && bad.standardError.hasPrefix("warburden: error:"))
        let missing = try CommandRunner.warburden(["report", "/nonexistent-folder/list.csv"])
        #expect(missing.status == 1 && missing.standardError.contains("/nonexistent-folder/list.csv"))
        let folder = try TemporaryFolder()
        let list = folder.url.appendingPathComponent("list.csv")
        _ = try CommandRunner.warburden(["simulate", "--records", "200", "--output", list.path])
        let geo = try CommandRunner.warburden(["report", list.path, "--geo", "/nonexistent-folder/map.geojson", "--out", folder.url.path])
        #expect(geo.status == 1 && geo.standardError.contains("map.geojson"))
    }
}
