import BurdenTestSupport
import Foundation
import Testing

/// The `warburden` binary as a user runs it: output, exit status, error lines.
struct CommandLineTests {
    @Test func helpListsTheCommands() throws {
        let result = try CommandRunner.warburden(["--help"])
        #expect(result.status == 0)
        for command in ["demo", "regions", "simulate"] { #expect(result.standardOutput.contains(command)) }
        #expect(result.standardOutput.contains("check"))
        let regionsHelp = try CommandRunner.warburden(["regions", "--help"])
        #expect(regionsHelp.status == 0 && regionsHelp.standardOutput.contains("--resolve"))
    }

    @Test func regionsJSONListsEightyNineUnitsWithEveryField() throws {
        let result = try CommandRunner.warburden(["regions", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any])
        let regions = try #require(object["regions"] as? [[String: Any]])
        #expect(regions.count == 89)
        let fields = [
            "code", "name", "name_official", "name_native", "federal_district", "kind", "status", "national_republic",
            "titular_groups", "men_16_61_2021", "population_2021", "urban_population_2021", "urban_share_2021",
            "population_avg_2021", "below_subsistence_pct_2020", "unemployment_pct_2020", "mean_income_2020",
            "subsistence_level_2020", "russian_share_men_2010", "area_km2",
        ]
        for region in regions { for field in fields { #expect(region.keys.contains(field), "\(field)") } }
        let tuva = try #require(regions.first { $0["code"] as? String == "RU-TY" })
        #expect(tuva["men_16_61_2021"] as? Int == 92_884)
        #expect(tuva["below_subsistence_pct_2020"] as? Double == 31.7)
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.allSatisfy { ($0["source"] as? String)?.isEmpty == false })
    }

    @Test func resolvePrintsNameTabCodeAndFailsOnUnknownNames() throws {
        let ok = try CommandRunner.warburden(["regions", "--resolve", "г. Москва", "Ямало-Hенецкий АО", "St.Petersburg"])
        #expect(ok.status == 0)
        #expect(ok.standardOutput == "г. Москва\tRU-MOW\nЯмало-Hенецкий АО\tRU-YAN\nSt.Petersburg\tRU-SPE\n")
        let bad = try CommandRunner.warburden(["regions", "--resolve", "Tuva", "Moskow"])
        #expect(bad.status == 1)
        #expect(bad.standardOutput == "Tuva\tRU-TY\n")
        #expect(bad.standardError.contains("\"Moskow\"") && bad.standardError.contains("Moscow (RU-MOW)"))
        let piped = try CommandRunner.warburden(["regions", "--resolve"], input: "Tuva\nЧувашия\n\n")
        #expect(piped.status == 0 && piped.standardOutput == "Tuva\tRU-TY\nЧувашия\tRU-CU\n")
    }

    @Test("usage errors exit 2 with one line naming the problem", arguments: [
        ["regions", "--bogus"], ["simulate", "--records", "-5"], ["simulate", "--format", "xml"], ["frobnicate"],
        ["regions", "Tuva"],
    ])
    func usageErrorsExitTwoWithOneLine(arguments: [String]) throws {
        let result = try CommandRunner.warburden(arguments)
        #expect(result.status == 2)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(result.standardError)")
        #expect(lines.first?.hasPrefix("warburden: error:") == true)
        #expect(!result.standardError.contains("Backtrace") && !result.standardError.contains("Fatal"))
    }

    @Test func dataErrorsExitOneWithOneLine() throws {
        let result = try CommandRunner.warburden(["simulate", "--records", "10", "--output", "/nonexistent-folder/list.csv"])
        #expect(result.status == 1)
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(result.standardError.contains("/nonexistent-folder/list.csv"))
        let missing = try CommandRunner.warburden(["regions", "--resolve", "--names-file", "/nonexistent-folder/names.txt"])
        #expect(missing.status == 1)
        #expect(missing.standardError == "warburden: error: cannot read '/nonexistent-folder/names.txt': no such file\n")
    }

    @Test func resolveReadsNamesFromAFile() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("names.txt")
        try "Tuva\r\nРеспублика Саха (Якутия)\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.warburden(["regions", "--resolve", "--names-file", file.path])
        #expect(result.status == 0 && result.standardOutput == "Tuva\tRU-TY\nРеспублика Саха (Якутия)\tRU-SA\n")
    }

    @Test func simulateIsByteIdenticalForASeed() throws {
        let first = try CommandRunner.warburden(["simulate", "--records", "2000", "--seed", "7"])
        let second = try CommandRunner.warburden(["simulate", "--records", "2000", "--seed", "7"])
        #expect(first.status == 0 && first.outputData == second.outputData)
        #expect(first.standardOutput.split(separator: "\n").count > 2000, "header, rows, and quoted line breaks")
        let ndjson = try CommandRunner.warburden(["simulate", "--records", "3", "--format", "ndjson"])
        for line in ndjson.standardOutput.split(separator: "\n") {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func demoWritesItsOutputAndSaysWhere() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.warburden(["demo", "--out", "out", "--records", "5000"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Output written to:"))
        #expect(result.standardError.hasPrefix("5,000 rows: "))
        for file in ["simulated-list.csv", "ledger.json", "rates.csv", "rates.json", "rates.txt"] {
            let path = folder.url.appendingPathComponent("out").appendingPathComponent(file).path
            #expect(FileManager.default.fileExists(atPath: path), "\(file)")
            #expect(result.standardOutput.contains("out/" + file))
        }
        let rates = try String(contentsOf: folder.url.appendingPathComponent("out/rates.csv"), encoding: .utf8)
        #expect(rates.hasPrefix("code,name,deaths,population,rate,conf_low,conf_high,rate_smoothed,rank\n"))
        #expect(rates.split(separator: "\n").count == 86)
    }

    @Test func checkPrintsTheLedgerAndHonoursStrict() throws {
        let folder = try TemporaryFolder()
        let list = folder.url.appendingPathComponent("list.csv")
        try """
            id,region,death_date,age
            1,Tuva,2023-05-01,30
            2,Atlantis,2023-05-02,31
            3,Tuva,2022-02-30,32
            1,Tuva,2023-05-01,30

            """.write(to: list, atomically: true, encoding: .utf8)
        let table = try CommandRunner.warburden(["check", list.path])
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("4 rows: 1 with region, 1 without, 1 duplicates (same_id 1), 1 rejected"))
        let none = try CommandRunner.warburden(["check", list.path, "--duplicates", "none", "--format", "json"])
        let counted = try #require(try JSONSerialization.jsonObject(with: none.outputData) as? [String: Any])
        #expect(counted["duplicates"] as? Int == 0 && counted["duplicates_policy"] as? String == "none")
        let unknown = try CommandRunner.warburden(["check", list.path, "--duplicates", "maybe"])
        #expect(unknown.status == 2 && unknown.standardError.contains("--duplicates"))
        let json = try CommandRunner.warburden(["check", list.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.outputData) as? [String: Any])
        #expect(object["rows"] as? Int == 4 && object["balanced"] as? Bool == true)
        let unresolved = try #require(object["unresolved_regions"] as? [[String: Any]])
        #expect(unresolved.first?["text"] as? String == "Atlantis")
        let rowsFile = folder.url.appendingPathComponent("rows.csv")
        let strict = try CommandRunner.warburden(["check", list.path, "--strict", "--ledger", rowsFile.path])
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("--strict: 1 rows rejected, 1 with a region that does not resolve"))
        let rows = try String(contentsOf: rowsFile, encoding: .utf8)
        #expect(rows == """
            row,line,outcome,code,detail
            1,2,accepted,,
            2,3,warning,unknown_region,Atlantis
            3,4,rejected,impossible_date,"date of death '2022-02-30': February 2022 has 28 days, not 30"
            4,5,duplicate,same_id,repeats row 1

            """)
        let missing = try CommandRunner.warburden(["check", "/nonexistent/list.csv"])
        #expect(missing.status == 1 && missing.standardError == "warburden: error: cannot read '/nonexistent/list.csv': no such file\n")
        let badMap = try CommandRunner.warburden(["check", list.path, "--map", "colour=region"])
        #expect(badMap.status == 2 && badMap.standardError.contains("unknown field 'colour'"))
    }

    @Test func ratesReadsAListOrCountsWithAUserRegionTable() throws {
        let folder = try TemporaryFolder()
        let regions = folder.url.appendingPathComponent("regions.csv")
        try "code,name,aliases,population,adults\nXX-A,Alpha,Alfa,100000,60000\nXX-B,Beta,,50000,30000\n"
            .write(to: regions, atomically: true, encoding: .utf8)
        let counts = folder.url.appendingPathComponent("counts.csv")
        try "region,deaths\nAlfa,30\nXX-B,5\n,2\n".write(to: counts, atomically: true, encoding: .utf8)
        let result = try CommandRunner.warburden(["rates", counts.path, "--counts", "--regions", regions.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("code,name,deaths,population,rate,conf_low,conf_high,rate_smoothed,rank\nXX-A,Alpha,30,100000,30.0,"))
        let adults = try CommandRunner.warburden(["rates", counts.path, "--counts", "--regions", regions.path, "--denominator", "adults", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: adults.outputData) as? [String: Any])
        #expect(object["denominator"] as? String == "adults" && object["unassigned"] as? Int == 2)
        let list = folder.url.appendingPathComponent("list.csv")
        try "region,death_date,unit_type\nAlpha,2023-01-05,volunteers\nBeta,2023-02-01,inmates\nAlpha,2022-12-01,volunteers\n"
            .write(to: list, atomically: true, encoding: .utf8)
        let filtered = try CommandRunner.warburden(["rates", list.path, "--regions", regions.path, "--from", "2023", "--unit-type", "volunteer", "--format", "json"])
        let filteredObject = try #require(try JSONSerialization.jsonObject(with: filtered.outputData) as? [String: Any])
        #expect(filteredObject["kept"] as? Int == 1 && filteredObject["excluded_by_filter"] as? Int == 2)
        #expect(filtered.standardError == "3 rows: 3 with region, 0 without, 0 rejected\n")
        let bad = try CommandRunner.warburden(["rates", list.path, "--from", "yesterday"])
        #expect(bad.status == 2 && bad.standardError.contains("--from 'yesterday' is not a date"))
        let badUnit = try CommandRunner.warburden(["rates", list.path, "--unit-type", "navy"])
        #expect(badUnit.status == 2)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func ratesOnThePublishedListPrintTuvaAndMoscowAsPublished() throws {
        let list = SharedData.url("ru-casualties-2023-04/dfFatalitiesAnonymised.csv").path
        let result = try CommandRunner.warburden(["rates", list, "--format", "csv"])
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == 86)
        func printed(_ code: String) -> [String] {
            let row = rows.first { $0.first == code }!
            return [row[2], row[3]] + row[4...6].map { String(format: "%.3f", Double($0)!) }
        }
        #expect(printed("RU-TY") == ["231", "92884", "248.697", "218.155", "283.424"])
        #expect(printed("RU-MOW") == ["125", "4096435", "3.051", "2.550", "3.649"])
    }

    /// A country of the tests' own making: ten regions, own codes, population and covariates.
    @Test func everyAnalysisRunsOnAUserTableOfAnotherCountry() throws {
        let folder = try TemporaryFolder()
        let regions = folder.url.appendingPathComponent("regions.csv")
        var table = "code,name,aliases,population,poverty_pct,income\n"
        var counts = "region,deaths,period\n"
        var indicator = "region,searches\n"
        for index in 1...10 {
            let population = 50_000 + 13_000 * index
            let poverty = 5.0 + 2.5 * Double(index)
            table += "XY-\(index),Region \(index),R\(index),\(population),\(poverty),\(40_000 - 2_500 * index + (index * index * 37) % 900)\n"
            counts += "R\(index),\(index * 7 + index % 3),2024-0\(1 + index % 3)\n"
            indicator += "Region \(index),\(index * index)\n"
        }
        try table.write(to: regions, atomically: true, encoding: .utf8)
        let countsFile = folder.url.appendingPathComponent("counts.csv")
        try counts.write(to: countsFile, atomically: true, encoding: .utf8)
        let indicatorFile = folder.url.appendingPathComponent("indicator.csv")
        try indicator.write(to: indicatorFile, atomically: true, encoding: .utf8)
        let common = [countsFile.path, "--counts", "--regions", regions.path, "--format", "json"]
        let runs: [(String, [String], String)] = [
            ("rates", [], "regions"),
            ("groups", ["--by", "poverty_pct-quintile"], "groups"),
            ("model", ["--covariates", "poverty_pct", "--family", "poisson"], "terms"),
            ("model", ["--covariates", "poverty_pct,income"], "terms"),
            ("inequality", ["--rank-by", "income"], "measures"),
            ("correlate", ["--with", indicatorFile.path + ":searches"], "correlations"),
            ("trends", ["--period", "month"], "periods"),
        ]
        for (command, extra, table) in runs {
            let result = try CommandRunner.warburden([command] + common + extra)
            #expect(result.status == 0, "\(command): \(result.standardError)")
            let object = try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any]
            #expect((object?[table] as? [Any])?.isEmpty == false, "\(command) \(extra)")
        }
        let collinear = try CommandRunner.warburden(["model"] + common + ["--covariates", "poverty_pct,poverty_pct"])
        #expect(collinear.status == 1 && collinear.standardError.contains("cannot be fitted"))
        let unknown = try CommandRunner.warburden(["model"] + common + ["--covariates", "rainfall"])
        #expect(unknown.status == 1 && unknown.standardError.contains("unknown covariate 'rainfall'"))
    }
}
