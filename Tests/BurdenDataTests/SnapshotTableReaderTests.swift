import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// Reading snapshots of a list's counts by date of death into a reporting triangle:
/// any row order, gaps, counts that go down (listed, not errors), gzip, regions, and
/// every error naming its file and line; the triangle built from versions of a list.
struct SnapshotTableReaderTests {
    private func file(_ text: String, _ name: String = "snapshots.csv") throws -> (TemporaryFolder, String) {
        try TemporaryFolder.holding(text, named: name)
    }

    private static func day(_ text: String) -> Int { PartialDate(parsing: text)!.dayNumber! }

    @Test("day numbers count from 1970-01-01 and round-trip", arguments: [
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2024-02-29", 19_782),
        ("2023-12-30", 19_721), ("1600-01-01", -135_140),
    ])
    func dayNumbers(text: String, expected: Int) {
        let date = PartialDate(parsing: text)!
        #expect(date.dayNumber == expected)
        #expect(PartialDate(dayNumber: expected) == date)
    }

    @Test func everyDayOfFourCenturiesRoundTripsAndMonthsAndYearsHaveNoDayNumber() {
        var failures: [Int] = []
        var previous = PartialDate(dayNumber: -200_001)!
        for number in -200_000...100_000 {
            let date = PartialDate(dayNumber: number)!
            if date.dayNumber != number || !(previous < date) { failures.append(number) }
            previous = date
        }
        #expect(failures.isEmpty, "day numbers that do not round-trip or do not follow the previous day: \(failures.prefix(5))")
        #expect(PartialDate(year: 2024, month: 5)!.dayNumber == nil)
        #expect(PartialDate(year: 2024)!.dayNumber == nil)
    }

    @Test func readsRowsInAnyOrderWithGapsAndListsTheDecreases() throws {
        let (folder, path) = try file("""
            snapshot_date,death_date,deaths
            2024-01-10,2024-01-01,5
            2024-01-01,2024-01-01,2
            2024-01-01,2023-12-30,7
            2024-01-05,2024-01-01,4
            2024-01-05,2023-12-30,6
            2024-01-10,2023-12-30,9
            2024-01-10,2024-01-08,1

            """)
        let triangle = try SnapshotTableReader.read(path: path)
        #expect(triangle.snapshots.map(\.description) == ["2024-01-01", "2024-01-05", "2024-01-10"])
        #expect(triangle.firstDeathDate.description == "2023-12-30")
        #expect(triangle.dayCount == 12)
        #expect(triangle.regions == [nil])
        #expect(triangle.count(region: 0, snapshot: 0, day: 2) == 2)
        #expect(triangle.count(region: 0, snapshot: 1, day: 2) == 4)
        #expect(triangle.count(region: 0, snapshot: 2, day: 9) == 1)
        #expect(triangle.count(region: 0, snapshot: 0, day: 1) == 0, "a day a snapshot does not mention counts 0")
        #expect(triangle.snapshotTotals == [9, 10, 15])
        #expect(triangle.decreases == [
            ReportingTriangle.Decrease(
                deathDate: PartialDate(parsing: "2023-12-30")!, region: nil, previousSnapshot: PartialDate(parsing: "2024-01-01")!,
                snapshot: PartialDate(parsing: "2024-01-05")!, from: 7, to: 6),
        ])
        _ = folder
    }

    @Test func readsGzipAndTSVAndOtherColumnNames() throws {
        let (folder, path) = try file("as_of\tdate\tn\n2024-03-01\t2024-02-01\t3\n2024-03-02\t2024-02-01\t4\n", "snapshots.tsv")
        _ = try CommandRunner.run("/bin/sh", ["-c", "gzip -k \"$0\"", path])
        let plain = try SnapshotTableReader.read(path: path)
        let compressed = try SnapshotTableReader.read(path: path + ".gz")
        #expect(plain == compressed)
        #expect(compressed.snapshotTotals == [3, 4])
        _ = folder
    }

    @Test("every problem names the file and the line", arguments: [
        ("snapshot_date,deaths\n2024-01-01,3\n", "no 'death_date' column"),
        ("snapshot_date,death_date,deaths\n2024-01,2023-12-01,3\n", "line 2: snapshot date '2024-01' is not a full day"),
        ("snapshot_date,death_date,deaths\n2024-01-01,2023-13-01,3\n", "line 2: date of death '2023-13-01' is not a full day"),
        ("snapshot_date,death_date,deaths\n2024-01-01,2024-01-02,3\n", "line 2: a death dated 2024-01-02 is after its snapshot date 2024-01-01"),
        ("snapshot_date,death_date,deaths\n2024-01-01,2023-12-01,-3\n", "line 2: deaths '-3' is not a whole number of 0 or more"),
        ("snapshot_date,death_date,deaths\n2024-01-01,2023-12-01,2.5\n", "line 2: deaths '2.5' is not a whole number of 0 or more"),
        ("snapshot_date,death_date,deaths\n2024-01-01,2023-12-01\n", "line 2 has 2 fields, the header 3"),
        ("snapshot_date,death_date,deaths\n2024-01-01,2023-12-01,3\n2024-01-01,2023-12-01,4\n",
         "line 3 repeats the snapshot date, date of death and region of line 2"),
        ("snapshot_date,death_date,deaths\n", "no rows"),
    ])
    func errorsNameTheFileAndLine(text: String, message: String) throws {
        let (folder, path) = try file(text)
        #expect {
            try SnapshotTableReader.read(path: path, name: "table.csv")
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix("snapshot table 'table.csv'") && description.contains(message)
        }
        _ = folder
    }

    @Test func regionsAreResolvedThroughTheRegionTable() throws {
        let (regionsFolder, regionsPath) = try file("code,name,aliases,population\nXX-N,North,Nord,100\nXX-S,South,,50\n", "regions.csv")
        let resolver = try RegionTableReader.read(path: regionsPath).resolver
        let (folder, path) = try file("""
            snapshot_date,death_date,deaths,region
            2024-01-01,2023-12-01,3,Nord
            2024-01-01,2023-12-01,2,XX-S
            2024-01-01,2023-12-01,1,
            2024-01-08,2023-12-01,4,North

            """)
        let triangle = try SnapshotTableReader.read(path: path, resolver: resolver)
        #expect(Set(triangle.regions) == [Optional("XX-N"), Optional("XX-S"), nil])
        func perSnapshot(_ totals: [Int32]) -> [Int] {
            stride(from: 0, to: totals.count, by: triangle.dayCount).map { start in
                totals[start..<(start + triangle.dayCount)].reduce(0) { $0 + Int($1) }
            }
        }
        #expect(perSnapshot(try triangle.totals(regionCodes: ["XX-N"])) == [3, 4])
        #expect(perSnapshot(try triangle.totals()) == [6, 4])
        #expect(triangle.decreases.count == 2, "the South and the deaths without a region drop to 0 on 2024-01-08")
        #expect(throws: DataError.self) { try triangle.totals(regionCodes: ["XX-E"]) }
        let (badFolder, badPath) = try file("snapshot_date,death_date,deaths,region\n2024-01-01,2023-12-01,3,Atlantis\n")
        #expect {
            try SnapshotTableReader.read(path: badPath, resolver: resolver)
        } throws: { "\($0)".contains("line 2") }
        _ = (regionsFolder, folder, badFolder)
    }

    @Test func listsGivenWithTheirDatesMakeATriangleByRegion() throws {
        func record(_ date: String?, _ region: String?) -> CasualtyRecord {
            CasualtyRecord(regionCode: region, deathDate: date.flatMap(PartialDate.init(parsing:)))
        }
        var builder = ReportingTriangle.Builder()
        try builder.add(snapshot: PartialDate(parsing: "2024-02-01")!, records: [
            record("2024-01-10", "RU-TY"), record("2024-01-10", "RU-TY"), record("2024-01-11", "RU-BU"), record("2024-01", "RU-BU"),
            record(nil, nil),
        ])
        try builder.add(snapshot: PartialDate(parsing: "2024-03-01")!, records: [
            record("2024-01-10", "RU-TY"), record("2024-01-10", "RU-TY"), record("2024-01-10", "RU-TY"), record("2024-01-11", "RU-BU"),
            record("2024-02-20", nil),
        ])
        try builder.add(snapshot: PartialDate(parsing: "2024-03-05")!)
        let triangle = try builder.build()
        #expect(triangle.snapshots.count == 3)
        #expect(triangle.undated == [2, 0, 0])
        #expect(try triangle.totals(regionCodes: ["RU-TY"])[triangle.dayCount * 1] == 3)
        #expect(triangle.snapshotTotals == [3, 5, 0])
        #expect(triangle.decreases.count == 3, "an empty snapshot takes every count to 0")
        var late = ReportingTriangle.Builder()
        #expect(throws: DataError.self) {
            try late.add(snapshot: PartialDate(parsing: "2024-02-01")!, records: [record("2024-02-02", nil)])
        }
        #expect(throws: DataError.self) { try ReportingTriangle.Builder().build() }
    }
}
