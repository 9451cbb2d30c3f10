#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes of a file or of standard input, read in large chunks into one buffer that
/// readers scan in place: memory stays flat whatever the size of the input.
///
/// The valid bytes are `bytes[start..<end]`. A reader consumes from `start`; when it
/// needs more it calls ``refill()``, which moves the unconsumed tail to the front and
/// reads after it, growing the buffer only when one record is larger than it.
///
/// Every refill checks the ``ReadLimits``: the input's size after decompression, the
/// deadline and the stop request, so that no source can keep a reader going without end.
final class ChunkedInput {
    private(set) var storage: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// The first unconsumed byte.
    var start = 0
    /// One past the last valid byte.
    private(set) var end = 0
    /// Whether the input has no more bytes to read.
    private(set) var isExhausted = false
    /// Bytes read so far, for progress.
    private(set) var bytesRead = 0
    /// The input's size when known (a regular file), for progress.
    let size: Int?
    /// The name messages show for the input: the path as given, or the name of an upload.
    let name: String
    /// The bounds on reading.
    let limits: ReadLimits

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let maximumCapacity: Int
    /// The bytes still to hand out, when reading from memory.
    private var memory: [UInt8]?
    private var memoryOffset = 0

    /// Opens a file.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - name: the name messages show (the path when `nil`).
    ///   - limits: the bounds on reading.
    /// - Throws: ``DataError`` `unreadableFile` naming the file and the reason.
    init(
        path: String, name: String? = nil, limits: ReadLimits = .standard, chunkSize: Int = 1 << 22,
        maximumCapacity: Int = 1 << 30
    ) throws(DataError) {
        let shown = name ?? path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw DataError(.unreadableFile, "cannot read '\(shown)': \(Self.reason(errno))")
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw DataError(.unreadableFile, "cannot read '\(shown)': it is a folder")
        }
        let isRegular = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        self.size = isRegular ? Int(status.st_size) : nil
        self.name = shown
        self.limits = limits
        self.descriptor = descriptor
        self.ownsDescriptor = true
        self.capacity = chunkSize
        self.maximumCapacity = maximumCapacity
        self.storage = .allocate(capacity: chunkSize)
    }

    /// Reads standard input.
    init(standardInput: Void = (), limits: ReadLimits = .standard, chunkSize: Int = 1 << 22, maximumCapacity: Int = 1 << 30) {
        self.name = "standard input"
        self.limits = limits
        self.descriptor = 0
        self.ownsDescriptor = false
        self.size = nil
        self.capacity = chunkSize
        self.maximumCapacity = maximumCapacity
        self.storage = .allocate(capacity: chunkSize)
    }

    /// Reads from bytes in memory (tests, fuzzing), handing them out `chunkSize` at a
    /// time as a file would be read.
    init(bytes: [UInt8], limits: ReadLimits = .standard, chunkSize: Int = 1 << 22, maximumCapacity: Int = 1 << 30) {
        self.name = "bytes"
        self.limits = limits
        self.descriptor = -1
        self.ownsDescriptor = false
        self.size = bytes.count
        self.capacity = max(chunkSize, 1)
        self.maximumCapacity = maximumCapacity
        self.storage = .allocate(capacity: capacity)
        self.memory = bytes
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
        storage.deallocate()
    }

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

    /// Keeps `bytes[start..<end]`, moved to the front, and reads more after it.
    ///
    /// - Returns: `false` when nothing more could be read (end of input, or the
    ///   buffer is at its maximum size and full).
    /// - Throws: ``DataError`` when the system fails to read, or a bound of the
    ///   ``ReadLimits`` is passed.
    func refill() throws(DataError) -> Bool {
        guard !isExhausted else { return false }
        try limits.check(bytesRead: bytesRead)
        let pending = end - start
        if start > 0 {
            if pending > 0 { (storage).update(from: storage + start, count: pending) }
            start = 0
            end = pending
        }
        if end == capacity {
            guard capacity < maximumCapacity else { return false }
            let larger = min(capacity * 2, maximumCapacity)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            grown.update(from: storage, count: end)
            storage.deallocate()
            storage = grown
            capacity = larger
        }
        if let memory {
            let count = min(capacity - end, memory.count - memoryOffset)
            guard count > 0 else {
                isExhausted = true
                return false
            }
            memory.withUnsafeBufferPointer { (storage + end).update(from: $0.baseAddress! + memoryOffset, count: count) }
            memoryOffset += count
            end += count
            bytesRead += count
            return true
        }
        while true {
            let count = read(descriptor, storage + end, capacity - end)
            if count < 0 {
                if errno == EINTR { continue }
                throw DataError(.unreadableFile, "cannot read '\(name)': \(Self.reason(errno))")
            }
            if count == 0 {
                isExhausted = true
                return false
            }
            end += count
            bytesRead += count
            try limits.check(bytesRead: bytesRead)
            return true
        }
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "it is a folder"
        default: String(cString: strerror(code))
        }
    }
}
