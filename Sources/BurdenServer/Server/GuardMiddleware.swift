import BurdenData
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The middleware every route and the router's "no such route" pass through:
///
/// - a request whose `Host` is not one the server answers as is refused (421,
///   `misdirected`; 400 without a `Host`) before anything runs;
/// - every request is cancelled when the server begins to shut down, and a reading
///   request (`GET`, `HEAD`) when it runs past the time limit;
/// - every failure becomes a problem document (RFC 9457): the server's own errors
///   with their detail, the workspace's through ``ServerError/init(_:)``, the router's
///   (no such route) with a message, anything else as an internal error that says
///   nothing more — and no detail or log line holds the workspace's folder;
/// - every response says `X-Content-Type-Options: nosniff`, and a `HEAD` has no body.
struct GuardMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    let timeLimit: Duration
    let hosts: AllowedHosts
    /// The workspace's folder, as given and as resolved, kept out of every message.
    let folders: [String]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            guard let authority = request.head.authority else {
                throw ServerError(.badRequest, "the request has no Host header")
            }
            guard hosts.allows(authority) else {
                throw ServerError(
                    .misdirected, "this server does not answer as '\(QueryValues.shown(authority))'; see serve --allowed-host")
            }
            let reading = request.method == .get || request.method == .head
            response = try await Self.bounded(by: reading ? timeLimit : nil) { try await next(request, context) }
            if response.status.code >= 400, response.headers[.contentType] == nil {
                throw HTTPError(response.status)
            }
        } catch {
            let problem = redacted(Self.problem(for: error, request: request))
            if problem.code == .internalError || problem.code == .storage {
                context.logger.error("\(problem.code) on \(request.method) \(QueryValues.shown(request.uri.path)): \(redacted(Self.cause(of: error)))")
            }
            response = try problem.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        // HEAD answers as GET would, without the body: the router does so for its
        // routes, and this for the problems (no such route, a refused Host…).
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// Runs `operation` in a child task that is cancelled when the server begins to
    /// shut down or, with a `limit`, when the limit passes (then `timeout` is thrown).
    /// Cancelled work ends at its next suspension (an import's thread is told to stop).
    private static func bounded(
        by limit: Duration?, _ operation: () async throws -> Response
    ) async throws -> Response {
        try await withoutActuallyEscaping(operation) { operation in
            // The closure runs in a child task of this call and never outlives it.
            let body = UncheckedOperation(run: operation)
            return try await cancelWhenGracefulShutdown {
                try await withThrowingTaskGroup(of: Response?.self) { group in
                    group.addTask { try await body.run() }
                    if let limit {
                        group.addTask {
                            try await Task.sleep(for: limit)
                            return nil
                        }
                    }
                    defer { group.cancelAll() }
                    guard let first = try await group.next(), let response = first else {
                        throw ServerError(.timeout, "the request took longer than the limit of \(limit ?? .zero)")
                    }
                    return response
                }
            }
        }
    }

    /// The problem a failure is shown as.
    static func problem(for error: any Error, request: Request) -> ServerError {
        switch error {
        case let error as ServerError:
            return error
        case let error as WorkspaceError:
            return ServerError(error)
        case let error as DataError:
            return ServerError(Workspace.failure(error, limits: .standard, refusing: nil))
        case is CancellationError:
            return ServerError(.stopping, "the server is stopping")
        case let error as HTTPError:
            switch error.status.code {
            case 404:
                // HEAD is answered as GET, to the byte.
                let method = request.method == .head ? HTTPRequest.Method.get : request.method
                return ServerError(.notFound, "no route for \(method) \(QueryValues.shown(request.uri.path))")
            case 413: return ServerError(.tooLarge, "the request is too large")
            case 400..<500: return ServerError(.badQuery, error.body ?? "bad request")
            default: return ServerError(.internalError, "the server could not answer")
            }
        default:
            return ServerError(.internalError, "the server could not answer")
        }
    }

    /// What the log says of a failure: the workspace's own message, or the error's type.
    private static func cause(of error: any Error) -> String {
        switch error {
        case let error as WorkspaceError: "\(error.code): \(error.message)"
        case let error as ServerError: error.message
        default: String(describing: type(of: error))
        }
    }

    private func redacted(_ error: ServerError) -> ServerError {
        ServerError(error.code, redacted(error.message), allowedMethods: error.allowedMethods)
    }

    /// `text` with the workspace's folder named as "the workspace" wherever it appears.
    private func redacted(_ text: String) -> String {
        folders.reduce(text) { $0.replacingOccurrences(of: $1, with: "the workspace") }
    }
}

/// A non-escaping operation carried into a child task that the caller awaits
/// before the operation's scope ends (see `GuardMiddleware.bounded(by:_:)`).
private struct UncheckedOperation: @unchecked Sendable {
    let run: () async throws -> Response
}
