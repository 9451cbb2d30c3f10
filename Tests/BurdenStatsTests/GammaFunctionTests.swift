import BurdenStats
import BurdenTestSupport
import Foundation
import PropertyBased
import Testing

/// The agreement every special function and quantile must reach with its 50-digit
/// reference (docs/METHODS.md, §6). Exceptions are tested at the tolerance they
/// reach, with the reason beside them.
let referenceTolerance = 1e-12

struct GammaFunctionTests {
    @Test("logGamma matches mpmath to 1e-12 relative, from 1e-300 to 1e300 and negative non-integers",
          arguments: DistributionsFixture.shared.logGamma.map { ($0.x, $0.value) })
    func logGammaMatchesMpmath(x: Double, expected: Double) {
        let actual = GammaFunction.logGamma(x)
        #expect(isClose(actual, expected, relative: referenceTolerance), "lnΓ(\(x)) = \(actual) vs \(expected)")
    }

    @Test("P and Q match mpmath to 1e-12 relative, tails to 1e-300, shapes 0.01 to 1e8",
          arguments: DistributionsFixture.shared.gammaIncomplete)
    func regularizedGammaMatchesMpmath(_ reference: DistributionsFixture.GammaIncomplete) {
        let lower = GammaFunction.regularizedLower(reference.a, reference.x)
        let upper = GammaFunction.regularizedUpper(reference.a, reference.x)
        #expect(isClose(lower, reference.lower, relative: referenceTolerance), "P = \(lower) vs \(reference.lower)")
        #expect(isClose(upper, reference.upper, relative: referenceTolerance), "Q = \(upper) vs \(reference.upper)")
    }

    @Test("inverse P and Q match mpmath to 1e-12 relative",
          arguments: DistributionsFixture.shared.gammaInverse)
    func inverseRegularizedGammaMatchesMpmath(_ reference: DistributionsFixture.GammaInverse) {
        let actual =
            reference.upper
            ? GammaFunction.inverseRegularizedUpper(reference.a, reference.p)
            : GammaFunction.inverseRegularizedLower(reference.a, reference.p)
        #expect(isClose(actual, reference.x, relative: referenceTolerance), "\(actual) vs \(reference.x)")
    }

    @Test func outOfRangeArgumentsGiveNaN() {
        for (a, x) in [(0.0, 1.0), (-1, 1), (.infinity, 1), (.nan, 1), (1, -1), (1, .nan)] {
            #expect(GammaFunction.regularizedLower(a, x).isNaN, "P(\(a), \(x))")
            #expect(GammaFunction.regularizedUpper(a, x).isNaN, "Q(\(a), \(x))")
        }
        for (a, p) in [(1.0, -0.1), (1, 1.1), (1, .nan), (0, 0.5), (-2, 0.5)] {
            #expect(GammaFunction.inverseRegularizedLower(a, p).isNaN, "P⁻¹(\(a), \(p))")
            #expect(GammaFunction.inverseRegularizedUpper(a, p).isNaN, "Q⁻¹(\(a), \(p))")
        }
    }

    @Test func endsOfTheSupportAreExact() {
        for a in [0.1, 1, 30, 1e8] {
            #expect(GammaFunction.regularizedLower(a, 0) == 0)
            #expect(GammaFunction.regularizedUpper(a, 0) == 1)
            #expect(GammaFunction.regularizedLower(a, .infinity) == 1)
            #expect(GammaFunction.regularizedUpper(a, .infinity) == 0)
            #expect(GammaFunction.inverseRegularizedLower(a, 0) == 0)
            #expect(GammaFunction.inverseRegularizedLower(a, 1) == .infinity)
            #expect(GammaFunction.inverseRegularizedUpper(a, 0) == .infinity)
            #expect(GammaFunction.inverseRegularizedUpper(a, 1) == 0)
        }
        // P(1, x) = 1 − e⁻ˣ and Q(½, x) = erfc(√x), in closed form.
        #expect(isClose(GammaFunction.regularizedUpper(1, 3), 0.049787068367863944, relative: 1e-15))
        #expect(isClose(GammaFunction.regularizedUpper(0.5, 4), 0.004677734981047266, relative: 1e-15))
    }

    @Test func lowerAndUpperSumToOne() async {
        await propertyCheck(input: Gen.double(in: -2...8), Gen.double(in: -3...3)) { logShape, logRatio in
            let a = Double.pow10(logShape)
            let x = a * Double.pow10(logRatio)
            let sum = GammaFunction.regularizedLower(a, x) + GammaFunction.regularizedUpper(a, x)
            #expect(abs(sum - 1) <= 1e-15, "a = \(a), x = \(x): P + Q = \(sum)")
        }
    }

    /// P(a, P⁻¹(a, p)) = p: the inverse is a double within a few units in the last
    /// place of the exact root, so the function there differs from p by its rounding
    /// (1e−13 relative) plus the function's change over those units (ulpSlack).
    @Test func inverseRoundTripsInBothTails() async {
        await propertyCheck(input: Gen.double(in: -2...7), Gen.double(in: -12 ... -0.31), Gen.bool()) { logShape, logP, upper in
            let a = Double.pow10(logShape)
            let p = Double.pow10(logP)
            let x = upper ? GammaFunction.inverseRegularizedUpper(a, p) : GammaFunction.inverseRegularizedLower(a, p)
            let back = upper ? GammaFunction.regularizedUpper(a, x) : GammaFunction.regularizedLower(a, x)
            let density = GammaDistribution(shape: a, scale: 1).density(x)
            #expect(abs(back - p) <= 1e-13 * p + ulpSlack(density, x), "a = \(a), p = \(p), upper: \(upper): x = \(x)")
        }
    }
}

/// How far a distribution function with density f may move across the few units in the
/// last place that separate a computed quantile x from the exact root: 8·f(x)·ulp(x).
func ulpSlack(_ density: Double, _ x: Double) -> Double {
    8 * density * x.ulp
}

extension Double {
    /// 10ˣ, for log-uniform random parameters.
    static func pow10(_ x: Double) -> Double { Foundation.pow(10, x) }
}
