@testable import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// Reading is linear whatever the source, and every bound of ``ReadLimits`` is enforced
/// as the scan passes it: the row is refused, the rest of its line streamed through and
/// dropped, the rows after it kept, and the buffer never larger than one record needs.
struct ReadingBoundsTests {
    static let header = "id,first_name,last_name,impliedEthnicity,birthYear,deathConfirmedDate,unitType,age,region,source\n"
    static let goodRow = "7,removed,removed,removed,1990,2023-05-14,professional army,32,Tuva,https://example.org/a\n"

    /// A list: the header, a good row, `long` on a line of its own, two more good rows.
    static func list(around long: [UInt8], lineEnd: String = "\n") -> [UInt8] {
        Array((header + goodRow).utf8) + long + Array(lineEnd.utf8) + Array((goodRow.replacing("7,", with: "8,", maxReplacements: 1)
            + goodRow.replacing("7,", with: "9,", maxReplacements: 1)).utf8)
    }

    private func importLedger(_ opened: ReadingSource.Opened, format: InputFormat = .csv) throws -> (ImportLedger, Int) {
        var imported = 0
        let ledger = try CasualtyImporter(options: .init(limits: opened.input.limits)).read(
            input: opened.input, format: format, label: "list") { _ in imported += 1 }
        return (ledger, imported)
    }

    /// The long line's row is rejected with `code`, and the three good rows are imported.
    private func expectRefused(_ ledger: ImportLedger, imported: Int, code: String, line: Int = 3) {
        #expect(ledger.isBalanced && ledger.rows == 4 && ledger.rejected == 1 && imported == 3, "\(ledger.summary)")
        #expect(ledger.reasons.map(\.code) == [code])
        #expect(ledger.reasons.first?.examples.first?.row == 2 && ledger.reasons.first?.examples.first?.line == line)
    }

    static let longValues: [(String, [UInt8])] = [
        ("a field past the bound", Array(repeating: UInt8(ascii: "a"), count: 70_000)),
        ("a quoted field past the bound", Array("\"".utf8) + Array(repeating: UInt8(ascii: "b"), count: 70_000) + Array("\"".utf8)),
        ("a quoted field that never closes", Array("1,\"".utf8) + Array(repeating: UInt8(ascii: "c"), count: 70_000)),
        ("text after a closing quote", Array("\"x\"".utf8) + Array(repeating: UInt8(ascii: "d"), count: 70_000)),
    ]

    @Test("a field past maximumFieldBytes is refused and the rows after it kept",
          arguments: ReadingSource.allCases, longValues.indices)
    func longFieldIsRefused(source: ReadingSource, example: Int) throws {
        let limits = ReadLimits(maximumFieldBytes: 1 << 16, maximumRecordBytes: 1 << 18)
        let opened = try source.open(Self.list(around: Self.longValues[example].1), limits: limits)
        let (ledger, imported) = try importLedger(opened)
        expectRefused(ledger, imported: imported, code: "field_too_long")
        #expect(opened.input.capacity <= limits.maximumRecordBytes + 2)
    }

    @Test("a record past maximumRecordBytes is refused, with any line end", arguments: ReadingSource.allCases, ["\n", "\r\n", "\r"])
    func longRecordIsRefused(source: ReadingSource, lineEnd: String) throws {
        // Many fields within the field bound, a record past the record bound.
        let long = Array(repeating: Array("abcdefghij,".utf8), count: 30_000).flatMap { $0 }
        let limits = ReadLimits(maximumFieldBytes: 1 << 12, maximumRecordBytes: 1 << 16)
        let opened = try source.open(Self.list(around: long, lineEnd: lineEnd), limits: limits)
        let (ledger, imported) = try importLedger(opened)
        expectRefused(ledger, imported: imported, code: "record_too_long")
        #expect(opened.input.capacity <= limits.maximumRecordBytes + 2)
    }

    @Test("a line of nothing but delimiters is bounded by maximumFieldCount", arguments: ReadingSource.allCases)
    func manyEmptyFieldsAreRefused(source: ReadingSource) throws {
        let commas = [UInt8](repeating: UInt8(ascii: ","), count: 1 << 20)
        let opened = try source.open(Self.list(around: commas))
        let (ledger, imported) = try importLedger(opened)
        expectRefused(ledger, imported: imported, code: "record_too_long")
        #expect(ledger.reasons.first?.examples.first?.detail.contains("65536 fields") == true)
    }

    @Test("an NDJSON line, string or object past the bounds is refused", arguments: ReadingSource.allCases, [0, 1, 2])
    func ndjsonBounds(source: ReadingSource, example: Int) throws {
        let first = "{\"id\":\"1\",\"region\":\"Tuva\",\"deathConfirmedDate\":\"2023-05-14\"}\n"
        let good = "{\"id\":\"2\",\"region\":\"Buryatia\",\"deathConfirmedDate\":\"2023-05-14\"}\n"
        let long: String
        let code: String
        switch example {
        case 0: (long, code) = ("{\"id\":\"3\",\"region\":\"" + String(repeating: "x", count: 300_000) + "\"}", "record_too_long")
        case 1: (long, code) = ("{\"id\":\"3\",\"region\":\"" + String(repeating: "y", count: 70_000) + "\"}", "field_too_long")
        default: (long, code) = ("{" + (0..<200).map { "\"k\($0)\":1" }.joined(separator: ",") + "}", "record_too_long")
        }
        let limits = ReadLimits(maximumFieldBytes: 1 << 16, maximumRecordBytes: 1 << 18, maximumFieldCount: 100)
        let opened = try source.open(Array((first + long + "\n" + good + good.replacing("\"2\"", with: "\"4\"")).utf8), limits: limits)
        let (ledger, imported) = try importLedger(opened, format: .ndjson)
        #expect(ledger.isBalanced && ledger.rows == 4 && ledger.rejected == 1 && imported == 3, "\(ledger.summary)")
        #expect(ledger.reasons.map(\.code) == [code])
        #expect(opened.input.capacity <= limits.maximumRecordBytes + 2)
    }

    @Test("a record longer than many reads is rescanned only as often as the buffer doubles", arguments: ReadingSource.allCases)
    func rescansGrowWithTheLogarithmOfTheRecord(source: ReadingSource) throws {
        // 8 MB within one field; a pipe gives 4 KB a read, which once meant 2,048 rescans.
        let long = [UInt8](repeating: UInt8(ascii: "e"), count: 8 << 20)
        let opened = try source.open(Self.list(around: long))
        let input = opened.input
        let reader = try DelimitedReader(input: input, delimiter: UInt8(ascii: ","))
        var records = 0
        while case .record = try reader.next() { records += 1 }
        #expect(records == 4)
        // One or two refills for each doubling from the first buffer to one that holds the
        // record, and a few for the rows around it.
        let firstBuffer = source == .tinyBuffer ? 7.0 : Double(1 << 22)
        let doublings = Int(log2(Double(8 << 20) / firstBuffer).rounded(.up))
        #expect(input.refills <= 2 * doublings + 10, "\(input.refills) refills for one record of 8 MB")
    }

    @Test("the input's size after decompression is bounded", arguments: ReadingSource.allCases)
    func inputSizeIsBounded(source: ReadingSource) throws {
        let bytes = Array((Self.header + String(repeating: Self.goodRow, count: 20_000)).utf8)
        let opened = try source.open(bytes, limits: ReadLimits(maximumInputBytes: 100_000))
        #expect { _ = try importLedger(opened) } throws: { ($0 as? DataError)?.code == .tooLarge }
    }

    @Test func aDeadlineOrAStopRequestEndsReading() throws {
        let bytes = Array((Self.header + String(repeating: Self.goodRow, count: 1000)).utf8)
        let late = try ChunkedInput(bytes: bytes, limits: ReadLimits(deadline: .now - .seconds(1)), chunkSize: 64)
        #expect { _ = try importLedger(.init(input: late, keep: [])) } throws: { ($0 as? DataError)?.code == .interrupted }
        let stopped = try ChunkedInput(bytes: bytes, limits: ReadLimits(shouldStop: { true }), chunkSize: 64)
        #expect { _ = try importLedger(.init(input: stopped, keep: [])) } throws: { ($0 as? DataError)?.code == .interrupted }
    }

    @Test("every table reader refuses a field past the bound with an error naming the line", arguments: 0..<3)
    func tablesRefuseLongFields(reader: Int) throws {
        let header = ["region,year,age_group,sex,deaths\n", "code,name,population\n", "region,deaths\n"][reader]
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("table.csv")
        try Data(Array(header.utf8) + [UInt8](repeating: UInt8(ascii: "z"), count: (1 << 24) + 10) + Array("\n".utf8)).write(to: url)
        #expect {
            switch reader {
            case 0: _ = try DeathsTableReader.read(path: url.path)
            case 1: _ = try RegionTableReader.read(path: url.path)
            default: _ = try CountsTableReader.read(path: url.path, resolver: RussiaReference.resolver)
            }
        } throws: { error in
            let message = "\(error)"
            return message.contains("line 2") && message.contains("16 MB")
        }
    }
}
