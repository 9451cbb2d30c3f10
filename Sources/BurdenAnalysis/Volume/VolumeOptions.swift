import ArgumentParser

/// The options of losses on one scale (`warburden volume`).
public struct VolumeOptions: AnalysisSpecification {
    public static let name = "volume"
    public static let abstract =
        "Claimed casualties, named deaths, excess-mortality estimates and published estimates, per period, on one scale."

    /// Target years, ages, baseline and fit of the excess estimate, with `--mortality`.
    @OptionGroup public var settings: ExcessSettingsOptions

    /// The period.
    @Option(help: ArgumentHelp("The period.", valueName: "period"))
    public var period: LossVolume.Period = .year

    public init() {}
}

extension LossVolume.Period: ExpressibleByArgument, ArgumentSchema {}
