import BurdenData

/// A file an analysis read, identified so that a reader can check they hold the
/// same one: its name (without the folders, so that reports do not depend on where
/// the file was), size and SHA-256.
public struct InputFile: Sendable, Hashable {
    /// What a file is to the analyses; the raw values are the names reports show.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// A named-casualty list.
        case list
        /// A table of counts per region.
        case counts
        /// A region table of another country.
        case regions
        /// A table of category names and their unit types.
        case categories
        /// Region outlines (GeoJSON).
        case geo
        /// Deaths by region, year, age group and sex.
        case mortality
        /// A daily cumulative series of claimed losses.
        case series
        /// A weekly series of estimated deaths.
        case estimatedSeries = "estimated_series"
        /// Published estimates of losses.
        case estimates
        /// Dates on which a series' sources disagree.
        case discrepancies
        /// Questions of observed against expected, one a row (`--exposure`).
        case exposure
        /// A group's size by age band (the `group` of an exposure question).
        case group
        /// A distribution of relatives (the `relatives` of an exposure question).
        case relatives
        /// Recruitment claims.
        case claims
        /// Conscription decrees.
        case decrees
        /// A weekly estimate of the killed.
        case estimate

        /// Whether the file holds the deaths analysed: the list, or the counts table.
        public var holdsDeaths: Bool { self == .list || self == .counts }
    }

    /// What the file is.
    public let role: Role
    /// The file's name without its folders; `standard input` for `-`.
    public let name: String
    /// The size in bytes; `nil` for standard input.
    public let bytes: Int?
    /// The SHA-256 digest as 64 hexadecimal digits; `nil` for standard input.
    public let sha256: String?

    /// The name of standard input.
    static let standardInputName = "standard input"

    /// Whether the file was standard input (`-`).
    public var isStandardInput: Bool { name == Self.standardInputName && bytes == nil && sha256 == nil }

    /// Creates a description from known values.
    public init(role: Role, name: String, bytes: Int?, sha256: String?) {
        self.role = role
        self.name = name
        self.bytes = bytes
        self.sha256 = sha256
    }

    /// Describes a file on disk (reads it to compute the digest).
    ///
    /// - Throws: ``DataError`` when the file cannot be read.
    public init(role: Role, path: String) throws(DataError) {
        guard path != "-" else {
            self.init(role: role, name: Self.standardInputName, bytes: nil, sha256: nil)
            return
        }
        let digest = try SHA256.digest(ofFile: path)
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        self.init(role: role, name: name, bytes: digest.bytes, sha256: digest.hex)
    }
}
