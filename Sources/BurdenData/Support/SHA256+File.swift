#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SHA256 {
    /// A file's size and SHA-256 digest (64 hexadecimal digits), read in 1 MB pieces.
    ///
    /// - Throws: ``DataError`` `unreadableFile` naming the path and the reason.
    public static func digest(ofFile path: String) throws(DataError) -> (bytes: Int, hex: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw DataError(.unreadableFile, "cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var digest = SHA256()
        var total = 0
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            if count < 0 {
                if errno == EINTR { continue }
                throw DataError(.unreadableFile, "cannot read '\(path)': \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            digest.update(buffer: UnsafeRawBufferPointer(start: buffer, count: count))
            total += count
        }
        return (total, hexText(digest.finalize()))
    }
}
