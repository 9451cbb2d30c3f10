import BurdenTestSupport
import Foundation
import Testing

/// Lists from standard input and gzip files, as a user gives them: a line of 100 MB is
/// refused (and the rows after it kept), a `.gz` list reads as its plain text.
struct ReadingInputTests {
    static let header = "id,first_name,last_name,impliedEthnicity,birthYear,deathConfirmedDate,unitType,age,region,source\n"
    static let rows = (1...2).map { "\($0),removed,removed,removed,1990,2023-05-14,professional army,32,Tuva,https://example.org/\($0)\n" }

    @Test func aLineOfOneHundredMegabytesThroughStandardInputIsRefusedAndTheRowsAfterItKept() throws {
        let input = Self.header + String(repeating: "a", count: 100_000_000) + "\n" + Self.rows.joined()
        let result = try CommandRunner.warburden(["check", "-", "--format", "json"], input: input)
        #expect(result.status == 0, "\(result.standardError)")
        let ledger = try JSONSerialization.jsonObject(with: result.outputData) as? [String: Any]
        #expect(ledger?["rows"] as? Int == 3 && ledger?["rejected"] as? Int == 1 && ledger?["imported"] as? Int == 2)
        let reasons = ledger?["reasons"] as? [[String: Any]]
        #expect(reasons?.first?["code"] as? String == "field_too_long")
    }

    @Test func aCompressedListIsCheckedAsItsPlainText() throws {
        let folder = try TemporaryFolder()
        let plain = folder.url.appendingPathComponent("list.csv")
        try (Self.header + Self.rows.joined()).write(to: plain, atomically: true, encoding: .utf8)
        let zipped = try CommandRunner.run("/bin/sh", ["-c", "gzip -c list.csv > list.csv.gz"], in: folder.url)
        #expect(zipped.status == 0)
        let expected = try CommandRunner.warburden(["check", "list.csv", "--format", "json"], in: folder.url)
        let read = try CommandRunner.warburden(["check", "list.csv.gz", "--format", "json"], in: folder.url)
        #expect(read.status == 0 && expected.status == 0, "\(read.standardError)")
        #expect(read.standardOutput.replacing("list.csv.gz", with: "list.csv") == expected.standardOutput)
    }
}
