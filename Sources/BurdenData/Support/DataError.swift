/// An error in data given to the project: a malformed table, an unknown region, an
/// unreadable file. Its ``description`` is one line that names the problem and
/// never contains personal fields of a record.
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem, for programs that branch on it.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String { case invalidRegionTable, unknownRegion, ambiguousRegion, unreadableFile, invalidArgument, tooLarge, interrupted }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// A region table that breaks a rule (duplicate code, misaligned column, bad value).
        public static let invalidRegionTable = Code(.invalidRegionTable)
        /// A region string that matches no known spelling.
        public static let unknownRegion = Code(.unknownRegion)
        /// A region string that matches spellings of several regions.
        public static let ambiguousRegion = Code(.ambiguousRegion)
        /// A file that cannot be opened or read.
        public static let unreadableFile = Code(.unreadableFile)
        /// A value passed to a function outside what it accepts.
        public static let invalidArgument = Code(.invalidArgument)
        /// An input past a bound of ``ReadLimits``: a field, a record or the whole input too large.
        public static let tooLarge = Code(.tooLarge)
        /// Reading stopped before the end: past its deadline, or asked to stop.
        public static let interrupted = Code(.interrupted)

        public var description: String { value.rawValue }
    }

    /// The kind of problem.
    public let code: Code
    /// The one-line message.
    public let message: String

    /// Creates an error with its kind and one-line message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
