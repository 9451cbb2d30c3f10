import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport
import Foundation

extension ReportLanguage: ExpressibleByArgument {}

/// `warburden report`: every analysis of a list as a report people would publish.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ReportOptions.name,
        abstract: ReportOptions.abstract,
        discussion: """
            Runs the analyses — rates, groups, model, inequality, trends, and the rates against \
            each regional covariate — with the options the commands use alone, and writes into \
            the output folder:
              index.html    one page, self-contained: inline SVG and CSS, no script
              report.md     the same in Markdown, with the charts from charts/
              results.json  every number; each analysis as its command's JSON
              tables/*.csv  the tables, tidy, full precision
              charts/*.svg  the charts
            Sections: headline numbers; a tile-grid map of the rates (and a choropleth with \
            --geo); the rate of every region with its interval; rates against poverty, income, \
            unemployment, urbanisation and ethnicity, the published model and inequality \
            measures; deaths per month by unit type and each macro-region's share by quarter; \
            relative risks of groups of regions; with --mortality, the excess male deaths by age \
            and the list's share of them by region (as `excess --by region` and `coverage` print \
            them, with their default settings); with --series, losses on one scale (as `volume` \
            prints them); with --claims, --series and --estimate (and --decrees), the \
            replacement balance per year with its cumulative chart since the war's start (as \
            `balance` prints it at its defaults, the list's deaths as the named killed); methods, \
            with the import ledger, the options, the tool's version and the SHA-256 of every input.

            The same input gives the same bytes; --stamp adds the time the report was made.

            Examples:
              warburden report list.csv --out report
              warburden report list.csv --lang ru --title "Погибшие" --out report-ru
              warburden report list.csv --geo russia.geojson --from 2022-09-21
              warburden report list.csv --mortality deaths.csv.gz
              warburden report list.csv --exposure questions.csv
              warburden report list.csv --series genstaff.csv --claims claims.csv --estimate weekly.csv --decrees decrees.csv

            --exposure adds the block "Observed and expected": each row of the file is one \
            `warburden exposure` (see its --help), its columns the options (members, \
            observed_at_most, relatives, share, share_source…), a label column naming it; \
            files it names (group, relatives) are read beside it. For example:
              label,members,observed_at_most,relatives,share,share_source
              Officials,1329,13,3-8,0.03-0.07,"…"
            """
    )

    @OptionGroup var input: AnalysisInput
    @OptionGroup var options: ReportOptions

    @Option(help: ArgumentHelp("Folder for the report; created if missing.", valueName: "dir"))
    var out: String = "report"

    @Option(help: ArgumentHelp("The report's title (default: a title in the report's language).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Language of the report: en or ru (numbers, labels, region names).", valueName: "en|ru"))
    var lang: ReportLanguage = .en

    @Option(help: ArgumentHelp("Deaths by region, year, age group and sex (as `warburden excess` reads them) for the excess male mortality and the list's coverage of it.", valueName: "deaths.csv"))
    var mortality: String?

    @Option(help: ArgumentHelp("A GeoJSON of region outlines for a choropleth map (features joined by ISO code or name).", valueName: "file"))
    var geo: String?

    @Option(help: ArgumentHelp("A daily cumulative series of claimed losses (date,value) for the loss-volume section (see `warburden volume`).", valueName: "file"))
    var series: String?

    @Option(help: ArgumentHelp("Published estimates for the loss-volume section (the layout `warburden volume` reads).", valueName: "file"))
    var estimates: String?

    @Option(help: ArgumentHelp("Dates on which the series' sources disagree, for the loss-volume checks.", valueName: "file"))
    var discrepancies: String?

    @Option(help: ArgumentHelp("Estimated deaths per week for the loss-volume section (the layout `warburden volume` reads).", valueName: "file"))
    var estimatedSeries: String?

    @Option(
        help: ArgumentHelp(
            "Questions of observed against expected for the block \"Observed and expected\": a CSV whose columns are options of `warburden exposure` (and a label), one question a row.",
            valueName: "file"))
    var exposure: String?

    @Option(help: ArgumentHelp("Recruitment claims for the replacement balance section (the layout `warburden balance --claims` reads), with --series and --estimate.", valueName: "file"))
    var claims: String?

    @Option(help: ArgumentHelp("Conscription decrees for the replacement balance section, shown apart from the intake.", valueName: "file"))
    var decrees: String?

    @Option(help: ArgumentHelp("A weekly estimate of the killed (week_start,…,estimated_deaths) for the replacement balance section.", valueName: "file"))
    var estimate: String?

    func validate() throws {
        if series == nil, estimates != nil || discrepancies != nil || estimatedSeries != nil {
            throw ValidationError("--estimates, --discrepancies and --estimated-series go with --series")
        }
        if (claims == nil) != (estimate == nil) || (claims != nil && series == nil) || (decrees != nil && claims == nil) {
            throw ValidationError("the replacement balance takes --claims, --series and --estimate together (--decrees with them)")
        }
    }

    @Flag(help: "Write the time the report was made into it (otherwise the same input gives the same bytes).")
    var stamp = false

    func run() throws {
        // The list's checksum is read on the other core while the list is imported.
        let (role, file) = (input.counts ? InputFile.Role.counts : .list, input.file)
        let listFile = Background { () throws(DataError) in try InputFile(role: role, path: file) }
        let questions = try exposure.map { path in try ExposureRow.read(path: path) } ?? []
        // The excess mortality's coverage, the loss volume and the rates of an exposure
        // group read the records themselves; otherwise the report's counts of them are
        // taken as the list streams by.
        let needsRecords = mortality != nil || series != nil || questions.contains { $0.question.needsRecords }
        let dataset = try input.load(options.selection, keepRecords: needsRecords, countForReport: !needsRecords)
        var inputs = [try listFile.value()]
        // The options that read the list, for the commands of the methods: files by their names.
        var listInput = input
        if let regions = input.regions {
            let file = try InputFile(role: .regions, path: regions)
            inputs.append(file)
            listInput.regions = file.name
        }
        if let categories = input.categoryOptions.categories {
            let file = try InputFile(role: .categories, path: categories)
            inputs.append(file)
            listInput.categoryOptions.categories = file.name
        }
        var shapes: RegionShapes?
        if let geo {
            shapes = try GeoJSONReader.read(path: geo, resolver: dataset.resolver)
            inputs.append(try InputFile(role: .geo, path: geo))
        }
        var deaths: DeathsTable?
        if let mortality {
            deaths = try DeathsTableReader.read(path: mortality, resolver: dataset.resolver)
            inputs.append(try InputFile(role: .mortality, path: mortality))
        }
        var volume: VolumeInputs?
        if let series {
            let claimed = try CumulativeSeriesReader.read(path: series)
            inputs.append(try InputFile(role: .series, path: series))
            let published = try estimates.map { path throws(DataError) in try PublishedEstimatesReader.read(path: path) } ?? []
            if let estimates { inputs.append(try InputFile(role: .estimates, path: estimates)) }
            let disagreements = try discrepancies.map { path throws(DataError) in try DiscrepancyTableReader.read(path: path) } ?? []
            if let discrepancies { inputs.append(try InputFile(role: .discrepancies, path: discrepancies)) }
            let weekly = try estimatedSeries.map { path throws(DataError) in try EstimateSeriesReader.read(path: path) }
            if let estimatedSeries { inputs.append(try InputFile(role: .estimatedSeries, path: estimatedSeries)) }
            volume = VolumeInputs(series: claimed, estimates: published, discrepancies: disagreements, estimated: weekly)
        }
        var cases: [ExposureCase] = []
        if let exposure {
            inputs.append(try InputFile(role: .exposure, path: exposure))
            for question in questions {
                let (files, read) = try question.files(resolver: dataset.resolver)
                inputs += read
                cases.append(ExposureCase(label: question.label, options: question.options, files: files))
            }
        }
        var balance: BalanceInputs?
        if let claims, let estimate, let claimedLosses = volume?.series {
            inputs.append(try InputFile(role: .claims, path: claims))
            let decreeTable = try decrees.map { path throws(DataError) in try ConscriptionDecreesReader.read(path: path) } ?? []
            if let decrees { inputs.append(try InputFile(role: .decrees, path: decrees)) }
            inputs.append(try InputFile(role: .estimate, path: estimate))
            balance = BalanceInputs(
                claims: try RecruitmentClaimsReader.read(path: claims), decrees: decreeTable, claimedLosses: claimedLosses,
                estimate: try WeeklyCountsReader.read(path: estimate))
        }
        let content = try ReportContent(
            dataset: dataset, inputs: inputs, deaths: deaths, volume: volume, exposure: cases, balance: balance,
            options: options.content)
        for omission in content.omitted {
            printToStandardError("not in the report: \(omission.part) (\(omission.reason))")
        }
        let report = Report(
            content: content, title: title, language: lang, toolVersion: WarburdenVersion.current,
            stamp: stamp ? ISO8601DateFormatter().string(from: Date()) : nil, shapes: shapes,
            reproduction: ReportReproduction(listArguments: listInput.nonDefaultArguments))
        let paths = try ReportFolder.write(report, to: out)
        print("Report written to \(paths[0]) (\(paths.count) files in \(out))")
    }
}
