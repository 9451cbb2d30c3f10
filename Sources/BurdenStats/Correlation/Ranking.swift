/// Ranks of values, ties sharing the average of the ranks they span — the ranks of
/// Spearman's ρ (R's `rank(ties.method = "average")`, scipy's `rankdata`).
public enum Ranking {
    /// The 1-based ranks of `values`, smallest first; tied values get the mean of their ranks.
    ///
    /// For example, [10, 20, 20, 5] has ranks [2, 3.5, 3.5, 1].
    ///
    /// - Precondition: no value is NaN.
    /// - Complexity: O(n log n).
    public static func averageRanks(_ values: [Double]) -> [Double] {
        precondition(!values.contains(where: \.isNaN), "cannot rank NaN")
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            // Positions start…end (0-based) hold ranks start + 1 … end + 1; their mean:
            let rank = Double(start + end + 2) / 2
            for k in start...end { ranks[order[k]] = rank }
            start = end + 1
        }
        return ranks
    }
}
