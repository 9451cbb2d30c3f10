/// An analysis that cannot run on the data and options given: a missing column, no
/// region with a denominator. Its ``description`` is one line naming the problem.
public struct AnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The one-line message.
    public let message: String

    /// Creates an error with its message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
