import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenTestSupport
import Foundation
import Testing

struct TrendsTests {
    private func record(_ date: String?, _ unit: UnitType, _ region: String? = "RU-TY") -> CasualtyRecord {
        CasualtyRecord(regionCode: region, deathDate: date.flatMap(PartialDate.init(parsing:)), unitType: unit)
    }

    @Test func monthlyCountsByUnitTypeWithSharesAndNothingDropped() {
        let records = [
            record("2023-01-05", .volunteer), record("2023-01-20", .volunteer), record("2023-01-30", .inmate),
            record("2023-02-01", .inmate), record("2023", .inmate), record(nil, .inmate),
        ]
        let trends = Trends(records: records, table: RussiaReference.table, period: .month, grouping: .unitType)
        #expect(trends.rows.map(\.period) == ["2023-01", "2023-01", "2023-02"])
        #expect(trends.rows.map(\.group) == ["inmate", "volunteer", "inmate"])
        #expect(trends.rows.map(\.deaths) == [1, 2, 1])
        #expect(trends.rows[1].share == 2.0 / 3.0)
        #expect(trends.unplaced == 1 && trends.undated == 1)
        #expect(trends.rows.reduce(0) { $0 + $1.deaths } + trends.unplaced + trends.undated == records.count)
        let quarterly = Trends(records: records, table: RussiaReference.table, period: .quarter, grouping: .none)
        #expect(quarterly.rows.map(\.period) == ["2023-Q1"] && quarterly.rows[0].deaths == 4)
        let yearly = Trends(records: records, table: RussiaReference.table, period: .year, grouping: .none)
        #expect(yearly.rows.first?.deaths == 5 && yearly.unplaced == 0)
    }

    @Test func macroRegionsSetTheCapitalsAndCrimeaApart() {
        let table = RussiaReference.table
        let groups = ["RU-MOW", "RU-LEN", "UA-43", "UA-14", "RU-TY", "RU-SVE"].map {
            Grouping.macroRegion(of: table.region(code: $0)!)
        }
        #expect(groups == ["capital_regions", "capital_regions", "crimea", "annexed_2022", "siberian", "ural"])
        let byRepublic = Trends(
            records: [record("2023-01-01", .contract, "RU-TY"), record("2023-01-01", .contract, "RU-SVE"),
                      record("2023-01-01", .contract, nil)],
            table: table, period: .year, grouping: .republic)
        #expect(byRepublic.rows.map(\.group) == ["national_republic", "other", "unknown"])
    }

    @Test func countsTablesNeedPeriods() throws {
        let rows = [CountsTableReader.Row(regionCode: "RU-TY", deaths: 5, period: "2023-01", group: nil)]
        #expect(try Trends(countRows: rows, period: .month).rows.first?.deaths == 5)
        #expect(throws: AnalysisError.self) {
            try Trends(countRows: [CountsTableReader.Row(regionCode: "RU-TY", deaths: 5, period: nil, group: nil)], period: .month)
        }
    }

    /// Mediazona's weekly named deaths by category (release of 2026-05-22): per quarter,
    /// the shares by unit type, every one of the 21 categories mapped.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func theWeeklyCountsByCategoryGiveQuarterlySharesByUnitType() throws {
        let path = SharedData.url("loss-volume/mediazona_named_weekly_by_category.csv").path
        let options = try TrendsOptions.parse(["--period", "quarter"])
        let dataset = try AnalysisDataset.load(path: path, isCounts: true)
        #expect(dataset.scope.categories.count == 21)
        #expect(dataset.scope.categories.allSatisfy { $0.contains("(mediazona-weekly (2026-05-22))") })
        #expect(dataset.scope.warnings.isEmpty && dataset.scope.unusedRows.isEmpty)
        let trends = try options.run(on: dataset)
        #expect(Set(trends.rows.map(\.group)).isSubset(of: Set(UnitType.allCases.map(\.rawValue))))
        #expect(trends.rows.reduce(0) { $0 + $1.deaths } == 201_998)
        for period in Set(trends.rows.map(\.period)) {
            let shares = trends.rows.filter { $0.period == period }.map(\.share)
            #expect(abs(shares.reduce(0, +) - 1) < 1e-12, "\(period)")
        }
        #expect(trends.rows.first?.period == "2022-Q1" && trends.rows.last?.period == "2026-Q2")
        // Counted independently from the file (each week in the quarter of its week_start).
        let firstQuarter = Dictionary(uniqueKeysWithValues: trends.rows.filter { $0.period == "2022-Q1" }.map { ($0.group, $0.deaths) })
        #expect(firstQuarter == ["contract": 2222, "unknown": 269, "security_forces": 150, "volunteer": 115,
                                 "private_military_company": 58, "other": 39, "inmate": 2])
        let volunteers = try #require(trends.rows.first { $0.period == "2024-Q4" && $0.group == "volunteer" })
        #expect(volunteers.deaths == 13_913 && volunteers.share == 13_913.0 / 26_772)
    }
}
