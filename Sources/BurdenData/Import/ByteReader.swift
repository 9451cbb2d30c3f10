/// A source of bytes for ``ChunkedInput``: a file or pipe (``DescriptorReader``), bytes
/// in memory (``MemoryReader``) or a decompressor over another source (``GzipReader``).
protocol ByteReader: AnyObject {
    /// Reads up to `count` bytes (`count` > 0) into `buffer`.
    ///
    /// - Returns: how many bytes were read, at least 1; 0 only at the end of the input.
    /// - Throws: ``DataError`` when the bytes cannot be read (a failing disk, corrupt
    ///   compressed data).
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(DataError) -> Int

    /// How far through its own source the reader is, in that source's bytes (the
    /// compressed bytes for a decompressor), for progress against the size on disk.
    var position: Int { get }
}
