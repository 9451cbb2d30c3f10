import BurdenAnalysis
import OpenAPIKit

extension OpenAPIDocument {
    /// The versions of the list: list, import, one, delete, ledger.
    static var datasetPaths: [(OpenAPI.Path, Either<OpenAPI.Reference<OpenAPI.PathItem>, OpenAPI.PathItem>)] {
        var upload: OpenAPI.Parameter.Array = [
            textParameter("label", required: true, "The version's label, e.g. the date of the list."),
            textParameter("name", "The file's name (its ending picks the format when input_format is not given)."),
            idParameter("regions", "A region table of the workspace to resolve regions against."),
        ]
        upload += Routes.importCatalog.entries.map { .parameter($0.queryParameter) }
        let lists = content([
            (.csv, binary), (OpenAPI.ContentType(rawValue: "text/tab-separated-values")!, binary),
            (OpenAPI.ContentType(rawValue: "application/x-ndjson")!, binary), (OpenAPI.ContentType(rawValue: "application/octet-stream")!, binary),
        ])
        return [
            path("/datasets", OpenAPI.PathItem(
                get: OpenAPI.Operation(
                    tags: ["datasets"], summary: "List versions", parameters: [format],
                    responses: responses(200, document(
                        "Table `datasets`: id, label, file, format, bytes, sha256, imported_at, region_table, rows, records, rejected."))),
                post: OpenAPI.Operation(
                    tags: ["datasets"], summary: "Import a list as a new version",
                    description: "The body is the list itself (CSV, TSV or NDJSON, as `warburden check` reads it), streamed to disk and imported in one transaction: a failed import leaves the workspace unchanged. Names are used only to find duplicates and never stored. Needs the bearer token.",
                    parameters: upload, requestBody: OpenAPI.Request(content: lists, required: true),
                    responses: responses(
                        201, document(
                            "The new version's fields as metadata and the ledger's tables (`reasons`, `unresolved_regions`, `columns`); `Location` names it.",
                            csv: false),
                        problems: [400, 401, 404, 413, 422, 503]),
                    security: bearer))),
            path("/datasets/{id}", OpenAPI.PathItem(
                get: OpenAPI.Operation(
                    tags: ["datasets"], summary: "A version", parameters: [id, format],
                    responses: responses(200, document("The version's fields as metadata."), problems: [400, 404])),
                delete: OpenAPI.Operation(
                    tags: ["datasets"], summary: "Delete a version", parameters: [id],
                    responses: responses(204, empty("Deleted with its records."), problems: [400, 401, 404]), security: bearer))),
            path("/datasets/{id}/ledger", OpenAPI.PathItem(get: OpenAPI.Operation(
                tags: ["datasets"], summary: "Import ledger",
                description: "What happened to every row, as `warburden check FILE --format json` prints it.",
                parameters: [id, format], responses: responses(200, document("The ledger."), problems: [400, 404])))),
        ]
    }
}
