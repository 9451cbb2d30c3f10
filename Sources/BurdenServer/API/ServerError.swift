/// A request the server cannot answer as asked: an unknown dataset, a bad query
/// value, a missing token, an upload too large. Its ``description`` is one line
/// that names the problem and never holds a field of a record; the server sends it
/// as an RFC 9457 problem document (`application/problem+json`).
public struct ServerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, for programs that branch on it; each has its HTTP status.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String, CaseIterable {
            case badRequest = "bad_request", badPath = "bad_path", badQuery = "bad_query", unauthorized
            case unknownDataset = "unknown_dataset", unknownResource = "unknown_resource", notFound = "not_found"
            case methodNotAllowed = "method_not_allowed", tooLarge = "too_large", misdirected
            case malformedUpload = "malformed_upload", unprocessable, inUse = "in_use", headTooLarge = "head_too_large"
            case timeout, busy, stopping, storage, internalError = "internal_error"
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// Every code, for the API's documentation.
        public static var all: [Code] { Value.allCases.map(Code.init) }

        /// A request that is not HTTP as the server reads it, or has no `Host`.
        public static let badRequest = Code(.badRequest)
        /// A path segment that is not what the route takes (an id that is not a number).
        public static let badPath = Code(.badPath)
        /// A query parameter that is unknown, repeated, missing or out of range.
        public static let badQuery = Code(.badQuery)
        /// A write without the bearer token, or with a wrong one.
        public static let unauthorized = Code(.unauthorized)
        /// A dataset id that the workspace does not hold.
        public static let unknownDataset = Code(.unknownDataset)
        /// A region table or mortality file id that the workspace does not hold.
        public static let unknownResource = Code(.unknownResource)
        /// A path no route serves.
        public static let notFound = Code(.notFound)
        /// A method the path does not take.
        public static let methodNotAllowed = Code(.methodNotAllowed)
        /// A request body over the size limit.
        public static let tooLarge = Code(.tooLarge)
        /// A request for a host the server does not answer as (`Host` not among the
        /// allowed hosts: a page of another site that rebinds its name to this machine).
        public static let misdirected = Code(.misdirected)
        /// A request line or headers over the size limit.
        public static let headTooLarge = Code(.headTooLarge)
        /// An upload that cannot be read as what it claims to be (no header, no region column, no row imported).
        public static let malformedUpload = Code(.malformedUpload)
        /// Valid input that the analysis cannot run on (a model that does not fit).
        public static let unprocessable = Code(.unprocessable)
        /// A resource that others still use (a region table a dataset was imported with).
        public static let inUse = Code(.inUse)
        /// A request that ran past the time limit.
        public static let timeout = Code(.timeout)
        /// As many imports as may run at once are running (`Retry-After` says when to try again).
        public static let busy = Code(.busy)
        /// The work was stopped: the server is shutting down.
        public static let stopping = Code(.stopping)
        /// The workspace database failed.
        public static let storage = Code(.storage)
        /// Anything else; the detail says no more than that.
        public static let internalError = Code(.internalError)

        /// The HTTP status code of the problem.
        public var status: Int {
            switch value {
            case .badRequest, .badPath, .badQuery: 400
            case .unauthorized: 401
            case .unknownDataset, .unknownResource, .notFound: 404
            case .methodNotAllowed: 405
            case .inUse: 409
            case .tooLarge: 413
            case .misdirected: 421
            case .malformedUpload, .unprocessable: 422
            case .headTooLarge: 431
            case .timeout, .busy, .stopping: 503
            case .storage, .internalError: 500
            }
        }

        /// The short, fixed summary of the kind (RFC 9457 `title`).
        public var title: String {
            switch value {
            case .badRequest: "Bad request"
            case .badPath: "Bad path"
            case .badQuery: "Bad query value"
            case .unauthorized: "Unauthorized"
            case .unknownDataset: "Unknown dataset"
            case .unknownResource: "Unknown resource"
            case .notFound: "Not found"
            case .methodNotAllowed: "Method not allowed"
            case .tooLarge: "Request body too large"
            case .misdirected: "Misdirected request"
            case .headTooLarge: "Request head too large"
            case .malformedUpload: "Malformed upload"
            case .unprocessable: "Analysis not possible"
            case .inUse: "In use"
            case .timeout: "Time limit exceeded"
            case .busy: "Busy"
            case .stopping: "Server stopping"
            case .storage: "Workspace failure"
            case .internalError: "Internal error"
            }
        }

        public var description: String { value.rawValue }
    }

    /// The kind of problem.
    public let code: Code
    /// The one-line message (RFC 9457 `detail`).
    public let message: String
    /// For `methodNotAllowed`, the methods the path takes (the `Allow` header).
    public let allowedMethods: [String]

    /// Creates an error with its kind and one-line message.
    public init(_ code: Code, _ message: String, allowedMethods: [String] = []) {
        self.code = code
        self.message = message
        self.allowedMethods = allowedMethods
    }

    public var description: String { message }
}
