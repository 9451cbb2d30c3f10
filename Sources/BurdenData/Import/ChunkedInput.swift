#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes of a file, a pipe, standard input or memory — decompressed on the way when
/// they are gzip — read in large blocks into one buffer that readers scan in place:
/// memory stays flat whatever the size of the input.
///
/// The valid bytes are `bytes[start..<end]`. A reader consumes from `start`; when it
/// needs more it calls ``refill()``, which moves the unconsumed tail to the front and
/// fills the buffer after it to the end (or the end of the input), doubling the buffer
/// first when the tail fills it. So a record longer than one read is scanned again only
/// each time the buffer has doubled: reading is linear in the input whatever the
/// source, even a pipe that gives 64 KB at a time.
///
/// The buffer never grows past what one record within ``ReadLimits/maximumRecordBytes``
/// needs (the bound plus two bytes for a line end), and every block read checks the
/// ``ReadLimits``: the input's size after decompression, the deadline and the stop
/// request, so that no source can keep a reader going without end.
final class ChunkedInput {
    private(set) var storage: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// The first unconsumed byte.
    var start = 0
    /// One past the last valid byte.
    private(set) var end = 0
    /// Whether the input has no more bytes to read.
    private(set) var isExhausted = false
    /// Bytes read so far (after decompression), which ``ReadLimits/maximumInputBytes`` bounds.
    private(set) var bytesRead = 0
    /// How many refills added bytes. Each lets a reader scan its pending record again,
    /// so their number bounds the rescanning: it grows with the logarithm of the longest
    /// record, not with its length over the size of one read.
    private(set) var refills = 0
    /// The input's size on disk when known (a regular file), for progress.
    let size: Int?
    /// The name messages show for the input: the path as given, or the name of an upload.
    let name: String
    /// The bounds on reading.
    let limits: ReadLimits

    private let reader: any ByteReader
    private let maximumCapacity: Int

    /// How far through the input reading is, in the bytes of the file on disk (compressed
    /// bytes for a `.gz` file), and the file's size when known.
    var progress: (read: Int, size: Int?) { (reader.position, size) }

    /// Opens a file; a `.gz` name (of `name`, or of `path` when `name` is `nil`) is
    /// read through ``GzipReader``.
    ///
    /// - Parameters:
    ///   - path: the file (a regular file, a FIFO, `/dev/stdin`…).
    ///   - name: the name messages show (the path when `nil`); an upload's name.
    ///   - limits: the bounds on reading.
    ///   - chunkSize: the buffer's first size (4 MB by default).
    /// - Throws: ``DataError`` `unreadableFile` naming the file (by `name`) and the reason.
    convenience init(path: String, name: String? = nil, limits: ReadLimits = .standard, chunkSize: Int = 1 << 22) throws(DataError) {
        let shown = name ?? path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DataError(.unreadableFile, "cannot read '\(shown)': \(DescriptorReader.reason(errno))")
        }
        var status = stat()
        let known = fstat(descriptor, &status) == 0
        if known, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw DataError(.unreadableFile, "cannot read '\(shown)': it is a folder")
        }
        let file = DescriptorReader(descriptor: descriptor, owns: true, name: shown)
        let reader: any ByteReader = shown.lowercased().hasSuffix(".gz") ? try GzipReader(source: file, name: shown) : file
        self.init(
            reader: reader, name: shown, size: known && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil,
            limits: limits, chunkSize: chunkSize)
    }

    /// Reads standard input (plain text; decompress it before, or name the file).
    convenience init(standardInput: Void = (), limits: ReadLimits = .standard, chunkSize: Int = 1 << 22) {
        self.init(
            reader: DescriptorReader(descriptor: 0, owns: false, name: "standard input"), name: "standard input", size: nil,
            limits: limits, chunkSize: chunkSize)
    }

    /// Reads bytes in memory (tests, fuzzing), gzip-compressed when `gzip` is set.
    ///
    /// - Parameter chunkSize: the buffer's first size; tests use tiny ones so that the
    ///   buffer's edges fall everywhere.
    /// - Throws: ``DataError`` when zlib cannot be set up.
    convenience init(bytes: [UInt8], gzip: Bool = false, limits: ReadLimits = .standard, chunkSize: Int = 1 << 22) throws(DataError) {
        let memory = MemoryReader(bytes)
        let reader: any ByteReader = gzip ? try GzipReader(source: memory, name: "bytes", inputCapacity: 1 << 12) : memory
        self.init(reader: reader, name: "bytes", size: bytes.count, limits: limits, chunkSize: chunkSize)
    }

    private init(reader: any ByteReader, name: String, size: Int?, limits: ReadLimits, chunkSize: Int) {
        self.reader = reader
        self.name = name
        self.size = size
        self.limits = limits
        let record = max(limits.maximumRecordBytes, 0)
        self.maximumCapacity = max(1, record > Int.max - 2 ? Int.max : record + 2)
        self.capacity = max(1, min(chunkSize, maximumCapacity))
        self.storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Skips a UTF-8 byte-order mark at the start; rejects UTF-16 and UTF-32, whose
    /// marks would otherwise make the header unreadable without saying why.
    ///
    /// - Throws: ``DataError`` naming the encoding when the input is UTF-16 or UTF-32.
    func skipByteOrderMark() throws(DataError) {
        while end - start < 4, try refill() {}
        let available = end - start
        func starts(with bytes: [UInt8]) -> Bool {
            available >= bytes.count && bytes.indices.allSatisfy { storage[start + $0] == bytes[$0] }
        }
        if starts(with: [0xFF, 0xFE, 0, 0]) || starts(with: [0, 0, 0xFE, 0xFF]) {
            throw DataError(.invalidArgument, "the file is UTF-32 text; convert it to UTF-8 (for example: iconv -f UTF-32 -t UTF-8)")
        }
        if starts(with: [0xFF, 0xFE]) || starts(with: [0xFE, 0xFF]) {
            throw DataError(.invalidArgument, "the file is UTF-16 text; convert it to UTF-8 (for example: iconv -f UTF-16 -t UTF-8)")
        }
        if starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
    }

    /// Keeps `bytes[start..<end]`, moved to the front, and fills the buffer after it to
    /// its end or the end of the input; doubles the buffer first (up to the record
    /// bound) when the kept bytes fill it.
    ///
    /// - Returns: whether any byte was added; `false` at the end of the input, or when
    ///   the buffer is at its largest and full.
    /// - Throws: ``DataError`` when the system fails to read, the compressed data is
    ///   corrupt, or a bound of the ``ReadLimits`` is passed.
    /// - Complexity: O(kept bytes + bytes read).
    func refill() throws(DataError) -> Bool {
        guard !isExhausted else { return false }
        try limits.check(bytesRead: bytesRead)
        let pending = end - start
        if start > 0 {
            if pending > 0 { storage.update(from: storage + start, count: pending) }
            start = 0
            end = pending
        }
        if end == capacity {
            guard capacity < maximumCapacity else { return false }
            let larger = capacity > maximumCapacity / 2 ? maximumCapacity : capacity * 2
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            grown.update(from: storage, count: end)
            storage.deallocate()
            storage = grown
            capacity = larger
        }
        let before = end
        while end < capacity {
            var room = capacity - end
            // One byte past the bound is enough to know that the input passed it.
            if let maximum = limits.maximumInputBytes { room = min(room, max(maximum - bytesRead, 0) + 1) }
            let count = try reader.read(into: storage + end, count: room)
            if count == 0 {
                isExhausted = true
                break
            }
            end += count
            bytesRead += count
            try limits.check(bytesRead: bytesRead)
        }
        guard end > before else { return false }
        refills += 1
        return true
    }

    /// Which bytes end a physical line for ``skipLine(endings:)``.
    enum LineEndings {
        /// LF, CR or CRLF (delimited text).
        case any
        /// LF only (NDJSON, where a CR may stand before the LF).
        case lineFeed
    }

    /// Discards the bytes from `start` through the end of the current physical line,
    /// reading on as far as the line goes without ever growing the buffer: the rest of a
    /// line of any length is streamed through and dropped.
    ///
    /// - Throws: ``DataError`` when reading fails or a bound of the ``ReadLimits`` is passed.
    /// - Complexity: O(length of the line).
    func skipLine(endings: LineEndings) throws(DataError) {
        while true {
            let count = end - start
            let base = UnsafeRawPointer(storage + start)
            let found = memchr(base, 10, count).map { base.distance(to: UnsafeRawPointer($0)) }
            if endings == .any, let carriage = memchr(base, 13, found ?? count).map({ base.distance(to: UnsafeRawPointer($0)) }) {
                if start + carriage + 1 == end {
                    // A CR at the buffer's end: an LF may follow in the next block.
                    start = end
                    if try refill(), storage[start] == 10 { start += 1 }
                    return
                }
                start += carriage + (storage[start + carriage + 1] == 10 ? 2 : 1)
                return
            }
            if let found {
                start += found + 1
                return
            }
            start = end
            guard try refill() else { return }
        }
    }
}
