import BurdenStats
import BurdenTestSupport
import Testing

struct NormalTests {
    @Test("quantile matches scipy norm.ppf to 1e-14 relative, tails included",
          arguments: ReferenceFixture.shared.normal.quantile.map { ($0.p, $0.x) })
    func quantileMatchesScipy(p: Double, expected: Double) {
        let actual = Normal.quantile(p)
        #expect(isClose(actual, expected, relative: 1e-14, absolute: 1e-300), "p = \(p): \(actual) vs \(expected)")
    }

    @Test("cdf, survival and density match the exact values (mpmath) to 1e-14 relative",
          arguments: ReferenceFixture.shared.normal.cdf.map { ($0.x, $0.cdf, $0.sf, $0.pdf) })
    func cdfMatchesScipy(x: Double, cdf: Double, sf: Double, pdf: Double) {
        #expect(isClose(Normal.cdf(x), cdf, relative: 1e-14), "cdf(\(x)) = \(Normal.cdf(x)) vs \(cdf)")
        #expect(isClose(Normal.survival(x), sf, relative: 1e-14), "sf(\(x)) = \(Normal.survival(x)) vs \(sf)")
        #expect(isClose(Normal.density(x), pdf, relative: 1e-14), "pdf(\(x)) = \(Normal.density(x)) vs \(pdf)")
    }

    @Test func quantileEdgesAreInfiniteOrNaN() {
        #expect(Normal.quantile(0) == -.infinity)
        #expect(Normal.quantile(1) == .infinity)
        #expect(Normal.quantile(-0.1).isNaN)
        #expect(Normal.quantile(1.1).isNaN)
        #expect(Normal.quantile(.nan).isNaN)
    }

    /// Inverting through the tail that holds the information: Φ⁻¹(Φ(x)) for x ≤ 0 and
    /// −Φ⁻¹(1 − Φ(x)) for x > 0 (Φ(x) near 1 keeps too few digits of x to invert).
    @Test func quantileInvertsCdfAcrossTheRange() {
        var x = -37.0
        while x <= 37 {
            let inverted = x <= 0 ? Normal.quantile(Normal.cdf(x)) : Normal.upperQuantile(Normal.survival(x))
            #expect(isClose(inverted, x, relative: 1e-14, absolute: 1e-15), "x = \(x)")
            x += 0.37
        }
    }

    @Test func quantileIsMonotone() {
        var previous = -Double.infinity
        for i in 1..<2000 {
            let q = Normal.quantile(Double(i) / 2000)
            #expect(q > previous)
            previous = q
        }
    }
}
