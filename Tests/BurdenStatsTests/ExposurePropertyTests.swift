import BurdenStats
import BurdenTestSupport
import Foundation
import PropertyBased
import Testing

/// Properties of observed against expected that hold for every input: the expected
/// share grows with the relatives R and with P, every interval holds its point, and
/// ranges give intervals that hold every value computed from a point inside them.
struct ExposurePropertyTests {
    @Test("the expected share grows with R and with P", arguments: RelativesDistribution.Law.allCases)
    func expectedShareGrows(_ law: RelativesDistribution.Law) async {
        await propertyCheck(input: Gen.double(in: 0...40), Gen.double(in: 0...10), Gen.double(in: -8...0), Gen.double(in: 0...1)) {
            relatives, more, logShare, step in
            let share = Foundation.pow(10, logShare)
            let larger = share + step * (1 - share)
            let base = RelativesDistribution(relatives, law: law).expectedShare(at: share)
            let moreRelatives = RelativesDistribution(relatives + more, law: law).expectedShare(at: share)
            let moreLikely = RelativesDistribution(relatives, law: law).expectedShare(at: larger)
            #expect(base >= 0 && base <= 1, "\(law) R = \(relatives), P = \(share): \(base)")
            #expect(moreRelatives >= base, "\(law) R = \(relatives) → \(relatives + more) at P = \(share): \(base) → \(moreRelatives)")
            #expect(moreLikely >= base, "\(law) R = \(relatives) at P = \(share) → \(larger): \(base) → \(moreLikely)")
        }
    }

    @Test("a table's expected share grows when a weight moves to a larger value")
    func mixtureGrows() async {
        await propertyCheck(input: Gen.double(in: 0...10), Gen.double(in: 0...10), Gen.double(in: 0.01...1), Gen.double(in: 0...1)) {
            low, gap, weight, share in
            let values = [low, low + gap]
            let before = RelativesDistribution(values: values, weights: [1, weight], law: .fixed)!.expectedShare(at: share)
            let after = RelativesDistribution(values: values, weights: [1, weight * 2], law: .fixed)!.expectedShare(at: share)
            #expect(after >= before * (1 - 1e-15), "\(values) at \(share): \(before) → \(after)")
        }
    }

    @Test("the ratio's interval contains the point ratio", arguments: ObservedCount.Bound.allCases)
    func ratioIntervalContainsTheRatio(_ bound: ObservedCount.Bound) async {
        await propertyCheck(input: Gen.double(in: 0...6), Gen.double(in: 0...1), Gen.double(in: 0...1), Gen.double(in: 0.5...0.999)) {
            logMembers, fraction, expectedShare, confidence in
            let members = max(1, Int(Foundation.pow(10, logMembers)))
            let observed = ObservedCount(Int((fraction * Double(members)).rounded(.down)), bound: bound)
            let expected = ExpectedShare(relatives: RelativesDistribution(1, law: .fixed), share: expectedShare)
            let comparison = ShareComparison(members: members, observed: observed, expected: expected, confidence: confidence)
            let ratio = comparison.low
            guard !ratio.ratio.isNaN else { return }  // 0 of N against 0: no ratio
            #expect(ratio.exact.contains(ratio.ratio), "\(observed) of \(members) against \(expectedShare): \(ratio.ratio) in \(ratio.exact)")
            #expect(ratio.midP.contains(ratio.ratio), "\(observed) of \(members) against \(expectedShare): \(ratio.ratio) in \(ratio.midP)")
            #expect(comparison.exact.contains(comparison.observedShare) && comparison.midP.contains(comparison.observedShare))
        }
    }

    @Test("the standardised ratio's intervals contain the ratio", arguments: ObservedCount.Bound.allCases)
    func standardisedRatioIntervalsContainTheRatio(_ bound: ObservedCount.Bound) async {
        await propertyCheck(input: Gen.int(in: 0...100_000), Gen.double(in: -2...5), Gen.double(in: 0.5...0.999)) {
            count, logExpected, confidence in
            let ratio = StandardisedRatio(
                observed: ObservedCount(count, bound: bound), expected: Foundation.pow(10, logExpected), confidence: confidence)
            #expect(ratio.exact.contains(ratio.ratio), "\(count) \(bound): \(ratio.ratio) in \(ratio.exact)")
            #expect(ratio.midP.contains(ratio.ratio), "\(count) \(bound): \(ratio.ratio) in \(ratio.midP)")
            // Mid-p intervals lie inside the exact ones.
            #expect(ratio.exact.lower <= ratio.midP.lower * (1 + 1e-12) && ratio.midP.upper <= ratio.exact.upper * (1 + 1e-12))
            #expect((0...1).contains(ratio.pValues.exact) && (0...1).contains(ratio.pValues.midP))
            // One-sided, the mid-p value leaves out half a term of the exact one (two-sided
            // it need not be smaller: R's rule and the doubled tail differ in skewed cases).
            if bound == .atMost { #expect(ratio.pValues.midP <= ratio.pValues.exact) }
        }
    }

    @Test("ranges of R and P give intervals that contain every value from a point inside them", arguments: RelativesDistribution.Law.allCases)
    func rangesContainTheirPoints(_ law: RelativesDistribution.Law) async {
        await propertyCheck(
            input: Gen.double(in: 0...20), Gen.double(in: 0...10), Gen.double(in: 0...1), Gen.double(in: -6 ... -0.3), Gen.double(in: 0...1),
            Gen.double(in: 0...1), Gen.int(in: 0...200)
        ) { lowRelatives, width, position, logShare, shareWidth, sharePosition, count in
            let relatives = (lowRelatives, lowRelatives + width)
            let shares = Foundation.pow(10, logShare)...min(1, Foundation.pow(10, logShare) * (1 + 4 * shareWidth))
            let inside = (relatives.0 + position * width, shares.lowerBound + sharePosition * (shares.upperBound - shares.lowerBound))
            let range = ExpectedShare(
                relatives: (RelativesDistribution(relatives.0, law: law), RelativesDistribution(relatives.1, law: law)), share: shares)
            let point = ExpectedShare(relatives: RelativesDistribution(inside.0, law: law), share: inside.1)
            #expect(range.contains(point.low), "\(law) R \(relatives), P \(shares): \(point.low) outside [\(range.low), \(range.high)]")
            let members = 1329
            let observed = ObservedCount(min(count, members))
            let over = ShareComparison(members: members, observed: observed, expected: range)
            let at = ShareComparison(members: members, observed: observed, expected: point)
            #expect(over.ratioInterval.lower <= at.low.exact.lower && at.low.exact.upper <= over.ratioInterval.upper)
            #expect(over.ratioMidPInterval.lower <= at.low.midP.lower && at.low.midP.upper <= over.ratioMidPInterval.upper)
            if !at.low.ratio.isNaN {
                #expect(over.low.ratio <= at.low.ratio && at.low.ratio <= over.high.ratio, "\(at.low.ratio) outside [\(over.low.ratio), \(over.high.ratio)]")
            }
        }
    }
}
