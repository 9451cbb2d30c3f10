/// Turns the fields of one row into a record, or says why it cannot, remembering
/// what earlier rows held (ids, person keys, resolved spellings).
struct RowParser {
    enum Result {
        case rejected(RejectionReason)
        case duplicate(ofRow: Int, by: String)
        /// The record was written to the caller's `record`.
        case imported(warnings: [RowWarning], derivedAge: Bool)
    }

    /// A region spelling as resolved once for all rows that use it.
    private enum RegionLookup {
        case missing
        case region(String)
        case unresolved(RowWarning)
        case notUTF8
    }

    let columnCount: Int
    /// The column of each field (indexed by ``RecordField/ordinal``), −1 when none.
    private let column: [Int]
    private let textFields: [RecordField]
    private let nameColumns: [Int]
    private let salt: UInt64
    private var regions = ByteKeyedCache<RegionLookup>()
    private var unitTypes = ByteKeyedCache<UnitType?>()
    private let duplicates: DuplicatePolicy
    private var ids: FirstRowIndex
    private var decimalIDs: DecimalIDIndex
    private var people = FirstRowIndex()
    /// Rows whose id repeats an earlier row's with other fields (kept under
    /// ``DuplicatePolicy/conflictsKept``), by the hash of their id and fields, so that an
    /// exact repeat of one of them is its duplicate.
    private var variants: [ByteHash: Int] = [:]

    private let categories: CategoryMapping

    init(
        layout: ColumnLayout, columnCount: Int, keepSource: Bool, duplicates: DuplicatePolicy = .standard,
        categories: CategoryMapping = .builtIn
    ) {
        self.columnCount = columnCount
        self.categories = categories
        self.duplicates = duplicates
        self.ids = FirstRowIndex(keepsFingerprints: duplicates == .conflictsKept)
        self.decimalIDs = DecimalIDIndex(keepsFingerprints: duplicates == .conflictsKept)
        var column = Array(repeating: -1, count: RecordField.allCases.count)
        for (field, index) in layout.columns { column[field.ordinal] = index }
        self.column = column
        self.textFields = ([.settlement, .rank, .ethnicity] + (keepSource ? [.source] : [])).filter { layout.columns[$0] != nil }
        self.nameColumns = RecordField.allCases.filter(\.isName).compactMap { layout.columns[$0] }
        var random = SystemRandomNumberGenerator()
        self.salt = random.next()
    }

    /// Calls `body` with the bytes of column `index`, trimmed; `nil` for index −1.
    @inline(__always)
    private static func field<S: RecordSource, R>(_ source: S, _ index: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard index >= 0 else { return nil }
        return source.withField(index) { body(FieldText.trimmed($0)) }
    }

    private enum DateField {
        case success(PartialDate?)
        case failure(RejectionReason)
    }

    /// Reads the date in column `index`; the rejection when it cannot be read.
    private static func date<S: RecordSource>(_ source: S, _ index: Int, _ name: String) -> DateField {
        switch Self.field(source, index, FieldText.date) ?? .missing {
        case .missing: return .success(nil)
        case .date(let date): return .success(date)
        case .impossible(let why):
            let text = Self.field(source, index, FieldText.quoted) ?? ""
            return .failure(RejectionReason(.impossibleDate, "\(name) \(text): \(why)"))
        case .unreadable:
            let text = Self.field(source, index, FieldText.quoted) ?? ""
            return .failure(RejectionReason(.unreadableDate, "\(name) \(text) is not a date"))
        }
    }

    /// Parses the current record of `source` into `record` (reused between rows to
    /// avoid copying it around).
    mutating func parse<S: RecordSource>(
        _ source: S, row: Int, resolver: RegionResolver, into record: inout CasualtyRecord
    ) -> Result {
        var allEmpty = true
        for index in 0..<source.fieldCount where !source.withField(index, { FieldText.trimmed($0).isEmpty }) {
            allEmpty = false
            break
        }
        if allEmpty { return .rejected(RejectionReason(.emptyRow, "every field is empty")) }
        var warnings: [RowWarning] = []
        if let reader = source as? DelimitedReader, reader.hadIrregularQuoting {
            warnings.append(RowWarning(.irregularQuoting, "text after a closing quote was kept in the field"))
        }

        // Dates, ages and years: reject what cannot be read.
        let deathDate: PartialDate?, confirmationDate: PartialDate?, birthDate: PartialDate?
        switch Self.date(source, column[RecordField.deathDate.ordinal], "date of death") {
        case .success(let value): deathDate = value
        case .failure(let reason): return .rejected(reason)
        }
        switch Self.date(source, column[RecordField.confirmationDate.ordinal], "confirmation date") {
        case .success(let value): confirmationDate = value
        case .failure(let reason): return .rejected(reason)
        }
        switch Self.date(source, column[RecordField.birthDate.ordinal], "birth date") {
        case .success(let value): birthDate = value
        case .failure(let reason): return .rejected(reason)
        }
        var birthYear = birthDate?.year
        if let text = Self.field(source, column[RecordField.birthYear.ordinal], { FieldText.isMissing($0) ? nil : FieldText.integer($0) ?? -1 }), let year = text {
            guard year >= 0 else {
                let quoted = Self.field(source, column[RecordField.birthYear.ordinal], FieldText.quoted) ?? ""
                return .rejected(RejectionReason(.invalidBirthYear, "birth year \(quoted) is not a year"))
            }
            birthYear = year
        }
        var age: Int?
        if let value = Self.field(source, column[RecordField.age.ordinal], { FieldText.isMissing($0) ? nil : FieldText.integer($0) ?? Int.min }), let given = value {
            guard (0...120).contains(given) else {
                let quoted = Self.field(source, column[RecordField.age.ordinal], FieldText.quoted) ?? ""
                return .rejected(RejectionReason(.invalidAge, "age \(quoted) is not a whole number from 0 to 120"))
            }
            age = given
        }
        let eventDate = deathDate ?? confirmationDate
        if let year = birthYear {
            guard year >= 1900, year <= (eventDate?.year ?? 2100) else {
                let when = eventDate.map { ", death \($0)" } ?? ""
                return .rejected(RejectionReason(.invalidBirthYear, "birth year \(year) is implausible\(when)"))
            }
        }
        var derivedAge = false
        if let year = birthYear, let event = eventDate {
            let difference = event.year - year
            if let given = age {
                if given != difference, given != difference - 1 {
                    warnings.append(RowWarning(.inconsistentAge, "age \(given), born \(year), date \(event)"))
                }
            } else {
                age = difference
                derivedAge = true
            }
        }
        if eventDate == nil { warnings.append(RowWarning(.noDate)) }

        // Text fields.
        var id: String?
        var idKey: ByteHash?
        var decimalID: Int?
        let idColumn = column[RecordField.id.ordinal]
        if let text = Self.field(source, idColumn, Self.text), let value = text {
            guard let value else { return .rejected(RejectionReason(.notUTF8, "the id is not UTF-8 text")) }
            id = value
            decimalID = Self.field(source, idColumn, DecimalIDIndex.decimal) ?? nil
            if decimalID == nil { idKey = Self.field(source, idColumn) { [salt] in ByteHash($0, seed: salt) } }
        }
        var regionCode: String?
        let region = Self.field(source, column[RecordField.region.ordinal]) { bytes in
            regions.value(for: bytes) { key in Self.lookUpRegion(key, resolver: resolver) }
        } ?? .missing
        switch region {
        case .missing: warnings.append(RowWarning(.noRegion))
        case .region(let code): regionCode = code
        case .unresolved(let warning): warnings.append(warning)
        case .notUTF8:
            return .rejected(RejectionReason(.notUTF8, "the region is not UTF-8 text (is the file in another encoding, such as Windows-1251?)"))
        }
        var unitType = UnitType.unknown
        let unitColumn = column[RecordField.unitType.ordinal]
        if let label = Self.field(source, unitColumn, { bytes in
            unitTypes.value(for: bytes) { [categories] in categories.unitType(for: String(decoding: $0, as: UTF8.self)) }
        }) {
            if let known = label {
                unitType = known
            } else {
                unitType = .other
                let text = Self.field(source, unitColumn) { String(decoding: $0, as: UTF8.self) } ?? ""
                warnings.append(RowWarning(.unknownUnitType, text))
            }
        }
        var (settlement, rank, ethnicity, sourceText): (String?, String?, String?, String?) = (nil, nil, nil, nil)
        for which in textFields {
            guard let text = Self.field(source, column[which.ordinal], Self.text), let value = text else { continue }
            guard let value else { return .rejected(RejectionReason(.notUTF8, "the \(which.rawValue) is not UTF-8 text")) }
            switch which {
            case .settlement: settlement = value
            case .rank: rank = value
            case .ethnicity: ethnicity = value
            default: sourceText = value
            }
        }

        // Duplicates: the same id (with the same fields, unless by id alone), or the same person.
        if duplicates != .none {
            let fingerprint = duplicates == .conflictsKept ? Self.fieldsHash(source, skipping: idColumn, salt: salt) : nil
            var earlier: (row: Int, fingerprint: UInt32)?
            if let decimalID {
                earlier = decimalIDs.firstRow(for: decimalID, row: row, fingerprint: fingerprint.map(Self.fingerprint) ?? 0)
            } else if let idKey {
                earlier = ids.firstRow(for: idKey, row: row, fingerprint: fingerprint.map(Self.fingerprint) ?? 0)
            }
            if let earlier {
                guard let fingerprint else { return .duplicate(ofRow: earlier.row, by: "same_id") }
                if earlier.fingerprint == Self.fingerprint(fingerprint) { return .duplicate(ofRow: earlier.row, by: "same_id") }
                let variant = fingerprint.combined(with: decimalID ?? Int(truncatingIfNeeded: (idKey?.low ?? 0) ^ (idKey?.high ?? 0)))
                if let original = variants[variant] { return .duplicate(ofRow: original, by: "same_id") }
                variants[variant] = row
                warnings.append(RowWarning(.idConflict, "repeats the id of row \(earlier.row) with other fields; both are counted"))
            }
            if let person = Self.personKey(
                source, nameColumns: nameColumns, salt: salt, birthYear: birthYear, region: regionCode, date: eventDate),
                let original = people.firstRow(for: person, row: row)
            {
                return .duplicate(ofRow: original, by: "same_person")
            }
        }

        record.id = id
        record.regionCode = regionCode
        record.settlement = settlement
        record.birthDate = birthDate ?? birthYear.flatMap { PartialDate(year: $0) }
        record.deathDate = deathDate
        record.confirmationDate = confirmationDate
        record.age = age
        record.unitType = unitType
        record.rank = rank
        record.ethnicity = ethnicity
        record.source = sourceText
        return .imported(warnings: warnings, derivedAge: derivedAge)
    }

    /// The problem code of a region warning, for the ledger's list of unresolved spellings.
    func unresolvedProblem(_ warning: RowWarning) -> String? {
        switch warning.code {
        case .unknownRegion, .ambiguousRegion, .aggregateRegion: warning.code.rawValue
        default: nil
        }
    }

    /// The closest known regions to a spelling.
    func suggestions(for text: String, resolver: RegionResolver) -> [String] {
        resolver.suggestions(for: text).compactMap { match in
            switch match {
            case .region(let region): "\(region.name) (\(region.code))"
            case .aggregate(let aggregate): "\(aggregate.name) (\(aggregate.code))"
            case .heading: nil
            }
        }
    }

    /// A salted hash of the names with the birth year, region and date; `nil` when
    /// the row has no names (or only placeholders such as `removed`).
    private static func personKey<S: RecordSource>(
        _ source: S, nameColumns: [Int], salt: UInt64, birthYear: Int?, region: String?, date: PartialDate?
    ) -> ByteHash? {
        guard nameColumns.contains(where: { source.withField($0) { !FieldText.isMissing($0) } }) else { return nil }
        var key = ByteHash(UnsafeRawBufferPointer(start: nil, count: 0), seed: salt)
        for index in nameColumns {
            key = source.withField(index) { raw in
                let bytes = FieldText.trimmed(raw)
                return FieldText.isMissing(bytes) ? key.combined(with: -1) : key.combined(with: bytes)
            }
        }
        key = key.combined(with: birthYear ?? -1)
        if let region { key = Array(region.utf8).withUnsafeBytes { key.combined(with: $0) } }
        return key.combined(with: date.map { $0.year * 10_000 + ($0.month ?? 0) * 100 + ($0.day ?? 0) } ?? -1)
    }

    /// A salted hash of every field of the row but the id, trimmed: rows of one id
    /// agree when their hashes do.
    private static func fieldsHash<S: RecordSource>(_ source: S, skipping idColumn: Int, salt: UInt64) -> ByteHash {
        var key = ByteHash(UnsafeRawBufferPointer(start: nil, count: 0), seed: salt ^ 0x5EED)
        for index in 0..<source.fieldCount where index != idColumn {
            key = source.withField(index) { key.combined(with: FieldText.trimmed($0)) }
        }
        return key
    }

    /// The 32 bits of a fields hash that the id indexes keep.
    @inline(__always)
    private static func fingerprint(_ hash: ByteHash) -> UInt32 { UInt32(truncatingIfNeeded: hash.low) }

    /// The field as text: `nil` when missing, `.some(nil)` when not UTF-8.
    private static func text(_ bytes: UnsafeRawBufferPointer) -> String?? {
        if FieldText.isMissing(bytes) { return .none }
        return .some(FieldText.string(bytes))
    }

    private static func lookUpRegion(_ bytes: UnsafeRawBufferPointer, resolver: RegionResolver) -> RegionLookup {
        if FieldText.isMissing(bytes) { return .missing }
        guard let text = FieldText.string(bytes) else { return .notUTF8 }
        do {
            switch try resolver.resolve(text) {
            case .region(let region): return .region(region.code)
            case .aggregate(let aggregate):
                _ = aggregate
                return .unresolved(RowWarning(.aggregateRegion, text))
            case .heading: return .unresolved(RowWarning(.aggregateRegion, text))
            }
        } catch {
            return .unresolved(RowWarning(error.code == .ambiguousRegion ? .ambiguousRegion : .unknownRegion, text))
        }
    }
}
