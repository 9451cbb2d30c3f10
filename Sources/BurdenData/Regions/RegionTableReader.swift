/// Reads a user's region table, for any country: a CSV with `code` and `name`
/// columns, an optional `aliases` column (other spellings, `|`-separated), and numeric
/// columns — one of them the population at risk (`population` unless another is
/// named).
///
/// ```text
/// code,name,aliases,population,poverty_pct
/// XX-N,North,Nord|Norte,120000,12.5
/// XX-S,South,,80000,
/// ```
///
/// Every problem is an error that names the row and the column: a missing or repeated
/// code, a missing name, a row with the wrong number of fields, a value that is not a
/// plain decimal number (`nan`, `inf`, `0x10` are not) or whose magnitude passes 10^15
/// (`1e400`), a population that is negative, not whole, or above 10^10. An empty
/// numeric field (or `NA`, `null`, `-`) is a missing value.
public enum RegionTableReader {
    /// Reads the table and builds a resolver for its codes, names and aliases.
    ///
    /// - Parameters:
    ///   - path: the CSV file (TSV when it ends in `.tsv`).
    ///   - name: the name messages give the file (an upload's name); the path when `nil`.
    ///   - denominator: the population column, `population` by default.
    ///   - limits: the bounds on reading.
    /// - Throws: ``DataError`` naming the file, row and column of the first problem.
    public static func read(
        path: String, name: String? = nil, denominator: String = "population", limits: ReadLimits = .standard
    ) throws(DataError) -> (table: RegionTable, resolver: RegionResolver) {
        let input = try ChunkedInput(path: path, name: name, limits: limits)
        return try read(
            input: input, delimiter: InputFormat.guess(path: name ?? path) == .tsv ? 9 : UInt8(ascii: ","), denominator: denominator)
    }

    /// Reads the table from an input already opened (a file, or bytes in memory for fuzzing).
    static func read(
        input: ChunkedInput, delimiter: UInt8, denominator: String
    ) throws(DataError) -> (table: RegionTable, resolver: RegionResolver) {
        let reader = try DelimitedReader(input: input, delimiter: delimiter)
        let shown = input.name
        func problem(_ text: String) -> DataError { DataError(.invalidRegionTable, "region table '\(shown)': \(text)") }
        let header = reader.columnNames
        let lowered = header.map { $0.lowercased() }
        guard let codeColumn = lowered.firstIndex(of: "code") else { throw problem("no 'code' column") }
        guard let nameColumn = lowered.firstIndex(of: "name") else { throw problem("no 'name' column") }
        let aliasColumn = lowered.firstIndex(of: "aliases")
        let numeric = header.indices.filter { ![codeColumn, nameColumn, aliasColumn].contains($0) }
        guard numeric.contains(where: { header[$0] == denominator }) else {
            let names = numeric.map { "'\(header[$0])'" }.joined(separator: ", ")
            throw problem("no population column '\(denominator)' (numeric columns: \(names.isEmpty ? "none" : names)); name it with --denominator")
        }

        var regions: [Region] = []
        var values: [[Double?]] = Array(repeating: [], count: numeric.count)
        var aliases: [(code: String, alias: String)] = []
        var firstRow: [String: Int] = [:]
        var row = 0
        while true {
            let event = try reader.next()
            guard case .record = event else {
                if case .malformed(let line, let reason) = event { throw problem("line \(line): \(reason.detail)") }
                break
            }
            row += 1
            guard reader.fieldCount == header.count else {
                throw problem("row \(row) has \(reader.fieldCount) fields, the header \(header.count)")
            }
            func text(_ column: Int) -> String {
                reader.withField(column) { FieldText.string(FieldText.trimmed($0)) ?? "" }
            }
            let code = text(codeColumn)
            guard !code.isEmpty else { throw problem("row \(row) has no code") }
            if let first = firstRow[code] { throw problem("row \(row) repeats the code '\(code)' of row \(first)") }
            firstRow[code] = row
            let name = text(nameColumn)
            guard !name.isEmpty else { throw problem("row \(row) ('\(code)') has no name") }
            regions.append(Region(code: code, name: name))
            if let aliasColumn {
                for alias in text(aliasColumn).split(separator: "|") where !alias.allSatisfy(\.isWhitespace) {
                    aliases.append((code, String(alias)))
                }
            }
            for (slot, column) in numeric.enumerated() {
                let raw = text(column)
                switch header[column] == denominator ? FieldText.population(raw) : FieldText.number(raw) {
                case .missing: values[slot].append(nil)
                case .value(let value): values[slot].append(value)
                case .invalid(let reason): throw problem("row \(row) ('\(code)'), column '\(header[column])': \(reason)")
                }
            }
        }
        guard !regions.isEmpty else { throw problem("no regions") }
        let columns = numeric.enumerated().map { slot, column in
            RegionColumn(name: header[column], label: header[column], unit: "", values: values[slot])
        }
        let table = try RegionTable(
            country: "user", regions: regions, columns: columns,
            aggregates: [RegionAggregate(code: "ALL", kind: .country, name: "All regions", members: regions.map(\.code))],
            defaultDenominator: denominator)
        return (table, try RegionResolver(table: table, aliases: aliases))
    }
}
