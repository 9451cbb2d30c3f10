/// Bytes held in memory (tests, fuzzing), handed out as a file's would be.
final class MemoryReader: ByteReader {
    private let bytes: [UInt8]
    private(set) var position = 0

    /// Reads `bytes`.
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Copies up to `count` of the bytes not yet handed out.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(DataError) -> Int {
        let copied = min(count, bytes.count - position)
        guard copied > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + position, count: copied) }
        position += copied
        return copied
    }
}
