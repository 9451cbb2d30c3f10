import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// SHA-256 against the vectors of FIPS 180-4 (Appendix B) and NIST's CAVP.
struct SHA256Tests {
    @Test("FIPS 180-4 and CAVP vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func knownVectors(message: String, digest: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == digest)
    }

    @Test func aMillionAs() {
        #expect(SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func anySplitOfTheInputGivesTheSameDigest() {
        // 55, 56 and 64 bytes are the padding's edge cases; split at every point.
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 130] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let whole = SHA256.hex(of: bytes)
            for split in 0...length {
                var digest = SHA256()
                bytes[..<split].withUnsafeBytes { digest.update(buffer: $0) }
                bytes[split...].withUnsafeBytes { digest.update(buffer: $0) }
                #expect(SHA256.hexText(digest.finalize()) == whole, "length \(length), split \(split)")
            }
        }
    }

    @Test func filesAreDigestedWithTheirSize() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("list.csv")
        let bytes = Array(repeating: Array("id,region\n1,Tuva\n".utf8), count: 100_000).flatMap { $0 }
        try Data(bytes).write(to: file)
        let digest = try SHA256.digest(ofFile: file.path)
        #expect(digest.bytes == bytes.count)
        #expect(digest.hex == SHA256.hex(of: bytes))
        let system = try CommandRunner.run("/usr/bin/env", ["sha256sum", file.path])
        if system.status == 0 { #expect(system.standardOutput.hasPrefix(digest.hex)) }
        #expect(throws: DataError.self) { try SHA256.digest(ofFile: folder.url.appendingPathComponent("missing").path) }
    }
}
