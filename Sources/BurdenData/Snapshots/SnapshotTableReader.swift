/// Reads a table of snapshots of a list's counts by date of death —
/// `snapshot_date,death_date,deaths`, optionally with a `region` column — into a
/// ``ReportingTriangle``: one row per snapshot and date of death (and region), the
/// deaths with that date the list held on the snapshot day. This is the layout of the
/// daily copies of the Mediazona/BBC chart of named deaths by date of death.
///
/// Rows may come in any order; a date of death missing from a snapshot counts 0;
/// snapshots may have gaps. A `.gz` file is decompressed on the fly, in process. Column names are
/// matched without case: `snapshot_date` (or `snapshot`, `as_of`), `death_date` (or
/// `date_of_death`, `date`), `deaths` (or `count`, `n`), `region`. Regions are resolved
/// like a list's; an empty region counts as deaths without one.
///
/// Every problem is an error naming the file and the line: a missing column, a date
/// that is not a full day (YYYY-MM-DD), a death dated after its snapshot, a count that
/// is not a whole number ≥ 0, a region that does not resolve or names a total, a row
/// repeating the snapshot, date and region of an earlier one. A count that goes down
/// from one snapshot to the next is not an error: the triangle lists it in
/// ``ReportingTriangle/decreases``.
///
/// - Complexity: one streaming pass; each distinct date and region spelling is parsed once.
public enum SnapshotTableReader {
    /// Reads the table.
    ///
    /// - Parameters:
    ///   - path: the CSV (TSV when the name ends in `.tsv` or `.tsv.gz`), optionally gzip-compressed.
    ///   - name: the name messages give the file; the path when `nil`.
    ///   - limits: the bounds on reading.
    ///   - resolver: the regions a `region` column may name; asked for only when the table has one.
    /// - Throws: ``DataError`` naming the file and line of the first problem.
    public static func read(
        path: String, name: String? = nil, limits: ReadLimits = .standard,
        resolver: @autoclosure () -> RegionResolver = RussiaReference.resolver
    ) throws(DataError) -> ReportingTriangle {
        let shown = name ?? path
        return try read(input: ChunkedInput(path: path, name: shown, limits: limits), shown: shown, resolver: resolver)
    }

    private static func read(
        input: ChunkedInput, shown: String, resolver: () -> RegionResolver
    ) throws(DataError) -> ReportingTriangle {
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "snapshot table '\(shown)': \(text)") }
        let tab = shown.hasSuffix(".tsv") || shown.hasSuffix(".tsv.gz")
        let reader: DelimitedReader
        do {
            reader = try DelimitedReader(input: input, delimiter: tab ? 9 : UInt8(ascii: ","))
        } catch {
            throw DataError(error.code, "snapshot table '\(shown)': \(error.message)")
        }
        let lowered = reader.columnNames.map { $0.lowercased() }
        func column(_ names: [String]) throws(DataError) -> Int {
            guard let index = lowered.firstIndex(where: names.contains) else {
                throw problem("no '\(names[0])' column (expected snapshot_date,death_date,deaths[,region])")
            }
            return index
        }
        let snapshotColumn = try column(["snapshot_date", "snapshot", "as_of"])
        let deathColumn = try column(["death_date", "date_of_death", "date"])
        let deathsColumn = try column(["deaths", "count", "n"])
        let regionColumn = lowered.firstIndex(of: "region")

        var builder = ReportingTriangle.Builder(source: shown)
        var dates = ByteKeyedCache<Int>(capacity: 4096)
        var spellings = ByteKeyedCache<Int>(capacity: 128)
        var spellingTexts: [String] = []
        var spellingLines: [Int] = []
        var rows: [(snapshot: Int, death: Int, spelling: Int, deaths: Int, line: Int)] = []
        /// A day number, or `Int.min` for a field that is not a full day.
        func day(_ index: Int) -> Int {
            reader.withField(index) { bytes in
                dates.value(for: FieldText.trimmed(bytes)) { key in
                    if case .date(let date) = FieldText.date(key), let day = date.dayNumber { return day }
                    return Int.min
                }
            }
        }
        /// The line of the next record, checked for its number of fields; `nil` at the end.
        func nextRecord() throws(DataError) -> Int? {
            switch try reader.next() {
            case .end:
                return nil
            case .malformed(let at, let reason):
                throw problem("line \(at): \(reason.detail)")
            case .record(let at):
                guard reader.fieldCount == lowered.count else {
                    throw problem("line \(at) has \(reader.fieldCount) fields, the header \(lowered.count)")
                }
                return at
            }
        }
        var sawRow = false
        while let line = try nextRecord() {
            sawRow = true
            let snapshot = day(snapshotColumn)
            guard snapshot != Int.min else {
                throw problem("line \(line): snapshot date \(reader.withField(snapshotColumn, FieldText.quoted)) is not a full day (YYYY-MM-DD)")
            }
            let death = day(deathColumn)
            guard death != Int.min else {
                throw problem("line \(line): date of death \(reader.withField(deathColumn, FieldText.quoted)) is not a full day (YYYY-MM-DD)")
            }
            guard let deaths = reader.withField(deathsColumn, FieldText.integer), deaths >= 0 else {
                throw problem("line \(line): deaths \(reader.withField(deathsColumn, FieldText.quoted)) is not a whole number of 0 or more")
            }
            guard let regionColumn else {
                try builder.add(snapshotDay: snapshot, deathDay: death, region: nil, deaths: deaths, line: line)
                continue
            }
            // Regions are resolved after the pass, each spelling once; the rows wait for them.
            let spelling = reader.withField(regionColumn) { bytes in
                let text = FieldText.trimmed(bytes)
                if FieldText.isMissing(text) { return -1 }
                return spellings.value(for: text) { key in
                    spellingTexts.append(FieldText.string(key) ?? "")
                    spellingLines.append(line)
                    return spellingTexts.count - 1
                }
            }
            rows.append((snapshot, death, spelling, deaths, line))
        }
        guard sawRow else { throw problem("no rows") }
        var codes: [String] = []
        if !spellingTexts.isEmpty {
            let resolver = resolver()
            for (index, text) in spellingTexts.enumerated() {
                let match: RegionMatch
                do throws(DataError) {
                    match = try resolver.resolve(text)
                } catch {
                    throw problem("line \(spellingLines[index]): \(error.message)")
                }
                guard case .region(let region) = match else {
                    throw problem("line \(spellingLines[index]): '\(text)' names a total of regions, not a region")
                }
                codes.append(region.code)
            }
        }
        for row in rows {
            try builder.add(
                snapshotDay: row.snapshot, deathDay: row.death, region: row.spelling < 0 ? nil : codes[row.spelling],
                deaths: row.deaths, line: row.line)
        }
        return try builder.build()
    }
}
