/// The formats the importer reads.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    case csv
    case tsv
    case ndjson

    /// The format a file name suggests (`.tsv`, `.tab`, `.ndjson`, `.jsonl`, each also
    /// followed by `.gz`), CSV otherwise.
    public static func guess(path: String) -> InputFormat {
        var lower = path.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return .tsv }
        if lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl") { return .ndjson }
        return .csv
    }
}

/// Reads a named-casualty list into records, with a ledger that accounts for every
/// row (see ``ImportLedger``).
///
/// Streaming: the file is read in chunks and each row is handed on as a
/// ``CasualtyRecord`` and forgotten, so memory does not grow with the file (beyond
/// the set of ids and person keys kept to find duplicates). Names are read only to
/// find duplicates — hashed with a salt drawn for each run — and never stored,
/// printed or logged.
///
/// ```swift
/// let importer = CasualtyImporter()
/// let (records, ledger) = try importer.readAll(path: "list.csv")
/// print(ledger.summary)   // 20,253 rows: 19,895 with region, 358 without, 0 rejected
/// ```
public struct CasualtyImporter: Sendable {
    /// How to read a file.
    public struct Options: Sendable {
        /// The format; guessed from the file name when `nil`.
        public var format: InputFormat?
        /// Field → column name, overriding the recognised layout (`--map`).
        public var mapping: [RecordField: String]
        /// Whether to keep the source links in the records (they are large and no analysis needs them).
        public var keepSource: Bool
        /// The resolver of region spellings.
        public var resolver: RegionResolver
        /// The bounds on reading: field and record sizes, the input's size, time.
        public var limits: ReadLimits
        /// How many bytes are read at a time (tests use tiny chunks to cross every boundary).
        public var chunkSize: Int
        /// Whether a mapping of a field onto a column of names is dropped rather than
        /// refused (``ColumnLayout/init(header:overrides:allowingNameColumns:)``).
        public var allowsNameColumns = false
        /// Which repeated rows are duplicates (`--duplicates`).
        public var duplicates = DuplicatePolicy.standard
        /// The names of unit types (`--categories` adds a table to the built-in reference).
        public var categories = CategoryMapping.builtIn

        /// Options with the built-in Russian reference and the layout recognised from the header.
        public init(
            format: InputFormat? = nil, mapping: [RecordField: String] = [:], keepSource: Bool = false,
            resolver: RegionResolver = RussiaReference.resolver, limits: ReadLimits = .standard,
            chunkSize: Int = 1 << 22
        ) {
            self.format = format
            self.mapping = mapping
            self.keepSource = keepSource
            self.resolver = resolver
            self.limits = limits
            self.chunkSize = chunkSize
        }
    }

    /// The options.
    public let options: Options

    /// Creates an importer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads a file (or standard input for `nil` or `-`) and hands each imported
    /// record to `consume`. A file whose name (`name`, or `path` when `name` is `nil`)
    /// ends in `.gz` is decompressed as it is read (see ``ReadLimits/maximumInputBytes``
    /// for a bound on its decompressed size).
    ///
    /// - Parameters:
    ///   - path: the file; `nil` or `-` for standard input.
    ///   - name: the name the ledger and messages give the file (an upload's name);
    ///     the path when `nil`.
    ///   - observe: called with (row, line, outcome) for every row, for a per-row ledger.
    ///   - progress: called now and then with (bytes read, total bytes when known).
    ///   - consume: called with every imported record, in file order.
    /// - Returns: the ledger.
    /// - Throws: ``DataError`` when the file cannot be read at all (missing, empty, no
    ///   region column, a header that is not text, corrupt compressed data) or a bound
    ///   of ``Options/limits`` on the whole input is passed (`tooLarge`, `interrupted`).
    public func read(
        path: String?,
        name: String? = nil,
        observe: ((Int, Int, RowOutcome) -> Void)? = nil,
        progress: ((Int, Int?) -> Void)? = nil,
        consume: (CasualtyRecord) -> Void
    ) throws(DataError) -> ImportLedger {
        let input =
            try (path == nil || path == "-")
            ? ChunkedInput(limits: options.limits, chunkSize: options.chunkSize)
            : ChunkedInput(path: path!, name: name, limits: options.limits, chunkSize: options.chunkSize)
        let format = options.format ?? InputFormat.guess(path: name ?? path ?? "")
        return try read(input: input, format: format, label: name ?? path ?? "-", observe: observe, progress: progress, consume: consume)
    }

    /// Reads from an input already opened (a file, standard input or bytes in memory).
    func read(
        input: ChunkedInput,
        format: InputFormat,
        label: String,
        observe: ((Int, Int, RowOutcome) -> Void)? = nil,
        progress: ((Int, Int?) -> Void)? = nil,
        consume: (CasualtyRecord) -> Void
    ) throws(DataError) -> ImportLedger {
        var ledger = ImportLedger()
        ledger.file = label
        ledger.format = format.rawValue
        switch format {
        case .csv:
            let source = try DelimitedReader(input: input, delimiter: UInt8(ascii: ","))
            try run(source, checkFieldCount: true, ledger: &ledger, observe: observe, progress: progress, consume: consume)
        case .tsv:
            let source = try DelimitedReader(input: input, delimiter: 9)
            try run(source, checkFieldCount: true, ledger: &ledger, observe: observe, progress: progress, consume: consume)
        case .ndjson:
            let source = try NDJSONReader(input: input)
            try run(source, checkFieldCount: false, ledger: &ledger, observe: observe, progress: progress, consume: consume)
        }
        return ledger
    }

    /// Reads a whole file into memory: the records and the ledger.
    public func readAll(path: String?) throws(DataError) -> (records: [CasualtyRecord], ledger: ImportLedger) {
        var records: [CasualtyRecord] = []
        let ledger = try read(path: path) { records.append($0) }
        return (records, ledger)
    }

    // MARK: - The row loop

    private func run<Source: RecordSource>(
        _ source: Source,
        checkFieldCount: Bool,
        ledger: inout ImportLedger,
        observe: ((Int, Int, RowOutcome) -> Void)?,
        progress: ((Int, Int?) -> Void)?,
        consume: (CasualtyRecord) -> Void
    ) throws(DataError) {
        let layout = try ColumnLayout(
            header: source.columnNames, overrides: options.mapping, allowingNameColumns: options.allowsNameColumns)
        ledger.layout = layout.name
        ledger.mapping = Dictionary(uniqueKeysWithValues: layout.columns.map { ($0.key.rawValue, source.columnNames[$0.value]) })
        ledger.ignoredColumns = layout.ignoredColumns
        ledger.duplicatePolicy = options.duplicates == .standard ? nil : options.duplicates
        var state = RowParser(
            layout: layout, columnCount: source.columnNames.count, keepSource: options.keepSource, duplicates: options.duplicates,
            categories: options.categories)
        let resolver = options.resolver
        var row = 0
        var unresolved: [String: ImportLedger.UnresolvedRegion] = [:]

        func record(_ outcome: RowOutcome, line: Int) {
            switch outcome {
            case .accepted: ledger.accepted += 1
            case .acceptedWithWarnings(let warnings):
                ledger.acceptedWithWarnings += 1
                for warning in warnings {
                    ledger.count(outcome: "warning", code: warning.code.rawValue, row: row, line: line, detail: warning.detail)
                }
            case .duplicate(let original, let key):
                ledger.duplicates += 1
                ledger.count(outcome: "duplicate", code: key, row: row, line: line, detail: "repeats row \(original)")
            case .rejected(let reason):
                ledger.rejected += 1
                ledger.count(outcome: "rejected", code: reason.code.rawValue, row: row, line: line, detail: reason.detail)
            }
            observe?(row, line, outcome)
        }

        var nextProgress = 0
        var parsed = CasualtyRecord()
        while true {
            let event = try source.next()
            let line: Int
            switch event {
            case .end:
                ledger.blankLines = source.blankLines
                ledger.unresolvedRegions = unresolved.values.sorted { ($0.count, $1.text) > ($1.count, $0.text) }
                progress?(source.progress.read, source.progress.size)
                return
            case .malformed(let at, let reason):
                row += 1
                ledger.rows += 1
                record(.rejected(reason), line: at)
                continue
            case .record(let at):
                line = at
            }
            row += 1
            ledger.rows += 1
            if let progress, source.progress.read >= nextProgress {
                progress(source.progress.read, source.progress.size)
                nextProgress = source.progress.read + (1 << 24)
            }
            if checkFieldCount, source.fieldCount != state.columnCount {
                record(.rejected(RejectionReason(
                    .wrongFieldCount, "expected \(state.columnCount) fields, found \(source.fieldCount)")), line: line)
                continue
            }
            switch state.parse(source, row: row, resolver: resolver, into: &parsed) {
            case .rejected(let reason):
                record(.rejected(reason), line: line)
            case .duplicate(let original, let key):
                record(.duplicate(ofRow: original, by: key), line: line)
            case .imported(let warnings, let derivedAge):
                if parsed.regionCode == nil { ledger.withoutRegion += 1 } else { ledger.withRegion += 1 }
                if derivedAge { ledger.derivedAges += 1 }
                for warning in warnings {
                    guard let problem = state.unresolvedProblem(warning) else { continue }
                    unresolved[warning.detail, default: ImportLedger.UnresolvedRegion(
                        text: warning.detail, problem: problem, count: 0,
                        suggestions: state.suggestions(for: warning.detail, resolver: resolver))].count += 1
                }
                if warnings.isEmpty, observe == nil {
                    ledger.accepted += 1
                } else {
                    record(warnings.isEmpty ? .accepted : .acceptedWithWarnings(warnings), line: line)
                }
                consume(parsed)
            }
        }
    }
}
