/// Draws an index with probability proportional to fixed weights.
///
/// The cumulative weights are stored as 53-bit integer thresholds, so a draw
/// compares integers only and gives the same index on every platform.
struct DiscreteSampler: Sendable {
    private let thresholds: [UInt64]

    /// Creates a sampler; weights must be non-negative with a positive sum.
    init(weights: [Double]) {
        let total = weights.reduce(0, +)
        precondition(total > 0 && weights.allSatisfy { $0 >= 0 }, "weights must be non-negative with a positive sum")
        let scale = 0x1.0p53
        var cumulative = 0.0
        var thresholds: [UInt64] = []
        thresholds.reserveCapacity(weights.count)
        for weight in weights {
            cumulative += weight
            thresholds.append(UInt64((min(cumulative / total, 1) * scale).rounded()))
        }
        thresholds[thresholds.count - 1] = UInt64(scale)
        self.thresholds = thresholds
    }

    /// An index in `0..<weights.count`.
    func draw(using generator: inout SeededGenerator) -> Int {
        let u = generator.next() >> 11
        var low = 0
        var high = thresholds.count - 1
        while low < high {
            let mid = (low + high) / 2
            if u < thresholds[mid] { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
