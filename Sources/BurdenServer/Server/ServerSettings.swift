/// How the server listens and what it accepts. Every number has a documented range
/// (``Bounds``) that `warburden serve` checks its options against.
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
    /// The most bytes an import reads from an upload after decompression (4 GB by
    /// default: a gzip file of deaths or a list expands to no more than that), so that
    /// a small compressed file cannot make the server read without end.
    public var maximumInputBytes = 4 << 30
    /// How many imports (and readings of stored mortality files) may run at once; a
    /// request beyond them is answered 503 with `Retry-After`.
    public var maximumConcurrentImports = 2
    /// The longest time a reading request may take.
    public var requestTimeLimit: Duration = .seconds(30)
    /// The longest time an upload (receiving and importing) may take.
    public var uploadTimeLimit: Duration = .seconds(900)
    /// How long a connection may stay silent before it is closed.
    public var idleTimeout: Duration = .seconds(60)
    /// The names a request's `Host` may give beside the loopback names (`127.0.0.1`,
    /// `localhost`, `[::1]`) and ``host``: `name` or `name:port`.
    public var allowedHosts: [String] = []
    /// The longest request line or header field accepted, in bytes.
    public var maximumHeaderFieldBytes = 16 << 10
    /// The most bytes of request line and headers together.
    public var maximumHeadBytes = 32 << 10

    /// Settings with a token and the defaults.
    public init(token: String) {
        self.token = token
    }

    /// The ranges the numbers of the settings must lie in; `warburden serve` refuses
    /// an option outside them (exit 2).
    public enum Bounds {
        /// The port: 0 (the system chooses) to 65535.
        public static let port = 0...65535
        /// Megabytes of an upload: 1 MB to 1 TB.
        public static let uploadMegabytes = 1...(1 << 20)
        /// Megabytes an import may read after decompression: 1 MB to 1 TB.
        public static let inputMegabytes = 1...(1 << 20)
        /// Seconds of a reading request: 1 s to an hour.
        public static let requestSeconds = 1...3600
        /// Seconds of an upload: 1 s to a day.
        public static let uploadSeconds = 1...86_400
        /// Imports at once: 1 to 64.
        public static let concurrentImports = 1...64
    }
}

extension ServerSettings {
    /// A new random token, 32 hexadecimal digits, for a server started without one.
    public static func generatedToken() -> String { BearerToken.generate() }
}

extension ServerSettings {
    /// Whether `entry` can be one of ``allowedHosts``: a host name or address,
    /// optionally with `:PORT` (IPv6 addresses in brackets).
    public static func isAllowedHostEntry(_ entry: String) -> Bool { AllowedHosts.isValid(entry) }
}
