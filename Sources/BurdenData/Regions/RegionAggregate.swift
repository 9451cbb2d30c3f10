/// A unit above the regions of a table: the whole country, a federal district, or a
/// composite that statistical tables report as one row (an oblast with its
/// autonomous okrugs).
public struct RegionAggregate: Sendable, Hashable, Codable {
    /// What kind of aggregate this is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The whole country (`RU`).
        case country
        /// A federal district (`FD-VOLGA`).
        case federalDistrict = "federal_district"
        /// Several regions reported together (`RU-ARK+NEN`).
        case composite
    }

    /// The aggregate's code (`RU`, `FD-VOLGA`, `RU-TYU+KHM+YAN`).
    public let code: String
    /// The kind of aggregate.
    public let kind: Kind
    /// The English name.
    public let name: String
    /// The name in the country's language.
    public let nativeName: String?
    /// The codes of the regions the aggregate is made of.
    public let members: [String]

    /// Creates an aggregate.
    public init(code: String, kind: Kind, name: String, nativeName: String? = nil, members: [String]) {
        self.code = code
        self.kind = kind
        self.name = name
        self.nativeName = nativeName
        self.members = members
    }
}
