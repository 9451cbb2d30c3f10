import ArgumentParser
import BurdenAnalysis
import BurdenReport

/// `warburden within`: who within the regions — the death rates of groups of men by
/// ecological inference.
struct WithinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: WithinOptions.name,
        abstract: WithinOptions.abstract,
        discussion: """
            The list says where the dead came from, not whether they were urban or rural men, \
            ethnic Russians or not. These rates are inferred from how deaths vary across regions \
            whose men differ in composition (METHODS.md §12):

              bounds            what each group's rate can be given only the totals \
            (Duncan–Davis): the one answer without assumptions, shown first
              goodman-poisson   Goodman's regression, deaths = Σ men_g × rate_g, Poisson
              goodman-negbin    the same with overdispersion (NB2); with --covariates the group \
            rates vary with regional covariates (the extended model), because aggregation bias \
            is the method's known failure
              hierarchical      every region its own group rates within its bounds \
            (Poisson–gamma, by MCMC; --seed gives the same draws)

            Every estimate is repeated without Moscow, St Petersburg and Moscow Oblast, and the \
            gaps between republics and the rest and between the poorest and richest fifth are \
            split into what composition explains and what remains. Diagnostics name Goodman \
            rates outside their bounds and the regions where the methods disagree most.

            --by urban splits the men aged 16–61 of the 2021 census into urban and rural; \
            --by ethnic-russian into ethnic Russians and others (2010 cohort shares); --by table \
            reads --table FILE, men per region and group (wide: region,GROUP…; long: \
            region,group,count), for any country.

            Examples:
              warburden within list.csv
              warburden within list.csv --by ethnic-russian --method bounds --method hierarchical
              warburden within list.csv --covariates below_subsistence_pct_2020 --format json
              warburden within counts.csv --counts --regions my-country.csv --by table --table men-by-group.csv
            """
    )

    @OptionGroup var input: AnalysisInput
    @OptionGroup var options: WithinOptions

    @Option(help: ArgumentHelp("For --by table: men per region and group (CSV, wide or long).", valueName: "file"))
    var table: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if options.by == .table, table == nil { throw ValidationError("--by table needs --table FILE") }
        if options.by != .table, table != nil { throw ValidationError("--table is read only with --by table") }
    }

    func run() throws {
        let dataset = try input.load(options.selection)
        output.emit(try options.run(on: dataset, table: table).document.adding(dataset.scope.metadata))
    }
}
