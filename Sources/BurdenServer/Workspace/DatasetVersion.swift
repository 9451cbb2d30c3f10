import BurdenData

/// One imported version of a list in a workspace: what was imported, when, from
/// which file, and how many rows it gave. The records themselves are stored apart,
/// without names.
public struct DatasetVersion: Sendable, Hashable, Codable {
    /// The workspace's id of the version; never reused after a delete.
    public let id: Int64
    /// The label given at import (`2023-04-12`).
    public let label: String
    /// The file's name without its folders, or the name given with an upload.
    public let file: String
    /// `csv`, `tsv` or `ndjson`.
    public let format: String
    /// The size of the file in bytes.
    public let bytes: Int64
    /// The SHA-256 of the file, 64 hexadecimal digits.
    public let sha256: String
    /// When it was imported, ISO 8601 in UTC.
    public let importedAt: String
    /// The region table the list was resolved against; the built-in reference when `nil`.
    public let regionTable: Int64?
    /// Data rows read.
    public let rows: Int
    /// Records imported (accepted, with or without warnings).
    public let records: Int
    /// Rows rejected.
    public let rejected: Int
}

/// A file other than a list kept in a workspace: a region table for another country,
/// deaths by region, year, age group and sex for the excess mortality, or one of the
/// tables the replacement balance reads (recruitment claims, conscription decrees, a
/// claimed cumulative series, a weekly estimate).
public struct StoredFile: Sendable, Hashable, Codable {
    /// What the file is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A region table (`code,name[,aliases],numeric columns…`).
        case regions
        /// Deaths by region, year, age group and sex (as `warburden excess` reads them).
        case mortality
        /// Recruitment claims (as `warburden balance --claims` reads them).
        case recruitmentClaims = "recruitment-claims"
        /// Conscription decrees (as `warburden balance --decrees` reads them).
        case conscriptionDecrees = "conscription-decrees"
        /// A daily cumulative series of claimed losses (as `warburden balance --series` reads it).
        case lossSeries = "loss-series"
        /// A weekly estimate of the killed (as `warburden balance --estimate` reads it).
        case weeklyEstimate = "weekly-estimate"

        /// What the file is, in words: `region table`, `mortality file`, `recruitment claims file`…
        public var noun: String {
            switch self {
            case .regions: "region table"
            case .mortality: "mortality file"
            case .recruitmentClaims: "recruitment claims file"
            case .conscriptionDecrees: "conscription decrees file"
            case .lossSeries: "loss series file"
            case .weeklyEstimate: "weekly estimate file"
            }
        }
    }

    /// The workspace's id of the file.
    public let id: Int64
    /// What the file is.
    public let kind: Kind
    /// The label given at import.
    public let label: String
    /// The file's name without its folders.
    public let file: String
    /// The size in bytes.
    public let bytes: Int64
    /// The SHA-256, 64 hexadecimal digits.
    public let sha256: String
    /// When it was imported, ISO 8601 in UTC.
    public let importedAt: String
    /// The population column of a region table (`population` unless given).
    public let denominator: String?
    /// For a mortality file, the region table of the workspace it was read against
    /// (the built-in reference when `nil`): it fits the versions imported with the
    /// same table. Always `nil` for a region table.
    public let regionTable: Int64?
}
