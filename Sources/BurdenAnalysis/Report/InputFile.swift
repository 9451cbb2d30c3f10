import BurdenData

/// A file an analysis read, identified so that a reader can check they hold the
/// same one: its name (without the folders, so that reports do not depend on where
/// the file was), size and SHA-256.
public struct InputFile: Sendable, Hashable {
    /// What the file is: `list`, `counts`, `regions`, `geo`, `mortality`.
    public let role: String
    /// The file's name without its folders; `standard input` for `-`.
    public let name: String
    /// The size in bytes; `nil` for standard input.
    public let bytes: Int?
    /// The SHA-256 digest as 64 hexadecimal digits; `nil` for standard input.
    public let sha256: String?

    /// The name of standard input.
    static let standardInputName = "standard input"

    /// Whether the file was standard input (`-`).
    public var isStandardInput: Bool { name == Self.standardInputName && bytes == nil && sha256 == nil }

    /// Creates a description from known values.
    public init(role: String, name: String, bytes: Int?, sha256: String?) {
        self.role = role
        self.name = name
        self.bytes = bytes
        self.sha256 = sha256
    }

    /// Describes a file on disk (reads it to compute the digest).
    ///
    /// - Throws: ``DataError`` when the file cannot be read.
    public init(role: String, path: String) throws(DataError) {
        guard path != "-" else {
            self.init(role: role, name: Self.standardInputName, bytes: nil, sha256: nil)
            return
        }
        let digest = try SHA256.digest(ofFile: path)
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        self.init(role: role, name: name, bytes: digest.bytes, sha256: digest.hex)
    }
}
