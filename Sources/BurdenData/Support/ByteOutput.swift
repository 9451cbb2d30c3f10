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
    private var buffer: [UInt8] = []
    private let capacity: Int

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
        buffer.reserveCapacity(capacity)
    }

    deinit {
        try? flush()
        if ownsDescriptor { close(descriptor) }
    }

    /// Appends one byte.
    @inline(__always)
    public func write(byte: UInt8) throws(DataError) {
        buffer.append(byte)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends the UTF-8 bytes of a string.
    public func write(_ text: String) throws(DataError) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { try flush() }
    }

    /// Appends the decimal digits of an integer.
    public func write(integer: Int) throws(DataError) {
        if integer < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = integer.magnitude
        let start = buffer.count
        repeat {
            buffer.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        buffer[start...].reverse()
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out everything buffered.
    ///
    /// - Throws: ``DataError`` `unreadableFile` when the system refuses the write
    ///   (a full disk, a closed pipe).
    public func flush() throws(DataError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #else
                Darwin.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.removeAll(keepingCapacity: true)
                throw DataError(.unreadableFile, "cannot write output: \(reason)")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
