/// A small delimited table read whole into strings: the side tables commands take
/// (indicators, populations by group). Lists go through ``CasualtyImporter`` instead.
struct SimpleTable {
    let header: [String]
    let rows: [[String]]

    /// Reads a CSV (TSV when the name ends in `.tsv`, either also followed by `.gz`).
    ///
    /// - Throws: ``DataError`` for an unreadable file or a row with the wrong number of fields.
    init(path: String) throws(DataError) {
        let input = try ChunkedInput(path: path)
        try self.init(input: input, delimiter: InputFormat.guess(path: path) == .tsv ? 9 : UInt8(ascii: ","))
    }

    /// Reads a table from an input already opened (a file, or bytes in memory for fuzzing).
    ///
    /// - Throws: ``DataError`` naming the input for a malformed record or a row with the
    ///   wrong number of fields.
    init(input: ChunkedInput, delimiter: UInt8) throws(DataError) {
        let path = input.name
        let reader = try DelimitedReader(input: input, delimiter: delimiter)
        header = reader.columnNames
        var rows: [[String]] = []
        while true {
            let event = try reader.next()
            guard case .record = event else {
                if case .malformed(let line, let reason) = event {
                    throw DataError(.invalidArgument, "'\(path)' line \(line): \(reason.detail)")
                }
                break
            }
            guard reader.fieldCount == header.count else {
                throw DataError(.invalidArgument, "'\(path)' row \(rows.count + 1) has \(reader.fieldCount) fields, the header \(header.count)")
            }
            rows.append((0..<reader.fieldCount).map { index in
                reader.withField(index) { FieldText.string(FieldText.trimmed($0)) ?? "" }
            })
        }
        self.rows = rows
    }

    /// The index of a column, by exact name or case-insensitively.
    func column(_ name: String) -> Int? {
        header.firstIndex(of: name) ?? header.firstIndex { $0.lowercased() == name.lowercased() }
    }

    /// The column whose values resolve as regions most often (at least half the rows),
    /// preferring one named `region`.
    func regionColumn(resolver: RegionResolver) -> Int? {
        var best: (index: Int, resolved: Int)?
        for index in header.indices {
            let resolved = rows.filter { row in
                if case .region? = try? resolver.resolve(row[index]) { return true }
                return false
            }.count
            if resolved * 2 >= rows.count, resolved > (best?.resolved ?? 0) || (resolved == best?.resolved && header[index].lowercased() == "region") {
                best = (index, resolved)
            }
        }
        return best?.index
    }
}
