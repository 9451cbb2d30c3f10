import ArgumentParser

/// The `warburden` command: who bears the burden of a war, from named-casualty lists
/// and vital statistics.
struct Warburden: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warburden",
        abstract: "Measure who bears the burden of a war: regions, groups, how many.",
        discussion: """
            warburden reads named-casualty lists (such as the Mediazona/BBC list of Russian \
            military deaths) and official statistics, and computes regional rates with \
            confidence intervals, with a built-in reference of Russia's regions.

            Start with `warburden demo`, which runs the main job on simulated data. \
            Exit status: 0 success, 1 a problem with the data, 2 a problem with the command line.
            """,
        version: WarburdenVersion.current,
        subcommands: [
            DemoCommand.self, CheckCommand.self, RatesCommand.self, GroupsCommand.self, ModelCommand.self,
            InequalityCommand.self, TrendsCommand.self, NowcastCommand.self, WithinCommand.self, CorrelateCommand.self, VolumeCommand.self,
            BalanceCommand.self, ExcessCommand.self, CoverageCommand.self, ExposureCommand.self,
            RegionsCommand.self, SimulateCommand.self,
            ReportCommand.self, ImportCommand.self, ServeCommand.self,
        ]
    )
}

/// The tool's version, printed by `--version` and written into outputs for reproducibility.
enum WarburdenVersion {
    static let current = "0.1.0"
}
