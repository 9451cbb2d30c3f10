import Dispatch

/// Reads deaths by region × year × age group × sex (METHODS.md §9) in either of two
/// layouts, recognised by the header:
///
/// - **Rosstat's export** — `Region,Year,Age,Gender,Deaths`, as published with Kobak et
///   al. (2025): region names as Rosstat writes them, «Российская Федерация» for the
///   country, age labels `0-4 лет` … `85 и более`, `Всего` (all ages), `Неизвестно`
///   (unknown age), `m`/`f`. Names are resolved in the
///   ``ResolutionContext/rosstatStatistics`` context, where «Архангельская область»
///   and «Тюменская область» are the oblasts *with* their autonomous okrugs (the
///   composites `RU-ARK+NEN`, `RU-TYU+KHM+YAN`, kept apart as aggregates) and the
///   «… без АО» rows are the oblasts proper (`RU-ARK`, `RU-TYU`).
/// - **Tidy, for any country** — `region,year,age_group,sex,deaths`: regions as the
///   resolver knows them (a user's region table), age groups `15-19`, `85+`, `total`,
///   `unknown` (Rosstat's labels work too), sex `m`/`f` or `male`/`female`.
///
/// A file whose name ends in `.gz` is decompressed in process as it is read (zlib;
/// several members read as one, as `gzip -dc` reads them).
///
/// Every problem is an error naming the file and the line: a region that does not
/// resolve, a year that is not one (1000–9999), an unknown age label or sex, a count
/// that is negative, missing, not a whole number or above 10^9, a table so sparse that
/// its dense form would have more than 16 cells a row (and more than 2^22 cells), a row repeating the region, year, age
/// group and sex of an earlier row, two age groups of one year that overlap without
/// one holding the other (`15-19` and `17-21`). Groups that nest (a `15-17` inside
/// `15-19`, a single year inside its five-year group, a total over several groups) are
/// kept, and an estimate picks the groups it sums (``DeathsTable/partition(of:years:)``).
/// Rows naming a table sub-heading are skipped and counted. Age groups that do not add
/// up to the total row are not an error: they are listed in
/// ``DeathsTable/inconsistencies`` (checked in each year whose groups cover every age,
/// from 0 to an open band, summing the finest such partition).
///
/// - Complexity: one streaming pass over the file; each distinct spelling of a region,
///   age label or sex is parsed once, and the regions are resolved after the pass, so
///   that the resolver — the built-in reference takes tens of milliseconds to index its
///   spellings — is built on another thread while the file is read.
public enum DeathsTableReader {
    /// Reads the table.
    ///
    /// - Parameters:
    ///   - path: the CSV (TSV when it ends in `.tsv`), optionally gzip-compressed (`.gz`).
    ///   - name: the name messages give the file (an upload's name); the path when `nil`.
    ///   - limits: the bounds on reading; `maximumInputBytes` bounds the decompressed size.
    ///   - resolver: the regions the names may mean; the built-in Russian reference by
    ///     default. It is evaluated once, on another thread, while the file is read.
    /// - Throws: ``DataError`` naming the file and line of the first problem.
    public static func read(
        path: String, name: String? = nil, limits: ReadLimits = .standard,
        resolver: @autoclosure @escaping @Sendable () -> RegionResolver = RussiaReference.resolver
    ) throws(DataError) -> DeathsTable {
        let prefetched = Background<RegionResolver, Never> { resolver() }
        let shown = name ?? path
        return try read(input: ChunkedInput(path: path, name: shown, limits: limits), path: shown, resolver: prefetched)
    }

    /// One row as read, before its region is resolved: the indices of its region
    /// spelling and age label, its year, sex (0 male, 1 female), count and line.
    private struct Row {
        var spelling: Int32
        var label: Int32
        var year: Int32
        var sex: Int32
        var deaths: Int32
        var line: Int32
    }

    /// Reads the table from an input already opened (a file, or bytes in memory for fuzzing).
    static func read(
        input: ChunkedInput, path: String, resolver prefetched: Background<RegionResolver, Never>
    ) throws(DataError) -> DeathsTable {
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "deaths table '\(path)': \(text)") }
        let delimiter = path.hasSuffix(".tsv") || path.hasSuffix(".tsv.gz") ? UInt8(9) : UInt8(ascii: ",")
        let reader: DelimitedReader
        do {
            reader = try DelimitedReader(input: input, delimiter: delimiter)
        } catch {
            throw DataError(error.code, "deaths table '\(path)': \(error.message)")
        }
        let lowered = reader.columnNames.map { $0.lowercased() }
        let layout: DeathsTable.Layout = lowered.contains("gender") && lowered.contains("age") ? .rosstat : .tidy
        func column(_ names: [String]) throws(DataError) -> Int {
            guard let index = lowered.firstIndex(where: names.contains) else {
                throw problem(
                    "no '\(names[0])' column (expected region,year,age_group,sex,deaths, or Rosstat's Region,Year,Age,Gender,Deaths)")
            }
            return index
        }
        let regionColumn = try column(["region"])
        let yearColumn = try column(["year"])
        let ageColumn = try column(["age_group", "age"])
        let sexColumn = try column(["sex", "gender"])
        let deathsColumn = try column(["deaths"])

        var spellings: [String] = []
        var spellingLine: [Int] = []
        var spellingCache = ByteKeyedCache<Int>(capacity: 128)
        var labels: [AgeLabel] = []
        var labelIndex: [AgeLabel: Int] = [:]
        var ageCache = ByteKeyedCache<Int>(capacity: 32)
        var sexCache = ByteKeyedCache<Int>(capacity: 8)
        var rows: [Row] = []
        rows.reserveCapacity(1 << 17)

        while true {
            let line: Int
            switch try reader.next() {
            case .end:
                break
            case .malformed(let at, let reason):
                throw problem("line \(at): \(reason.detail)")
            case .record(let at):
                line = at
                // Lines, and so rows, spellings and labels, are kept in 32 bits.
                guard line <= Int(Int32.max) else { throw problem("line \(line): a table of more than 2^31 lines is not read") }
                guard reader.fieldCount == lowered.count else {
                    throw problem("line \(line) has \(reader.fieldCount) fields, the header \(lowered.count)")
                }
                let spelling = reader.withField(regionColumn) { bytes in
                    spellingCache.value(for: FieldText.trimmed(bytes)) { key -> Int in
                        spellings.append(FieldText.string(key) ?? "")
                        spellingLine.append(line)
                        return spellings.count - 1
                    }
                }
                guard let year = reader.withField(yearColumn, FieldText.integer), (1000...9999).contains(year) else {
                    throw problem("line \(line): year \(reader.withField(yearColumn, FieldText.quoted)) is not a year")
                }
                let label = reader.withField(ageColumn) { bytes in
                    ageCache.value(for: FieldText.trimmed(bytes)) { key -> Int in
                        guard let label = AgeLabel(parsing: FieldText.string(key) ?? "") else { return -1 }
                        if let index = labelIndex[label] { return index }
                        labelIndex[label] = labels.count
                        labels.append(label)
                        return labels.count - 1
                    }
                }
                guard label >= 0 else {
                    let text = reader.withField(ageColumn) { FieldText.string(FieldText.trimmed($0)) ?? "" }
                    throw problem("line \(line): unknown age group '\(text)' (expected labels such as 15-19, 85+, total, unknown)")
                }
                let sex = reader.withField(sexColumn) { bytes in
                    sexCache.value(for: FieldText.trimmed(bytes)) { key -> Int in
                        switch Sex(label: FieldText.string(key) ?? "") {
                        case .male: 0
                        case .female: 1
                        case nil: -1
                        }
                    }
                }
                guard sex >= 0 else {
                    let text = reader.withField(sexColumn) { FieldText.string(FieldText.trimmed($0)) ?? "" }
                    throw problem("line \(line): unknown sex '\(text)' (expected m or f, male or female)")
                }
                guard let deaths = reader.withField(deathsColumn, FieldText.integer), (0...FieldText.maximumCount).contains(deaths) else {
                    if reader.withField(deathsColumn, { FieldText.trimmed($0).isEmpty }) {
                        throw problem("line \(line): no count of deaths")
                    }
                    let field = reader.withField(deathsColumn, FieldText.quoted)
                    switch reader.withField(deathsColumn, FieldText.integer) {
                    case let deaths? where deaths < 0: throw problem("line \(line): a negative count of deaths (\(deaths))")
                    case .some: throw problem("line \(line): deaths \(field) is too large (at most 10^9 a row)")
                    case nil: throw problem("line \(line): deaths \(field) is not a whole number")
                    }
                }
                rows.append(Row(
                    spelling: Int32(spelling), label: Int32(label), year: Int32(year), sex: Int32(sex), deaths: Int32(deaths),
                    line: Int32(line)))
                continue
            }
            break
        }
        guard !rows.isEmpty else { throw problem("no rows") }

        // The regions, resolved now that the resolver is built: units in the order of
        // their first row, several spellings of one unit kept together.
        let resolver = prefetched.value()
        let context: ResolutionContext = layout == .rosstat ? .rosstatStatistics : .general
        var units: [DeathsTable.Unit] = []
        var unitByCode: [String: Int] = [:]
        var unitOfSpelling: [Int] = []
        for (index, spelling) in spellings.enumerated() {
            let match: RegionMatch
            do throws(DataError) {
                match = try resolver.resolve(spelling, in: context)
            } catch {
                throw problem("line \(spellingLine[index]): \(error.message)")
            }
            let kind: DeathsTable.Unit.Kind
            let name: String
            switch match {
            case .heading:
                unitOfSpelling.append(-1)
                continue
            case .region(let region):
                kind = .region
                name = region.name
            case .aggregate(let aggregate):
                name = aggregate.name
                switch aggregate.kind {
                case .country: kind = .country
                case .federalDistrict: kind = .federalDistrict
                case .composite: kind = .composite
                }
            }
            let code = match.code ?? ""
            if let unit = unitByCode[code] {
                unitOfSpelling.append(unit)
                continue
            }
            unitByCode[code] = units.count
            unitOfSpelling.append(units.count)
            units.append(DeathsTable.Unit(code: code, name: name, kind: kind, spelling: spelling))
        }

        // Age slots: the groups in order, then the total, then unknown.
        var groups: [(group: AgeGroup, label: Int)] = []
        for (index, label) in labels.enumerated() {
            if case .group(let group) = label { groups.append((group, index)) }
        }
        groups.sort { $0.group < $1.group }
        let totalSlot = groups.count
        let unknownSlot = groups.count + 1
        var slotOfLabel = [Int](repeating: 0, count: labels.count)
        for (slot, entry) in groups.enumerated() { slotOfLabel[entry.label] = slot }
        for (index, label) in labels.enumerated() {
            switch label {
            case .group: break
            case .total: slotOfLabel[index] = totalSlot
            case .unknown: slotOfLabel[index] = unknownSlot
            }
        }

        // The dense table of counts, each cell filled once.
        var firstYear = Int.max
        var lastYear = Int.min
        var headings = 0
        for row in rows {
            guard unitOfSpelling[Int(row.spelling)] >= 0 else { continue }
            firstYear = min(firstYear, Int(row.year))
            lastYear = max(lastYear, Int(row.year))
        }
        guard firstYear <= lastYear else { throw problem("no rows of a region or aggregate") }
        let shape = DeathsTable.Shape(units: units.count, firstYear: firstYear, lastYear: lastYear, ageGroups: groups.count)
        // The table is dense: a few rows spread over many units, years and age groups
        // would make it vast (years 1000 and 9999, thousands of spellings).
        guard shape.cells <= max(1 << 22, 16 * rows.count) else {
            throw problem(
                "\(units.count) units × \(shape.years) years × \(groups.count + 2) age slots × 2 sexes is too sparse for \(rows.count) rows")
        }
        var counts = [Int32](repeating: -1, count: shape.cells)
        var lineOf = [Int32](repeating: 0, count: shape.cells)
        var hasYear = [Bool](repeating: false, count: shape.years)
        for row in rows {
            let unit = unitOfSpelling[Int(row.spelling)]
            guard unit >= 0 else {
                headings += 1
                continue
            }
            let slot = shape.slot(unit: unit, year: Int(row.year), age: slotOfLabel[Int(row.label)], sex: Int(row.sex))
            if lineOf[slot] != 0 {
                throw problem("line \(row.line) repeats the region, year, age group and sex of line \(lineOf[slot])")
            }
            counts[slot] = row.deaths
            lineOf[slot] = row.line
            hasYear[Int(row.year) - firstYear] = true
        }
        let years = (firstYear...lastYear).filter { hasYear[$0 - firstYear] }
        let ageGroups = groups.map(\.group)

        // The groups of each year, and the first line of each: two that overlap must nest.
        var groupsOfYear: [Int: [AgeGroup]] = [:]
        for year in years {
            var present: [(group: AgeGroup, line: Int32)] = []
            for (slot, entry) in groups.enumerated() {
                var first = Int32.max
                for unit in 0..<units.count {
                    for sex in 0..<2 {
                        let line = lineOf[shape.slot(unit: unit, year: year, age: slot, sex: sex)]
                        if line != 0 { first = min(first, line) }
                    }
                }
                if first != .max { present.append((entry.group, first)) }
            }
            for (index, earlier) in present.enumerated() {
                for later in present[(index + 1)...] where earlier.group.crosses(later.group) {
                    throw problem(
                        "age groups \(earlier.group) (line \(earlier.line)) and \(later.group) (line \(later.line)) overlap "
                            + "in \(year) without one holding the other")
                }
            }
            groupsOfYear[year] = present.map(\.group)
        }

        var table = DeathsTable(
            layout: layout, units: units, years: years, ageGroups: ageGroups, groupsOfYear: groupsOfYear, shape: shape,
            counts: counts, inconsistencies: [], skippedHeadings: headings)
        // Check the groups against the total in each year whose groups cover every age (0 to an open band).
        var inconsistencies: [DeathsTable.Inconsistency] = []
        let everyAge = AgeGroup(lower: 0, upper: nil)
        for year in years {
            guard let partition = try? table.partition(of: everyAge, years: [year]) else { continue }
            for entry in units {
                for sex in [Sex.male, .female] {
                    guard let total = table.totalDeaths(unit: entry.code, year: year, sex: sex) else { continue }
                    var sum = table.unknownAgeDeaths(unit: entry.code, year: year, sex: sex) ?? 0
                    for group in partition.groups {
                        for band in partition.bands(of: group, in: year) ?? [] {
                            sum += table.deaths(unit: entry.code, year: year, age: band, sex: sex) ?? 0
                        }
                    }
                    guard sum != total else { continue }
                    let unit = units.firstIndex(of: entry)!
                    inconsistencies.append(DeathsTable.Inconsistency(
                        code: entry.code, name: entry.name, year: year, sex: sex, sumOfGroups: sum, total: total,
                        line: Int(lineOf[shape.slot(unit: unit, year: year, age: totalSlot, sex: sex == .male ? 0 : 1)])))
                }
            }
        }
        table.inconsistencies = inconsistencies
        return table
    }
}
