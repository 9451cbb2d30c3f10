import BurdenAnalysis
import BurdenData
import BurdenReport
import Foundation
import Hummingbird

/// The formats an answer can take: JSON (as `--format json` prints it) or CSV (the
/// main table, guarded for spreadsheets).
enum DocumentFormat: String, Sendable, CaseIterable {
    case json, csv
}

/// Builds the router of the API and the dashboard from the services.
///
/// Reading (`GET`, and `HEAD` alike without a body) needs nothing; writing (`POST`,
/// `DELETE`) needs the bearer token. Every request passes ``GuardMiddleware`` (the
/// `Host`, the time limit, problem documents); every path and query value is checked
/// before anything runs; a method a path does not take is answered 405 with `Allow`.
///
/// - Parameter services: the workspace, settings and caches.
/// - Returns: the router; ``makeApplication(services:onServerRunning:)`` serves it.
public func makeRouter(services: ServerServices) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
    let folder = services.workspace.folder
    router.add(
        middleware: GuardMiddleware(
            timeLimit: services.settings.requestTimeLimit, hosts: AllowedHosts(settings: services.settings, port: services.port),
            folders: Set([folder.path, folder.resolvingSymlinksInPath().path]).sorted { $0.count > $1.count }))
    let routes = Routes(services: services)
    var table = RouteTable(router: router)
    table.on("/healthz", .get) { _, _ in try routes.health() }
    let openAPI = OpenAPIDocument.json(version: services.toolVersion)
    table.on("/openapi.json", .get) { _, _ in routes.text(openAPI, contentType: "application/json") }
    table.on("/", .get) { request, _ in try await routes.dashboard(request) }
    table.on("/datasets", .get) { request, _ in try routes.datasets(request) }
    table.on("/datasets", .post) { request, _ in try await routes.upload(request) }
    table.on("/datasets/{id}", .get) { request, context in try routes.dataset(request, context) }
    table.on("/datasets/{id}", .delete) { request, context in try await routes.deleteDataset(request, context) }
    table.on("/datasets/{id}/ledger", .get) { request, context in try routes.ledger(request, context) }
    for route in AnalysisRoutes.all {
        table.on("/datasets/{id}/\(route.name)", .get) { request, context in try await routes.analysis(route, request, context) }
    }
    for kind in StoredFile.Kind.allCases {
        table.on("/\(kind.rawValue)", .get) { request, _ in try routes.files(kind, request) }
        table.on("/\(kind.rawValue)", .post) { request, _ in try await routes.uploadFile(kind, request) }
        table.on("/\(kind.rawValue)/{id}", .get) { request, context in try routes.file(kind, request, context) }
        table.on("/\(kind.rawValue)/{id}", .delete) { request, context in try await routes.deleteFile(kind, request, context) }
    }
    table.answerOtherMethods()
    return router
}

/// The handlers. Failures of the workspace are thrown as they are and become
/// problems in ``GuardMiddleware``.
struct Routes: Sendable {
    let services: ServerServices
    private var workspace: Workspace { services.workspace }

    // MARK: Reading

    func health() throws -> Response {
        let count = try workspace.versions().count
        return answer(TidyDocument(
            metadata: [.init("status", .text("ok")), .init("version", .text(services.toolVersion)), .init("datasets", .integer(count))],
            tables: []), format: .json)
    }

    func datasets(_ request: Request) throws -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(DatasetVersion.document(try workspace.versions()), format: try query.choice("format", default: .json))
    }

    func dataset(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(try workspace.version(try id(context)).document, format: try query.choice("format", default: .json))
    }

    func ledger(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(try workspace.ledger(of: try id(context)).document, format: try query.choice("format", default: .json))
    }

    /// An analysis of a version; answers are kept, as versions never change.
    func analysis(_ route: AnalysisRoute, _ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let id = try id(context)
        let query = try QueryValues(request.uri.query, allowed: route.parameterNames, repeatable: route.repeatableNames)
        let format = try query.choice("format", default: DocumentFormat.json)
        let key = "\(route.name)/\(id)?\(query.canonical)"
        if let hit = services.cache.entry(key) { return response(hit) }
        let dataset = try services.store.dataset(id)
        let document = try await route.document(query, AnalysisRequest(dataset: dataset, query: query, services: services))
        let entry = rendered(document, format: format)
        services.cache.store(entry, for: key)
        return response(entry)
    }

    func files(_ kind: StoredFile.Kind, _ request: Request) throws -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(StoredFile.document(try workspace.files(kind), kind: kind), format: try query.choice("format", default: .json))
    }

    func file(_ kind: StoredFile.Kind, _ request: Request, _ context: BasicRequestContext) throws -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(try workspace.file(try id(context), kind: kind).document, format: try query.choice("format", default: .json))
    }

    func dashboard(_ request: Request) async throws -> Response {
        let query = try QueryValues(request.uri.query, allowed: Dashboard.keys, repeatable: Dashboard.repeatable)
        let versions = try workspace.versions()
        let mortality = try workspace.files(.mortality)
        let key = "dashboard?\(query.canonical)#\(versions.map { String($0.id) }.joined(separator: ","))#\(mortality.map { String($0.id) }.joined(separator: ","))"
        if let hit = services.cache.entry(key) { return response(hit, headers: Dashboard.headers) }
        let page = try await Dashboard(services: services, query: query, versions: versions, mortality: mortality).page()
        let entry = ResponseCache.Entry(contentType: "text/html; charset=utf-8", body: ByteBuffer(string: page))
        services.cache.store(entry, for: key)
        return response(entry, headers: Dashboard.headers)
    }

    // MARK: Writing

    /// `POST /datasets`: a slot of the import runner is taken before the body is read
    /// (503 `busy` when none is free), the body is received into `uploads/`, and the
    /// list is imported on the runner's thread within the upload's time limit.
    func upload(_ request: Request) async throws -> Response {
        try BearerToken.check(request, token: services.settings.token)
        let query = try QueryValues(
            request.uri.query, allowed: Self.uploadKeys.union(Self.importCatalog.entries.map(\.parameterName)),
            repeatable: Set(Self.importCatalog.entries.filter(\.isRepeating).map(\.parameterName)))
        let label = try WorkspaceText.label(try query.required("label"))
        let name = try WorkspaceText.fileName(query.string("name") ?? "upload.csv")
        let importOptions = try ListImportOptions.decode(query, catalog: Self.importCatalog, excluding: Self.uploadKeys)
        let options = importOptions.importerOptions
        let regionTable = try query.id("regions")
        if let regionTable { _ = try workspace.file(regionTable, kind: .regions) }
        let strict = importOptions.strict
        let chosen = options
        let (version, ledger) = try await receivingAndImporting(request) { path, limits in
            var options = chosen
            options.limits = limits
            return try services.workspace.importList(
                path: path, label: label, fileName: name, options: options, regionTable: regionTable, strict: strict)
        }
        services.cache.removeAll()
        let document = TidyDocument(metadata: version.metadata, tables: ledger.document.tables)
        var response = answer(document, format: .json, status: .created)
        response.headers[.location] = "/datasets/\(version.id)"
        return response
    }

    func deleteDataset(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try BearerToken.check(request, token: services.settings.token)
        _ = try QueryValues(request.uri.query, allowed: [])
        let id = try id(context)
        try await workspace.deleteVersion(id)
        services.store.forget(id)
        services.cache.removeAll()
        return Response(status: .noContent)
    }

    /// `POST /regions`, `POST /mortality`, `POST /recruitment-claims`…: as
    /// ``upload(_:)``, the file checked where it was received before anything is kept.
    func uploadFile(_ kind: StoredFile.Kind, _ request: Request) async throws -> Response {
        try BearerToken.check(request, token: services.settings.token)
        let query = try QueryValues(request.uri.query, allowed: Self.uploadFileKeys(kind))
        let label = try WorkspaceText.label(try query.required("label"))
        let name = try WorkspaceText.fileName(query.string("name") ?? Self.defaultFileName(kind))
        let denominator = try query.column("denominator")
        let regionTable = try query.id("regions")
        if let regionTable { _ = try workspace.file(regionTable, kind: .regions) }
        let stored = try await receivingAndImporting(request) { path, limits in
            try services.workspace.importFile(
                path: path, kind: kind, label: label, fileName: name, denominator: denominator, regionTable: regionTable, limits: limits)
        }
        services.cache.removeAll()
        var response = answer(stored.document, format: .json, status: .created)
        response.headers[.location] = "/\(kind.rawValue)/\(stored.id)"
        return response
    }

    func deleteFile(_ kind: StoredFile.Kind, _ request: Request, _ context: BasicRequestContext) async throws -> Response {
        try BearerToken.check(request, token: services.settings.token)
        _ = try QueryValues(request.uri.query, allowed: [])
        let id = try id(context)
        try await workspace.deleteFile(id, kind: kind)
        services.store.forgetDeaths(id)
        services.cache.removeAll()
        return Response(status: .noContent)
    }

    /// Takes a slot of the import runner, receives the body into `uploads/`, runs
    /// `work` on it on the runner's thread within the upload's time limit, and deletes
    /// the received file whatever happens.
    private func receivingAndImporting<T: Sendable>(
        _ request: Request, _ work: @escaping @Sendable (_ path: String, _ limits: ReadLimits) throws -> T
    ) async throws -> T {
        let slot = try services.imports.reserve()
        let deadline = ContinuousClock.now + services.settings.uploadTimeLimit
        let upload = try await UploadReceiver.receive(
            request, into: workspace.uploadsFolder, limit: services.settings.maximumUploadBytes, deadline: deadline)
        defer { upload.remove() }
        let path = upload.path
        return try await services.imports.run(in: slot, limits: services.uploadLimits, deadline: deadline) { limits in
            try work(path, limits)
        }
    }

    // MARK: Helpers

    /// The `{id}` of the path: a positive whole number.
    func id(_ context: BasicRequestContext) throws(ServerError) -> Int64 {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text), id > 0 else {
            throw ServerError(.badPath, "'\(QueryValues.shown(text))' is not an id; ids are positive whole numbers")
        }
        return id
    }

    /// The parameters of an upload of a stored file of a kind.
    static func uploadFileKeys(_ kind: StoredFile.Kind) -> Set<String> {
        switch kind {
        case .regions: ["label", "name", "denominator"]
        case .mortality: ["label", "name", "regions"]
        case .recruitmentClaims, .conscriptionDecrees, .lossSeries, .weeklyEstimate: ["label", "name"]
        }
    }

    /// The name a stored file of a kind is given when the upload names none.
    static func defaultFileName(_ kind: StoredFile.Kind) -> String {
        kind == .regions ? "regions.csv" : kind == .mortality ? "deaths.csv" : "\(kind.rawValue).csv"
    }

    /// The parameters of an upload of a list that are not options of its import.
    static let uploadKeys: Set<String> = ["label", "name", "regions"]
    /// The options of the import, as `check` and `import` take them on the command line.
    static let importCatalog = OptionCatalog(of: ListImportOptions.self)

    func rendered(_ document: TidyDocument, format: DocumentFormat) -> ResponseCache.Entry {
        switch format {
        case .json:
            ResponseCache.Entry(contentType: "application/json; charset=utf-8", body: ByteBuffer(string: JSONRenderer().render(document)))
        case .csv:
            ResponseCache.Entry(contentType: "text/csv; charset=utf-8", body: ByteBuffer(string: CSVRenderer(guardsFormulas: true).render(document)))
        }
    }

    func answer(_ document: TidyDocument, format: DocumentFormat, status: HTTPResponse.Status = .ok) -> Response {
        response(rendered(document, format: format), status: status)
    }

    func response(_ entry: ResponseCache.Entry, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: entry.contentType]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: entry.body))
    }

    func text(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
