/// Quantiles of a sample.
public enum Quantile {
    /// The type-7 quantile of sorted values (Hyndman & Fan 1996; R's default): with
    /// h = (n − 1)·p, the value at ⌊h⌋ plus (h − ⌊h⌋) of the step to the next one.
    ///
    /// Hyndman, R. J., Fan, Y. (1996). Sample quantiles in statistical packages. The
    /// American Statistician 50(4):361–365.
    ///
    /// - Precondition: `sorted` is not empty and in ascending order; 0 ≤ p ≤ 1.
    /// - Complexity: O(1).
    public static func type7(_ sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty && (0...1).contains(p), "a quantile needs values and a probability")
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }
}
