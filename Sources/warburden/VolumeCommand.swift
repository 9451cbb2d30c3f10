import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

extension LossVolume.Period: ExpressibleByArgument {}

/// `warburden volume`: claimed, named and estimated losses on one time axis.
struct VolumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volume",
        abstract: "Claimed casualties, named deaths, excess-mortality estimates and published estimates, per period, on one scale.",
        discussion: """
            --series is a daily cumulative series (date,value — such as the General Staff of \
            Ukraine's claimed Russian personnel losses, killed and wounded); per period it gives \
            the claimed increase, the named deaths dated in the period (--records), and the \
            published estimates that fall in it (--estimates, the layout of \
            published_loss_estimates.csv), with ratios that name both sides and say when their \
            scopes differ. The series is checked — decreases, gaps, jumps beyond a robust \
            threshold, and disagreement with other sources (--discrepancies: date and one column \
            per source) — and the findings reported, never fixed.

            Example:
              warburden volume --series genstaff.csv --estimates estimates.csv --records list.csv
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

    @Option(help: ArgumentHelp("The period: year, quarter or month.", valueName: "year|quarter|month"))
    var period: LossVolume.Period = .year

    @OptionGroup var output: OutputOptions

    func run() throws {
        let claimed = try CumulativeSeriesReader.read(path: series)
        let published = try estimates.map { path throws(DataError) in try PublishedEstimatesReader.read(path: path) } ?? []
        var list: [CasualtyRecord]?
        if let records {
            let (all, ledger) = try CasualtyImporter().readAll(path: records)
            printToStandardError(ledger.summary)
            list = all
        }
        let disagreements = try discrepancies.map { path throws(DataError) in try DiscrepancyTableReader.read(path: path) } ?? []
        let volume = LossVolume(
            series: claimed, estimates: published, records: list, period: period, discrepancies: disagreements)
        output.emit(volume.document)
    }
}
