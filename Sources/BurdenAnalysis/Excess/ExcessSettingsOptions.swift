import ArgumentParser
import BurdenData

/// The options of an excess-mortality estimate that `excess`, `coverage`, `volume`
/// and the report share: target years, ages, baseline and fit (``ExcessSettings``).
public struct ExcessSettingsOptions: CheckedOptions, Sendable {
    /// The target years; every year of the deaths table after 2021 when `nil`.
    @Option(help: ArgumentHelp("Target years, comma-separated or ranges (default: every year of the deaths table after 2021).", valueName: "years"))
    public var years: YearList?

    /// The band of ages.
    @Option(help: ArgumentHelp("The band of ages, on the table's age groups: 15-49, 50+, 20-39…", valueName: "ages"))
    public var ages: AgeBand = AgeBand(ExcessSettings.defaultAges)

    /// The baseline years of the sex-ratio trend.
    @Option(help: ArgumentHelp("Baseline years of the sex-ratio trend: a range or a list, one year or at least three.", valueName: "years"))
    public var baseline: YearList = YearList(ExcessSettings.defaultBaseline)

    /// The trend of the sex ratio.
    @Option(help: ArgumentHelp("The trend of the sex ratio: linear (published) or log.", valueName: "fit"))
    public var fit: ExcessFit = .linear

    /// Keep 2020 and 2021 in the baseline.
    @Flag(help: "Keep 2020 and 2021 in the baseline (left out by default: COVID-19 moved the sex ratio).")
    public var keepPandemicYears = false

    public init() {}

    public func validate() throws {
        try checkArguments()
        do {
            _ = try settings()
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// The settings these options describe.
    ///
    /// - Throws: ``AnalysisError`` for a baseline of two years, or target years not after it.
    public func settings() throws(AnalysisError) -> ExcessSettings {
        try ExcessSettings(
            baseline: baseline.years, fit: fit, ages: ages.group ?? ExcessSettings.defaultAges, years: years?.years, keepPandemicYears: keepPandemicYears)
    }
}

/// Years as an option gives them: `2022`, `2015-2019`, `2013,2015-2019`.
public struct YearList: CheckedArgument, Hashable {
    public let text: String
    /// The years, ascending, without repeats; empty when the text names none.
    public let years: [Int]
    private let error: String?

    /// The years, as given in code.
    public init(_ years: [Int]) {
        self.years = Array(Set(years)).sorted()
        text = Self.describe(self.years)
        error = nil
    }

    public init?(argument: String) {
        text = argument
        do {
            years = try ExcessSettings.years(parsing: argument)
            error = nil
        } catch {
            years = []
            self.error = error.message
        }
    }

    public var problem: String? { error }

    /// Consecutive years as a range (`2015-2019`), others listed.
    static func describe(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        if years.count > 1, last - first + 1 == years.count { return "\(first)-\(last)" }
        return years.map(String.init).joined(separator: ",")
    }

    public static var valueKind: ArgumentKind { .text }
}

/// A band of ages as an option gives it: `15-49`, `50+`, `20`.
public struct AgeBand: CheckedArgument, Hashable {
    public let text: String
    /// The band; `nil` when the text is not one.
    public let group: AgeGroup?

    /// The band, as given in code.
    public init(_ group: AgeGroup) {
        self.group = group
        text = group.description
    }

    public init?(argument: String) {
        text = argument
        group = try? ExcessSettings.ages(parsing: argument)
    }

    public var problem: String? { group == nil ? "'\(text)' is not a band of ages (such as 15-49 or 50+)" : nil }

    public static var valueKind: ArgumentKind { .text }
}

extension ExcessFit: ExpressibleByArgument, ArgumentSchema {}
