import BurdenStats
import BurdenTestSupport
import PropertyBased
import Testing

struct BetaFunctionTests {
    @Test("logBeta matches mpmath to 1e-12 relative, shapes 1e-10 to 1e300",
          arguments: DistributionsFixture.shared.logBeta.map { ($0.a, $0.b, $0.value) })
    func logBetaMatchesMpmath(a: Double, b: Double, expected: Double) {
        let actual = BetaFunction.logBeta(a, b)
        #expect(isClose(actual, expected, relative: referenceTolerance), "ln B(\(a), \(b)) = \(actual) vs \(expected)")
    }

    @Test("I and 1 − I match mpmath to 1e-12 relative, tails to 1e-300, shapes 0.1 to 1e8",
          arguments: DistributionsFixture.shared.betaIncomplete)
    func regularizedBetaMatchesMpmath(_ reference: DistributionsFixture.BetaIncomplete) {
        let lower = BetaFunction.regularizedIncomplete(reference.a, reference.b, reference.x)
        let upper = BetaFunction.complementedRegularizedIncomplete(reference.a, reference.b, reference.x)
        #expect(isClose(lower, reference.lower, relative: referenceTolerance), "I = \(lower) vs \(reference.lower)")
        #expect(isClose(upper, reference.upper, relative: referenceTolerance), "1 − I = \(upper) vs \(reference.upper)")
    }

    @Test("inverse I and 1 − I match mpmath to 1e-12 relative",
          arguments: DistributionsFixture.shared.betaInverse)
    func inverseRegularizedBetaMatchesMpmath(_ reference: DistributionsFixture.BetaInverse) {
        let actual =
            reference.upper
            ? BetaFunction.inverseComplementedRegularizedIncomplete(reference.a, reference.b, reference.p)
            : BetaFunction.inverseRegularizedIncomplete(reference.a, reference.b, reference.p)
        #expect(isClose(actual, reference.x, relative: referenceTolerance), "\(actual) vs \(reference.x)")
    }

    @Test func outOfRangeArgumentsGiveNaN() {
        for (a, b, x) in [(0.0, 1.0, 0.5), (1, -1, 0.5), (.infinity, 1, 0.5), (.nan, 1, 0.5), (1, 1, -0.1), (1, 1, 1.1), (1, 1, .nan)] {
            #expect(BetaFunction.regularizedIncomplete(a, b, x).isNaN, "I_\(x)(\(a), \(b))")
            #expect(BetaFunction.complementedRegularizedIncomplete(a, b, x).isNaN, "1 − I_\(x)(\(a), \(b))")
            #expect(BetaFunction.inverseRegularizedIncomplete(a, b, x).isNaN, "I⁻¹(\(a), \(b); \(x))")
            #expect(BetaFunction.inverseComplementedRegularizedIncomplete(a, b, x).isNaN)
        }
        #expect(BetaFunction.logBeta(0, 1).isNaN)
        #expect(BetaFunction.logBeta(1, -1).isNaN)
    }

    @Test func endsOfTheSupportAreExact() {
        for (a, b) in [(0.5, 0.5), (2.0, 3.0), (1e8, 20)] {
            #expect(BetaFunction.regularizedIncomplete(a, b, 0) == 0)
            #expect(BetaFunction.regularizedIncomplete(a, b, 1) == 1)
            #expect(BetaFunction.complementedRegularizedIncomplete(a, b, 0) == 1)
            #expect(BetaFunction.complementedRegularizedIncomplete(a, b, 1) == 0)
            #expect(BetaFunction.inverseRegularizedIncomplete(a, b, 0) == 0)
            #expect(BetaFunction.inverseRegularizedIncomplete(a, b, 1) == 1)
            #expect(BetaFunction.inverseComplementedRegularizedIncomplete(a, b, 0) == 1)
            #expect(BetaFunction.inverseComplementedRegularizedIncomplete(a, b, 1) == 0)
        }
        // I_x(1, b) = 1 − (1 − x)ᵇ and I_x(a, 1) = xᵃ in closed form.
        #expect(isClose(BetaFunction.complementedRegularizedIncomplete(1, 3, 0.25), 0.421875, relative: 1e-15))
        #expect(isClose(BetaFunction.regularizedIncomplete(2.5, 1, 0.25), 0.03125, relative: 1e-15))
    }

    /// Upper-tail inverses with q below the rounding of 1 − q: p = 1 − q is 1 in double
    /// precision, and so is I_{1/2}(a, b) when the mean is well below ½, so the side of ½
    /// that holds the root must be decided by comparing q with 1 − I_{1/2}.
    @Test("inverse of 1 − I finds roots above ½ when 1 − q rounds to 1", arguments: [(1000.0, 2000.0), (5e4, 1e5)])
    func upperInverseWhereOneMinusQRoundsToOne(a: Double, b: Double) {
        for q in [1e-20, 1e-100, 1e-300] {
            let x = BetaFunction.inverseComplementedRegularizedIncomplete(a, b, q)
            let back = BetaFunction.complementedRegularizedIncomplete(a, b, x)
            let density = BetaDistribution(alpha: a, beta: b).density(x)
            #expect(abs(back - q) <= 1e-13 * q + ulpSlack(density, x), "a = \(a), b = \(b), q = \(q): x = \(x), 1 − I = \(back)")
        }
    }

    @Test func symmetryExchangesTheShapesAndTheTails() async {
        await propertyCheck(input: Gen.double(in: -1...6), Gen.double(in: -1...6), Gen.double(in: 0.001...0.5)) { logA, logB, x in
            let a = Double.pow10(logA)
            let b = Double.pow10(logB)
            // I_x(a, b) = 1 − I_{1−x}(b, a); 1 − x is exact for x ≤ ½ only when it rounds
            // to nothing, so compare at a y = 1 − x that is exact and x = 1 − y.
            let y = 1 - x
            let exactX = 1 - y
            let direct = BetaFunction.regularizedIncomplete(a, b, exactX)
            let mirrored = BetaFunction.complementedRegularizedIncomplete(b, a, y)
            #expect(isClose(direct, mirrored, relative: 1e-13, absolute: 1e-300), "a = \(a), b = \(b), x = \(exactX)")
        }
    }

    /// I(a, b, I⁻¹(a, b, p)) = p up to the function's change over a few units in the last place.
    ///
    /// An upper-tail root within half an ulp of 1 (a large a against b near 1, where
    /// 1 − x ≈ 1e−17) rounds to 1, where 1 − I is 0; the double below 1 must then still
    /// leave at least q above it.
    @Test func inverseRoundTripsInBothTails() async {
        await propertyCheck(input: Gen.double(in: -1...6), Gen.double(in: -1...6), Gen.double(in: -12 ... -0.31), Gen.bool()) {
            logA, logB, logP, upper in
            let a = Double.pow10(logA)
            let b = Double.pow10(logB)
            let p = Double.pow10(logP)
            let x =
                upper
                ? BetaFunction.inverseComplementedRegularizedIncomplete(a, b, p)
                : BetaFunction.inverseRegularizedIncomplete(a, b, p)
            if upper && x == 1 {
                let belowOne = BetaFunction.complementedRegularizedIncomplete(a, b, (1.0).nextDown)
                #expect(belowOne >= p * (1 - 1e-13), "a = \(a), b = \(b), q = \(p): x = 1 but 1 − I(1⁻) = \(belowOne)")
                return
            }
            let back =
                upper ? BetaFunction.complementedRegularizedIncomplete(a, b, x) : BetaFunction.regularizedIncomplete(a, b, x)
            let density = BetaDistribution(alpha: a, beta: b).density(x)
            #expect(abs(back - p) <= 1e-13 * p + ulpSlack(density, x), "a = \(a), b = \(b), p = \(p), upper: \(upper): x = \(x)")
        }
    }
}
