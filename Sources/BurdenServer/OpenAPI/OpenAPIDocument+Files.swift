import OpenAPIKit

extension OpenAPIDocument {
    /// Region tables, mortality files and the tables of the replacement balance: list,
    /// store, one, delete.
    static var filePaths: [(OpenAPI.Path, Either<OpenAPI.Reference<OpenAPI.PathItem>, OpenAPI.PathItem>)] {
        StoredFile.Kind.allCases.flatMap { kind in
            let (noun, purpose, extra): (String, String, OpenAPI.Parameter.Array) =
                switch kind {
                case .regions:
                    ("regions file", "Region tables (code,name[,aliases],numeric columns…) for lists of other countries",
                     [.parameter(.query(name: "denominator", schema: .string(defaultValue: "population"), description: "The population column."))])
                case .mortality:
                    ("mortality file", "Deaths by region, year, age group and sex, for the excess mortality (plain or gzip-compressed)",
                     [idParameter("regions", "For another country: the region table of the workspace whose regions the file names.")])
                case .recruitmentClaims:
                    (kind.noun, "Recruitment claims for the replacement balance (published_date,period_start,period_end,source,quantity,value,notes,url[,volunteers])", [])
                case .conscriptionDecrees:
                    (kind.noun, "Conscription decrees for the replacement balance (decree_date,campaign,period_start,period_end,quota,…)", [])
                case .lossSeries:
                    (kind.noun, "A daily cumulative series of claimed killed and wounded for the replacement balance (date and a value column)", [])
                case .weeklyEstimate:
                    (kind.noun, "A weekly estimate of the killed for the replacement balance (week_start and estimated_deaths, estimate or value)", [])
                }
            let files = content([(.csv, binary), (OpenAPI.ContentType(rawValue: "application/octet-stream")!, binary)])
            return [
                path("/\(kind.rawValue)", OpenAPI.PathItem(
                    get: OpenAPI.Operation(
                        tags: ["files"], summary: "List \(noun)s", description: purpose + ".", parameters: [format],
                        responses: responses(200, document(
                            "Table `\(kind.rawValue)`: id, kind, label, file, bytes, sha256, imported_at, denominator, region_table."))),
                    post: OpenAPI.Operation(
                        tags: ["files"], summary: "Store a \(noun)",
                        description: purpose + "; the body is the file. It is read before it is stored. Needs the bearer token.",
                        parameters: [textParameter("label", required: true, "The file's label."), textParameter("name", "The file's name.")] + extra,
                        requestBody: OpenAPI.Request(content: files, required: true),
                        responses: responses(201, document("The stored file's fields; `Location` names it.", csv: false), problems: [400, 401, 413, 422, 503]),
                        security: bearer))),
                path("/\(kind.rawValue)/{id}", OpenAPI.PathItem(
                    get: OpenAPI.Operation(
                        tags: ["files"], summary: "A \(noun)", parameters: [id, format],
                        responses: responses(200, document("The file's fields."), problems: [400, 404])),
                    delete: OpenAPI.Operation(
                        tags: ["files"], summary: "Delete a \(noun)", parameters: [id],
                        responses: responses(204, empty("Deleted."), problems: [400, 401, 404, 409]), security: bearer))),
            ]
        }
    }
}
