import BurdenData
import Hummingbird

extension ServerError: HTTPResponseError {
    /// The HTTP status of the error's kind.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: code.status) }

    /// The problem document (RFC 9457): `type` (a URN naming the kind), `title`,
    /// `status`, `detail` (the message), `instance` (the path asked for) and `code`.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if code == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"warburden\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: problemJSON(instance: request.uri.path))))
    }

    /// The problem document's text.
    public func problemJSON(instance: String) -> String {
        let members = [
            ("type", "\"urn:warburden:problem:\(code)\""), ("title", quoted(code.title)), ("status", String(code.status)),
            ("detail", quoted(message)), ("instance", quoted(instance)), ("code", quoted(code.description)),
        ]
        return "{\n" + members.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    private func quoted(_ text: String) -> String { "\"" + JSONText.escaped(text) + "\"" }
}
