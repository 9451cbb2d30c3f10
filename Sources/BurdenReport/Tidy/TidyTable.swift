/// A tidy table: one row per observation (region, group, period, model term), one
/// column per variable, snake_case names.
public struct TidyTable: Sendable, Hashable {
    /// A column: its name and how the terminal shows it.
    public struct Column: Sendable, Hashable {
        /// How the terminal shows a column's values; CSV and JSON always write the cells as they are.
        public enum Display: Sendable, Hashable {
            /// Numbers right-aligned and rounded, integers with thousands separators, missing `NA`.
            case standard
            /// Every value as a label, left-aligned: whole numbers without separators
            /// (years), a missing value as `missing` (`all`).
            case label(missing: String)
            /// As ``standard``, with `+` before a number above zero (a balance: `+140,844`).
            case signed
        }

        /// The snake_case name, the CSV header and the JSON key.
        public let name: String
        /// Decimals the terminal rounds real numbers to; CSV and JSON keep full precision.
        public let decimals: Int
        /// Whether the terminal table shows the column (wide tables keep it in CSV/JSON only).
        public let inTerminal: Bool
        /// How the terminal shows the values.
        public let display: Display

        /// Creates a column.
        public init(_ name: String, decimals: Int = 3, inTerminal: Bool = true, display: Display = .standard) {
            self.name = name
            self.decimals = decimals
            self.inTerminal = inTerminal
            self.display = display
        }

        /// A column of years; a missing year means all years together (`all` in the terminal).
        public static let year = Column("year", display: .label(missing: "all"))
    }

    /// The table's name: the JSON key its rows are listed under.
    public let name: String
    /// The columns.
    public let columns: [Column]
    /// The rows; each has one cell per column.
    public let rows: [[Cell]]
    /// Whether the terminal shows the table (reference tables may be for CSV/JSON only).
    public let inTerminal: Bool

    /// Creates a table; every row must have one cell per column.
    public init(name: String, columns: [Column], rows: [[Cell]], inTerminal: Bool = true) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
        self.name = name
        self.columns = columns
        self.rows = rows
        self.inTerminal = inTerminal
    }
}

/// What an analysis hands to a renderer: metadata (the options and totals that
/// apply to every row) and one or more tidy tables, the first being the main one.
public struct TidyDocument: Sendable, Hashable {
    /// Key–value pairs, in order, that describe the whole result.
    public let metadata: [Metadatum]
    /// The tables; CSV output holds the first.
    public let tables: [TidyTable]
    /// Lines the terminal prints under the table (what the numbers mean).
    public let notes: [String]

    /// A key–value pair of metadata.
    public struct Metadatum: Sendable, Hashable {
        /// The snake_case key.
        public let key: String
        /// The value.
        public let value: Cell

        /// Creates a pair.
        public init(_ key: String, _ value: Cell) {
            self.key = key
            self.value = value
        }
    }

    /// Creates a document.
    public init(metadata: [Metadatum] = [], tables: [TidyTable], notes: [String] = []) {
        self.metadata = metadata
        self.tables = tables
        self.notes = notes
    }
}
