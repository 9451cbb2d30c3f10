import BurdenAnalysis
import BurdenData

/// What a route's analysis works with: the version asked for, the route's own
/// parameters, and the services that load other stored things.
struct AnalysisRequest: Sendable {
    /// The version.
    let dataset: LoadedDataset
    /// The request's query, for the route's own parameters (``RouteInput``).
    let query: QueryValues
    let services: ServerServices

    /// The version after the selection's filter, as the command line loads a list; the
    /// records themselves only when `keepRecords`.
    ///
    /// - Throws: ``ServerError`` when the denominator is not a column of the version's region table.
    func selection(_ selection: SelectionOptions, keepRecords: Bool = false) throws(ServerError) -> AnalysisDataset {
        Self.selection(selection, of: dataset, keepRecords: keepRecords)
    }

    /// A version after a selection's filter.
    static func selection(_ selection: SelectionOptions, of dataset: LoadedDataset, keepRecords: Bool = false) -> AnalysisDataset {
        AnalysisDataset(
            records: dataset.records, ledger: dataset.ledger, table: dataset.table, resolver: dataset.resolver,
            filter: selection.filter, keepRecords: keepRecords)
    }

    /// The id given for a route input.
    ///
    /// - Throws: ``ServerError`` (`badQuery`) when a required one is missing or not an id.
    func id(of input: RouteInput) throws(ServerError) -> Int64 {
        guard let id = try query.id(input.name) else { throw ServerError(.badQuery, "\(input.name) is required: \(input.help)") }
        return id
    }

    /// The mortality file of `input`, read against the version's regions — on a thread
    /// of the import runner (taking one of its slots) within the request's time limit
    /// when it is not read yet.
    ///
    /// - Throws: ``ServerError`` — `busy` when every slot is taken; `unprocessable` for
    ///   a file that does not fit the version's region table.
    func deaths(_ input: RouteInput = .mortality) async throws -> DeathsTable {
        let id = try id(of: input)
        let store = services.store
        if store.hasDeaths(id, for: dataset) { return try store.deaths(id, for: dataset) }
        return try await store.loadDeaths(
            id, for: dataset, runner: services.imports, deadline: .now + services.settings.requestTimeLimit)
    }

    /// What a replacement balance reads: the stored files of ``RouteInput/claims``,
    /// ``RouteInput/decrees`` (when given), ``RouteInput/series`` and
    /// ``RouteInput/estimate``, and the version's records as the named killed — as
    /// `warburden balance --records LIST` reads them.
    ///
    /// - Throws: ``ServerError`` (`badQuery`) for a missing or malformed id;
    ///   ``WorkspaceError`` (`unknownFile`) for an id the workspace does not hold;
    ///   ``BurdenData/DataError`` for a stored file that does not read.
    func balanceInputs() throws -> BalanceInputs {
        func stored(_ input: RouteInput) throws -> (path: String, name: String)? {
            let given = try query.id(input.name) != nil
            guard input.isRequired || given, case .file(let kind) = input.kind else { return nil }
            let id = try id(of: input)
            let file = try services.workspace.file(id, kind: kind)
            return (try services.workspace.path(of: id, kind: kind), file.file)
        }
        let (claims, series, estimate) = (try stored(.claims)!, try stored(.series)!, try stored(.estimate)!)
        let decrees = try stored(.decrees)
        return BalanceInputs(
            claims: try RecruitmentClaimsReader.read(path: claims.path, name: claims.name),
            decrees: try decrees.map { file throws(DataError) in try ConscriptionDecreesReader.read(path: file.path, name: file.name) } ?? [],
            claimedLosses: try CumulativeSeriesReader.read(path: series.path, name: series.name),
            estimate: try WeeklyCountsReader.read(path: estimate.path, name: estimate.name),
            named: .records(dataset.records))
    }

    /// The version of `input` (an earlier one to compare with).
    ///
    /// - Throws: ``ServerError`` — `unknownDataset` when there is none; `unprocessable`
    ///   when it was imported with another region table.
    func otherDataset(_ input: RouteInput = .since) throws(ServerError) -> LoadedDataset {
        let id = try id(of: input)
        let other = try services.store.dataset(id)
        guard other.version.regionTable == dataset.version.regionTable else {
            throw ServerError(.unprocessable, "datasets \(id) and \(dataset.version.id) were imported with different region tables")
        }
        return other
    }
}
