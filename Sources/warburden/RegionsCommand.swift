import ArgumentParser
import BurdenData
import BurdenReport

/// `warburden regions`: the built-in region reference, and resolving spellings to codes.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "Print the built-in region reference, or resolve region names to codes.",
        discussion: """
            Without --resolve, prints the 89 units of the reference: the 83 federal subjects \
            of Russia, Crimea (UA-43) and Sevastopol (UA-40), occupied territory of Ukraine, and \
            the four Ukrainian oblasts annexed in 2022 (UA-14, UA-09, UA-23, UA-65). --format \
            json or csv gives every name and figure; json also cites each figure's source.

            With --resolve, prints NAME<TAB>CODE for each name given (or each line of the file \
            given with --names-file, or of standard input when no name is given). Names may be written in Russian or English, official or \
            short, with prefixes («г.»), suffixes («- Кузбасс», «(Якутия)»), ё or е, or in Latin \
            transliteration. Aggregates resolve to their codes: the country to RU, federal \
            districts to FD-… . An unknown or ambiguous name is reported on standard error with \
            the closest known names, and the exit status is 1.

            Examples:
              warburden regions --format csv > regions.csv
              warburden regions --resolve "г. Москва" "Ямало-Hенецкий АО" St.Petersburg
              cut -d, -f9 list.csv | sort -u | warburden regions --resolve
              warburden regions --resolve --names-file names.txt
            """
    )

    @Flag(help: "Resolve names to codes instead of printing the reference.")
    var resolve = false

    @Flag(help: "Print every known spelling with its code (a lookup table for joining other data).")
    var spellings = false

    @Flag(help: "Read names as Rosstat's statistical tables write them: «Архангельская область» and «Тюменская область» then mean the oblast with its autonomous okrugs (RU-ARK+NEN, RU-TYU+KHM+YAN).")
    var rosstat = false

    @Option(help: ArgumentHelp("With --resolve: read the names from this file, one a line.", valueName: "file"))
    var namesFile: String?

    @OptionGroup var output: OutputOptions

    @Argument(help: "Names to resolve (with --resolve); read from standard input when none are given.")
    var names: [String] = []

    func validate() throws {
        if spellings && resolve { throw ValidationError("--spellings and --resolve do different things; give one") }
        if !resolve && !names.isEmpty {
            throw ValidationError("names are only read with --resolve (got '\(names[0])')")
        }
        if !resolve && (rosstat || namesFile != nil) {
            throw ValidationError("--rosstat and --names-file apply to --resolve only")
        }
        if namesFile != nil && !names.isEmpty {
            throw ValidationError("give names either as arguments or with --names-file, not both")
        }
    }

    func run() throws {
        if spellings {
            let rows: [[Cell]] = RussiaReference.resolver.spellings.map { [.text($0.code), .text($0.spelling)] }
            output.emit(TidyDocument(tables: [TidyTable(name: "spellings", columns: [.init("code"), .init("spelling")], rows: rows)]))
            return
        }
        guard resolve else {
            output.emit(RussiaReference.table.document)
            return
        }
        var inputs = names
        if let namesFile {
            inputs = try readTextFile(namesFile).split(whereSeparator: \.isNewline).map(String.init)
        } else if inputs.isEmpty {
            while let line = readLine() { inputs.append(line) }
        }
        let resolver = RussiaReference.resolver
        let context: ResolutionContext = rosstat ? .rosstatStatistics : .general
        var failures = 0
        for name in inputs where !name.allSatisfy(\.isWhitespace) {
            do {
                let match = try resolver.resolve(name, in: context)
                print("\(name)\t\(match.code ?? "(heading)")")
            } catch {
                failures += 1
                printToStandardError("warburden: \(error.description)")
            }
        }
        if failures > 0 {
            throw CommandFailure.data("\(failures) of \(inputs.count) names not resolved")
        }
    }
}
