import Foundation
import OpenAPIKit

/// The OpenAPI 3.1 document of the API, served at `/openapi.json` and written to
/// `docs/openapi.json` by `scripts/openapi`: generated — with OpenAPIKit, which
/// builds and validates the document in code — from the routes and from the
/// analyses' specifications, so that every parameter, choice, range and default is
/// the one the command line and the server use.
public enum OpenAPIDocument {
    /// The document of the tool at `version` as JSON: keys sorted, two-space indentation.
    public static func json(version: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document(version: version))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The document of the tool at `version`.
    static func document(version: String) -> OpenAPI.Document {
        OpenAPI.Document(
        openAPIVersion: .v3_1_0,
        info: .init(title: "warburden", description: Text.info, version: version),
        servers: [.init(url: URL(string: "http://127.0.0.1:8080")!)],
        paths: OpenAPI.PathItem.Map(serverPaths + datasetPaths + analysisPaths + filePaths, uniquingKeysWith: { first, _ in first }),
        components: components,
        tags: ["datasets", "analyses", "files", "dashboard", "server"].map { OpenAPI.Tag(name: $0) })
    }

    /// The parts every path shares: the problem document, the tidy document, the token.
    static let components = OpenAPI.Components(
        schemas: [
            "Document": .object(
                description: Text.documentSchema, additionalProperties: .a(true)),
            "Problem": .object(
                description: "RFC 9457 problem details.",
                properties: [
                    "type": .string(description: "urn:warburden:problem:CODE"),
                    "title": .string,
                    "status": .integer,
                    "detail": .string(description: "What was wrong, naming the parameter or the limit."),
                    "instance": .string(required: false, description: "The path asked for (absent when the request's head could not be read)."),
                    "code": .string(allowedValues: ServerError.Code.all.map { AnyCodable($0.description) }),
                ]),
        ],
        responses: [
            "Problem": .response(OpenAPI.Response(
                description: "A problem document.",
                content: content([(problemJSON, OpenAPI.Content(schemaReference: OpenAPI.Reference<JSONSchema>.component(named: "Problem")))])))
        ],
        securitySchemes: ["bearer": .b(.http(scheme: "bearer", description: "The token `warburden serve` prints at start, or the one given with `--token`."))])

    // MARK: - Shared pieces

    typealias ResponseEntry = Either<OpenAPI.Reference<OpenAPI.Response>, OpenAPI.Response>
    typealias ParameterEntry = Either<OpenAPI.Reference<OpenAPI.Parameter>, OpenAPI.Parameter>

    static let problemJSON = OpenAPI.ContentType(rawValue: "application/problem+json")!

    /// A content map from media types and their contents.
    static func content(_ pairs: [(OpenAPI.ContentType, OpenAPI.Content)]) -> OpenAPI.Content.Map {
        OpenAPI.Content.Map(pairs.map { ($0.0, .content($0.1)) }, uniquingKeysWith: { first, _ in first })
    }

    /// A body of raw bytes.
    static let binary = OpenAPI.Content(schema: JSONSchema.string(contentEncoding: .binary))

    /// An answer with a tidy document, as JSON or as the main table in CSV.
    static func document(_ description: String, csv: Bool = true) -> ResponseEntry {
        var pairs = [(OpenAPI.ContentType.json, OpenAPI.Content(schemaReference: OpenAPI.Reference<JSONSchema>.component(named: "Document")))]
        if csv { pairs.append((.csv, OpenAPI.Content(schema: JSONSchema.string))) }
        return .response(OpenAPI.Response(description: description, content: content(pairs)))
    }

    /// An answer without a body.
    static func empty(_ description: String) -> ResponseEntry { .response(OpenAPI.Response(description: description)) }

    /// The answers of an operation: the first, then problem documents with these statuses.
    static func responses(_ status: Int, _ first: ResponseEntry, problems codes: [Int] = []) -> OpenAPI.Response.Map {
        let problem: ResponseEntry = .reference(.component(named: "Problem"))
        let pairs = [(OpenAPI.Response.StatusCode(integerLiteral: status), first)]
            + codes.map { (OpenAPI.Response.StatusCode(integerLiteral: $0), problem) }
        return OpenAPI.Response.Map(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// `{id}` of a path.
    static let id = ParameterEntry.parameter(
        .path(name: "id", schema: .integer(format: .int64, minimum: (1, exclusive: false)),
              description: "The id of a version (or of a stored file): a positive whole number."))

    /// `format=json|csv`.
    static let format = ParameterEntry.parameter(
        .query(name: "format", schema: .string(allowedValues: DocumentFormat.allCases.map { AnyCodable($0.rawValue) }, defaultValue: "json"),
               description: "json (as `--format json` prints it) or csv (the main table, guarded against spreadsheet formulas)."))

    /// A query parameter of an id of a stored thing.
    static func idParameter(_ name: String, required: Bool = false, _ description: String) -> ParameterEntry {
        .parameter(.query(name: name, required: required, schema: .integer(minimum: (1, exclusive: false)), description: description))
    }

    /// A query parameter of text.
    static func textParameter(_ name: String, required: Bool = false, _ description: String) -> ParameterEntry {
        .parameter(.query(name: name, required: required, schema: .string, description: description))
    }

    /// A path and its operations.
    static func path(_ path: String, _ item: OpenAPI.PathItem) -> (OpenAPI.Path, Either<OpenAPI.Reference<OpenAPI.PathItem>, OpenAPI.PathItem>) {
        (OpenAPI.Path(rawValue: path), .pathItem(item))
    }

    /// The bearer token.
    static let bearer: [OpenAPI.SecurityRequirement] = [[.component(named: "bearer"): []]]
}
