import BurdenAnalysis
import BurdenData
import BurdenReport
import Hummingbird

/// One analysis the API serves on a stored version, `GET /datasets/{id}/NAME`: its
/// specification's options as query parameters (the same names, defaults, ranges and
/// errors as on the command line, decoded by the specification itself), the
/// parameters only the API has (ids of other stored things, ``RouteInput``), and how
/// the analysis runs on a request.
struct AnalysisRoute: Sendable {
    /// The path's last part and the command's name.
    let name: String
    /// One line on what the analysis computes.
    let abstract: String
    /// The specification's options.
    let catalog: OptionCatalog
    /// The parameters only the API has.
    let inputs: [RouteInput]
    /// What the answer is, for the OpenAPI document.
    let response: String
    private let handler: @Sendable (QueryValues, AnalysisRequest) async throws -> TidyDocument

    /// A route of a specification.
    ///
    /// - Parameters:
    ///   - specification: the analysis's options.
    ///   - name: the route's name; the specification's by default.
    ///   - sample: arguments that make a valid value of the specification, when it has
    ///     required options (for its catalog).
    ///   - inputs: the parameters only the API has.
    ///   - response: what the answer is; by default the command's output for the same list.
    ///   - run: the analysis with the decoded options, on the request's version.
    init<Specification: AnalysisSpecification>(
        _ specification: Specification.Type, name: String = Specification.name, sample: [String] = [], inputs: [RouteInput] = [],
        response: String? = nil, _ run: @escaping @Sendable (Specification, AnalysisRequest) async throws -> TidyDocument
    ) {
        self.name = name
        abstract = Specification.abstract
        let catalog = OptionCatalog(of: specification, sample: sample)
        self.catalog = catalog
        self.inputs = inputs
        self.response = response ?? "The result, as `warburden \(name) FILE --format json` prints it for the same list."
        let routeNames = Set(inputs.map(\.name) + ["format"])
        handler = { query, request in
            try await run(try Specification.decode(query, catalog: catalog, excluding: routeNames), request)
        }
    }

    /// Every query parameter the route takes.
    var parameterNames: Set<String> { Set(catalog.entries.map(\.parameterName) + inputs.map(\.name) + ["format"]) }

    /// The parameters that may be given more than once.
    var repeatableNames: Set<String> { Set(catalog.entries.filter(\.isRepeating).map(\.parameterName)) }

    /// The analysis's document for a request; analysis and data errors are 422.
    func document(_ query: QueryValues, _ request: AnalysisRequest) async throws -> TidyDocument {
        do {
            return try await handler(query, request)
        } catch let error as AnalysisError {
            throw ServerError(.unprocessable, error.message)
        } catch let error as DataError {
            throw ServerError(.unprocessable, error.message)
        }
    }
}

/// A query parameter of a route that the command line has as a file or another
/// command: the id of a stored thing the analysis reads.
struct RouteInput: Sendable, Hashable {
    /// What the id names.
    enum Kind: Sendable, Hashable {
        /// Another version of the list.
        case dataset
        /// A stored file of this kind.
        case file(StoredFile.Kind)
    }

    /// The parameter's name.
    let name: String
    /// What the id names.
    let kind: Kind
    /// Whether the route needs it.
    let isRequired: Bool
    /// What it is for.
    let help: String

    /// `mortality`: the mortality file the excess is estimated from.
    static let mortality = RouteInput(
        name: "mortality", kind: .file(.mortality), isRequired: true,
        help: "The id of a mortality file of the workspace (GET /mortality) that fits the version's region table.")

    /// `claims`: the recruitment claims a balance counts the intake from.
    static let claims = RouteInput(
        name: "claims", kind: .file(.recruitmentClaims), isRequired: true,
        help: "The id of a recruitment claims file of the workspace (GET /recruitment-claims).")

    /// `decrees`: the conscription decrees a balance shows apart.
    static let decrees = RouteInput(
        name: "decrees", kind: .file(.conscriptionDecrees), isRequired: false,
        help: "The id of a conscription decrees file of the workspace (GET /conscription-decrees); none when absent.")

    /// `series`: the claimed killed and wounded, a daily cumulative series.
    static let series = RouteInput(
        name: "series", kind: .file(.lossSeries), isRequired: true,
        help: "The id of a loss series file of the workspace (GET /loss-series): the claimed killed and wounded.")

    /// `estimate`: the weekly estimate of the killed.
    static let estimate = RouteInput(
        name: "estimate", kind: .file(.weeklyEstimate), isRequired: true,
        help: "The id of a weekly estimate file of the workspace (GET /weekly-estimate): the estimated killed.")

    /// `since`: the earlier version a change is measured from.
    static let since = RouteInput(
        name: "since", kind: .dataset, isRequired: true, help: "The id of the earlier version to compare with.")
}
