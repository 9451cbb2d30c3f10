extension ReportContent {
    /// A part of a report that one analysis computed, with the options it ran with —
    /// the same value its command fills from the command line — so that the report can
    /// say how to compute the part again, alone (``AnalysisSpecification/commandLine``).
    public struct Part: Sendable {
        /// A file an analysis reads, named by its command before the options.
        public enum Input: Sendable, Hashable {
            /// The list, or the counts table.
            case list
            /// The vital statistics: deaths by region, year, age group and sex.
            case mortality
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
