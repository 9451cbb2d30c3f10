/// One geographic unit of a region table: a federal subject of Russia, an occupied
/// or annexed territory, or a region of any country described by a user table.
///
/// Regions are identified by ``code`` (ISO 3166-2 for the built-in reference:
/// `RU-TY`, `UA-43`). Numeric figures (census counts, covariates) live in the
/// columns of the ``RegionTable`` that holds the region, not here.
public struct Region: Sendable, Hashable, Codable {
    /// The unit's code, unique within its table (`RU-TY`, `UA-43`).
    public let code: String
    /// The short English name used in tables and charts (`Tuva`, `St.Petersburg`).
    public let name: String
    /// The official English name (`Tuva Republic`), when known.
    public let officialName: String?
    /// The official name in the country's language (`Республика Тыва`), when known.
    public let nativeName: String?
    /// The short name in the country's language (`Тыва`), when known.
    public let nativeShortName: String?
    /// The Russian federal district, for the built-in reference.
    public let federalDistrict: FederalDistrict?
    /// The constitutional kind of unit (republic, oblast, …), when known.
    public let kind: RegionKind?
    /// Whether the unit is an ordinary subject or occupied territory of Ukraine.
    public let status: RegionStatus
    /// Whether the unit is one of the national republics of Russia (21 republics with a titular nation).
    public let isNationalRepublic: Bool
    /// The titular ethnic groups of a republic or autonomous unit (English ethnonyms).
    public let titularGroups: [String]
    /// The OKATO code (Rosstat's territorial classifier), when known.
    public let okato: String?
    /// The OKTMO code (municipal classifier), when known.
    public let oktmo: String?

    /// Creates a region; only `code` and `name` are required.
    public init(
        code: String,
        name: String,
        officialName: String? = nil,
        nativeName: String? = nil,
        nativeShortName: String? = nil,
        federalDistrict: FederalDistrict? = nil,
        kind: RegionKind? = nil,
        status: RegionStatus = .subject,
        isNationalRepublic: Bool = false,
        titularGroups: [String] = [],
        okato: String? = nil,
        oktmo: String? = nil
    ) {
        self.code = code
        self.name = name
        self.officialName = officialName
        self.nativeName = nativeName
        self.nativeShortName = nativeShortName
        self.federalDistrict = federalDistrict
        self.kind = kind
        self.status = status
        self.isNationalRepublic = isNationalRepublic
        self.titularGroups = titularGroups
        self.okato = okato
        self.oktmo = oktmo
    }
}

/// The constitutional kind of a Russian federal subject.
public enum RegionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case republic
    case krai
    case oblast
    case federalCity = "federal_city"
    case autonomousOblast = "autonomous_oblast"
    case autonomousOkrug = "autonomous_okrug"
}

/// How a unit stands in law, which decides how analyses may use it.
public enum RegionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// An ordinary constituent unit of the country (a federal subject of Russia).
    case subject
    /// Crimea and Sevastopol: territory of Ukraine occupied by Russia since 2014,
    /// administered as federal subjects and covered by the 2021 Russian census.
    case occupiedUkraine2014 = "occupied_ukraine_2014"
    /// Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts of Ukraine, which Russia
    /// claimed to annex in 2022; no Russian census denominators exist for them.
    case annexedUkraine2022 = "annexed_ukraine_2022"
}

/// The eight federal districts of Russia.
public enum FederalDistrict: String, Sendable, Hashable, Codable, CaseIterable {
    case central
    case northwestern
    case southern
    case northCaucasian = "north_caucasian"
    case volga
    case ural
    case siberian
    case farEastern = "far_eastern"

    /// The English name, as in "Volga Federal District" without the last two words.
    public var name: String {
        switch self {
        case .central: "Central"
        case .northwestern: "Northwestern"
        case .southern: "Southern"
        case .northCaucasian: "North Caucasian"
        case .volga: "Volga"
        case .ural: "Ural"
        case .siberian: "Siberian"
        case .farEastern: "Far Eastern"
        }
    }
}
