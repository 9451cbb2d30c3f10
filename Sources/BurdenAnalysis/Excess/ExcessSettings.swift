import BurdenData

/// The choices of an excess-mortality estimate (METHODS.md §9): the baseline years,
/// the fit, the ages and the target years.
///
/// Defaults are those of Kobak et al. (2025): the five years 2015–2019, a linear
/// trend, ages 15–49, and every year of the table from 2022 on. The pandemic years
/// 2020 and 2021, when COVID-19 moved the sex ratio of deaths, are left out of any
/// baseline unless ``keepsPandemicYears``.
public struct ExcessSettings: Sendable, Hashable {
    /// The baseline years, ascending, after the pandemic years were left out.
    public let baseline: [Int]
    /// Years of the requested baseline that were left out (2020 and 2021).
    public let leftOutOfBaseline: [Int]
    /// The fit of the trend.
    public let fit: ExcessFit
    /// The ages estimated: the age groups of the table inside this band, summed.
    public let ages: AgeGroup
    /// The target years; `nil` means every year of the table after 2021.
    public let years: [Int]?
    /// Whether 2020 and 2021 stay in the baseline when the requested years include them.
    public let keepsPandemicYears: Bool

    /// The published baseline, 2015–2019 (K = 5).
    public static let defaultBaseline = Array(2015...2019)
    /// The years left out of a baseline by default.
    public static let pandemicYears = [2020, 2021]
    /// The published ages, 15–49.
    public static let defaultAges = AgeGroup(lower: 15, upper: 49)

    /// Checks and creates the settings.
    ///
    /// - Parameters:
    ///   - baseline: the baseline years requested (2020 and 2021 are then left out
    ///     unless `keepPandemicYears`).
    ///   - fit: linear (published) or log.
    ///   - ages: the band of ages; 15–49 by default.
    ///   - years: the target years; every year of the table after 2021 when `nil`.
    ///   - keepPandemicYears: keep 2020 and 2021 in the baseline.
    /// - Throws: ``AnalysisError`` when the baseline has no year or exactly two (a line
    ///   through two points has no error to estimate), or a target year is not after
    ///   the baseline.
    public init(
        baseline: [Int] = defaultBaseline, fit: ExcessFit = .linear, ages: AgeGroup = defaultAges, years: [Int]? = nil,
        keepPandemicYears: Bool = false
    ) throws(AnalysisError) {
        let requested = Array(Set(baseline)).sorted()
        let kept = keepPandemicYears ? requested : requested.filter { !Self.pandemicYears.contains($0) }
        guard !kept.isEmpty else {
            throw AnalysisError("the baseline has no year left (2020 and 2021 are left out unless --keep-pandemic-years)")
        }
        guard kept.count != 2 else {
            throw AnalysisError(
                "a baseline of two years (\(kept.map(String.init).joined(separator: ", "))) fits a line exactly and leaves no error to estimate; use one year or at least three")
        }
        if let years {
            guard !years.isEmpty else { throw AnalysisError("no target year") }
            if let early = years.sorted().first, early <= kept.last! {
                throw AnalysisError("target year \(early) is not after the baseline (\(Self.describe(kept)))")
            }
        }
        self.baseline = kept
        self.leftOutOfBaseline = requested.filter { !kept.contains($0) }
        self.fit = fit
        self.ages = ages
        self.years = years.map { Array(Set($0)).sorted() }
        self.keepsPandemicYears = keepPandemicYears
    }

    /// Reads a list of years: `2022`, `2015-2019`, `2013,2015-2019`.
    ///
    /// - Throws: ``AnalysisError`` quoting the part that is not a year or a range of years.
    public static func years(parsing text: String) throws(AnalysisError) -> [Int] {
        var years: [Int] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { $0.filter { $0 != " " } }
            guard (1...2).contains(bounds.count), let first = Int(bounds[0]), let last = Int(bounds[bounds.count - 1]),
                (1000...9999).contains(first), (1000...9999).contains(last), first <= last
            else {
                throw AnalysisError("'\(part)' is not a year or a range of years (such as 2015-2019)")
            }
            years += Array(first...last)
        }
        guard !years.isEmpty else { throw AnalysisError("'\(text)' names no year") }
        return Array(Set(years)).sorted()
    }

    /// Reads an age band: `15-49`, `50+`, `20`.
    ///
    /// - Throws: ``AnalysisError`` when the text is not such a band.
    public static func ages(parsing text: String) throws(AnalysisError) -> AgeGroup {
        guard case .group(let group)? = AgeLabel(parsing: text) else {
            throw AnalysisError("'\(text)' is not a band of ages (such as 15-49 or 50+)")
        }
        return group
    }

    /// `2015–2019`, or the years listed when they are not consecutive.
    public static func describe(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        if years.count == 1 { return "\(first)" }
        if last - first + 1 == years.count { return "\(first)–\(last)" }
        return years.map(String.init).joined(separator: ", ")
    }
}
