import ArgumentParser

/// A file an option names (`--group groups.csv`): 1 to 4,096 characters, none of
/// them a control or format character. Whether the file can be read is for the
/// command that reads it to say; the API reads no files.
public struct FileArgument: CheckedArgument, Hashable {
    public let text: String

    public init?(argument: String) { text = argument }

    /// The path as given.
    public var path: String { text }

    public var problem: String? { Self.problem(of: text) }

    /// What is wrong with `path` as a file name; `nil` when nothing.
    static func problem(of path: String) -> String? {
        path.isEmpty || path.count > 4096 || !PrintableText.isPrintable(path)
            ? "is not a file name (1 to 4096 characters, no control characters)" : nil
    }

    public static var valueKind: ArgumentKind { .text }
}
