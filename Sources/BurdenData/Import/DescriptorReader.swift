#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes of an open file descriptor: a regular file, a pipe, a FIFO, standard input.
final class DescriptorReader: ByteReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// The name messages show for the input.
    private let name: String
    private(set) var position = 0

    /// Reads `descriptor`, closing it when done if `owns`.
    init(descriptor: Int32, owns: Bool, name: String) {
        self.descriptor = descriptor
        self.ownsDescriptor = owns
        self.name = name
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// One `read(2)`, retried when a signal interrupts it. A pipe gives at most what
    /// its writer has written (64 KB at a time on Linux), so callers loop.
    ///
    /// - Throws: ``DataError`` `unreadableFile` naming the input and the system's reason.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(DataError) -> Int {
        while true {
            let read = systemRead(descriptor, buffer, count)
            if read >= 0 {
                position += read
                return read
            }
            guard errno == EINTR else {
                throw DataError(.unreadableFile, "cannot read '\(name)': \(Self.reason(errno))")
            }
        }
    }

    /// A system error as a short reason for a message.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "it is a folder"
        default: String(cString: strerror(code))
        }
    }
}

/// The system's `read`, under another name so that ``DescriptorReader/read(into:count:)`` can call it.
@inline(__always)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
