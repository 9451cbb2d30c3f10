import Foundation
import Hummingbird

/// A problem document (RFC 9457, `application/problem+json`): `type` (a URN naming
/// the kind, `urn:warburden:problem:CODE`), `title`, `status`, `detail` (what was
/// wrong), `instance` (the path asked for, when there was one) and `code`. Encoded
/// with sorted keys, so that the same problem always has the same bytes.
struct ProblemDocument: Encodable, Sendable {
    let type: String
    let title: String
    let status: Int
    let detail: String
    let instance: String?
    let code: String

    /// The document of `error` for a request of `instance`.
    init(_ error: ServerError, instance: String?) {
        type = "urn:warburden:problem:\(error.code)"
        title = error.code.title
        status = error.code.status
        detail = error.message
        self.instance = instance
        code = error.code.description
    }

    /// The document's bytes: JSON with sorted keys, two-space indents, a final newline.
    var body: ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, an integer and an optional string always encode.
        var bytes = (try? encoder.encode(self)) ?? Data()
        bytes.append(0x0A)
        return ByteBuffer(bytes: bytes)
    }
}
