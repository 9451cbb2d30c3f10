#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer of bytes to a file descriptor (standard output or a file),
/// for output too large to build as one string.
///
/// Bytes are collected in a buffer and written with `write(2)` when it fills; call
/// ``flush()`` at the end. Not thread-safe: use one per task.
public final class ByteOutput {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let storage: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0

    /// Writes to standard output.
    public static func standardOutput() -> ByteOutput { ByteOutput(descriptor: 1, ownsDescriptor: false) }

    /// Creates (or truncates) the file at `path` and writes to it.
    ///
    /// - Throws: ``DataError`` `unreadableFile` naming the path and the system's reason.
    public convenience init(path: String) throws(DataError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw DataError(.unreadableFile, "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        self.init(descriptor: descriptor, ownsDescriptor: true)
    }

    private init(descriptor: Int32, ownsDescriptor: Bool, capacity: Int = 1 << 20) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        try? flush()
        if ownsDescriptor { close(descriptor) }
        storage.deallocate()
    }

    /// Appends one byte.
    @inline(__always)
    public func write(byte: UInt8) throws(DataError) {
        if count == capacity { try flush() }
        storage[count] = byte
        count += 1
    }

    /// Appends the UTF-8 bytes of a string.
    public func write(_ text: String) throws(DataError) {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(DataError) in try write(bytes: UnsafeRawBufferPointer(bytes)) }
        }
        try result.get()
    }

    /// Appends raw bytes.
    public func write(bytes: UnsafeRawBufferPointer) throws(DataError) {
        if count + bytes.count > capacity { try flush() }
        if bytes.count > capacity {
            try writeOut(bytes)
            return
        }
        if let base = bytes.baseAddress {
            (storage + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        }
        count += bytes.count
    }

    /// Appends the decimal digits of an integer.
    public func write(integer: Int) throws(DataError) {
        if count + 21 > capacity { try flush() }
        if integer < 0 {
            storage[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = integer.magnitude
        let start = count
        repeat {
            storage[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            count += 1
        } while magnitude > 0
        var (low, high) = (start, count - 1)
        while low < high {
            (storage[low], storage[high]) = (storage[high], storage[low])
            low += 1
            high -= 1
        }
    }

    /// Writes out everything buffered.
    ///
    /// - Throws: ``DataError`` `unreadableFile` when the system refuses the write
    ///   (a full disk, a closed pipe).
    public func flush() throws(DataError) {
        let pending = count
        count = 0
        try writeOut(UnsafeRawBufferPointer(start: storage, count: pending))
    }

    private func writeOut(_ bytes: UnsafeRawBufferPointer) throws(DataError) {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let written = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                throw DataError(.unreadableFile, "cannot write output: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
