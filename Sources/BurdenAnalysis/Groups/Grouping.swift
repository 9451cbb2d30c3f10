import BurdenData

/// A way to sort deaths (and regions) into groups; the raw values are the names the
/// command line and the API use (`unit-type`, `federal-district`…).
public enum Grouping: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// No grouping: one group, `all`.
    case none
    /// The record's unit type.
    case unitType = "unit-type"
    /// The region's federal district.
    case federalDistrict = "federal-district"
    /// The macro-region (see ``macroRegion(of:)``).
    case macroRegion = "macro-region"
    /// National republic or not.
    case republic
    /// The ethnicity label the user coded in the list.
    case ethnicity

    /// The name the command line uses.
    public var description: String { rawValue }

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
