extension ChunkedInput {
    /// Reads a file through `body`, decompressing it on the fly when its name ends in
    /// `.gz` (through ``GzipStream``), and reports a file that did not decompress.
    ///
    /// The one place a reader meets compression: a reader that opens its file here reads
    /// `.gz` files as it reads plain ones.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - name: the name messages give the file (the path when `nil`); its ending decides
    ///     whether the file is decompressed.
    ///   - limits: the bounds on reading; `maximumInputBytes` bounds the decompressed size.
    ///   - body: reads the input to its end.
    /// - Throws: ``DataError`` from opening, from `body`, or from the decompression
    ///   (which, when it failed, explains a failed read better than the reader's error).
    static func reading<Result>(
        path: String, name: String? = nil, limits: ReadLimits = .standard,
        _ body: (ChunkedInput) throws(DataError) -> Result
    ) throws(DataError) -> Result {
        let shown = name ?? path
        guard shown.hasSuffix(".gz") else { return try body(ChunkedInput(path: path, name: shown, limits: limits)) }
        let gzip = try GzipStream(path: path)
        let result: Result
        do {
            result = try body(ChunkedInput(path: gzip.outputPath, name: shown, limits: limits))
        } catch {
            throw gzip.abandon() ?? error
        }
        try gzip.finish()
        return result
    }
}
