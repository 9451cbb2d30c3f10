import ArgumentParser
import BurdenData
import BurdenStats

/// The options of the replacement balance (`warburden balance`,
/// `GET /datasets/{id}/balance`): the periods, the assumptions as ranges, how partial
/// figures are treated, the Monte Carlo draws, and whom the output names as the
/// sources of the claimed and estimated losses.
public struct BalanceOptions: AnalysisSpecification {
    public static let name = "balance"
    public static let abstract =
        "Replacement balance: recruits claimed against losses claimed and estimated, per period, with the assumptions as ranges."

    /// The periods.
    @Option(help: ArgumentHelp("The period: year, quarter or half.", valueName: "period"))
    public var period: BalancePeriod = .year

    /// r, the share of the wounded who return to duty.
    @Option(help: .range("The share of the wounded who return to duty", ShareRange.self, valueName: "share"))
    public var returnToDuty = ShareRange(0.3, 0.7)

    /// f_I, the reliability of the recruitment claims.
    @Option(help: .range(
        "The reliability of the recruitment claims: a factor the claimed contracts and volunteers are multiplied by (0.8-1 if they may overstate by up to a fifth)",
        FactorRange.self, valueName: "factor"))
    public var intakeFactor = FactorRange(1)

    /// f_G, the reliability of the claimed killed and wounded.
    @Option(help: .range(
        "The reliability of the claimed killed and wounded: a factor the claim is multiplied by", FactorRange.self,
        valueName: "factor"))
    public var claimedLossesFactor = FactorRange(1)

    /// f_K, the estimate's interval.
    @Option(help: .range(
        "The estimate's interval: a factor the estimated killed are multiplied by (0.9-1.1 for ten per cent either way)",
        FactorRange.self, valueName: "factor"))
    public var estimateFactor = FactorRange(1)

    /// Men missing for good, per year.
    @Option(help: .range("Men missing for good per year, a lasting loss beside the killed", PeopleRange.self, valueName: "count"))
    public var missing = PeopleRange(0)

    /// Men captured, per year.
    @Option(help: .range("Men captured per year, a lasting loss", PeopleRange.self, valueName: "count"))
    public var captured = PeopleRange(0)

    /// Men who deserted, per year.
    @Option(help: .range("Men who deserted per year, a lasting loss", PeopleRange.self, valueName: "count"))
    public var deserted = PeopleRange(0)

    /// Scale figures that cover part of a period.
    @Flag(help: "Scale a figure that covers part of a period (a claim made before the period ended, a series that stops) to the whole period at the rate of the part covered; scaled figures are marked.")
    public var scalePartial = false

    /// The war's first day.
    @Option(help: ArgumentHelp("The war's first day: the first period counts from it, and the cumulative figures start there.", valueName: "date"))
    public var warStart = OptionDate(argument: "2022-02-24")!

    /// The Monte Carlo draws.
    @Option(help: .number("Monte Carlo draws, each assumption uniform in its range", DrawCount.self, valueName: "n"))
    public var draws: DrawCount = 10_000

    /// The seed of the draws.
    @Option(help: .number("The seed of the Monte Carlo draws: the same seed gives the same output", RandomSeed.self, valueName: "n"))
    public var seed: RandomSeed = 1

    /// The share of the draws the Monte Carlo intervals hold.
    @Option(help: .number("The share of the draws the Monte Carlo interval holds", ConfidenceLevel.self, valueName: "level"))
    public var level: ConfidenceLevel = 0.95

    /// Who claims the killed and wounded.
    @Option(help: ArgumentHelp("Who claims the killed and wounded of the cumulative series, for the output to name.", valueName: "name"))
    public var claimedBy = SourceLabel(argument: "the General Staff of Ukraine")!

    /// Who made the estimate of the killed.
    @Option(help: ArgumentHelp("Who made the weekly estimate of the killed, for the output to name.", valueName: "name"))
    public var estimatedBy = SourceLabel(argument: "Mediazona and Meduza (probate registry)")!

    public init() {}

    /// The settings of the balance these options describe.
    public var settings: ReplacementBalance.Settings {
        var settings = ReplacementBalance.Settings()
        settings.period = period
        settings.assumptions = [
            .returnToDuty: returnToDuty.values, .intakeFactor: intakeFactor.values, .claimedLossesFactor: claimedLossesFactor.values,
            .estimateFactor: estimateFactor.values, .missing: missing.values, .captured: captured.values, .deserted: deserted.values,
        ]
        settings.draws = draws.whole
        settings.seed = UInt64(seed.whole)
        settings.level = level.value
        settings.scalesPartial = scalePartial
        settings.warStart = warStart.date?.earliestDay ?? settings.warStart
        settings.claimedBy = claimedBy.text
        settings.estimatedBy = estimatedBy.text
        return settings
    }

    /// The balance of the inputs.
    ///
    /// - Throws: ``AnalysisError`` when the inputs end before the war's start.
    public func run(on inputs: BalanceInputs) throws(AnalysisError) -> ReplacementBalance {
        try ReplacementBalance(inputs: inputs, settings: settings)
    }
}

/// A share, or a range of shares (`0.3-0.7`).
public typealias ShareRange = NumberOrRange<ShareMeaning>

/// A factor a claimed or estimated figure is multiplied by: above 0, up to 10.
public enum FactorMeaning: NumberMeaning {
    public static let range = NumberRange.above(0, upTo: 10)
}

/// A factor, or a range of factors (`0.8-1`).
public typealias FactorRange = NumberOrRange<FactorMeaning>

/// A number of people per year: from 0 to 10⁹.
public enum PeopleMeaning: NumberMeaning {
    public static let range = NumberRange.closed(0, 1e9)
}

/// A number of people per year, or a range of them (`5000-20000`).
public typealias PeopleRange = NumberOrRange<PeopleMeaning>

/// Monte Carlo draws: a whole number from 100 to 50,000 (every draw of every figure is
/// held to sort, so the bound keeps the memory of a request small).
public enum DrawCountMeaning: NumberMeaning {
    public static let range = NumberRange.whole(100, 50_000)
}

/// Monte Carlo draws.
public typealias DrawCount = Bounded<DrawCountMeaning>

/// The seed of a random generator: a whole number from 0 to 2³² − 1.
public enum RandomSeedMeaning: NumberMeaning {
    public static let range = NumberRange.whole(0, 4_294_967_295)
}

/// The seed of a random generator.
public typealias RandomSeed = Bounded<RandomSeedMeaning>
