import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// Reading deaths by region × year × age group × sex: Rosstat's layout, the tidy
/// layout for any country, gzip, the checks, and every error naming its line.
struct DeathsTableReaderTests {
    private func file(_ text: String, _ name: String = "deaths.csv") throws -> (TemporaryFolder, String) {
        try TemporaryFolder.holding(text, named: name)
    }

    /// A made-up country of three regions.
    static let regionTable = """
        code,name,aliases,population
        XX-N,North,Nord,120000
        XX-S,South,,80000
        XX-E,East,,50000

        """

    /// Rosstat's spellings of the units whose meaning depends on the context, in Rosstat's layout.
    static let rosstatSample: String = {
        let units = [
            "Российская Федерация", "Архангельская область", "Архангельская область без АО", "Ненецкий АО",
            "Тюменская область", "Тюменская область без АО", "Ханты-Мансийский АО", "Ямало-Hенецкий АО",
            "Республика Бурятия",
        ]
        var lines = ["Region,Year,Age,Gender,Deaths"]
        for (u, unit) in units.enumerated() {
            for year in [2018, 2019] {
                for (a, age) in ["15-19 лет", "85 и более", "Всего", "Неизвестно"].enumerated() {
                    for (s, sex) in ["f", "m"].enumerated() {
                        lines.append("\(unit),\(year),\(age),\(sex),\(1000 * u + 100 * (year - 2018) + 10 * a + s)")
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func rosstatLayoutKeepsCompositesApartFromTheOblastsProperAndTheirOkrugs() throws {
        let (folder, path) = try file(Self.rosstatSample)
        let table = try DeathsTableReader.read(path: path)
        #expect(table.layout == .rosstat)
        #expect(table.units.map(\.code) == [
            "RU", "RU-ARK+NEN", "RU-ARK", "RU-NEN", "RU-TYU+KHM+YAN", "RU-TYU", "RU-KHM", "RU-YAN", "RU-BU",
        ])
        #expect(table.units.map(\.kind) == [
            .country, .composite, .region, .region, .composite, .region, .region, .region, .region,
        ])
        #expect(table.country?.code == "RU" && table.regions.count == 6)
        #expect(table.unit(code: "RU-YAN")?.spelling == "Ямало-Hенецкий АО", "Rosstat's Latin H")
        #expect(table.years == [2018, 2019])
        #expect(table.ageGroups == [AgeGroup(lower: 15, upper: 19), AgeGroup(lower: 85, upper: nil)])
        let proper = AgeGroup(lower: 15, upper: 19)
        #expect(table.deaths(unit: "RU-ARK", year: 2019, age: proper, sex: .male) == 2101)
        #expect(table.deaths(unit: "RU-ARK+NEN", year: 2019, age: proper, sex: .female) == 1100)
        #expect(table.totalDeaths(unit: "RU-BU", year: 2018, sex: .female) == 8020)
        #expect(table.unknownAgeDeaths(unit: "RU-BU", year: 2018, sex: .male) == 8031)
        #expect(table.deaths(unit: "RU-BU", year: 2017, age: proper, sex: .male) == nil, "a missing row is nil, not 0")
        #expect(table.inconsistencies.isEmpty, "groups that do not cover every age are not checked against the total")
        _ = folder
    }

    @Test func tidyLayoutReadsAnyCountryThroughItsRegionTable() throws {
        let (regionsFolder, regionsPath) = try file(Self.regionTable, "regions.csv")
        let resolver = try RegionTableReader.read(path: regionsPath).resolver
        let (folder, path) = try file("""
            region,year,age_group,sex,deaths
            Nord,2019,15-19,male,12
            North,2019,15-19,female,5
            XX-S,2019,15-19,M,7
            South,2019,15-19,F,3
            All regions,2019,15-19,m,19
            East,2019,50+,f,0

            """)
        let table = try DeathsTableReader.read(path: path, resolver: resolver)
        #expect(table.layout == .tidy)
        #expect(table.units.map(\.code) == ["XX-N", "XX-S", "ALL", "XX-E"])
        #expect(table.country?.code == "ALL")
        #expect(table.deaths(unit: "XX-N", year: 2019, age: AgeGroup(lower: 15, upper: 19), sex: .male) == 12)
        #expect(table.deaths(unit: "XX-E", year: 2019, age: AgeGroup(lower: 50, upper: nil), sex: .female) == 0)
        _ = (folder, regionsFolder)
    }

    @Test func gzipFilesReadAsTheirPlainText() throws {
        let (folder, path) = try file(Self.rosstatSample)
        let compressed = folder.url.appendingPathComponent("deaths.csv.gz").path
        let zipped = try CommandRunner.run("/bin/sh", ["-c", "gzip -c \"$0\" > \"$1\"", path, compressed])
        #expect(zipped.status == 0)
        let plain = try DeathsTableReader.read(path: path)
        let unzipped = try DeathsTableReader.read(path: compressed)
        #expect(unzipped.units == plain.units && unzipped.years == plain.years && unzipped.ageGroups == plain.ageGroups)
        for unit in plain.units {
            for sex in Sex.allCases {
                #expect(unzipped.totalDeaths(unit: unit.code, year: 2019, sex: sex) == plain.totalDeaths(unit: unit.code, year: 2019, sex: sex))
            }
        }
        let corrupt = folder.url.appendingPathComponent("corrupt.csv.gz")
        try Data("Region,Year,Age,Gender,Deaths\n".utf8).write(to: corrupt)
        #expect { try DeathsTableReader.read(path: corrupt.path) } throws: { "\($0)".contains("cannot decompress") }
        #expect { try DeathsTableReader.read(path: folder.url.appendingPathComponent("absent.csv.gz").path) } throws: {
            "\($0)".contains("no such file")
        }
    }

    @Test("a broken deaths table is an error naming the line", arguments: [
        ("region,year,age_group,sex,deaths\nNorth,2019,15-19,m,-3\n", "line 2: a negative count of deaths (-3)"),
        ("region,year,age_group,sex,deaths\nNorth,2019,15-19,m,4\nNorth,2019,teens,f,3\n", "line 3: unknown age group 'teens'"),
        ("region,year,age_group,sex,deaths\nNorth,2019,15-19,x,4\n", "line 2: unknown sex 'x'"),
        ("region,year,age_group,sex,deaths\nNorth,2019,15-19,m,4\nAtlantis,2019,15-19,m,4\n", "line 3: unknown region \"Atlantis\""),
        ("region,year,age_group,sex,deaths\nNorth,19,15-19,m,4\n", "line 2: year '19' is not a year"),
        ("region,year,age_group,sex,deaths\nNorth,2019,15-19,m,4\nNord,2019,15-19 years,m,5\n", "line 3 repeats the region, year, age group and sex of line 2"),
        ("region,year,age_group,sex,deaths\nNorth,2019,15-19,m,4\nNorth,2019,17-21,m,9\n",
         "age groups 15-19 (line 2) and 17-21 (line 3) overlap in 2019 without one holding the other"),
        ("region,year,age_group,sex,deaths\nNorth,2019,15-19,m,\n", "line 2: no count of deaths"),
        ("region,year,age_group,sex,deaths\nNorth,2019,15-19,m,4.5\n", "line 2: deaths '4.5' is not a whole number"),
        ("region,year,age_group,sex,deaths\nNorth,2019,15-19,m\n", "line 2 has 4 fields, the header 5"),
        ("region,year,sex,deaths\nNorth,2019,m,4\n", "no 'age_group' column"),
        ("region,year,age_group,sex,deaths\n", "no rows"),
    ])
    func brokenTablesNameTheLine(text: String, message: String) throws {
        let (regionsFolder, regionsPath) = try file(Self.regionTable, "regions.csv")
        let resolver = try RegionTableReader.read(path: regionsPath).resolver
        let (folder, path) = try file(text)
        #expect {
            try DeathsTableReader.read(path: path, resolver: resolver)
        } throws: { error in
            "\(error)".contains(message) && "\(error)".contains("deaths table '") && !"\(error)".contains("\n")
        }
        _ = (folder, regionsFolder)
    }

    @Test func ageGroupsThatDoNotAddUpToTheTotalAreReportedWithTheTotalsLine() throws {
        let (regionsFolder, regionsPath) = try file(Self.regionTable, "regions.csv")
        let resolver = try RegionTableReader.read(path: regionsPath).resolver
        var lines = ["region,year,age_group,sex,deaths"]
        for region in ["North", "South"] {
            for sex in ["m", "f"] {
                lines += ["\(region),2019,0-14,\(sex),1", "\(region),2019,15-49,\(sex),2", "\(region),2019,50+,\(sex),3"]
                lines.append("\(region),2019,unknown,\(sex),1")
                let total = region == "South" && sex == "f" ? 9 : 7
                lines.append("\(region),2019,total,\(sex),\(total)")
            }
        }
        let (folder, path) = try file(lines.joined(separator: "\n") + "\n")
        let table = try DeathsTableReader.read(path: path, resolver: resolver)
        #expect(table.inconsistencies.count == 1)
        let check = try #require(table.inconsistencies.first)
        #expect(check.code == "XX-S" && check.year == 2019 && check.sex == .female)
        #expect(check.sumOfGroups == 7 && check.total == 9 && check.line == 21)
        _ = (folder, regionsFolder)
    }

    @Test func nestedGroupsAreKeptPerYearAndTheTotalIsCheckedOnTheFinestPartition() throws {
        let (regionsFolder, regionsPath) = try file(Self.regionTable, "regions.csv")
        let resolver = try RegionTableReader.read(path: regionsPath).resolver
        var lines = ["region,year,age_group,sex,deaths"]
        for year in [2022, 2023] {
            for sex in ["m", "f"] {
                lines += ["North,\(year),0-14,\(sex),1", "North,\(year),15-49,\(sex),2", "North,\(year),50+,\(sex),3"]
                // 2023 adds a band inside 15-49 and a total over 0-49, neither counted again.
                if year == 2023 { lines += ["North,2023,15-17,\(sex),1", "North,2023,0-49,\(sex),3"] }
                lines.append("North,\(year),total,\(sex),\(year == 2023 && sex == "f" ? 7 : 6)")
            }
        }
        let (folder, path) = try file(lines.joined(separator: "\n") + "\n")
        let table = try DeathsTableReader.read(path: path, resolver: resolver)
        #expect(table.ageGroups.map(\.description) == ["0-14", "0-49", "15-17", "15-49", "50+"])
        #expect(table.ageGroups(in: 2022).map(\.description) == ["0-14", "15-49", "50+"])
        #expect(table.ageGroups(in: 2023).count == 5 && table.ageGroups(in: 2021).isEmpty)
        #expect(table.inconsistencies.map { "\($0.year) \($0.sex) \($0.sumOfGroups) \($0.total)" } == ["2023 female 6 7"])
        let partition = try table.partition(of: AgeGroup(lower: 0, upper: nil))
        #expect(partition.groups.map(\.description) == ["0-14", "15-49", "50+"])
        #expect(partition.setAside.map(\.description) == ["0-49 in 2023: holds 0-14, 15-49, which are used",
                                                           "15-17 in 2023: inside 15-49, which is used"])
        #expect(table.deaths(unit: "XX-N", year: 2023, group: partition.groups[1], of: partition, sex: .male) == 2)
        _ = (folder, regionsFolder)
    }

    @Test("age labels of Rosstat and of tidy tables", arguments: [
        ("15-19 лет", AgeLabel.group(AgeGroup(lower: 15, upper: 19))),
        ("85 и более", .group(AgeGroup(lower: 85, upper: nil))),
        ("Всего", .total),
        ("Неизвестно", .unknown),
        ("15–19", .group(AgeGroup(lower: 15, upper: 19))),
        ("50+", .group(AgeGroup(lower: 50, upper: nil))),
        ("0", .group(AgeGroup(lower: 0, upper: 0))),
        (" 20 - 24 years ", .group(AgeGroup(lower: 20, upper: 24))),
        ("TOTAL", .total),
        ("unknown", .unknown),
    ] as [(String, AgeLabel)])
    func ageLabelsAreRead(text: String, label: AgeLabel) {
        #expect(AgeLabel(parsing: text) == label)
    }

    @Test("text that is not an age label", arguments: ["teens", "19-15", "15 to 19", "-5", "1000", "15-", ""])
    func nonLabelsAreRejected(text: String) {
        #expect(AgeLabel(parsing: text) == nil)
    }

    @Test("sex labels", arguments: [("m", Sex.male), ("Male", .male), ("F", .female), ("female", .female), ("ж", .female)])
    func sexLabelsAreRead(text: String, sex: Sex) {
        #expect(Sex(label: text) == sex)
    }

    @Test func ageGroupsOrderContainAndOverlap() {
        let teens = AgeGroup(lower: 15, upper: 19)
        let old = AgeGroup(lower: 85, upper: nil)
        #expect(teens < old && teens.contains(19) && !teens.contains(20) && old.contains(120))
        #expect(teens.overlaps(AgeGroup(lower: 19, upper: 24)) && !teens.overlaps(AgeGroup(lower: 20, upper: 24)))
        #expect(AgeGroup(lower: 15, upper: 49).holds(teens) && teens.holds(teens) && !teens.holds(AgeGroup(lower: 15, upper: 49)))
        #expect(old.holds(AgeGroup(lower: 90, upper: nil)) && !teens.holds(old))
        #expect(teens.crosses(AgeGroup(lower: 17, upper: 21)) && !teens.crosses(AgeGroup(lower: 15, upper: 17)))
        #expect("\(teens)" == "15-19" && "\(old)" == "85+")
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func theRosstatFileHasEightyFiveRegionsTheCountryAndTwoComposites() throws {
        let path = SharedData.url("ru-mortality/deaths-by-age-gender-region-year-1990-2022.csv.gz").path
        let table = try DeathsTableReader.read(path: path)
        #expect(table.layout == .rosstat)
        #expect(table.regions.count == 85 && table.units.count == 88)
        #expect(table.country?.code == "RU" && table.country?.spelling == "Российская Федерация")
        #expect(Set(table.units.filter { $0.kind == .composite }.map(\.code)) == ["RU-ARK+NEN", "RU-TYU+KHM+YAN"])
        #expect(table.unit(code: "RU-ARK")?.spelling == "Архангельская область без АО")
        #expect(table.unit(code: "RU-TYU")?.spelling == "Тюменская область без АО")
        #expect(table.unit(code: "RU-YAN")?.spelling == "Ямало-Hенецкий АО")
        #expect(table.years == Array(1990...2022) && table.ageGroups.count == 18)
        let checks = table.inconsistencies.map { "\($0.code) \($0.year) \($0.sex.rawValue)" }.sorted()
        #expect(checks == ["RU-ARK+NEN 2016 female", "RU-KYA 2016 female", "RU-KYA 2016 male"])
        let krasnoyarsk = try #require(table.inconsistencies.first { $0.code == "RU-KYA" && $0.sex == .male })
        #expect(krasnoyarsk.total == 19_151 && krasnoyarsk.sumOfGroups == 1_048)

        let folder = try TemporaryFolder()
        let plainPath = folder.url.appendingPathComponent("deaths.csv").path
        #expect(try CommandRunner.run("/bin/sh", ["-c", "gzip -dc \"$0\" > \"$1\"", path, plainPath]).status == 0)
        let plain = try DeathsTableReader.read(path: plainPath)
        #expect(plain.units == table.units && plain.inconsistencies == table.inconsistencies)
        let group = AgeGroup(lower: 30, upper: 34)
        #expect(plain.deaths(unit: "RU", year: 2022, age: group, sex: .male) == 22_399)
        #expect(table.deaths(unit: "RU", year: 2022, age: group, sex: .male) == 22_399)
    }
}
