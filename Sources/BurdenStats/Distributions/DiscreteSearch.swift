/// Search over counts for the quantiles of discrete distributions.
enum DiscreteSearch {
    /// The smallest k in [lowest, highest] where a monotone predicate holds (false
    /// below, true from k on), from a guess: doubling steps to bracket, then bisection,
    /// O(log distance) evaluations. Returns `highest` when the predicate never holds.
    static func smallestCount(from guess: Int, lowest: Int, highest: Int, _ holds: (Int) -> Bool) -> Int {
        var k = min(max(guess, lowest), highest)
        // `bad` < answer ≤ `good`.
        var bad: Int
        var good: Int
        if holds(k) {
            good = k
            var step = 1
            while true {
                if good == lowest { return lowest }
                let candidate = good - min(step, good - lowest)
                if holds(candidate) {
                    good = candidate
                    step = step.multipliedReportingOverflow(by: 2).overflow ? .max : step * 2
                } else {
                    bad = candidate
                    break
                }
            }
        } else {
            bad = k
            var step = 1
            while true {
                if bad == highest { return highest }
                let candidate = bad + min(step, highest - bad)
                if holds(candidate) {
                    good = candidate
                    break
                }
                bad = candidate
                step = step.multipliedReportingOverflow(by: 2).overflow ? .max : step * 2
            }
        }
        while good - bad > 1 {
            k = bad + (good - bad) / 2
            if holds(k) { good = k } else { bad = k }
        }
        return good
    }
}
