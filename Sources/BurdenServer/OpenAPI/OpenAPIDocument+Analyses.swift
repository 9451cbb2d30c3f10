import BurdenAnalysis
import OpenAPIKit

extension OpenAPIDocument {
    /// `GET /datasets/{id}/NAME` of every analysis route: its specification's options,
    /// the ids only the API has, and the format.
    static var analysisPaths: [(OpenAPI.Path, Either<OpenAPI.Reference<OpenAPI.PathItem>, OpenAPI.PathItem>)] {
        AnalysisRoutes.all.map { route in
            var parameters: OpenAPI.Parameter.Array = [id]
            parameters += route.inputs.map { idParameter($0.name, required: $0.isRequired, $0.help) }
            parameters += route.catalog.entries.map { .parameter($0.queryParameter) }
            parameters.append(format)
            return path("/datasets/{id}/\(route.name)", OpenAPI.PathItem(
                get: OpenAPI.Operation(
                    tags: ["analyses"], summary: route.abstract, parameters: parameters,
                    responses: responses(200, document(route.response), problems: [400, 404, 422, 503]))))
        }
    }
}
