/// One-at-a-time sensitivity (the "tornado" of a decision analysis): each uncertain
/// input moved from the low to the high end of its range while the others stay at
/// their points, so that the inputs can be ranked by how far each alone moves the
/// outputs.
public enum OneAtATime {
    /// The outputs with one input at its low end and at its high end.
    public struct Effect: Sendable, Hashable {
        /// `f` with the input at its low end, the others at their points.
        public let atLow: [Double]
        /// `f` with the input at its high end, the others at their points.
        public let atHigh: [Double]
    }

    /// For each input, the outputs of `f` at its low and high ends, the other inputs at
    /// their points (an input that does not vary gives the outputs at the point twice).
    ///
    /// - Complexity: 2 calls of `f` per input.
    public static func effects(of f: ([Double]) -> [Double], over box: [ParameterRange]) -> [Effect] {
        let point = box.map(\.point)
        return box.indices.map { index in
            var low = point
            var high = point
            low[index] = box[index].low
            high[index] = box[index].high
            return Effect(atLow: f(low), atHigh: f(high))
        }
    }
}
