/// Monte Carlo propagation of uncertain inputs: each input drawn uniformly within its
/// range, independently, the function evaluated at every draw, and each output
/// summarised by its mean and the central interval holding a given share of the draws.
///
/// The draws come from the caller's generator through ``RandomDraws/unit(using:)``
/// only, in a fixed order (draw by draw, inputs in order, fixed inputs drawing
/// nothing), so the same seed gives the same summaries, bit for bit.
public enum UniformMonteCarlo {
    /// One output over the draws.
    public struct Summary: Sendable, Hashable {
        /// The mean of the draws.
        public let mean: Double
        /// The central interval: the type-7 quantiles at (1 − level)/2 and (1 + level)/2.
        public let low: Double
        public let high: Double
    }

    /// Summaries of each output of `f` over `draws` uniform draws from the box.
    ///
    /// An output that is NaN at a draw (a figure that is missing) is NaN in its summary.
    ///
    /// - Parameters:
    ///   - f: the function: one value per input in, the same number of outputs at every call.
    ///   - box: the range of each input.
    ///   - draws: how many draws, at least 1.
    ///   - level: the share of the draws the interval holds, between 0 and 1.
    ///   - generator: the source of random bits.
    /// - Complexity: `draws` calls of `f`, and O(outputs · draws · log draws) to sort;
    ///   memory outputs · draws numbers.
    public static func summaries(
        of f: ([Double]) -> [Double], over box: [ParameterRange], draws: Int, level: Double,
        using generator: inout some RandomNumberGenerator
    ) -> [Summary] {
        precondition(draws >= 1 && level > 0 && level < 1, "at least one draw and a level between 0 and 1")
        var columns: [[Double]] = []
        var point = box.map(\.low)
        for draw in 0..<draws {
            for index in box.indices where !box[index].isFixed {
                let range = box[index]
                point[index] = range.low + (range.high - range.low) * RandomDraws.unit(using: &generator)
            }
            let values = f(point)
            if draw == 0 { columns = values.map { _ in [Double](repeating: 0, count: draws) } }
            for (j, value) in values.enumerated() { columns[j][draw] = value }
        }
        return columns.map { column in
            guard !column.contains(where: \.isNaN) else { return Summary(mean: .nan, low: .nan, high: .nan) }
            let sorted = column.sorted()
            return Summary(
                mean: column.reduce(0, +) / Double(draws), low: Quantile.type7(sorted, (1 - level) / 2),
                high: Quantile.type7(sorted, (1 + level) / 2))
        }
    }
}
