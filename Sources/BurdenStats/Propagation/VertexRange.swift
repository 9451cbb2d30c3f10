/// The exact range of a function of uncertain inputs that is affine in each input
/// when the others are held fixed (multilinear: a sum of products of distinct
/// inputs, as ``StockFlow``'s balance is).
///
/// Such a function, restricted to a line along one input, is affine, so its extremes
/// over a box of ranges lie at corners of the box: evaluating it at every corner (2^k
/// of them for k inputs that vary) gives its smallest and largest values exactly —
/// interval propagation without the widening of interval arithmetic, and without the
/// sampling error of Monte Carlo.
public enum VertexRange {
    /// The smallest and largest value of each output of `f` over the box.
    ///
    /// An output that is NaN at a corner (a figure that is missing) is NaN in both.
    ///
    /// - Parameters:
    ///   - f: the function: one value per input in, any number of outputs out (the same
    ///     number at every call).
    ///   - box: the range of each input.
    /// - Returns: per output, its lowest and highest value.
    /// - Precondition: at most 20 inputs vary.
    /// - Complexity: 2^k calls of `f`, k the inputs that vary.
    public static func extremes(of f: ([Double]) -> [Double], over box: [ParameterRange]) -> [(low: Double, high: Double)] {
        let varying = box.indices.filter { !box[$0].isFixed }
        precondition(varying.count <= 20, "at most 20 inputs may vary")
        var corner = box.map(\.low)
        var result: [(low: Double, high: Double)] = []
        for mask in 0..<(1 << varying.count) {
            for (bit, index) in varying.enumerated() {
                corner[index] = mask & (1 << bit) == 0 ? box[index].low : box[index].high
            }
            let values = f(corner)
            if result.isEmpty {
                result = values.map { ($0, $0) }
                continue
            }
            for (j, value) in values.enumerated() where !result[j].low.isNaN {
                if value.isNaN {
                    result[j] = (.nan, .nan)
                } else {
                    result[j] = (min(result[j].low, value), max(result[j].high, value))
                }
            }
        }
        return result
    }
}
