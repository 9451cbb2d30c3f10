import ArgumentParser
import BurdenData

/// The options of the excess male mortality (`warburden excess`,
/// `GET /datasets/{id}/excess`).
public struct ExcessOptions: AnalysisSpecification {
    public static let name = "excess"
    public static let abstract =
        "Estimate the true toll: excess male mortality from deaths by region, year, age group and sex."

    /// What the estimate is broken down by.
    public enum Breakdown: String, ExpressibleByArgument, ArgumentSchema, Sendable, Hashable, CaseIterable {
        case country, region
    }

    /// Target years, ages, baseline and fit.
    @OptionGroup public var settings: ExcessSettingsOptions

    /// Country only, or every region too.
    @Option(help: ArgumentHelp("Estimate by country or by region.", valueName: "breakdown"))
    public var by: Breakdown = .country

    /// The population of the rates per 100,000; the region table's default when `nil`.
    @Option(
        help: ArgumentHelp(
            "The population column of the rates per 100,000 (default: men_16_61_2021 for the built-in reference, population for a user table).",
            valueName: "column"))
    public var denominator: ColumnName?

    public init() {}

    /// The estimate from a deaths table and the regions it names.
    ///
    /// - Throws: ``AnalysisError`` when the table cannot support the settings.
    public func run(deaths: DeathsTable, regions: RegionTable) throws(AnalysisError) -> ExcessMortality {
        try ExcessMortality(
            deaths: deaths, regions: regions, settings: settings.settings(), byRegion: by == .region,
            denominator: denominator?.name)
    }
}
