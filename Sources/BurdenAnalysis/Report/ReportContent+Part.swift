extension ReportContent {
    /// A part of a report that one analysis computed, with the options it ran with —
    /// the same value its command fills from the command line — so that the report can
    /// say how to compute the part again, alone (``AnalysisSpecification/commandLine``).
    public struct Part: Sendable {
        /// A file an analysis reads, named by its command before the options: as its
        /// argument (the list, the vital statistics), or by an option of its own.
        public enum Input: Sendable, Hashable {
            /// The list, or the counts table.
            case list
            /// The vital statistics: deaths by region, year, age group and sex.
            case mortality
            /// A file given by an option of the command (`--claims FILE`): the option's name
            /// and what the file is to the report.
            case option(String, InputFile.Role)
        }

        /// The part, as ``Omission/part`` names parts: `rates`, `groups_republic`, `model_ols`.
        public let name: String
        /// The analysis's options.
        public let specification: any AnalysisSpecification
        /// The files its command reads, in the order the command takes them.
        public let inputs: [Input]

        /// A part computed by the analysis of `specification`.
        public init(name: String, specification: any AnalysisSpecification, inputs: [Input] = [.list]) {
            self.name = name
            self.specification = specification
            self.inputs = inputs
        }
    }
}
