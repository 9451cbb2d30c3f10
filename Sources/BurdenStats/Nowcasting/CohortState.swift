/// What the predictive and the level need of one cohort at θ̂.
struct CohortState {
    /// The cohort's live days (younger than the maximum delay on the last snapshot), first and last.
    var lower: Int
    var upper: Int
    var liveDays: Int
    /// All its days in the triangle.
    var days: Int
    /// Deaths named of the live days, and of the days past the maximum delay.
    var named: Int
    var complete: Int
    /// F_a and F_T (1 eventually) at θ̂, and ∇ln F_a.
    var named0: Double
    var target0: Double
    var logGradient: [Double]

    static func all(counts: TriangleCounts, fit: DelayFit, target: Int?) -> [CohortState] {
        let model = fit.model
        let last = counts.snapshotDays.count - 1
        let s = counts.lastSnapshotDay
        let sums = ShareSums(model: model, theta: fit.estimate, firstDay: counts.firstDay, dayCount: counts.dayCount, gradient: true)
        var states: [CohortState] = []
        for c in 0..<counts.cohortCount {
            let days = counts.cohortDays(c)
            let lower = max(days.lowerBound, s - model.maximumDelay + 1)
            let upper = days.upperBound
            let liveDays = max(0, upper - lower + 1)
            let total = counts.sum(snapshot: last, days: days.lowerBound, days.upperBound)
            let named = liveDays > 0 ? counts.sum(snapshot: last, days: lower, upper) : 0
            var gradient = [Double](repeating: 0, count: model.parameterCount)
            var share = 1.0
            var targetShare = 1.0
            if liveDays > 0 {
                share = gradient.withUnsafeMutableBufferPointer {
                    sums.sum(snapshot: s, days: lower, upper, gradient: $0.baseAddress!)
                } / Double(liveDays)
                gradient = gradient.map { $0 / Double(liveDays) / share }
                if let target { targetShare = sums.sum(snapshot: target, days: lower, upper, gradient: nil) / Double(liveDays) }
            }
            states.append(CohortState(
                lower: lower, upper: upper, liveDays: liveDays, days: days.count, named: named, complete: total - named,
                named0: share, target0: targetShare, logGradient: gradient))
        }
        return states
    }
}
