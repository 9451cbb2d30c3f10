import BurdenStats
import BurdenTestSupport
import Testing

struct LinearRegressionTests {
    @Test("OLS matches statsmodels to 1e-8 relative: coefficients, R², F, σ, log-likelihood",
          arguments: ModelsFixture.shared.ols)
    func olsMatchesStatsmodels(_ reference: ModelsFixture.OLS) throws {
        let fit = try LinearRegression(response: reference.response, design: fixtureDesign(reference.columns))
        expectCoefficients(fit.terms, reference, relative: 1e-8)
        expectClose(fit.sigma, reference.sigma, relative: 1e-8, "sigma")
        expectClose(fit.rSquared, reference.r_squared, relative: 1e-8, "r_squared")
        expectClose(fit.adjRSquared, reference.adj_r_squared, relative: 1e-8, "adj_r_squared")
        expectClose(fit.statistic ?? .nan, reference.f_statistic, relative: 1e-8, "F")
        expectClose(fit.pValue ?? .nan, reference.f_p_value, relative: 1e-8, "F p-value")
        expectClose(fit.residualSumOfSquares, reference.rss, relative: 1e-8, "RSS")
        expectClose(fit.logLikelihood, reference.log_likelihood, relative: 1e-8, "log-likelihood")
        expectClose(fit.aic, reference.aic, relative: 1e-8, "AIC")
        expectClose(fit.bic, reference.bic, relative: 1e-8, "BIC")
        #expect(Double(fit.df) == reference.df)
        #expect(Double(fit.dfResidual) == reference.df_residual)
        #expect(fit.nobs == reference.nobs)
        #expect(fit.fTest?.denominatorDF == fit.dfResidual)
    }

    @Test func rankDeficientDesignNamesTheDependentColumn() throws {
        let input = ModelsFixture.shared.errors.rank_deficient
        let error = #expect(throws: StatsError.self) {
            try LinearRegression(response: input.response, design: fixtureDesign(input.columns))
        }
        #expect(error?.code == .rankDeficient)
        #expect(error?.description == "rank-deficient design: column 'x3' is a linear combination of earlier columns")
    }

    @Test func noResidualDegreesOfFreedomIsAnError() throws {
        let design = try DesignMatrix(columns: [("x", [1, 2, 3])])
        #expect(throws: StatsError.self) { try LinearRegression(response: [1, 2], design: design) }
        let square = try DesignMatrix(columns: [("x", [1, 2])])
        let error = #expect(throws: StatsError.self) { try LinearRegression(response: [1, 5], design: square) }
        #expect(error?.code == .tooFewObservations)
    }

    @Test func exactFitIsAnErrorNotNaN() throws {
        let design = try DesignMatrix(columns: [("x", [1, 2, 3, 4])])
        let error = #expect(throws: StatsError.self) { try LinearRegression(response: [3, 5, 7, 9], design: design) }
        #expect(error?.code == .perfectFit)
    }

    @Test func interceptOnlyModelHasNoFTest() throws {
        let design = DesignMatrix.interceptOnly(observations: 4)
        let fit = try LinearRegression(response: [1, 2, 4, 7], design: design)
        #expect(fit.fTest == nil && fit.df == 0)
        #expect(isClose(fit.terms[0].estimate, 3.5, relative: 1e-15))
        #expect(abs(fit.rSquared) < 1e-15)
    }

    /// 200 seeded replications of y = 1.5 + 2x₁ − 0.5x₂ + ε, n = 50: each 95% interval
    /// should cover its true coefficient about 190 times (binomial sd ≈ 3.1).
    @Test func confidenceIntervalsCoverTheTruthAtTheNominalRate() throws {
        let truth = [1.5, 2.0, -0.5]
        var covered = [0, 0, 0]
        var random = SeededRandom(seed: 2023)
        for _ in 0..<200 {
            let x1 = (0..<50).map { _ in random.normal() }
            let x2 = (0..<50).map { _ in random.uniform(-2, 2) }
            let y = (0..<50).map { truth[0] + truth[1] * x1[$0] + truth[2] * x2[$0] + random.normal() }
            let fit = try LinearRegression(response: y, design: DesignMatrix(columns: [("x1", x1), ("x2", x2)]))
            for j in 0..<3 where fit.terms[j].confidenceInterval.contains(truth[j]) { covered[j] += 1 }
        }
        for count in covered { #expect((181...199).contains(count), "covered \(count) of 200") }
    }
}
