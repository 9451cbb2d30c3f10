import Crypto

/// The SHA-256 digest (FIPS 180-4), for the input checksums a report prints so that
/// a reader can check they hold the same files.
///
/// Feed bytes with ``update(_:)`` in pieces of any size, then read ``finalize()``;
/// ``hex(of:)`` does both for bytes in memory. The hashing is swift-crypto's
/// (BoringSSL's assembly on Linux, CryptoKit on Apple platforms); this type keeps the
/// project's small interface to it. Tested against the FIPS 180-4 and NIST CAVP
/// vectors (empty input, `abc`, the 448- and 896-bit messages, a million `a`).
public struct SHA256: Sendable {
    private var hasher = Crypto.SHA256()

    /// Starts a digest.
    public init() {}

    /// Adds bytes to the message.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let array = Array(bytes)
        array.withUnsafeBytes { update(buffer: $0) }
    }

    /// Adds the bytes of a buffer to the message.
    public mutating func update(buffer: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: buffer)
    }

    /// The 32-byte digest of everything added; the value is spent afterwards.
    public mutating func finalize() -> [UInt8] {
        Array(hasher.finalize())
    }

    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex(of bytes: some Sequence<UInt8>) -> String {
        var digest = SHA256()
        digest.update(bytes)
        return hexText(digest.finalize())
    }

    /// Bytes as lowercase hexadecimal digits.
    public static func hexText(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
