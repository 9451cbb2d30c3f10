@testable import BurdenData
import BurdenTestSupport
import Foundation
import Testing

struct ImporterTests {
    private func write(_ text: String, name: String, in folder: TemporaryFolder) throws -> String {
        let url = folder.url.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func simulatedList(records: Int, seed: UInt64, format: CasualtyListWriter.Format, in folder: TemporaryFolder)
        throws -> (path: String, rows: [CasualtySimulator.Row])
    {
        let path = folder.url.appendingPathComponent("list.\(format.rawValue)").path
        let simulator = try CasualtySimulator(seed: seed)
        let output = try ByteOutput(path: path)
        let writer = try CasualtyListWriter(output: output, format: format)
        var rows: [CasualtySimulator.Row] = []
        for index in 0..<records {
            let row = simulator.row(at: index)
            rows.append(row)
            try writer.write(row)
        }
        try output.flush()
        return (path, rows)
    }

    @Test("a simulated list imports back to exactly the records it stands for", arguments: CasualtyListWriter.Format.allCases)
    func simulatedListRoundTrips(format: CasualtyListWriter.Format) throws {
        let folder = try TemporaryFolder()
        let (path, rows) = try simulatedList(records: 20_000, seed: 5, format: format, in: folder)
        let (records, ledger) = try CasualtyImporter().readAll(path: path)
        #expect(ledger.isBalanced && ledger.rows == 20_000 && ledger.rejected == 0 && ledger.duplicates == 0)
        #expect(ledger.layout == "mediazona-2023")
        #expect(records == rows.map(\.record))
        #expect(ledger.withoutRegion == rows.filter { $0.regionCode == nil }.count)
        #expect(ledger.unresolvedRegions.isEmpty, "every alternate spelling the simulator writes resolves")
        let keep = try CasualtyImporter(options: .init(keepSource: true)).readAll(path: path).records
        #expect(keep.map { $0.source ?? "" } == rows.map(\.source))
    }

    @Test func standardInputIsReadLikeAFile() throws {
        let folder = try TemporaryFolder()
        let (path, _) = try simulatedList(records: 500, seed: 2, format: .csv, in: folder)
        let fromFile = try CasualtyImporter().readAll(path: path)
        let piped = try CommandRunner.run("/bin/sh", ["-c", "\"$0\" check - --format json < \"$1\"", CommandRunner.warburden.path, path])
        #expect(piped.status == 0, "\(piped.standardError)")
        #expect(piped.standardOutput.contains("\"rows\": \(fromFile.ledger.rows)"))
    }

    @Test func missingFilesAndFoldersAreErrorsNamingThem() {
        #expect { try CasualtyImporter().readAll(path: "/nonexistent/list.csv") } throws: {
            "\($0)" == "cannot read '/nonexistent/list.csv': no such file"
        }
        #expect { try CasualtyImporter().readAll(path: "/tmp") } throws: { "\($0)".contains("it is a folder") }
    }

    @Test func mapNamesColumnsAndRejectsUnknownOnes() throws {
        let folder = try TemporaryFolder()
        let path = try write("oblast;x\nTuva;1\n".replacing(";", with: ","), name: "m.csv", in: folder)
        #expect { try CasualtyImporter().readAll(path: path) } throws: { "\($0)".contains("--map region=COLUMN") }
        let mapped = try CasualtyImporter(options: .init(mapping: [.region: "oblast"])).readAll(path: path)
        #expect(mapped.records.first?.regionCode == "RU-TY")
        #expect(mapped.ledger.ignoredColumns == ["x"])
        #expect { try CasualtyImporter(options: .init(mapping: [.age: "nope"])).readAll(path: path) } throws: {
            "\($0)".contains("no column 'nope'")
        }
    }

    @Test func agesAreDerivedFromBirthYearAndDateWhenAbsent() throws {
        let folder = try TemporaryFolder()
        let path = try write("region,birth_year,death_date,age\nTuva,1990,2023-05-01,\nTuva,1990,,\nTuva,,2023,\n", name: "a.csv", in: folder)
        let (records, ledger) = try CasualtyImporter().readAll(path: path)
        #expect(records.map(\.age) == [33, nil, nil])
        #expect(ledger.derivedAges == 1)
        #expect(records[0].deathDate == PartialDate(year: 2023, month: 5, day: 1))
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func theTwentyTwentyThreeListImportsWithEveryRowAccountedFor() throws {
        let path = SharedData.url("ru-casualties-2023-04/dfFatalitiesAnonymised.csv").path
        let (records, ledger) = try CasualtyImporter().readAll(path: path)
        #expect(ledger.rows == 20_253)
        #expect(ledger.isBalanced && ledger.rejected == 0 && ledger.duplicates == 0)
        #expect(ledger.withoutRegion == 358 && ledger.withRegion == 19_895)
        #expect(ledger.unresolvedRegions.isEmpty, "every region resolved")
        #expect(ledger.summary == "20,253 rows: 19,895 with region, 358 without, 0 rejected")
        #expect(records.count == 20_253)
        #expect(Set(records.compactMap(\.regionCode)).count == 85)
        #expect(records.filter { $0.regionCode == "RU-TY" }.count == 231)
        #expect(records.filter { $0.regionCode == "RU-MOW" }.count == 125)
        let units = Dictionary(grouping: records, by: \.unitType).mapValues(\.count)
        #expect(units == [.contract: 6741, .unknown: 5048, .inmate: 2949, .volunteer: 2049, .conscripted: 1856,
                          .privateMilitaryCompany: 1091, .securityForces: 519])
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func theTwentyTwentyTwoLayoutIsRecognised() throws {
        // The 2022 layout (`id, firstName, lastName, region, birthYear, deathConfirmedDate,
        // source`), written from the 2023 list's records, reads back to the same records
        // less what it lacks (unit type, age).
        let path = SharedData.url("ru-casualties-2023-04/dfFatalitiesAnonymised.csv").path
        let original = try CasualtyImporter(options: .init(keepSource: true)).readAll(path: path).records
        var text = "id,firstName,lastName,region,birthYear,deathConfirmedDate,source\n"
        for record in original {
            let region = record.regionCode.flatMap { RussiaReference.table.region(code: $0)?.name } ?? ""
            let source = "\"" + (record.source ?? "").replacing("\"", with: "\"\"") + "\""
            text += "\(record.id ?? ""),removed,removed,\(region),\(record.birthDate?.description ?? ""),"
                + "\(record.confirmationDate?.description ?? ""),\(source)\n"
        }
        let folder = try TemporaryFolder()
        let written = try write(text, name: "2022.csv", in: folder)
        let (records, ledger) = try CasualtyImporter().readAll(path: written)
        #expect(ledger.layout == "mediazona-2022")
        #expect(ledger.isBalanced && ledger.rows == 20_253 && ledger.rejected == 0 && ledger.unresolvedRegions.isEmpty)
        #expect(records.map(\.regionCode) == original.map(\.regionCode))
        #expect(records.map(\.confirmationDate) == original.map(\.confirmationDate))
        #expect(records.map(\.birthDate) == original.map(\.birthDate))
    }
}
