import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport
import Foundation

/// `warburden balance`: recruits claimed against losses claimed and estimated.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: BalanceOptions.name,
        abstract: BalanceOptions.abstract,
        discussion: """
            Per period (--period), from the war's start: the intake the Russian state claims \
            (contracts and, on a line of their own, volunteers — with who claimed each and when), \
            the conscripts called up by decree (shown apart: by law they are not sent to the war \
            zone, and they are never added to the intake), the killed and wounded the cumulative \
            series claims (the report on the day after the period less the report on its first \
            day), the killed of the weekly estimate (the weeks that start in the period), and from \
            them:
              wounded          w = g − k
              permanent losses p = k + w × (1 − r) + o
              balance          b = intake − p
            with g the claimed killed and wounded, k the estimated killed, r the share of the \
            wounded who return to duty, o the missing, captured and deserted you give per year. \
            The balance is given from contracts alone and with volunteers.

            Every uncertain input may be a range, A-B: --return-to-duty 0.3-0.7, the \
            claims' reliability as factors (--intake-factor 0.8-1, --claimed-losses-factor), the \
            estimate's interval (--estimate-factor 0.9-1.1), the other lasting losses \
            (--missing 5000-15000). Each figure is then given at the middle of the ranges, with \
            its exact range over them (the figures are affine in each input, so the ends of the \
            ranges bound them) and the central interval of Monte Carlo draws, each input uniform \
            in its range (--draws, --seed: the same seed gives the same output); a sensitivity \
            table ranks the inputs by how far each alone moves each balance. The cumulative \
            figures since the war's start (stock_flow) follow.

            A claim counts from its period's first day to the day it was made; when none covers \
            the whole period, the latest is used as it is and marked partial, or scaled to the \
            whole period with --scale-partial (then marked scaled). Half-years are also taken as \
            the difference of two claims from the same day (the year to date less the first \
            half). Periods that lack a claim, the series or the estimate are named, with what \
            they lack.

            The files, each in the layout of the published table (see docs/METHODS.md): --claims \
            (recruitment_claims.csv; the volunteers its notes state are read as claims of their \
            own, or from rows of quantity volunteers or a volunteers column), --decrees \
            (conscription_decrees.csv), --series (ua_genstaff_personnel_daily.csv: date and a \
            cumulative column), --estimate (mediazona_probate_estimate_weekly.csv: week_start and \
            estimated_deaths). --data DIR takes every file not named from a folder holding them \
            under those names. Named killed, a floor under the killed shown beside the estimate, \
            come from --named (weekly counts: named_deaths or total) or --records (a list).

            Examples:
              warburden balance --data loss-volume --period year --return-to-duty 0.5
              warburden balance --data loss-volume --return-to-duty 0.3-0.7 --intake-factor 0.8-1 --seed 7
              warburden balance --claims claims.csv --series genstaff.csv --estimate weekly.csv --period half --scale-partial
              warburden balance --data loss-volume --named loss-volume/mediazona_probate_estimate_weekly.csv --format json
            """
    )

    /// The names under which `--data` finds each file.
    enum Published {
        static let claims = "recruitment_claims.csv"
        static let decrees = "conscription_decrees.csv"
        static let series = "ua_genstaff_personnel_daily.csv"
        static let estimate = "mediazona_probate_estimate_weekly.csv"
    }

    @Option(help: ArgumentHelp("A folder holding the files not named by their options, under the names they are published with (recruitment_claims.csv, conscription_decrees.csv, ua_genstaff_personnel_daily.csv, mediazona_probate_estimate_weekly.csv).", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("Recruitment claims: published_date,period_start,period_end,source,quantity,value,notes,url[,volunteers].", valueName: "file"))
    var claims: String?

    @Option(help: ArgumentHelp("Conscription decrees: decree_date,campaign,period_start,period_end,quota,… (optional).", valueName: "file"))
    var decrees: String?

    @Option(help: ArgumentHelp("The claimed killed and wounded: a daily cumulative series, date and a value column.", valueName: "file"))
    var series: String?

    @Option(help: ArgumentHelp("The estimated killed per week: week_start and a value column.", valueName: "file"))
    var estimate: String?

    @Option(help: ArgumentHelp("The estimate's value column (default: estimated_deaths, estimate or value).", valueName: "column"))
    var estimateColumn: String?

    @Option(help: ArgumentHelp("Named killed per week, shown beside the estimate: week_start and a value column (named_deaths or total).", valueName: "file"))
    var named: String?

    @Option(help: ArgumentHelp("The named counts' value column (default: named_deaths, total, named or value).", valueName: "column"))
    var namedColumn: String?

    @Option(help: ArgumentHelp("A named list, its deaths counted by date, shown beside the estimate (instead of --named).", valueName: "file"))
    var records: String?

    @OptionGroup var options: BalanceOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if named != nil, records != nil { throw ValidationError("--named and --records both give the named killed; give one") }
        if let data {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: data, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--data '\(data)' is not a folder")
            }
        }
        _ = try file(claims, Published.claims, "the recruitment claims", option: "claims")
        _ = try file(series, Published.series, "the claimed killed and wounded (a daily cumulative series)", option: "series")
        _ = try file(estimate, Published.estimate, "the weekly estimate of the killed", option: "estimate")
    }

    /// The file an option names, or the published one in `--data`; `nil` for an
    /// optional file neither gives.
    ///
    /// - Throws: `ValidationError` when a required file is given by neither, or `--data` lacks it.
    func file(_ given: String?, _ published: String, _ what: String, option: String, required: Bool = true) throws -> String? {
        if let given { return given }
        guard let data else {
            guard required else { return nil }
            throw ValidationError("balance needs \(what): give --\(option) FILE, or --data DIR holding \(published)")
        }
        let path = URL(fileURLWithPath: data).appendingPathComponent(published).path
        guard FileManager.default.fileExists(atPath: path) else {
            guard required else { return nil }
            throw ValidationError("--data '\(data)' holds no \(published) (\(what)); name the file with --\(option)")
        }
        return path
    }

    func run() throws {
        let claimsFile = try file(claims, Published.claims, "the recruitment claims", option: "claims")!
        let seriesFile = try file(series, Published.series, "the claimed killed and wounded", option: "series")!
        let estimateFile = try file(estimate, Published.estimate, "the weekly estimate", option: "estimate")!
        let decreesFile = try file(decrees, Published.decrees, "the conscription decrees", option: "decrees", required: false)
        var namedKilled: BalanceInputs.Named?
        if let named {
            namedKilled = .weekly(try WeeklyCountsReader.read(path: named, column: namedColumn, preferring: WeeklyCountsReader.namedColumns))
        } else if let records {
            let (list, ledger) = try CasualtyImporter().readAll(path: records)
            printToStandardError(ledger.summary)
            namedKilled = .records(list)
        }
        let inputs = BalanceInputs(
            claims: try RecruitmentClaimsReader.read(path: claimsFile),
            decrees: try decreesFile.map { path throws(DataError) in try ConscriptionDecreesReader.read(path: path) } ?? [],
            claimedLosses: try CumulativeSeriesReader.read(path: seriesFile),
            estimate: try WeeklyCountsReader.read(path: estimateFile, column: estimateColumn),
            named: namedKilled)
        output.emit(try options.run(on: inputs).document)
    }
}
