import CZlib

/// gzip-compressed bytes decompressed in process by zlib, as they are read: a `.gz`
/// file streams through the readers as a plain one does, in memory of the order of
/// zlib's window (32 KB) plus one input buffer.
///
/// A file of several gzip members (what `cat a.gz b.gz` or `pigz` writes) reads as their
/// concatenation, as `gzip -dc` reads it; zero bytes after the last member (padding)
/// are ignored. Anything else is an error naming the input: data that is not gzip, a
/// corrupt stream (zlib's reason is given), a file that ends inside a member (truncated),
/// an empty file. The decompressed size is bounded by the caller — ``ChunkedInput``
/// checks ``ReadLimits/maximumInputBytes`` against every block this reader gives.
///
/// - Complexity: linear in the compressed and decompressed bytes.
final class GzipReader: ByteReader {
    private let source: any ByteReader
    private let name: String
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity: Int
    private var sourceEnded = false
    /// Whether the stream is between members: nothing of the next one read yet.
    private var betweenMembers = true
    private var members = 0
    private var finished = false

    var position: Int { source.position - Int(stream.pointee.avail_in) }

    /// Decompresses the bytes of `source`.
    ///
    /// - Parameters:
    ///   - source: the compressed bytes.
    ///   - name: the name messages show for the input.
    ///   - inputCapacity: how many compressed bytes are read at a time.
    /// - Throws: ``DataError`` `unreadableFile` when zlib cannot be set up (no memory).
    init(source: any ByteReader, name: String, inputCapacity: Int = 1 << 18) throws(DataError) {
        self.source = source
        self.name = name
        self.inputCapacity = max(inputCapacity, 1)
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(capacity: self.inputCapacity)
        guard czlib_inflate_init_gzip(stream) == Z_OK else {
            stream.deallocate()
            input.deallocate()
            throw DataError(.unreadableFile, "cannot decompress '\(name)': zlib could not start")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        input.deallocate()
    }

    /// Decompresses up to `count` bytes into `buffer`.
    ///
    /// - Returns: the bytes written, at least 1; 0 once every member has been read.
    /// - Throws: ``DataError`` `unreadableFile` for data that is not gzip, a corrupt or
    ///   truncated stream, or a failing read of the source.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(DataError) -> Int {
        guard !finished, count > 0 else { return 0 }
        let z = stream
        z.pointee.next_out = buffer
        z.pointee.avail_out = UInt32(min(count, Int(UInt32.max)))
        let requested = Int(z.pointee.avail_out)
        while z.pointee.avail_out == UInt32(requested) {
            if z.pointee.avail_in == 0, !sourceEnded {
                let read = try source.read(into: input, count: inputCapacity)
                if read == 0 {
                    sourceEnded = true
                } else {
                    z.pointee.next_in = input
                    z.pointee.avail_in = UInt32(read)
                }
            }
            if betweenMembers {
                skipPadding()
                if z.pointee.avail_in == 0 {
                    if !sourceEnded { continue }
                    guard members > 0 else { throw problem("the file is empty, not gzip data") }
                    finished = true
                    return 0
                }
            } else if z.pointee.avail_in == 0, sourceEnded {
                throw problem("the file ends inside its compressed data (truncated)")
            }
            betweenMembers = false
            let status = inflate(z, Z_NO_FLUSH)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                members += 1
                betweenMembers = true
                inflateReset(z)
            case Z_NEED_DICT:
                throw problem("the compressed data needs a dictionary (not a gzip file)")
            case Z_MEM_ERROR:
                throw problem("out of memory")
            default:
                let reason = z.pointee.msg.map { String(cString: $0) } ?? "corrupt data"
                throw problem(members == 0 ? "not gzip data, or corrupt (\(reason))" : "corrupt data after member \(members) (\(reason))")
            }
        }
        return requested - Int(z.pointee.avail_out)
    }

    /// Skips zero bytes between members (padding some writers add).
    private func skipPadding() {
        let z = stream
        while z.pointee.avail_in > 0, z.pointee.next_in.pointee == 0, members > 0 {
            z.pointee.next_in += 1
            z.pointee.avail_in -= 1
        }
    }

    private func problem(_ text: String) -> DataError {
        DataError(.unreadableFile, "cannot decompress '\(name)': \(text)")
    }
}
