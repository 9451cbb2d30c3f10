@testable import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// gzip read in process: members, padding, corrupt and truncated files, bombs, and
/// messages that name the file as the caller named it.
struct GzipReaderTests {
    private func gzip(_ bytes: [UInt8], level: Int = 6) throws -> [UInt8] {
        let folder = try TemporaryFolder()
        let plain = folder.url.appendingPathComponent("plain")
        try Data(bytes).write(to: plain)
        let result = try CommandRunner.run("/bin/sh", ["-c", "gzip -\(level) -c \"$0\"", plain.path])
        #expect(result.status == 0)
        return [UInt8](result.outputData)
    }

    private func readAll(_ input: ChunkedInput) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while try input.refill() {
            bytes += UnsafeBufferPointer(start: input.storage + input.start, count: input.end - input.start)
            input.start = input.end
        }
        return bytes
    }

    static let text = Array(String(repeating: "region,year,age_group,sex,deaths\nNorth,2019,15-19,m,12\n", count: 3000).utf8)

    @Test("one member, several members and zero padding read as gzip -dc reads them", arguments: [1, 7, 4096, 1 << 22])
    func membersAndPadding(chunkSize: Int) throws {
        let one = try gzip(Self.text)
        #expect(try readAll(ChunkedInput(bytes: one, gzip: true, chunkSize: chunkSize)) == Self.text)
        let two = try gzip(Array(Self.text.prefix(1000))) + gzip(Array(Self.text.dropFirst(1000)), level: 1)
        #expect(try readAll(ChunkedInput(bytes: two, gzip: true, chunkSize: chunkSize)) == Self.text)
        let empty = try gzip([])
        #expect(try readAll(ChunkedInput(bytes: empty + one + empty + [0, 0, 0, 0], gzip: true, chunkSize: chunkSize)) == Self.text)
    }

    @Test("a file that is not gzip, corrupt, truncated or empty is an error naming it", arguments: 0..<5)
    func brokenFilesAreErrors(example: Int) throws {
        let good = try gzip(Self.text)
        var corrupt = good
        corrupt[good.count / 2] ^= 0xFF
        let cases: [([UInt8], String)] = [
            (Array("region,year\n".utf8), "not gzip data"),
            (corrupt, "cannot decompress"),
            (Array(good.prefix(good.count / 2)), "truncated"),
            ([], "empty"),
            (good + Array("garbage".utf8), "after member 1"),
        ]
        let (bytes, expected) = cases[example]
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("stored-7f3a")
        try Data(bytes).write(to: url)
        #expect {
            _ = try readAll(ChunkedInput(path: url.path, name: "deaths.csv.gz"))
        } throws: { error in
            let message = "\(error)"
            return message.contains(expected) && message.contains("'deaths.csv.gz'") && !message.contains(folder.url.path)
                && !message.contains("stored-7f3a") && !message.contains("\n")
        }
    }

    @Test func aGzipBombStopsAtTheCapQuickly() throws {
        // 64 members of 16 MB of zeros: about 1 MB compressed, 1 GB decompressed.
        let member = try gzip([UInt8](repeating: 0, count: 16 << 20), level: 9)
        let bomb = Array([[UInt8]](repeating: member, count: 64).joined())
        #expect(bomb.count < 1 << 21)
        let cap = 32 << 20
        let input = try ChunkedInput(bytes: bomb, gzip: true, limits: ReadLimits(maximumInputBytes: cap))
        #expect { _ = try readAll(input) } throws: { ($0 as? DataError)?.code == .tooLarge }
        #expect(input.bytesRead <= cap + 1)
        // Through every reader: the deaths table and the list importer stop the same way.
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("bomb.csv.gz")
        try Data(bomb).write(to: url)
        #expect {
            _ = try DeathsTableReader.read(path: url.path, limits: ReadLimits(maximumInputBytes: cap))
        } throws: { ($0 as? DataError)?.code == .tooLarge }
        #expect {
            _ = try CasualtyImporter(options: .init(limits: ReadLimits(maximumInputBytes: cap))).read(path: url.path) { _ in }
        } throws: { ($0 as? DataError)?.code == .tooLarge }
    }

    @Test func aCompressedListHasTheLedgerOfItsPlainText() throws {
        let folder = try TemporaryFolder()
        let corpus = ImporterCorpusTests.folder
        for name in ["quoted-commas.csv", "list.tsv", "list.ndjson", "line-breaks-in-quotes.csv", "crlf.csv"] {
            let plain = corpus.appendingPathComponent(name).path
            let compressed = folder.url.appendingPathComponent(name + ".gz")
            try Data(try gzip([UInt8](try Data(contentsOf: URL(fileURLWithPath: plain))))).write(to: compressed)
            var plainRows: [Int] = []
            var compressedRows: [Int] = []
            let expected = try CasualtyImporter().read(path: plain, name: name, observe: { row, line, _ in plainRows.append(row * 1000 + line) }) { _ in }
            let read = try CasualtyImporter().read(path: compressed.path, name: name + ".gz", observe: { row, line, _ in
                compressedRows.append(row * 1000 + line)
            }) { _ in }
            #expect(read.format == expected.format, "\(name)")
            #expect(read.reasons == expected.reasons && read.rows == expected.rows && plainRows == compressedRows, "\(name)")
            #expect(read.file == name + ".gz")
        }
    }
}
