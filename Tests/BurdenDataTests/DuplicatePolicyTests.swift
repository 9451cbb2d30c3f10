@testable import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// Which repeated rows are duplicates (`--duplicates`): a repeated id is evidence of a
/// duplicate only when the rows also agree.
struct DuplicatePolicyTests {
    static let folder = Bundle.module.url(forResource: "malformed", withExtension: nil, subdirectory: "Fixtures")!

    private func read(_ file: String, _ policy: DuplicatePolicy) throws -> (records: [CasualtyRecord], ledger: ImportLedger) {
        var options = CasualtyImporter.Options()
        options.duplicates = policy
        return try CasualtyImporter(options: options).readAll(path: Self.folder.appendingPathComponent(file).path)
    }

    private func write(_ text: String, in folder: TemporaryFolder) throws -> String {
        let url = folder.url.appendingPathComponent("list.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The December 2022 case: id 105 occurs twice, with other confirmation dates and
    /// sources. The default counts both rows (Rostov has 5 deaths, as the published table
    /// counted them), by id drops the second (4), and the ledger names both rows.
    @Test func theDecember2022RepeatedIdIsCountedTwiceByDefaultAndOnceById() throws {
        let kept = try read("layout-2022-repeated-id.csv", .conflictsKept)
        #expect(kept.ledger.layout == "mediazona-2022")
        #expect(kept.records.count == 10 && kept.ledger.duplicates == 0 && kept.ledger.isBalanced)
        #expect(kept.records.filter { $0.regionCode == "RU-ROS" }.count == 5)
        let conflict = try #require(kept.ledger.reasons.first { $0.code == "id_conflict" })
        #expect(conflict.outcome == "warning" && conflict.count == 1)
        #expect(conflict.examples.map(\.row) == [7] && conflict.examples.map(\.line) == [8])
        #expect(conflict.examples[0].detail == "repeats the id of row 5 with other fields; both are counted")
        #expect(kept.ledger.summary == "10 rows: 10 with region, 0 without, 1 id_conflict (both rows counted), 0 rejected")
        #expect(kept.ledger.duplicatePolicy == nil)

        let byID = try read("layout-2022-repeated-id.csv", .byID)
        #expect(byID.records.count == 9 && byID.ledger.duplicates == 1 && byID.ledger.isBalanced)
        #expect(byID.records.filter { $0.regionCode == "RU-ROS" }.count == 4)
        let duplicate = try #require(byID.ledger.reasons.first { $0.outcome == "duplicate" })
        #expect(duplicate.code == "same_id" && duplicate.examples.map(\.row) == [7])
        #expect(duplicate.examples[0].detail == "repeats row 5")
        #expect(byID.ledger.summary == "10 rows: 9 with region, 0 without, 1 duplicates (same_id 1), 0 rejected")
        #expect(byID.ledger.duplicatePolicy == .byID)
    }

    @Test func anExactRepeatStaysADuplicateAndARepeatOfAConflictingRowIsItsDuplicate() throws {
        let folder = try TemporaryFolder()
        let path = try write(
            """
            id,region,death_date,source
            1,Tuva,2023-05-01,a
            1,Tuva,2023-05-01,a
            1,Tuva,2023-05-02,b
            1, Tuva ,2023-05-02,b
            2,Tuva,2023-05-03,c
            1,Tuva,2023-05-03,c

            """, in: folder)
        var options = CasualtyImporter.Options()
        options.duplicates = .conflictsKept
        let (records, ledger) = try CasualtyImporter(options: options).readAll(path: path)
        // Row 2 repeats row 1; row 3 conflicts with row 1; row 4 repeats row 3 (fields are
        // compared trimmed); row 6 conflicts with row 1 again.
        #expect(records.count == 4 && ledger.duplicates == 2 && ledger.acceptedWithWarnings == 2)
        let duplicates = try #require(ledger.reasons.first { $0.outcome == "duplicate" })
        #expect(duplicates.examples.map(\.detail) == ["repeats row 1", "repeats row 3"])
        let conflicts = try #require(ledger.reasons.first { $0.code == "id_conflict" })
        #expect(conflicts.examples.map(\.row) == [3, 6])
        #expect(ledger.summary == "6 rows: 4 with region, 0 without, 2 duplicates (same_id 2), 2 id_conflict (both rows counted), 0 rejected")
    }

    @Test("each policy on the same rows", arguments: [
        (DuplicatePolicy.conflictsKept, 3, 0, 1),
        (DuplicatePolicy.byID, 2, 1, 0),
        (DuplicatePolicy.none, 3, 0, 0),
    ])
    func eachPolicySetsAsideWhatItSays(policy: DuplicatePolicy, imported: Int, duplicates: Int, conflicts: Int) throws {
        let (records, ledger) = try read("duplicate-id.csv", policy)
        #expect(records.count == imported && ledger.duplicates == duplicates && ledger.isBalanced)
        #expect(ledger.reasons.first { $0.code == "id_conflict" }?.count ?? 0 == conflicts)
    }

    @Test func noneKeepsRepeatsOfANamedPersonToo() throws {
        #expect(try read("duplicate-person.csv", .byID).ledger.duplicates == 1)
        #expect(try read("duplicate-person.csv", .conflictsKept).ledger.duplicates == 1)
        let none = try read("duplicate-person.csv", .none)
        #expect(none.records.count == 4 && none.ledger.duplicates == 0 && none.ledger.duplicatePolicy == DuplicatePolicy.none)
    }

    @Test func theLedgerKeepsItsPolicyThroughJSON() throws {
        let ledger = try read("duplicate-id.csv", .byID).ledger
        let data = try JSONEncoder().encode(ledger)
        #expect(String(decoding: data, as: UTF8.self).contains("\"duplicates_policy\":\"by-id\""))
        #expect(try JSONDecoder().decode(ImportLedger.self, from: data) == ledger)
        let standard = try JSONEncoder().encode(try read("duplicate-id.csv", .conflictsKept).ledger)
        #expect(!String(decoding: standard, as: UTF8.self).contains("duplicates_policy"))
    }
}
