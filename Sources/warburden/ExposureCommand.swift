import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden exposure`: observed against expected for a group.
struct ExposureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ExposureOptions.name,
        abstract: ExposureOptions.abstract,
        discussion: """
            Is a count in a group high or low? Only against what the group would show if it \
            were like everyone else. Two questions:

            1. Deaths in a group against those expected at a population's rates: the \
            standardised ratio O/E (indirect standardisation) with Garwood's exact interval, \
            the mid-p interval, and the p-value of R's poisson.test. Give the deaths expected, \
            or the group's size by age band (age_band,people[,region]) and a list: each band \
            takes the list's rate at the ages of the narrowest census column that holds it \
            (\(RussiaReference.defaultDenominator) in the built-in reference), else the all-ages rate, and the output \
            says which.
              warburden exposure --observed 13 --expected 29.9
              warburden exposure list.csv --observed 41 --group deputies.csv
              warburden exposure list.csv --observed 41 --group 20-39:310,40-59:420

            2. Members with at least one affected relative against the share expected if \
            their families were like any other. Each member has R relatives of the kind that \
            counts (say male relatives of service age: a number, a range, or a table file of \
            relatives,members), each affected with probability P, independently; the share \
            expected is 1 − E[(1 − P)^R]: 1 − (1 − P)^R when every member has R, 1 − e^(−λP) \
            when R is a Poisson number with mean λ. The observed share K/N has its \
            Clopper–Pearson and mid-p intervals, the ratio expected / observed its interval, \
            the p-value is R's binom.test, and a table varies R and P around the inputs.
              warburden exposure --members 1329 --observed-at-most 13 --relatives 5 --share 0.05
            "Fewer than 1 % of 1,329 officials" is at most 13: the observed share is then an \
            upper bound, and the ratio a lower bound.
              warburden exposure --members 1329 --observed-at-most 13 --relatives 5 \\
                --relatives-distribution poisson --share 0.05
              warburden exposure --members 1329 --observed-at-most 13 --relatives 3-8 \\
                --participants 1282704 --share-source "contracts signed in 2023-2025, as claimed"
            With --participants, P is the figure over the denominator's population (men aged \
            16–61 at the 2021 census in the built-in reference); with --share list, the list's \
            named deaths over it — the chance that one such man was killed:
              warburden exposure list.csv --members 450 --observed 3 --relatives 4 --share list

            Every input is printed with its source (--observed-source, --expected-source, \
            --relatives-source, --share-source; "not stated" when none is given): the tool \
            adds no figure of its own. The formulas and a worked case are in docs/METHODS.md.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "A casualty list (as `check` reads it), or with --counts a table of counts per region, for the rates of --group and --share list; - for standard input.",
            valueName: "file"))
    var list: String?

    @Flag(help: AnalysisInput.countsHelp)
    var counts = false

    @Option(help: AnalysisInput.regionsHelp)
    var regions: String?

    @OptionGroup var importOptions: ListImportOptions
    @OptionGroup var options: ExposureOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        let question: ExposureQuestion
        do {
            question = try options.question()
        } catch {
            throw ValidationError(error.message)
        }
        if question.needsList, list == nil {
            throw ValidationError(
                question.needsRecords
                    ? "--group needs a list for the rates: warburden exposure LIST --group …"
                    : "--share list needs a list for the named deaths: warburden exposure LIST --share list …")
        }
        if counts, list == nil { throw ValidationError("--counts says the list is a counts table: give it") }
    }

    func run() throws {
        let question = try options.question()
        let userRegions = try AnalysisInput.regionTable(regions, options.selection)
        var dataset: AnalysisDataset?
        if let list, question.needsList {
            dataset = try AnalysisInput.load(
                path: list, counts: counts, regions: userRegions, importOptions: importOptions, selection: options.selection,
                keepRecords: question.needsRecords)
        } else if let list {
            printToStandardError("\(list) is not read: this question needs no list (only --group and --share list do)")
        }
        var files = ExposureFiles()
        if let file = options.group?.file {
            files.group = try GroupSizeTable.read(path: file, resolver: dataset?.resolver ?? userRegions?.resolver ?? RussiaReference.resolver)
        }
        if let file = options.relatives?.file { files.relatives = try RelativesTable.read(path: file) }
        let result = try options.run(regions: userRegions?.table ?? RussiaReference.table, dataset: dataset, files: files)
        output.emit(result.document.adding(dataset?.scope.metadata ?? []))
    }
}
