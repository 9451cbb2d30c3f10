import BurdenTestSupport
import Foundation
import Testing

/// `warburden excess` and `warburden coverage` as a user runs them: a made-up country
/// in the tidy layout, the real Rosstat file when it is beside the checkout, and the
/// exit status of every kind of mistake.
struct ExcessCommandTests {
    /// A country of three regions, its deaths 2015–2022 in three age groups (with
    /// country rows), and a named list; written by the test.
    struct MadeUpCountry {
        let folder: TemporaryFolder
        var regions: String { folder.url.appendingPathComponent("regions.csv").path }
        var deaths: String { folder.url.appendingPathComponent("deaths.csv").path }
        var list: String { folder.url.appendingPathComponent("list.csv").path }

        init() throws {
            folder = try TemporaryFolder()
            try """
                code,name,population,poverty_pct
                ZZ-A,Alpha,100000,10
                ZZ-B,Beta,60000,25
                ZZ-C,Gamma,30000,18

                """.write(toFile: regions, atomically: true, encoding: .utf8)
            var lines = ["region,year,age_group,sex,deaths"]
            let groups = ["15-19", "20-24", "25-29"]
            for year in Array(2015...2019) + [2022] {
                for (g, group) in groups.enumerated() {
                    var country = (male: 0, female: 0)
                    for (r, region) in ["Alpha", "Beta", "Gamma"].enumerated() {
                        let female = 40 + 10 * r + 5 * g + (year * 3 + r + g) % 7
                        let male = 2 * female + (year - 2015) + (year * 5 + r * 3 + g) % 11 + (year == 2022 ? 25 * (r + 1) : 0)
                        lines.append("\(region),\(year),\(group),f,\(female)")
                        lines.append("\(region),\(year),\(group),male,\(male)")
                        country.female += female
                        country.male += male
                    }
                    lines.append("All regions,\(year),\(group),female,\(country.female)")
                    lines.append("All regions,\(year),\(group),m,\(country.male)")
                }
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: deaths, atomically: true, encoding: .utf8)
            var list = ["id,region,age,death_date"]
            for index in 0..<40 {
                list.append("\(index + 1),\(["Alpha", "Beta", "Gamma"][index % 3]),\(18 + index % 12),2022-0\(1 + index % 9)-15")
            }
            list.append("41,Alpha,45,2022-03-01")
            try (list.joined(separator: "\n") + "\n").write(toFile: self.list, atomically: true, encoding: .utf8)
        }
    }

    @Test func excessOfAMadeUpCountryByRegionAsJSON() throws {
        let country = try MadeUpCountry()
        let result = try CommandRunner.warburden([
            "excess", country.deaths, "--regions", country.regions, "--ages", "15-29", "--by", "region", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any])
        #expect(object["baseline"] as? String == "2015–2019" && object["ages"] as? String == "15-29")
        let rows = try #require(object["excess"] as? [[String: Any]])
        #expect(rows.map { $0["region"] as? String } == ["ALL", "ZZ-A", "ZZ-B", "ZZ-C"])
        for row in rows {
            #expect(row["year"] as? Int == 2022 && row["age_group"] as? String == "15-29")
            for key in ["observed", "expected", "excess", "pm", "z", "excess_per_100k"] { #expect(row[key] is NSNumber, "\(key)") }
            let observed = try #require(row["observed"] as? Double)
            let expected = try #require(row["expected"] as? Double)
            let excess = try #require(row["excess"] as? Double)
            // Foundation's JSON parser on Linux does not always round decimals correctly.
            #expect(isClose(excess, observed - expected, relative: 1e-13))
        }
        let national = try #require(object["national"] as? [[String: Any]])
        #expect(national.count == 1 && national.first?["regions"] as? Int == 3)
        let detail = try #require(object["by_age_group"] as? [[String: Any]])
        #expect(detail.count == 12)
        #expect(!result.standardOutput.contains("NaN"))
    }

    @Test func excessNationallyPrintsEachAgeGroupAndTheirSum() throws {
        let country = try MadeUpCountry()
        let table = try CommandRunner.warburden(["excess", country.deaths, "--regions", country.regions, "--ages", "15-29"])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput.contains("ALL     All regions  2022  15-29"))
        #expect(!table.standardOutput.contains("2,022"), "years are not numbers to group")
        let csv = try CommandRunner.warburden([
            "excess", country.deaths, "--regions", country.regions, "--ages", "15-29", "--format", "csv", "--fit", "log",
        ])
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.first == "region,name,year,age_group,observed,expected,excess,pm,z,female_deaths,predicted_ratio")
        #expect(lines.count == 5 && lines.last?.hasPrefix("ALL,All regions,2022,15-29,") == true)
    }

    @Test func coverageOfAMadeUpList() throws {
        let country = try MadeUpCountry()
        let result = try CommandRunner.warburden([
            "coverage", country.list, country.deaths, "--regions", country.regions, "--ages", "15-29",
            "--covariates", "poverty_pct", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any])
        let rows = try #require(object["coverage"] as? [[String: Any]])
        #expect(rows.map { $0["region"] as? String } == ["ALL", "ZZ-A", "ZZ-B", "ZZ-C"])
        #expect(rows.map { $0["named"] as? Int } == [40, 14, 13, 13])
        #expect(object["named_counted"] as? Int == 40 && object["other_ages"] as? Int == 1)
        let terms = try #require(object["terms"] as? [[String: Any]])
        #expect(terms.map { $0["model"] as? String } == ["excess", "excess", "named", "named"])
        #expect(!result.standardOutput.contains("NaN"))
    }

    @Test("usage mistakes exit 2 with one line", arguments: [
        ["--baseline", "2018-2019"], ["--fit", "cubic"], ["--ages", "young"], ["--years", "20x"], ["--by", "district"],
        ["--years", "2019"],
    ])
    func usageMistakesExitTwo(arguments: [String]) throws {
        let country = try MadeUpCountry()
        let result = try CommandRunner.warburden(["excess", country.deaths, "--regions", country.regions] + arguments)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test("data mistakes exit 1 with one line naming the row", arguments: [
        ("Alpha,2016,15-19,f,-4", "line 2: a negative count of deaths (-4)"),
        ("Alpha,2016,teenagers,f,4", "line 2: unknown age group 'teenagers'"),
    ])
    func dataMistakesExitOne(row: String, message: String) throws {
        let country = try MadeUpCountry()
        let path = country.folder.url.appendingPathComponent("broken.csv").path
        try "region,year,age_group,sex,deaths\n\(row)\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.warburden(["excess", path, "--regions", country.regions])
        #expect(result.status == 1 && result.standardError.split(separator: "\n").count == 1)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        let missing = try CommandRunner.warburden(["excess", country.deaths, "--regions", country.regions, "--ages", "15-29", "--baseline", "2012-2016"])
        #expect(missing.status == 1 && missing.standardError.contains("no rows for 2012, a baseline year"))
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func theRosstatFileGivesThePublishedTotalAndEveryRegion() throws {
        let path = SharedData.url("ru-mortality/deaths-by-age-gender-region-year-1990-2022.csv.gz").path
        let national = try CommandRunner.warburden(["excess", path])
        #expect(national.status == 0)
        #expect(national.standardOutput.contains("RU      Russian Federation  2022  15-49       176,524   152,930  23,594  1,568"))
        let byRegion = try CommandRunner.warburden(["excess", path, "--by", "region", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: byRegion.outputData) as? [String: Any])
        let rows = try #require(object["excess"] as? [[String: Any]])
        #expect(rows.count == 86 && rows.first?["region"] as? String == "RU")
        #expect(!byRegion.standardOutput.contains("NaN"))
        let list = SharedData.url("ru-casualties-2023-04/dfFatalitiesAnonymised.csv").path
        let coverage = try CommandRunner.warburden(["coverage", list, path, "--format", "json"])
        #expect(coverage.status == 0, "\(coverage.standardError)")
        let covered = try #require(try JSONSerialization.jsonObject(with: coverage.outputData) as? [String: Any])
        #expect((covered["coverage"] as? [[String: Any]])?.count == 86)
        #expect((covered["models"] as? [[String: Any]])?.first?["nobs"] as? Int == 83)
        #expect(!coverage.standardOutput.contains("NaN"))
    }
}
