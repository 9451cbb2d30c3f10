@testable import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// The malformed-input corpus (scripts/make-malformed-corpus.py): each file's ledger
/// matches its hand-written expectation, and no row is lost.
struct ImporterCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let mapping: [RecordField: String]
        let rows, accepted, warned, duplicates, rejected: Int
        let codes: String
        let error: String
        var testDescription: String { file }
    }

    static let folder = Bundle.module.url(forResource: "malformed", withExtension: nil, subdirectory: "Fixtures")!

    static let cases: [Case] = {
        let text = try! String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var mapping: [RecordField: String] = [:]
            for pair in f[2].split(separator: ";") {
                let parts = pair.split(separator: "=").map(String.init)
                mapping[RecordField(rawValue: parts[0])!] = parts[1]
            }
            return Case(
                file: f[0], mapping: mapping, rows: Int(f[3])!, accepted: Int(f[4])!, warned: Int(f[5])!,
                duplicates: Int(f[6])!, rejected: Int(f[7])!, codes: f[8], error: f[9])
        }
    }()

    @Test func corpusHoldsAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test("every malformed input gets its expected ledger and loses no row", arguments: cases)
    func ledgerMatchesExpectation(_ expected: Case) throws {
        let path = Self.folder.appendingPathComponent(expected.file).path
        let importer = CasualtyImporter(options: .init(mapping: expected.mapping))
        do {
            var imported = 0
            let ledger = try importer.read(path: path) { _ in imported += 1 }
            #expect(expected.error.isEmpty, "expected the error \(expected.error)")
            #expect(ledger.isBalanced)
            #expect(ledger.rows == expected.rows)
            #expect(ledger.accepted == expected.accepted)
            #expect(ledger.acceptedWithWarnings == expected.warned)
            #expect(ledger.duplicates == expected.duplicates)
            #expect(ledger.rejected == expected.rejected)
            #expect(imported == ledger.imported)
            let codes = ledger.reasons.map { "\($0.outcome):\($0.code)=\($0.count)" }.sorted().joined(separator: "|")
            #expect(codes == expected.codes)
        } catch {
            #expect(!expected.error.isEmpty, "unexpected error: \(error)")
            if expected.error != "*" { #expect(error.message.contains(expected.error), "\(error.message)") }
        }
    }

    /// Reading with chunks of every size from 1 to 40 bytes crosses every boundary
    /// (inside quotes, between CR and LF, inside a UTF-8 character) and must give the
    /// same records and ledger as one large chunk.
    @Test(arguments: ["line-breaks-in-quotes.csv", "crlf.csv", "cr-only.csv", "unbalanced-quote.csv", "doubled-quotes.csv",
                      "russian-regions.csv", "bom.csv", "list.ndjson", "invalid.ndjson", "blank-lines.csv"])
    func chunkBoundariesDoNotChangeTheResult(file: String) throws {
        let path = Self.folder.appendingPathComponent(file).path
        let reference = try CasualtyImporter().readAll(path: path)
        for chunk in 1...40 {
            let result = try CasualtyImporter(options: .init(chunkSize: chunk)).readAll(path: path)
            #expect(result.records == reference.records, "chunk \(chunk)")
            #expect(result.ledger == reference.ledger, "chunk \(chunk)")
        }
    }

    @Test func aFieldLongerThanTheLimitIsRejectedAndReadingGoesOn() throws {
        let path = Self.folder.appendingPathComponent("field-of-one-megabyte.csv").path
        let ledger = try CasualtyImporter(options: .init(limits: ReadLimits(maximumFieldBytes: 1000))).read(path: path) { _ in }
        #expect(ledger.rows == 2 && ledger.rejected == 1 && ledger.accepted == 1)
        #expect(ledger.reasons.first?.code == "field_too_long")
    }

    @Test func namesNeverReachTheLedger() throws {
        let path = Self.folder.appendingPathComponent("duplicate-person.csv").path
        let ledger = try CasualtyImporter().read(path: path) { record in
            #expect(!"\(record)".contains("name-000"))
        }
        #expect(!"\(ledger)".contains("name-000"))
    }
}
