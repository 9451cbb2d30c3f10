import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport

/// `warburden excess`: excess male mortality from vital statistics.
struct ExcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ExcessOptions.name,
        abstract: ExcessOptions.abstract,
        discussion: """
            For each age group, the ratio of male to female deaths is projected from the \
            baseline years (by default a straight line through 2015–2019) to the target year; \
            the expected male deaths are that ratio times the female deaths observed, and the \
            excess is what the men's deaths exceed them by (Kobak et al. 2025). pm is one \
            prediction standard deviation of the trend; age groups are summed with pm in \
            quadrature. --by region estimates every region too, with the excess per 100,000 \
            men aged 16–61, and sets the national estimate beside the sum of the regions (the \
            method is not additive, so they differ).

            DEATHS is Rosstat's export (Region,Year,Age,Gender,Deaths; «Архангельская область» \
            and «Тюменская область» with their okrugs are kept apart from the oblasts proper) \
            or a tidy table for any country (region,year,age_group,sex,deaths, with --regions); \
            a .gz file is read through gzip. Age groups that do not add up to the total row, and \
            age groups that cannot be estimated (no female deaths), are reported.

            Examples:
              warburden excess deaths-by-age-gender-region-year-1990-2022.csv.gz
              warburden excess deaths.csv.gz --by region --format csv
              warburden excess deaths.csv --regions my-country.csv --years 2023 --baseline 2010-2019 --fit log
            """
    )

    @Argument(help: ArgumentHelp("Deaths by region, year, age group and sex (CSV, optionally .gz).", valueName: "deaths"))
    var deaths: String

    @Option(help: ArgumentHelp("A region table for any country (CSV: code,name[,aliases],numeric columns…) instead of the built-in Russian reference.", valueName: "file"))
    var regions: String?

    @OptionGroup var options: ExcessOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let userRegions = try regions.map { path throws(DataError) in
            try RegionTableReader.read(path: path, denominator: options.denominator?.name ?? "population")
        }
        let table = try DeathsTableReader.read(path: deaths, resolver: userRegions?.resolver ?? RussiaReference.resolver)
        let result = try options.run(deaths: table, regions: userRegions?.table ?? RussiaReference.table)
        output.emit(result.document)
    }
}
