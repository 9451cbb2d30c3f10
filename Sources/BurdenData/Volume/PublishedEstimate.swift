/// An estimate of losses someone published: what it counts, as of when, how much.
public struct PublishedEstimate: Sendable, Hashable {
    /// When it was published.
    public let published: PartialDate?
    /// The date (or month, or year) the figure refers to.
    public let asOf: PartialDate
    /// Who published it.
    public let source: String
    /// What kind of issuer (government, independent media…).
    public let issuerType: String
    /// What it counts: `killed`, `killed_and_wounded`, `killed_and_wounded_in_year`,
    /// `killed_in_month`, `named_dead`, `excess_male_deaths`, or another label.
    public let quantity: String
    /// The figure.
    public let value: Double
    /// The lower and upper ends of a published range, when given.
    public let low: Double?
    public let high: Double?
    /// What the source says about scope.
    public let notes: String
    /// Where it was published.
    public let url: String

    /// Creates an estimate.
    public init(
        published: PartialDate?, asOf: PartialDate, source: String, issuerType: String, quantity: String, value: Double,
        low: Double?, high: Double?, notes: String, url: String
    ) {
        self.published = published
        self.asOf = asOf
        self.source = source
        self.issuerType = issuerType
        self.quantity = quantity
        self.value = value
        self.low = low
        self.high = high
        self.notes = notes
        self.url = url
    }
}

/// Reads published estimates in the layout of `published_loss_estimates.csv`:
/// `published_date, as_of, source, issuer_type, quantity, value, low, high,
/// scope_notes, url` (`low`, `high`, notes and url may be empty).
public enum PublishedEstimatesReader {
    /// Reads the table.
    ///
    /// Values (`value`, `low`, `high`) are plain decimal numbers of magnitude at most
    /// 10^15; `nan`, `inf`, `0x10` and the like are errors naming the line and the column.
    ///
    /// - Throws: ``DataError`` naming the line of a missing column, a date that cannot be
    ///   read, or a value that is not a number.
    public static func read(path: String) throws(DataError) -> [PublishedEstimate] {
        try read(table: SimpleTable(path: path), name: path)
    }

    /// Reads the estimates from a table already read (from a file, or from bytes for fuzzing).
    static func read(table: SimpleTable, name path: String) throws(DataError) -> [PublishedEstimate] {
        func problem(_ text: String) -> DataError { DataError(.invalidArgument, "estimates '\(path)': \(text)") }
        var columns: [String: Int] = [:]
        for name in ["published_date", "as_of", "source", "issuer_type", "quantity", "value", "low", "high", "scope_notes", "url"] {
            if let index = table.column(name) { columns[name] = index }
        }
        for required in ["as_of", "source", "quantity", "value"] where columns[required] == nil {
            throw problem("no '\(required)' column")
        }
        func field(_ row: [String], _ name: String) -> String { columns[name].map { row[$0] } ?? "" }
        return try table.rows.enumerated().map { index, row throws(DataError) in
            let line = index + 2
            guard let asOf = PartialDate(parsing: field(row, "as_of")) else {
                throw problem("line \(line): as_of '\(field(row, "as_of"))' is not a date")
            }
            func optional(_ name: String) throws(DataError) -> Double? {
                switch FieldText.number(field(row, name)) {
                case .missing: return nil
                case .value(let value): return value
                case .invalid(let reason): throw problem("line \(line), column '\(name)': \(reason)")
                }
            }
            guard let value = try optional("value") else {
                throw problem("line \(line), column 'value': '\(field(row, "value"))' is not a number")
            }
            return PublishedEstimate(
                published: PartialDate(parsing: field(row, "published_date")), asOf: asOf, source: field(row, "source"),
                issuerType: field(row, "issuer_type"), quantity: field(row, "quantity"), value: value,
                low: try optional("low"), high: try optional("high"), notes: field(row, "scope_notes"), url: field(row, "url"))
        }
    }
}

/// Reads a table of dates on which sources disagree: a `date` column and one numeric
/// column per source (other columns ignored), as `ua_genstaff_personnel_discrepancies.csv`.
public enum DiscrepancyTableReader {
    /// A date and the values each source gives for it.
    public struct Row: Sendable, Hashable {
        public let date: PartialDate
        public let values: [(source: String, value: Double)]

        public static func == (a: Row, b: Row) -> Bool {
            a.date == b.date && a.values.map(\.source) == b.values.map(\.source) && a.values.map(\.value) == b.values.map(\.value)
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(date) }
    }

    /// Reads the table. A column is a source when it holds at least one number; its
    /// empty or missing cells are skipped.
    ///
    /// - Throws: ``DataError`` for a missing date column, a date that cannot be read, or
    ///   a cell of a source column that is not a plain decimal number (`nan`, `inf`,
    ///   `0x10`, a magnitude past 10^15), naming the line and the column.
    public static func read(path: String) throws(DataError) -> [Row] {
        try read(table: SimpleTable(path: path), name: path)
    }

    /// Reads the table from a table already read (from a file, or from bytes for fuzzing).
    static func read(table: SimpleTable, name path: String) throws(DataError) -> [Row] {
        guard let dateColumn = table.column("date") else {
            throw DataError(.invalidArgument, "discrepancies '\(path)': no 'date' column")
        }
        let sources = table.header.indices.filter { index in
            index != dateColumn && table.rows.contains {
                if case .value = FieldText.number($0[index]) { return true }
                return false
            }
        }
        return try table.rows.enumerated().map { index, row throws(DataError) in
            guard let date = PartialDate(parsing: row[dateColumn]) else {
                throw DataError(.invalidArgument, "discrepancies '\(path)' line \(index + 2): '\(row[dateColumn])' is not a date")
            }
            var values: [(source: String, value: Double)] = []
            for column in sources {
                switch FieldText.number(row[column]) {
                case .missing: continue
                case .value(let value): values.append((table.header[column], value))
                case .invalid(let reason):
                    throw DataError(
                        .invalidArgument, "discrepancies '\(path)' line \(index + 2), column '\(table.header[column])': \(reason)")
                }
            }
            return Row(date: date, values: values)
        }
    }
}
