import ArgumentParser
import BurdenAnalysis
import BurdenData

extension ExcessFit: ExpressibleByArgument {}

/// The options of an excess-mortality estimate that `excess` and `coverage` share:
/// target years, ages, baseline and fit.
struct ExcessOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Target years, comma-separated or ranges (default: every year of the deaths table after 2021).", valueName: "years"))
    var years: String?

    @Option(help: ArgumentHelp("The band of ages, on the table's age groups: 15-49, 50+, 20-39…", valueName: "ages"))
    var ages: String = ExcessSettings.defaultAges.description

    @Option(help: ArgumentHelp("Baseline years of the sex-ratio trend: a range or a list, one year or at least three.", valueName: "years"))
    var baseline: String = "2015-2019"

    @Option(help: ArgumentHelp("The trend of the sex ratio: linear (published) or log.", valueName: "linear|log"))
    var fit: ExcessFit = .linear

    @Flag(help: "Keep 2020 and 2021 in the baseline (left out by default: COVID-19 moved the sex ratio).")
    var keepPandemicYears = false

    func validate() throws {
        _ = try settings()
    }

    /// The settings these options describe.
    func settings() throws(ValidationError) -> ExcessSettings {
        do {
            return try ExcessSettings(
                baseline: ExcessSettings.years(parsing: baseline), fit: fit, ages: ExcessSettings.ages(parsing: ages),
                years: years.map { text throws(AnalysisError) in try ExcessSettings.years(parsing: text) },
                keepPandemicYears: keepPandemicYears)
        } catch {
            throw ValidationError(error.message)
        }
    }
}
