import BurdenData
import Hummingbird

extension ServerError: HTTPResponseError {
    /// The HTTP status of the error's kind.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: code.status) }

    /// The headers a problem of this kind carries besides its type: `WWW-Authenticate`
    /// for `unauthorized`, `Allow` for `methodNotAllowed`, `Retry-After` for `busy`,
    /// `Connection: close` when the rest of the request will not be read.
    var headers: HTTPFields {
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        switch code {
        case .unauthorized: headers[.wwwAuthenticate] = "Bearer realm=\"warburden\""
        case .methodNotAllowed: headers[.allow] = allowedMethods.joined(separator: ", ")
        case .busy: headers[.retryAfter] = String(ImportRunner.retryAfterSeconds)
        case .tooLarge, .headTooLarge, .badRequest: headers[.connection] = "close"
        default: break
        }
        return headers
    }

    /// The problem document (RFC 9457) of the error, for the path asked for.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: headers, body: .init(byteBuffer: ProblemDocument(self, instance: request.uri.path).body))
    }
}
