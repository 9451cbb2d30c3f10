import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden nowcast`: what each period's count of named deaths will be once its dead
/// are named, from snapshots of the list.
struct NowcastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: NowcastOptions.name,
        abstract: NowcastOptions.abstract,
        discussion: """
            A named list is always behind: the dead of recent months are named for years, so \
            the count of a recent month is far below what it will be, and every chart of deaths \
            per month falls at its right end. From successive copies of the list — snapshots — \
            the nowcast estimates how long naming takes and predicts, for each period of death, \
            the count once its dead are named (within --max-delay days), with a prediction \
            interval (METHODS.md §13).

            Snapshots come from a table SNAPSHOTS, snapshot_date,death_date,deaths[,region] (the \
            layout of the daily copies of the Mediazona/BBC chart; .gz is read as it is), or from \
            copies of a list, each given with the day it was taken: --list 2024-06-30=june.csv \
            --list 2024-12-31=december.csv (read as `check` reads a list; records count by date \
            of death and region).

            Output per period: reported (named by the as-of date), nowcast (the median of the \
            predicted count), conf_low–conf_high (the prediction interval), reported_share (the \
            share of the count named by the as-of date), then the delay distribution: the share \
            named within a week, a month, three months… of death.

            What the model assumes: the delay from death to naming has a hazard that is constant \
            within bands of delay (--bands), the same for every period of death (unless --trend); \
            the naming comes in bursts, so a period's named share varies more than binomially \
            (a Dirichlet-multinomial, its concentration fitted); the rate of death moves slowly \
            from period to period (a local level). The interval holds the uncertainty of the \
            delays, the period's own naming and the deaths not yet named. Deaths that will never \
            be named are beyond it.

            The truncation: snapshots begin late — the shared ones in December 2023 — so deaths \
            of earlier years are seen only at long delays. The fit conditions each cohort on what \
            it showed at the later of two snapshots (Lawless's reverse-time hazard), so it needs \
            no delay before the first snapshot and does not assume a complete triangle. Counts \
            that go down between snapshots (records corrected or moved) are listed and left out.

            --backtest replays the nowcast at the month ends from --backtest-from and scores each \
            prediction against the count of the last snapshot — itself incomplete, so it scores \
            what became known, not the final toll. --region nowcasts the deaths of some regions \
            together; --by-region nowcasts each region with enough deaths and says how much their \
            delays differ.

            Examples:
              warburden nowcast snapshots.csv.gz --as-of 2024-12-31
              warburden nowcast snapshots.csv.gz --as-of 2024-12-31 --target 2025-06-30 --format csv
              warburden nowcast snapshots.csv.gz --backtest --backtest-from 2024-06-30
              warburden nowcast snapshots.csv.gz --period week --confidence 0.9
              warburden nowcast --list 2024-06-30=june.csv --list 2024-12-31=december.csv --by-region
              warburden nowcast --list 2024-06-30=june.csv --list 2024-12-31=december.csv --region RU-DA --region RU-TY
            """
    )

    @Argument(help: ArgumentHelp("A table of snapshots: snapshot_date,death_date,deaths[,region] (CSV or TSV, optionally .gz).", valueName: "snapshots"))
    var snapshots: String?

    @Option(help: ArgumentHelp("A copy of the list and the day it was taken (repeatable; instead of SNAPSHOTS).", valueName: "date=file"))
    var list: [DatedList] = []

    @Option(help: ArgumentHelp("A region table for any country (CSV: code,name[,aliases],numeric columns…) instead of the built-in Russian reference.", valueName: "file"))
    var regions: String?

    @OptionGroup var importOptions: ListImportOptions
    @OptionGroup var options: NowcastOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (snapshots == nil) != list.isEmpty else {
            throw ValidationError("give either a table of snapshots or --list DATE=FILE copies of a list, not both and not neither")
        }
        if list.count == 1 { throw ValidationError("--list needs two or more dated copies of the list") }
        if Set(list.map(\.date)).count != list.count { throw ValidationError("--list gives two copies of the same day") }
    }

    func run() throws {
        let userRegions = try regions.map { path throws(DataError) in try RegionTableReader.read(path: path, denominator: "population") }
        let resolver = userRegions?.resolver ?? RussiaReference.resolver
        let triangle: ReportingTriangle
        let source: String
        if let snapshots {
            triangle = try SnapshotTableReader.read(path: snapshots, resolver: resolver)
            source = "a snapshot table"
        } else {
            var builder = ReportingTriangle.Builder()
            var importerOptions = importOptions.importerOptions
            importerOptions.keepSource = false
            for copy in list.sorted(by: { $0.date < $1.date }) {
                let dataset = try AnalysisDataset.load(path: copy.path, regions: userRegions, importOptions: importerOptions)
                if let ledger = dataset.ledger {
                    printToStandardError("\(copy.date): \(ledger.summary)")
                    try importOptions.enforceStrictness(ledger)
                }
                try builder.add(snapshot: copy.date, records: dataset.records ?? [])
            }
            triangle = try builder.build()
            source = "\(list.count) dated copies of a list"
        }
        output.emit(try options.run(on: triangle, resolver: resolver, source: source).document)
    }
}
