import Hummingbird

/// The bearer token that writes must present (RFC 6750): `Authorization: Bearer TOKEN`.
enum BearerToken {
    /// A new random token: 32 hexadecimal digits from the system's generator.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let value = generator.next() as UInt32
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 8 - text.count) + text
        }.joined()
    }

    /// Throws unless the request carries `token`; the comparison takes the same time
    /// wherever the first difference is.
    static func check(_ request: Request, token: String) throws(ServerError) {
        guard let header = request.headers[.authorization] else {
            throw ServerError(.unauthorized, "this request changes the workspace and needs 'Authorization: Bearer TOKEN' (the token serve printed)")
        }
        let prefix = "Bearer "
        guard header.count > prefix.count, header.prefix(prefix.count).lowercased() == prefix.lowercased() else {
            throw ServerError(.unauthorized, "the Authorization header must be 'Bearer TOKEN'")
        }
        let given = Array(header.dropFirst(prefix.count).utf8)
        let expected = Array(token.utf8)
        var difference = UInt8(given.count == expected.count ? 0 : 1)
        for index in 0..<expected.count {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        guard difference == 0 else { throw ServerError(.unauthorized, "the bearer token is wrong") }
    }
}
