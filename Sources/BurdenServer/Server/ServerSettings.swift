/// How the server listens and what it accepts.
public struct ServerSettings: Sendable {
    /// The address to bind; the loopback interface by default, so that nothing
    /// outside the machine reaches the server unless asked for.
    public var host = "127.0.0.1"
    /// The port; 0 lets the system choose one.
    public var port = 8080
    /// The bearer token that uploads and deletes must present.
    public var token: String
    /// The largest request body accepted, in bytes (512 MB by default).
    public var maximumUploadBytes = 512 << 20
    /// The longest time a reading request may take.
    public var requestTimeLimit: Duration = .seconds(30)
    /// The longest time an upload (receiving and importing) may take.
    public var uploadTimeLimit: Duration = .seconds(900)
    /// How long a connection may stay silent before it is closed.
    public var idleTimeout: Duration = .seconds(60)

    /// Settings with a token and the defaults.
    public init(token: String) {
        self.token = token
    }
}

extension ServerSettings {
    /// A new random token, 32 hexadecimal digits, for a server started without one.
    public static func generatedToken() -> String { BearerToken.generate() }
}
