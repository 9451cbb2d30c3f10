import Hummingbird
import Logging

/// Wraps the router: every failure becomes a problem document (RFC 9457) — the
/// server's own errors with their detail, the router's (no such route) with a
/// message, anything else as an internal error that says nothing more — and every
/// request but an upload is held to the time limit. Every response says
/// `X-Content-Type-Options: nosniff`.
struct GuardedResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == BasicRequestContext {
    let inner: Inner
    let timeLimit: Duration

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        var response: Response
        do {
            if request.method == .get || request.method == .head {
                response = try await withTimeLimit(request: request, context: context)
            } else {
                response = try await inner.respond(to: request, context: context)
            }
            if response.status.code >= 400, response.headers[.contentType] == nil {
                throw HTTPError(response.status)
            }
        } catch {
            let problem = Self.problem(for: error, request: request)
            if problem.code == .internalError {
                context.logger.error("internal error on \(request.method) \(request.uri.path): \(type(of: error))")
            }
            response = try problem.response(from: request, context: context)
            if problem.code == .tooLarge { response.headers[.connection] = "close" }
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }

    private func withTimeLimit(request: Request, context: BasicRequestContext) async throws -> Response {
        let inner = self.inner
        let limit = timeLimit
        return try await withThrowingTaskGroup(of: Response?.self) { group in
            group.addTask { try await inner.respond(to: request, context: context) }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let response = first else {
                throw ServerError(.timeout, "the request took longer than the limit of \(limit)")
            }
            return response
        }
    }

    /// The problem a failure is shown as.
    static func problem(for error: any Error, request: Request) -> ServerError {
        switch error {
        case let error as ServerError:
            return error
        case let error as HTTPError:
            switch error.status.code {
            case 404: return ServerError(.notFound, "no route for \(request.method) \(QueryValues.shown(request.uri.path))")
            case 405: return ServerError(.methodNotAllowed, "\(QueryValues.shown(request.uri.path)) does not take \(request.method)")
            case 413: return ServerError(.tooLarge, "the request is too large")
            case 400..<500: return ServerError(.badQuery, error.body ?? "bad request")
            default: return ServerError(.internalError, "the server could not answer")
            }
        default:
            return ServerError(.internalError, "the server could not answer")
        }
    }
}
