/// A failure of the workspace: no such version or file, a file that cannot be
/// imported, a mortality file that does not fit a version's regions, the database
/// itself. Its ``message`` is one line that names the file by the name it was given
/// (never by where it lies on disk) and never holds a field of a record; the server
/// turns it into a problem document in one place (`ServerError.init(_:)`), the command
/// line prints it.
public struct WorkspaceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, for programs that branch on it.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String {
            case unknownDataset, unknownFile, inUse, invalidText, unreadable, refused, mismatch, tooLarge
            case timeLimit, stopped, database
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// No version with that id.
        public static let unknownDataset = Code(.unknownDataset)
        /// No region table or mortality file with that id.
        public static let unknownFile = Code(.unknownFile)
        /// A region table that versions were imported with cannot be deleted.
        public static let inUse = Code(.inUse)
        /// A label or file name that breaks the rule of ``WorkspaceText``.
        public static let invalidText = Code(.invalidText)
        /// A file that cannot be read as what it is said to be (not a list, no region
        /// column, not a region table, not deaths by region, year, age and sex).
        public static let unreadable = Code(.unreadable)
        /// A list that was read but is not kept: no row could be imported, or `strict`
        /// and a row was rejected.
        public static let refused = Code(.refused)
        /// A mortality file that does not fit the regions of a version.
        public static let mismatch = Code(.mismatch)
        /// A file past a bound of its ``BurdenData/ReadLimits`` (a field, a record, or
        /// the whole input after decompression).
        public static let tooLarge = Code(.tooLarge)
        /// Reading went on past its deadline.
        public static let timeLimit = Code(.timeLimit)
        /// Reading was stopped: the request was given up, or the server is stopping.
        public static let stopped = Code(.stopped)
        /// The folder or the SQLite database failed (or was made by a later version).
        public static let database = Code(.database)

        public var description: String { value.rawValue }
    }

    /// The kind of failure.
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
