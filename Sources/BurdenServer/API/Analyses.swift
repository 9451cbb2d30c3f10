import BurdenAnalysis
import BurdenData
import BurdenReport
import BurdenStats

/// The analyses the API offers on a stored version, each run with the options of
/// its command on the command line — the same calls into BurdenAnalysis, the same
/// document from BurdenReport — so that `GET /datasets/{id}/rates` and
/// `warburden rates FILE --format json` give the same bytes. Nothing is computed here.
enum Analyses {
    /// The query parameters every analysis of a list takes.
    static let filterKeys: Set<String> = ["from", "to", "unit_type", "denominator", "format"]

    /// The parameters of each endpoint, beyond ``filterKeys``.
    static let keys: [String: Set<String>] = [
        "rates": ["ci", "confidence", "per"],
        "groups": ["by", "ci", "confidence"],
        "model": ["covariates", "family", "confidence"],
        "inequality": ["rank_by", "poorest", "confidence"],
        "trends": ["by", "period"],
        "changes": ["since", "ci", "confidence", "per"],
        "excess": ["mortality", "by", "years", "ages", "baseline", "fit", "keep_pandemic_years"],
    ]

    /// The dataset after the query's filter, as `AnalysisOptions.load` gives it on the
    /// command line; the kept records themselves only when `keepRecords` (analyses of
    /// regional counts need only the counts).
    static func selection(_ dataset: LoadedDataset, _ query: QueryValues, keepRecords: Bool = false) throws(ServerError)
        -> AnalysisDataset
    {
        _ = try query.column("denominator", in: dataset.table)
        return AnalysisDataset(
            records: dataset.records, ledger: dataset.ledger, table: dataset.table, resolver: dataset.resolver,
            filter: try query.filter(),
            keepRecords: keepRecords)
    }

    /// `warburden rates`.
    static func rates(_ dataset: LoadedDataset, _ query: QueryValues) throws(ServerError) -> TidyDocument {
        let selected = try selection(dataset, query)
        let rates = try analysis {
            try RegionalRates(
                counts: selected.counts, table: selected.table, denominator: query.string("denominator"),
                method: try query.choice("ci", default: ProportionInterval.Method.wilsonCC),
                confidence: try query.number("confidence", default: 0.95, above: 0, below: 1),
                per: try query.number("per", default: 100_000, above: 0))
        }
        return rates.document.adding(selected.scope.metadata)
    }

    /// `warburden groups --by …`.
    static func groups(_ dataset: LoadedDataset, _ query: QueryValues) throws(ServerError) -> TidyDocument {
        let by = try query.required("by")
        let selected = try selection(dataset, query, keepRecords: by == "unit-type" || by == "ethnicity")
        let ci = try query.choice("ci", default: RelativeRisk.Method.score)
        let confidence = try query.number("confidence", default: 0.95, above: 0, below: 1)
        let denominator = query.string("denominator")
        let table = selected.table
        let result: GroupBurden = try analysis {
            switch by {
            case "federal-district", "macro-region", "republic":
                let grouping = Grouping(rawValue: by)!
                return try GroupBurden(
                    counts: selected.counts, table: table, by: by, denominator: denominator,
                    groupOf: { grouping.group(of: $0) }, method: ci, confidence: confidence)
            case _ where by.hasSuffix("-quintile"):
                let name = by == "urban-share-quintile" ? "urban_share_2021" : String(by.dropLast("-quintile".count))
                let column = try CovariateName.column(name, in: table)
                let fifths = try CovariateFifths.assign(table: table, covariate: column, denominator: denominator)
                return try GroupBurden(
                    counts: selected.counts, table: table, by: by, denominator: denominator,
                    groupOf: { fifths[$0.code] ?? "none" }, method: ci, confidence: confidence)
            case "unit-type", "ethnicity":
                return GroupBurden(
                    records: selected.records ?? [], grouping: by == "unit-type" ? .unitType : .ethnicity, withinRegion: false,
                    populations: [:], method: ci, confidence: confidence)
            default:
                throw ServerError(
                    .badQuery,
                    "by takes federal-district, macro-region, republic, urban-share-quintile, COLUMN-quintile, unit-type or ethnicity (got '\(QueryValues.shown(by))')")
            }
        }
        return result.document.adding(selected.scope.metadata)
    }

    /// `warburden model --covariates …`.
    static func model(_ dataset: LoadedDataset, _ query: QueryValues) throws(ServerError) -> TidyDocument {
        let selected = try selection(dataset, query)
        let names = try query.required("covariates").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else { throw ServerError(.badQuery, "covariates names no column") }
        let family = try query.choice("family", default: RegionalModel.Family.ols)
        let confidence = try query.number("confidence", default: 0.95, above: 0, below: 1)
        let model = try analysis {
            try RegionalModel(
                counts: selected.counts, table: selected.table, covariates: names, family: family,
                denominator: query.string("denominator"), confidence: confidence)
        }
        return model.document.adding(selected.scope.metadata)
    }

    /// `warburden inequality`.
    static func inequality(_ dataset: LoadedDataset, _ query: QueryValues) throws(ServerError) -> TidyDocument {
        let selected = try selection(dataset, query)
        let rankBy = try query.column("rank_by") ?? "mean_income_2020"
        let order: SocioeconomicOrder?
        switch query.string("poorest") {
        case nil: order = nil
        case "lowest": order = .lowestIsPoorest
        case "highest": order = .highestIsPoorest
        case let other?: throw ServerError(.badQuery, "poorest takes lowest or highest (got '\(QueryValues.shown(other))')")
        }
        let confidence = try query.number("confidence", default: 0.95, above: 0, below: 1)
        let result = try analysis {
            try BurdenInequality(
                counts: selected.counts, table: selected.table, denominator: query.string("denominator"), rankBy: rankBy,
                order: order, confidence: confidence)
        }
        return result.document.adding(selected.scope.metadata)
    }

    /// `warburden trends`.
    static func trends(_ dataset: LoadedDataset, _ query: QueryValues) throws(ServerError) -> TidyDocument {
        let selected = try selection(dataset, query, keepRecords: true)
        var grouping = Grouping.none
        if let by = query.string("by") {
            guard let named = Grouping(rawValue: by) else {
                throw ServerError(
                    .badQuery,
                    "by takes none, unit-type, federal-district, macro-region, republic or ethnicity (got '\(QueryValues.shown(by))')")
            }
            grouping = named
        }
        let period = try query.choice("period", default: Trends.Period.month)
        let trends = Trends(records: selected.records ?? [], table: selected.table, period: period, grouping: grouping)
        return trends.document.adding(selected.scope.metadata)
    }

    /// `warburden excess DEATHS [--by region]`, with the mortality file `mortality`
    /// of the workspace and the dataset's regions.
    static func excess(_ dataset: LoadedDataset, _ query: QueryValues, store: DatasetStore) throws(ServerError) -> TidyDocument {
        guard let id = try query.id("mortality") else {
            throw ServerError(.badQuery, "mortality is required: the id of a mortality file of the workspace (GET /mortality)")
        }
        let byRegion: Bool
        switch query.string("by") ?? "country" {
        case "country": byRegion = false
        case "region": byRegion = true
        case let other: throw ServerError(.badQuery, "by takes country or region (got '\(QueryValues.shown(other))')")
        }
        let denominator = try query.column("denominator", in: dataset.table)
        let fit = try query.choice("fit", default: ExcessFit.linear)
        let keep = try query.flag("keep_pandemic_years")
        let settings: ExcessSettings
        do {
            settings = try ExcessSettings(
                baseline: ExcessSettings.years(parsing: query.string("baseline") ?? "2015-2019"), fit: fit,
                ages: ExcessSettings.ages(parsing: query.string("ages") ?? ExcessSettings.defaultAges.description),
                years: query.string("years").map { text throws(AnalysisError) in try ExcessSettings.years(parsing: text) },
                keepPandemicYears: keep)
        } catch {
            throw ServerError(.badQuery, error.message)
        }
        let deaths = try store.deaths(id, for: dataset)
        let result = try analysis {
            try ExcessMortality(deaths: deaths, regions: dataset.table, settings: settings, byRegion: byRegion, denominator: denominator)
        }
        return result.document
    }

    /// The change of every region's rate since an earlier version, both counted
    /// with the same filter, denominator and interval.
    static func changes(_ dataset: LoadedDataset, _ query: QueryValues, store: DatasetStore) throws(ServerError) -> TidyDocument {
        guard let since = try query.id("since") else {
            throw ServerError(.badQuery, "since is required: the id of the earlier version to compare with")
        }
        let earlier = try store.dataset(since)
        guard earlier.version.regionTable == dataset.version.regionTable else {
            throw ServerError(.unprocessable, "datasets \(since) and \(dataset.version.id) were imported with different region tables")
        }
        return try changes(from: earlier, to: dataset, query)
    }

    /// The change between two loaded versions (also the dashboard's "changes since").
    static func changes(from earlier: LoadedDataset, to later: LoadedDataset, _ query: QueryValues) throws(ServerError) -> TidyDocument {
        let before = try selection(earlier, query)
        let after = try selection(later, query)
        let method = try query.choice("ci", default: ProportionInterval.Method.wilsonCC)
        let confidence = try query.number("confidence", default: 0.95, above: 0, below: 1)
        let per = try query.number("per", default: 100_000, above: 0)
        let denominator = query.string("denominator")
        let change = try analysis {
            try RegionalChange(
                before: RegionalRates(
                    counts: before.counts, table: before.table, denominator: denominator, method: method, confidence: confidence,
                    per: per),
                after: RegionalRates(
                    counts: after.counts, table: after.table, denominator: denominator, method: method, confidence: confidence,
                    per: per))
        }
        let versions: [TidyDocument.Metadatum] = [
            .init("dataset", .integer(Int(later.version.id))), .init("label", .text(later.version.label)),
            .init("since", .integer(Int(earlier.version.id))), .init("since_label", .text(earlier.version.label)),
        ]
        return change.document.adding(versions + after.scope.metadata)
    }

    /// Runs an analysis; its errors are problems with the request's data (422),
    /// validation errors pass through.
    static func analysis<T>(_ body: () throws -> T) throws(ServerError) -> T {
        do {
            return try body()
        } catch let error as ServerError {
            throw error
        } catch let error as AnalysisError {
            throw ServerError(.unprocessable, error.message)
        } catch let error as DataError {
            throw ServerError(.unprocessable, error.message)
        } catch {
            throw ServerError(.internalError, "the analysis failed")
        }
    }
}
