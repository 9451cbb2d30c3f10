import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden volume`: claimed, named and estimated losses on one time axis.
struct VolumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: VolumeOptions.name,
        abstract: VolumeOptions.abstract,
        discussion: """
            --series is a daily cumulative series (date,value — such as the General Staff of \
            Ukraine's claimed Russian personnel losses, killed and wounded); per period it gives \
            the claimed increase, the named deaths dated in the period (--records), and the \
            published estimates that fall in it (--estimates, the layout of \
            published_loss_estimates.csv), with ratios that name both sides and say when their \
            scopes differ. The series is checked — decreases, gaps, jumps beyond a robust \
            threshold, and disagreement with other sources (--discrepancies: date and one column \
            per source) — and the findings reported, never fixed.

            --estimated-series is a series of estimated deaths per week (week_start,estimated_deaths \
            and optionally named_deaths — such as Mediazona and Meduza's estimate from the probate \
            registry): each week counts in the period its first day falls in, and per period it \
            gives the estimated killed, the named deaths its source gives for the same weeks, the \
            named share of the estimate and the claim over the estimate.

            With --mortality, the excess male mortality of each year the deaths table covers (see \
            `warburden excess --help`; the options --ages, --baseline and --fit apply) joins the \
            yearly rows, with the named share of it. The list (--records) is read as `check` reads \
            it, with the same options.

            Example:
              warburden volume --series genstaff.csv --estimates estimates.csv --records list.csv
              warburden volume --series genstaff.csv --records list.csv --mortality deaths.csv.gz
              warburden volume --series genstaff.csv --estimated-series probate_weekly.csv
            """
    )

    @Option(help: ArgumentHelp("A daily cumulative series: date,value.", valueName: "file"))
    var series: String

    @Option(help: ArgumentHelp("Published estimates (published_date,as_of,source,issuer_type,quantity,value,low,high,…).", valueName: "file"))
    var estimates: String?

    @Option(help: ArgumentHelp("A named list, for the named deaths per period.", valueName: "file"))
    var records: String?

    @Option(help: ArgumentHelp("Dates on which sources disagree: date and one column per source.", valueName: "file"))
    var discrepancies: String?

    @Option(help: ArgumentHelp("Deaths by region, year, age group and sex (as `excess` reads them), for the excess-mortality estimate of each year they cover.", valueName: "file"))
    var mortality: String?

    @Option(help: ArgumentHelp("Estimated deaths per week: week_start,estimated_deaths[,named_deaths].", valueName: "file"))
    var estimatedSeries: String?

    @OptionGroup var options: VolumeOptions

    @OptionGroup var listOptions: ListImportOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let claimed = try CumulativeSeriesReader.read(path: series)
        let published = try estimates.map { path throws(DataError) in try PublishedEstimatesReader.read(path: path) } ?? []
        var list: [CasualtyRecord]?
        if let records {
            let (all, ledger) = try listOptions.importer().readAll(path: records)
            printToStandardError(ledger.summary)
            try listOptions.enforceStrictness(ledger)
            list = all
        }
        let disagreements = try discrepancies.map { path throws(DataError) in try DiscrepancyTableReader.read(path: path) } ?? []
        let weekly = try estimatedSeries.map { path throws(DataError) in try EstimateSeriesReader.read(path: path) }
        var excess: [Int: (value: Double, plusMinus: Double)] = [:]
        var scope = ""
        if let mortality {
            let settings = try options.settings.settings()
            let deaths = try DeathsTableReader.read(path: mortality, resolver: RussiaReference.resolver)
            let estimate = try ExcessMortality(deaths: deaths, regions: RussiaReference.table, settings: settings, byRegion: false)
            for row in estimate.national {
                if let year = row.year, let value = row.estimate { excess[year] = (value.excess, value.pm) }
            }
            scope = "ages \(estimate.ageLabel), baseline \(ExcessSettings.describe(settings.baseline)), \(settings.fit.rawValue) fit"
        }
        let volume = LossVolume(
            series: claimed, estimates: published, records: list, excess: excess, excessScope: scope, period: options.period,
            discrepancies: disagreements, estimated: weekly)
        output.emit(volume.document)
    }
}
