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
/// Reading (`GET`) needs nothing; writing (`POST`, `DELETE`) needs the bearer token.
/// Every path and query value is checked before anything runs, and every failure
/// is answered with a problem document (see ``GuardedResponder``).
///
/// - Parameter services: the workspace, settings and caches.
/// - Returns: the router; ``makeApplication(services:onServerRunning:)`` wraps it.
public func makeRouter(services: ServerServices) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    let routes = Routes(services: services)
    router.get("/healthz") { _, _ throws(ServerError) in try routes.health() }
    router.get("/openapi.json") { _, _ in routes.text(OpenAPIDocument.json, contentType: "application/json") }
    router.get("/") { request, _ throws(ServerError) in try routes.dashboard(request) }
    router.get("/datasets") { request, _ throws(ServerError) in try routes.datasets(request) }
    router.post("/datasets") { request, _ in try await routes.upload(request) }
    router.get("/datasets/{id}") { request, context throws(ServerError) in try routes.dataset(request, context) }
    router.delete("/datasets/{id}") { request, context in try await routes.deleteDataset(request, context) }
    router.get("/datasets/{id}/ledger") { request, context throws(ServerError) in try routes.ledger(request, context) }
    for name in Analyses.keys.keys.sorted() {
        router.get("/datasets/{id}/\(name)") { request, context throws(ServerError) in try routes.analysis(name, request, context) }
    }
    for kind in StoredFile.Kind.allCases {
        router.get("/\(kind.rawValue)") { request, _ throws(ServerError) in try routes.files(kind, request) }
        router.post("/\(kind.rawValue)") { request, _ in try await routes.uploadFile(kind, request) }
        router.get("/\(kind.rawValue)/{id}") { request, context throws(ServerError) in try routes.file(kind, request, context) }
        router.delete("/\(kind.rawValue)/{id}") { request, context in try await routes.deleteFile(kind, request, context) }
    }
    return router
}

/// The handlers.
struct Routes: Sendable {
    let services: ServerServices
    private var workspace: Workspace { services.workspace }

    // MARK: Reading

    func health() throws(ServerError) -> Response {
        let count = try workspace.versions().count
        return answer(TidyDocument(
            metadata: [.init("status", .text("ok")), .init("version", .text(services.toolVersion)), .init("datasets", .integer(count))],
            tables: []), format: .json)
    }

    func datasets(_ request: Request) throws(ServerError) -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(DatasetVersion.document(try workspace.versions()), format: try query.choice("format", default: .json))
    }

    func dataset(_ request: Request, _ context: BasicRequestContext) throws(ServerError) -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(try workspace.version(try id(context)).document, format: try query.choice("format", default: .json))
    }

    func ledger(_ request: Request, _ context: BasicRequestContext) throws(ServerError) -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(try workspace.ledger(of: try id(context)).document, format: try query.choice("format", default: .json))
    }

    /// An analysis of a version; answers are kept, as versions never change.
    func analysis(_ name: String, _ request: Request, _ context: BasicRequestContext) throws(ServerError) -> Response {
        let id = try id(context)
        let own = Analyses.keys[name] ?? []
        let allowed = name == "excess" ? own.union(["denominator", "format"]) : own.union(Analyses.filterKeys)
        let query = try QueryValues(request.uri.query, allowed: allowed, repeatable: ["unit_type"])
        let format = try query.choice("format", default: DocumentFormat.json)
        let key = "\(name)/\(id)?\(query.canonical)"
        if let hit = services.cache.entry(key) { return response(hit) }
        let dataset = try services.store.dataset(id)
        let document: TidyDocument
        switch name {
        case "rates": document = try Analyses.rates(dataset, query)
        case "groups": document = try Analyses.groups(dataset, query)
        case "model": document = try Analyses.model(dataset, query)
        case "inequality": document = try Analyses.inequality(dataset, query)
        case "trends": document = try Analyses.trends(dataset, query)
        case "excess": document = try Analyses.excess(dataset, query, store: services.store)
        default: document = try Analyses.changes(dataset, query, store: services.store)
        }
        let entry = rendered(document, format: format)
        services.cache.store(entry, for: key)
        return response(entry)
    }

    func files(_ kind: StoredFile.Kind, _ request: Request) throws(ServerError) -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(StoredFile.document(try workspace.files(kind), kind: kind), format: try query.choice("format", default: .json))
    }

    func file(_ kind: StoredFile.Kind, _ request: Request, _ context: BasicRequestContext) throws(ServerError) -> Response {
        let query = try QueryValues(request.uri.query, allowed: ["format"])
        return answer(try workspace.file(try id(context), kind: kind).document, format: try query.choice("format", default: .json))
    }

    func dashboard(_ request: Request) throws(ServerError) -> Response {
        let query = try QueryValues(request.uri.query, allowed: Dashboard.keys, repeatable: ["unit_type"])
        let versions = try workspace.versions()
        let mortality = try workspace.files(.mortality)
        let key = "dashboard?\(query.canonical)#\(versions.map { String($0.id) }.joined(separator: ","))#\(mortality.count)"
        if let hit = services.cache.entry(key) { return response(hit, headers: Dashboard.headers) }
        let page = try Dashboard(services: services, query: query, versions: versions, mortality: mortality).page()
        let entry = ResponseCache.Entry(contentType: "text/html; charset=utf-8", body: ByteBuffer(string: page))
        services.cache.store(entry, for: key)
        return response(entry, headers: Dashboard.headers)
    }

    // MARK: Writing

    func upload(_ request: Request) async throws(ServerError) -> Response {
        try BearerToken.check(request, token: services.settings.token)
        let query = try QueryValues(request.uri.query, allowed: ["label", "name", "input_format", "regions", "map", "strict"], repeatable: ["map"])
        let label = try Self.label(try query.required("label"))
        let name = try Self.fileName(query.string("name") ?? "upload.csv")
        var options = CasualtyImporter.Options()
        options.format = try query.string("input_format").map { text throws(ServerError) in
            guard let format = InputFormat(rawValue: text) else {
                throw ServerError(.badQuery, "input_format must be csv, tsv or ndjson (got '\(QueryValues.shown(text))')")
            }
            return format
        }
        options.mapping = try Self.mapping(query.list("map"))
        let regionTable = try query.id("regions")
        if let regionTable { _ = try workspace.file(regionTable, kind: .regions) }
        let deadline = ContinuousClock.now + services.settings.uploadTimeLimit
        let file = try await UploadReceiver.receive(
            request, folder: workspace.folder, limit: services.settings.maximumUploadBytes, deadline: deadline)
        defer { try? FileManager.default.removeItem(at: file) }
        let (version, ledger) = try await workspace.importList(
            path: file.path, label: label, fileName: name, options: options, regionTable: regionTable,
            strict: try query.flag("strict"))
        services.cache.removeAll()
        let document = TidyDocument(metadata: version.metadata, tables: ledger.document.tables)
        var response = answer(document, format: .json, status: .created)
        response.headers[.location] = "/datasets/\(version.id)"
        return response
    }

    func deleteDataset(_ request: Request, _ context: BasicRequestContext) async throws(ServerError) -> Response {
        try BearerToken.check(request, token: services.settings.token)
        _ = try QueryValues(request.uri.query, allowed: [])
        let id = try id(context)
        try await workspace.deleteVersion(id)
        services.store.forget(id)
        services.cache.removeAll()
        return Response(status: .noContent)
    }

    func uploadFile(_ kind: StoredFile.Kind, _ request: Request) async throws(ServerError) -> Response {
        try BearerToken.check(request, token: services.settings.token)
        let query = try QueryValues(request.uri.query, allowed: kind == .regions ? ["label", "name", "denominator"] : ["label", "name", "regions"])
        let label = try Self.label(try query.required("label"))
        let name = try Self.fileName(query.string("name") ?? (kind == .regions ? "regions.csv" : "deaths.csv"))
        let denominator = try query.column("denominator")
        let deadline = ContinuousClock.now + services.settings.uploadTimeLimit
        let file = try await UploadReceiver.receive(
            request, folder: workspace.folder, limit: services.settings.maximumUploadBytes, deadline: deadline)
        defer { try? FileManager.default.removeItem(at: file) }
        let stored = try workspace.importFile(
            path: file.path, kind: kind, label: label, fileName: name, denominator: denominator, regionTable: try query.id("regions"))
        services.cache.removeAll()
        var response = answer(stored.document, format: .json, status: .created)
        response.headers[.location] = "/\(kind.rawValue)/\(stored.id)"
        return response
    }

    func deleteFile(_ kind: StoredFile.Kind, _ request: Request, _ context: BasicRequestContext) async throws(ServerError) -> Response {
        try BearerToken.check(request, token: services.settings.token)
        _ = try QueryValues(request.uri.query, allowed: [])
        try await workspace.deleteFile(try id(context), kind: kind)
        services.cache.removeAll()
        return Response(status: .noContent)
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

    /// A label: 1–200 characters, no control characters.
    static func label(_ text: String) throws(ServerError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 200, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw ServerError(.badQuery, "label must be 1 to 200 characters without control characters")
        }
        return trimmed
    }

    /// A file name: no folders, 1–200 characters, no control characters.
    static func fileName(_ text: String) throws(ServerError) -> String {
        guard !text.isEmpty, text.count <= 200, !text.contains("/"), !text.contains("\\"), text != ".", text != "..",
            !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw ServerError(.badQuery, "name must be a file name without folders, 1 to 200 characters")
        }
        return text
    }

    /// `map=field=column` values, as `--map` on the command line.
    static func mapping(_ values: [String]) throws(ServerError) -> [RecordField: String] {
        var result: [RecordField: String] = [:]
        for value in values {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty, let field = RecordField(rawValue: parts[0]) else {
                let fields = RecordField.allCases.map(\.rawValue).joined(separator: ", ")
                throw ServerError(.badQuery, "map takes FIELD=COLUMN with a field of \(fields) (got '\(QueryValues.shown(value))')")
            }
            result[field] = parts[1]
        }
        return result
    }

    func rendered(_ document: TidyDocument, format: DocumentFormat) -> ResponseCache.Entry {
        switch format {
        case .json:
            ResponseCache.Entry(contentType: "application/json; charset=utf-8", body: ByteBuffer(string: JSONRenderer().render(document)))
        case .csv:
            ResponseCache.Entry(contentType: "text/csv; charset=utf-8", body: ByteBuffer(string: GuardedCSVRenderer().render(document)))
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
