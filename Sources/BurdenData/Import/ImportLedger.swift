/// What happened to every row of an imported file: exactly one outcome each —
/// accepted, accepted with warnings, duplicate of an earlier row, or rejected —
/// with counts by outcome and by reason, examples, and the region spellings that
/// did not resolve.
///
/// The invariant `rows == accepted + acceptedWithWarnings + duplicates + rejected`
/// always holds; ``isBalanced`` checks it.
///
/// A ledger keeps to JSON and back unchanged (`Codable`, with the keys of
/// `check --format json`), so that a workspace can store the ledger of every imported
/// version beside its records. It holds counts, reason codes, line numbers and region
/// spellings — never a name.
public struct ImportLedger: Sendable, Hashable, Codable {
    /// One counted reason, with the first rows it applied to.
    public struct ReasonCount: Sendable, Hashable, Codable {
        /// `rejected`, `warning` or `duplicate`.
        public let outcome: String
        /// The reason code (`wrong_field_count`, `no_region`, `same_id`…).
        public let code: String
        /// How many rows it applied to.
        public var count: Int
        /// Up to ``ImportLedger/examplesPerReason`` rows: row number, line, detail.
        public var examples: [Example]
    }

    /// A row the ledger points to.
    public struct Example: Sendable, Hashable, Codable {
        /// The 1-based data row (the header is not a row).
        public let row: Int
        /// The 1-based physical line where the row starts (the header is line 1).
        public let line: Int
        /// The specifics.
        public let detail: String
    }

    /// A region spelling that did not resolve, how often, and what it might be.
    public struct UnresolvedRegion: Sendable, Hashable, Codable {
        /// The spelling as written.
        public let text: String
        /// `unknown_region`, `ambiguous_region` or `aggregate_region`.
        public let problem: String
        /// Rows that use it.
        public var count: Int
        /// The closest known regions (`Moscow (RU-MOW)`), or the candidates of an ambiguous spelling.
        public let suggestions: [String]
    }

    private enum CodingKeys: String, CodingKey {
        case file, format, layout, mapping, ignoredColumns = "ignored_columns", rows, accepted
        case acceptedWithWarnings = "accepted_with_warnings", duplicates, rejected, blankLines = "blank_lines"
        case withRegion = "with_region", withoutRegion = "without_region", derivedAges = "derived_ages", reasons
        case unresolvedRegions = "unresolved_regions", duplicatePolicy = "duplicates_policy"
    }

    /// How many examples each reason keeps.
    public static let examplesPerReason = 10

    /// The file read (as given on the command line).
    public var file: String = ""
    /// `csv`, `tsv` or `ndjson`.
    public var format: String = ""
    /// The recognised layout (`mediazona-2023`, `mediazona-2022`, `custom`).
    public var layout: String = ""
    /// Field → column name used.
    public var mapping: [String: String] = [:]
    /// Columns no field used.
    public var ignoredColumns: [String] = []
    /// Data rows read (blank lines are not rows).
    public var rows = 0
    /// Rows accepted without remarks.
    public var accepted = 0
    /// Rows accepted with one or more warnings.
    public var acceptedWithWarnings = 0
    /// Rows recognised as repeats of an earlier row.
    public var duplicates = 0
    /// Rows that could not be imported.
    public var rejected = 0
    /// Blank lines skipped.
    public var blankLines = 0
    /// Imported rows (accepted, with or without warnings) that have a region.
    public var withRegion = 0
    /// Imported rows without a region (none given, or one that did not resolve).
    public var withoutRegion = 0
    /// Imported rows whose age was derived from the birth year and the date.
    public var derivedAges = 0
    /// Counts by reason, in the order first met.
    public var reasons: [ReasonCount] = []
    /// Unresolved region spellings, most frequent first.
    public var unresolvedRegions: [UnresolvedRegion] = []
    /// The policy that found the duplicates, when it was not ``DuplicatePolicy/standard``
    /// (`nil` otherwise, so that the ledgers of imports under the standard policy read
    /// as they always have).
    public var duplicatePolicy: DuplicatePolicy?

    /// Creates an empty ledger.
    public init() {}

    /// Whether every row has exactly one outcome.
    public var isBalanced: Bool { rows == accepted + acceptedWithWarnings + duplicates + rejected }

    /// Rows imported as records (accepted, with or without warnings).
    public var imported: Int { accepted + acceptedWithWarnings }

    /// Throws when the file gave no record to count: a header and no row, or only
    /// rows that could not be imported. An analysis of such a file would print a table
    /// of zeros as if it were a result.
    ///
    /// - Throws: ``DataError`` naming the file and what its rows were.
    public func requireRecords() throws(DataError) {
        if rows == 0 { throw DataError(.invalidArgument, "'\(file)' has no rows: only a header") }
        if imported == 0 {
            throw DataError(
                .invalidArgument,
                "no row of '\(file)' could be imported (\(Self.grouped(rows)) rows: \(Self.grouped(duplicates)) duplicates, \(Self.grouped(rejected)) rejected)")
        }
    }

    /// The one-line summary every analysis prints on standard error:
    /// `20,253 rows: 19,895 with region, 358 without, 0 rejected`; with the rows each
    /// rule of ``DuplicatePolicy`` set aside, and the repeated ids kept, when there are
    /// any: `…, 2 duplicates (same_id 1, same_person 1), 1 id_conflict (both rows
    /// counted), 0 rejected`.
    public var summary: String {
        var text = "\(Self.grouped(rows)) rows: \(Self.grouped(withRegion)) with region, \(Self.grouped(withoutRegion)) without"
        if duplicates > 0 {
            let rules = reasons.filter { $0.outcome == "duplicate" }.map { "\($0.code) \(Self.grouped($0.count))" }
            text += ", \(Self.grouped(duplicates)) duplicates (\(rules.joined(separator: ", ")))"
        }
        if let conflicts = reasons.first(where: { $0.outcome == "warning" && $0.code == RowWarning.Code.idConflict.rawValue }) {
            text += ", \(Self.grouped(conflicts.count)) \(conflicts.code) (both rows counted)"
        }
        return text + ", \(Self.grouped(rejected)) rejected"
    }

    /// Counts one reason for a row.
    mutating func count(outcome: String, code: String, row: Int, line: Int, detail: String) {
        if let index = reasons.firstIndex(where: { $0.outcome == outcome && $0.code == code }) {
            reasons[index].count += 1
            if reasons[index].examples.count < Self.examplesPerReason {
                reasons[index].examples.append(Example(row: row, line: line, detail: detail))
            }
        } else {
            reasons.append(ReasonCount(outcome: outcome, code: code, count: 1, examples: [Example(row: row, line: line, detail: detail)]))
        }
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

/// The outcome of one row, as the importer reports it to an optional observer (for a
/// per-row ledger file).
public enum RowOutcome: Sendable, Hashable {
    case accepted
    case acceptedWithWarnings([RowWarning])
    /// A repeat of an earlier row (its 1-based row number), found by `same_id` or `same_person`.
    case duplicate(ofRow: Int, by: String)
    case rejected(RejectionReason)
}
