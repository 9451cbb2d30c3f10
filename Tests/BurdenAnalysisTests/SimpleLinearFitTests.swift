import BurdenStats
import BurdenTestSupport
import Testing

/// The straight-line fit of the baselines against the QR least squares of
/// ``LinearRegression``: the same line, and the prediction variance
/// s²(1 + x₀ᵀ(XᵀX)⁻¹x₀) from Var(β̂) = s²(XᵀX)⁻¹.
struct SimpleLinearFitTests {
    @Test("the line and its prediction error match QR least squares", arguments: [
        ([2015.0, 2016, 2017, 2018, 2019], [2.31, 2.27, 2.35, 2.22, 2.19], 2022.0),
        ([1.0, 2, 4, 8, 16, 32], [0.5, 1.7, 2.2, 5.1, 9.8, 20.3], 40.0),
        ([-3.0, 0, 0.5, 7], [1e6, 1.1e6, 0.9e6, 1.3e6], -10.0),
        ([2010.0, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019], [3.1, 3.0, 2.9, 3.05, 2.8, 2.7, 2.75, 2.6, 2.62, 2.5], 2023.0),
    ])
    func lineAndPredictionErrorMatchQR(x: [Double], y: [Double], at x0: Double) throws {
        let fit = try SimpleLinearFit(x: x, y: y)
        // QR on a centred design, so that both routes are well conditioned.
        let centre = x.reduce(0, +) / Double(x.count)
        let qr = try LinearRegression(response: y, design: try DesignMatrix(columns: [("x", x.map { $0 - centre })]))
        let d = x0 - centre
        #expect(isClose(fit.predict(at: x0), qr.terms[0].estimate + qr.terms[1].estimate * d, relative: 1e-13))
        #expect(isClose(fit.slope, qr.terms[1].estimate, relative: 1e-13))
        let c = qr.covariance
        let variance = qr.sigma * qr.sigma + c[0, 0] + 2 * d * c[0, 1] + d * d * c[1, 1]
        #expect(isClose(try #require(fit.predictionStandardError(at: x0)), variance.squareRoot(), relative: 1e-13))
        #expect(isClose(try #require(fit.residualVariance), qr.sigma * qr.sigma, relative: 1e-13))
        #expect(isClose(fit.intercept + fit.slope * x0, fit.predict(at: x0), relative: 1e-9))
    }

    @Test func leverageIsSymmetricAndOneOverNAtTheMean() throws {
        let fit = try SimpleLinearFit(x: [1, 2, 3, 4], y: [2, 4, 5, 9])
        #expect(fit.leverage(at: 2.5, 2.5) == 0.25)
        #expect(fit.leverage(at: 7, 1) == fit.leverage(at: 1, 7))
        #expect(isClose(fit.leverage(at: 1, 1), 0.25 + 2.25 / 5, relative: 1e-15))
    }

    @Test func twoPointsGiveALineButNoErrorAndBadInputIsAnError() throws {
        let fit = try SimpleLinearFit(x: [1, 3], y: [2, 6])
        #expect(fit.slope == 2 && fit.predict(at: 5) == 10)
        #expect(fit.residualVariance == nil && fit.predictionStandardError(at: 5) == nil)
        #expect { try SimpleLinearFit(x: [1, 1, 1], y: [1, 2, 3]) } throws: { ($0 as? StatsError)?.code == .noVariation }
        #expect { try SimpleLinearFit(x: [1], y: [1]) } throws: { ($0 as? StatsError)?.code == .tooFewObservations }
        #expect { try SimpleLinearFit(x: [1, 2], y: [1]) } throws: { ($0 as? StatsError)?.code == .invalidInput }
        #expect { try SimpleLinearFit(x: [1, 2, .nan], y: [1, 2, 3]) } throws: { ($0 as? StatsError)?.code == .invalidInput }
    }
}
