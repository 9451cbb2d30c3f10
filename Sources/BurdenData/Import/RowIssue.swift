/// Why a row was rejected: it cannot be imported without guessing.
public struct RejectionReason: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of rejection, counted in the ledger.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// A quoted field never closes (an unbalanced quote).
        case unterminatedQuote = "unterminated_quote"
        /// One field is larger than the reader's limit (16 MB by default).
        case fieldTooLong = "field_too_long"
        /// The record is larger than the reader's limit (64 MB by default), or has more
        /// fields than it (65,536 by default).
        case recordTooLong = "record_too_long"
        /// The row has more or fewer fields than the header.
        case wrongFieldCount = "wrong_field_count"
        /// A field is not valid UTF-8 (the file may be in another encoding).
        case notUTF8 = "not_utf8"
        /// An NDJSON line that is not one JSON object of plain values.
        case invalidJSON = "invalid_json"
        /// Every field of the row is empty.
        case emptyRow = "empty_row"
        /// A date that does not exist (`2022-02-30`).
        case impossibleDate = "impossible_date"
        /// A date in no format the reader knows.
        case unreadableDate = "unreadable_date"
        /// An age that is not a whole number from 0 to 120.
        case invalidAge = "invalid_age"
        /// A birth year that is not a plausible year, or after the death.
        case invalidBirthYear = "invalid_birth_year"
    }

    /// The kind of rejection.
    public let code: Code
    /// The specifics (`expected 10 fields, found 12`); never a name from the record.
    public let detail: String

    /// Creates a reason.
    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    public var description: String { detail.isEmpty ? code.rawValue : "\(code.rawValue): \(detail)" }
}

/// Something worth knowing about a row that was accepted anyway.
public struct RowWarning: Sendable, Hashable, CustomStringConvertible {
    /// The kind of warning, counted in the ledger.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// The row names no region; it counts as a death without a region.
        case noRegion = "no_region"
        /// The region matches no known spelling; the row counts as without a region.
        case unknownRegion = "unknown_region"
        /// The region could mean several regions; the row counts as without a region.
        case ambiguousRegion = "ambiguous_region"
        /// The region names an aggregate (the country, a federal district), not one region.
        case aggregateRegion = "aggregate_region"
        /// The row has no date.
        case noDate = "no_date"
        /// The age disagrees with the birth year and the date (kept as given).
        case inconsistentAge = "inconsistent_age"
        /// A unit-type label the reader does not know (counted as `other`).
        case unknownUnitType = "unknown_unit_type"
        /// Text after the closing quote of a quoted field, kept in the field.
        case irregularQuoting = "irregular_quoting"
        /// The id of an earlier row with other fields; both rows are counted
        /// (``DuplicatePolicy/conflictsKept``).
        case idConflict = "id_conflict"
    }

    /// The kind of warning.
    public let code: Code
    /// The specifics (the unknown region string, the conflicting values).
    public let detail: String

    /// Creates a warning.
    public init(_ code: Code, _ detail: String = "") {
        self.code = code
        self.detail = detail
    }

    public var description: String { detail.isEmpty ? code.rawValue : "\(code.rawValue): \(detail)" }
}
