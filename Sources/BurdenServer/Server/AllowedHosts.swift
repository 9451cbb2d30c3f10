import Foundation

/// The names a request's `Host` may give: the loopback names (`127.0.0.1`,
/// `localhost`, `[::1]`), the address the server listens on, and those the settings
/// allow — each alone or with the port the server listens on.
///
/// A page of another site that makes its own name resolve to this machine (DNS
/// rebinding) sends its own name as the `Host`: refusing it keeps such a page from
/// reading what the server answers.
struct AllowedHosts: Sendable {
    /// Allowed names (lower case, IPv6 addresses in brackets) with the port each must
    /// give, `nil` for the port the server listens on.
    private let names: [String: Int?]
    /// The port the server listens on, once known (`nil` until then, and in tests
    /// that call the router directly: any port is then accepted).
    private let port: ListeningPort

    /// The hosts of `settings`, for a server whose port `port` will tell.
    init(settings: ServerSettings, port: ListeningPort) {
        var names: [String: Int?] = ["127.0.0.1": nil, "localhost": nil, "[::1]": nil]
        names.updateValue(nil, forKey: Self.bracketed(settings.host.lowercased()))
        for entry in settings.allowedHosts {
            if let (name, port) = Self.split(entry.lowercased()) { names.updateValue(port, forKey: name) }
        }
        self.names = names
        self.port = port
    }

    /// Whether a request's authority (its `Host`) names this server.
    func allows(_ authority: String) -> Bool {
        guard let (name, given) = Self.split(authority.lowercased()), let expected = names[name] else { return false }
        guard let given else { return true }
        if let expected { return given == expected }
        return port.value.map { $0 == given } ?? true
    }

    /// Whether `entry` is a name or `name:port` that ``allows(_:)`` can match.
    static func isValid(_ entry: String) -> Bool { split(entry.lowercased()) != nil }

    /// `name[:port]` split; IPv6 addresses are written in brackets (`[::1]:8080`).
    private static func split(_ text: String) -> (name: String, port: Int?)? {
        var name = Substring(text)
        var port: Int?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            name = text[...close]
            let rest = text[text.index(after: close)...]
            if !rest.isEmpty {
                guard rest.first == ":", let value = Int(rest.dropFirst()), (1...65535).contains(value) else { return nil }
                port = value
            }
        } else if let colon = text.lastIndex(of: ":") {
            guard let value = Int(text[text.index(after: colon)...]), (1...65535).contains(value) else { return nil }
            name = text[..<colon]
            port = value
        }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_:[]"))
        guard !name.isEmpty, name.count <= 253, name.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) }) else {
            return nil
        }
        return (String(name), port)
    }

    private static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}

/// The port the server listens on, told once it is bound (the system chooses it
/// when the settings ask for port 0).
final class ListeningPort: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int?

    /// The port, once bound.
    var value: Int? { lock.withLock { port } }

    /// Records the port the server is bound to.
    func set(_ port: Int) { lock.withLock { self.port = port } }
}
