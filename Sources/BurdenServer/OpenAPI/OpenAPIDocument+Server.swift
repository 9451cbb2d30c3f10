import BurdenAnalysis
import OpenAPIKit

extension OpenAPIDocument {
    /// `/healthz`, `/openapi.json` and the dashboard at `/`.
    static var serverPaths: [(OpenAPI.Path, Either<OpenAPI.Reference<OpenAPI.PathItem>, OpenAPI.PathItem>)] {
        var dashboard: OpenAPI.Parameter.Array = [
            idParameter("dataset", "The version shown; the latest by default."),
            idParameter("since", "Show the changes since this earlier version."),
            .parameter(.query(name: "lang", schema: .string(allowedValues: ["en", "ru"], defaultValue: "en"), description: "Language of the report.")),
            idParameter("mortality", "A mortality file that fits the version, for the excess mortality section."),
        ]
        dashboard += Dashboard.reportCatalog.entries.map { .parameter($0.queryParameter) }
        let page = OpenAPI.Response(description: "The page.", content: content([(.html, OpenAPI.Content(schema: JSONSchema.string))]))
        let openAPI = OpenAPI.Response(
            description: "The OpenAPI document.", content: content([(.json, OpenAPI.Content(schema: JSONSchema.object))]))
        return [
            path("/healthz", OpenAPI.PathItem(get: OpenAPI.Operation(
                tags: ["server"], summary: "Health",
                responses: responses(200, document("`status`: ok, the tool's `version`, the number of `datasets`.", csv: false))))),
            path("/openapi.json", OpenAPI.PathItem(get: OpenAPI.Operation(
                tags: ["server"], summary: "This document", responses: responses(200, .response(openAPI))))),
            path("/", OpenAPI.PathItem(get: OpenAPI.Operation(
                tags: ["dashboard"], summary: "Dashboard",
                description: "The report of a version, rendered live, with controls (version, changes since, period, unit type, denominator, interval, language, vital statistics). A plain HTML form; nothing is fetched from another origin.",
                parameters: dashboard, responses: responses(200, .response(page), problems: [400, 404, 422, 503])))),
        ]
    }
}
