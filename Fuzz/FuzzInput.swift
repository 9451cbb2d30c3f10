// What every fuzz target shares: the first input byte picks the buffer's first size
// (so that its edges fall everywhere) and whether the rest is read as gzip; the rest is
// the file. Built with the BurdenData sources by scripts/fuzz.sh; not part of the package.

/// The bounds the targets read under: small, so that every bound is reached often,
/// and a cap on the decompressed size, so that a gzip bomb ends quickly.
let fuzzLimits = ReadLimits(
    maximumFieldBytes: 1 << 12, maximumRecordBytes: 1 << 14, maximumInputBytes: 1 << 22, maximumFieldCount: 64)

/// The input of one run: the bytes after the selector, read through a `ChunkedInput`.
struct FuzzInput {
    /// The selector byte (targets use its high bits for their own choices).
    let selector: Int
    /// The input, or `nil` when zlib could not be set up.
    let input: ChunkedInput?

    /// Splits the fuzzer's bytes: selector bits 0–2 the buffer size, bit 3 gzip.
    init?(_ data: UnsafePointer<UInt8>, _ count: Int) {
        guard count > 0 else { return nil }
        selector = Int(data[0])
        let bytes = Array(UnsafeBufferPointer(start: data + 1, count: count - 1))
        let chunkSize = [1, 2, 3, 7, 64, 4096, 1 << 16, 1 << 20][selector & 7]
        input = try? ChunkedInput(bytes: bytes, gzip: selector & 8 != 0, limits: fuzzLimits, chunkSize: chunkSize)
    }
}

/// Stops the run as a finding: an invariant of a reader does not hold.
func violated(_ what: String) -> Never {
    fatalError("invariant violated: \(what)")
}

/// Checks that a number a reader returned is one of the bounded values it promises.
func expectBounded(_ value: Double, _ what: String) {
    if !value.isFinite || abs(value) > 1e15 { violated("\(what) \(value) is outside the numbers read") }
}
