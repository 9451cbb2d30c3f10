import BurdenStats
import BurdenTestSupport
import Testing

struct EmpiricalBayesTests {
    @Test("global EB smoothing matches the Marshall (1991) formula computed with numpy",
          arguments: ReferenceFixture.shared.empirical_bayes.indices)
    func smoothingMatchesReference(case index: Int) {
        let reference = ReferenceFixture.shared.empirical_bayes[index]
        let smoothed = EmpiricalBayes.smooth(counts: reference.counts, populations: reference.populations)
        #expect(smoothed.count == reference.smoothed.count)
        for (actual, expected) in zip(smoothed, reference.smoothed) {
            #expect(isClose(actual, expected, relative: 1e-13), "\(actual) vs \(expected)")
        }
    }

    @Test func smallRegionsShrinkMoreThanLargeOnes() {
        // Same raw rate far above the mean; the small region moves further towards it.
        let counts = [50.0, 5000, 100, 100, 100]
        let populations = [10_000.0, 1_000_000, 100_000, 100_000, 100_000]
        let smoothed = EmpiricalBayes.smooth(counts: counts, populations: populations)
        let mean = counts.reduce(0, +) / populations.reduce(0, +)
        let smallShift = abs(smoothed[0] - 0.005) / abs(0.005 - mean)
        let largeShift = abs(smoothed[1] - 0.005) / abs(0.005 - mean)
        #expect(smallShift > largeShift)
        #expect(EmpiricalBayes.smooth(counts: [], populations: []).isEmpty)
    }
}
