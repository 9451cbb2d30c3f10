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
    /// - Throws: ``DataError`` naming the line of a missing column, a date that cannot be
    ///   read, or a value that is not a number.
    public static func read(path: String) throws(DataError) -> [PublishedEstimate] {
        let table = try SimpleTable(path: path)
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
            guard let value = Double(field(row, "value")) else {
                throw problem("line \(line): value '\(field(row, "value"))' is not a number")
            }
            func optional(_ name: String) throws(DataError) -> Double? {
                let text = field(row, name)
                if text.isEmpty { return nil }
                guard let number = Double(text) else { throw problem("line \(line): \(name) '\(text)' is not a number") }
                return number
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

    /// Reads the table.
    ///
    /// - Throws: ``DataError`` for a missing date column or a date that cannot be read.
    public static func read(path: String) throws(DataError) -> [Row] {
        let table = try SimpleTable(path: path)
        guard let dateColumn = table.column("date") else {
            throw DataError(.invalidArgument, "discrepancies '\(path)': no 'date' column")
        }
        let sources = table.header.indices.filter { index in
            index != dateColumn && table.rows.contains { Double($0[index]) != nil }
        }
        return try table.rows.enumerated().map { index, row throws(DataError) in
            guard let date = PartialDate(parsing: row[dateColumn]) else {
                throw DataError(.invalidArgument, "discrepancies '\(path)' line \(index + 2): '\(row[dateColumn])' is not a date")
            }
            return Row(date: date, values: sources.compactMap { column in Double(row[column]).map { (table.header[column], $0) } })
        }
    }
}
