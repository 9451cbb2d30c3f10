import BurdenData

/// A way to sort deaths (and regions) into groups.
public enum Grouping: Sendable, Hashable, CustomStringConvertible {
    /// No grouping: one group, `all`.
    case none
    /// The record's unit type.
    case unitType
    /// The region's federal district.
    case federalDistrict
    /// The macro-region (see ``macroRegion(of:)``).
    case macroRegion
    /// National republic or not.
    case republic
    /// The ethnicity label the user coded in the list.
    case ethnicity

    /// The name the command line uses (`unit-type`, `federal-district`…).
    public var description: String {
        switch self {
        case .none: "none"
        case .unitType: "unit-type"
        case .federalDistrict: "federal-district"
        case .macroRegion: "macro-region"
        case .republic: "republic"
        case .ethnicity: "ethnicity"
        }
    }

    /// The grouping named `text` on the command line.
    public init?(name text: String) {
        switch text {
        case "none": self = .none
        case "unit-type": self = .unitType
        case "federal-district": self = .federalDistrict
        case "macro-region": self = .macroRegion
        case "republic": self = .republic
        case "ethnicity": self = .ethnicity
        default: return nil
        }
    }

    /// The group of a record (`unknown` when the grouping needs what the record lacks).
    public func group(of record: CasualtyRecord, in table: RegionTable) -> String {
        switch self {
        case .none: return "all"
        case .unitType: return record.unitType.rawValue
        case .ethnicity: return record.ethnicity ?? "unknown"
        case .federalDistrict, .macroRegion, .republic:
            guard let code = record.regionCode, let region = table.region(code: code) else { return "unknown" }
            return group(of: region)
        }
    }

    /// The group of a region, for region-level groupings.
    public func group(of region: Region) -> String {
        switch self {
        case .federalDistrict: region.federalDistrict?.rawValue ?? "none"
        case .macroRegion: Self.macroRegion(of: region)
        case .republic: region.isNationalRepublic ? "national_republic" : "other"
        case .none: "all"
        case .unitType, .ethnicity: "unknown"
        }
    }

    /// The macro-regions of the built-in reference: the federal districts, with the
    /// two capitals and their oblasts (Moscow, St Petersburg, Moscow Oblast, Leningrad
    /// Oblast) taken out as `capital_regions`, Crimea and Sevastopol as `crimea`, and the
    /// oblasts annexed in 2022 as `annexed_2022`. Regions of a user table without a
    /// federal district fall in `other`.
    public static func macroRegion(of region: Region) -> String {
        if ["RU-MOW", "RU-SPE", "RU-MOS", "RU-LEN"].contains(region.code) { return "capital_regions" }
        switch region.status {
        case .occupiedUkraine2014: return "crimea"
        case .annexedUkraine2022: return "annexed_2022"
        case .subject: return region.federalDistrict?.rawValue ?? "other"
        }
    }
}
