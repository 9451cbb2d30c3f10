import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

struct PoissonRegressionTests {
    @Test("Poisson GLM with offset matches statsmodels to 1e-8 relative: coefficients, IRR, deviances, Pearson, AIC",
          arguments: ModelsFixture.shared.poisson)
    func poissonMatchesStatsmodels(_ reference: ModelsFixture.Poisson) throws {
        let fit = try PoissonRegression(
            counts: reference.response, design: fixtureDesign(reference.columns), offset: reference.offset)
        expectCoefficients(fit.terms, reference, relative: 1e-8)
        for (j, term) in fit.terms.enumerated() {
            expectClose(term.incidenceRateRatio, reference.irr[j], relative: 1e-8, "\(term.term) IRR")
            expectClose(term.incidenceRateRatioInterval.lower, reference.irr_low[j], relative: 1e-8, "\(term.term) IRR low")
            expectClose(term.incidenceRateRatioInterval.upper, reference.irr_high[j], relative: 1e-8, "\(term.term) IRR high")
        }
        expectClose(fit.deviance, reference.deviance, relative: 1e-8, "deviance")
        expectClose(fit.nullDeviance, reference.null_deviance, relative: 1e-8, "null deviance")
        expectClose(fit.pearsonChiSquared, reference.pearson_chi2, relative: 1e-8, "Pearson χ²")
        expectClose(fit.dispersion, reference.dispersion, relative: 1e-8, "dispersion")
        expectClose(fit.logLikelihood, reference.log_likelihood, relative: 1e-8, "log-likelihood")
        expectClose(fit.aic, reference.aic, relative: 1e-8, "AIC")
        expectClose(fit.bic, reference.bic, relative: 1e-8, "BIC")
        #expect(Double(fit.dfResidual) == reference.df_residual)
        #expect(Double(fit.dfNull) == reference.df_null)
        #expect(fit.nobs == reference.nobs)
    }

    @Test("quasi-Poisson errors match statsmodels scale='X2', use_t=True (R's summary.glm) to 1e-8 relative",
          arguments: ModelsFixture.shared.poisson)
    func quasiPoissonMatchesStatsmodels(_ reference: ModelsFixture.Poisson) throws {
        let fit = try PoissonRegression(
            counts: reference.response, design: fixtureDesign(reference.columns), offset: reference.offset)
        let quasi = fit.quasiPoissonTerms
        for (j, term) in quasi.enumerated() {
            #expect(term.estimate == fit.terms[j].estimate)
            expectClose(term.stdError, reference.quasi_std_error[j], relative: 1e-8, "\(term.term) quasi SE")
            expectClose(term.statistic, reference.quasi_statistic[j], relative: 1e-8, "\(term.term) quasi t")
            expectClose(term.pValue, reference.quasi_p_value[j], relative: 1e-8, "\(term.term) quasi p")
            expectClose(term.confLow, reference.quasi_conf_low[j], relative: 1e-8, "\(term.term) quasi low")
            expectClose(term.confHigh, reference.quasi_conf_high[j], relative: 1e-8, "\(term.term) quasi high")
        }
    }

    @Test func rankDeficientDesignNamesTheDependentColumn() throws {
        let input = ModelsFixture.shared.errors.rank_deficient
        let error = #expect(throws: StatsError.self) {
            try PoissonRegression(counts: input.response, design: fixtureDesign(input.columns), offset: input.offset)
        }
        #expect(error?.code == .rankDeficient)
        #expect(error?.description == "rank-deficient design: column 'x3' is a linear combination of earlier columns")
    }

    /// Every region with flag = 1 has no deaths, so the flag's coefficient runs to −∞ and
    /// the deviance keeps falling: within 10 iterations the fit has not converged.
    @Test func separatedDataDoesNotConvergeAndSaysSo() throws {
        let input = ModelsFixture.shared.errors.separated
        let error = #expect(throws: StatsError.self) {
            try PoissonRegression(
                counts: input.response, design: fixtureDesign(input.columns), offset: input.offset,
                options: IterationOptions(maxIterations: 10))
        }
        #expect(error?.code == .notConverged)
        #expect(error?.description.hasPrefix("Poisson fit did not converge in 10 iterations (deviance change ") == true)
    }

    @Test func invalidCountsAndAllZeroCountsAreErrors() throws {
        let design = try DesignMatrix(columns: [("x", [1, 2, 3, 4])])
        for counts in [[1, -1, 2, 3], [1, .nan, 2, 3], [1, 2, 3]] {
            #expect(throws: StatsError.self) { try PoissonRegression(counts: counts, design: design) }
        }
        let error = #expect(throws: StatsError.self) { try PoissonRegression(counts: [0, 0, 0, 0], design: design) }
        #expect(error?.code == .noVariation)
        let offsetError = #expect(throws: StatsError.self) {
            try PoissonRegression(counts: [1, 2, 3, 4], design: design, offset: [0, 0, -.infinity, 0])
        }
        #expect(offsetError?.code == .invalidInput)
    }

    @Test func interceptOnlyFitIsTheOverallRate() throws {
        let counts = [3.0, 10, 0, 7]
        let populations = [1000.0, 2500, 400, 1800]
        let fit = try PoissonRegression(
            counts: counts, design: .interceptOnly(observations: 4), offset: populations.map { log($0) })
        #expect(isClose(fit.terms[0].incidenceRateRatio, 20 / 5700, relative: 1e-13))
        #expect(isClose(fit.deviance, fit.nullDeviance, relative: 1e-12))
    }

    /// Without an intercept the null model is the offset alone (R's convention), on n df.
    @Test func nullModelWithoutInterceptIsTheOffsetAlone() throws {
        let counts = [3.0, 10, 0, 7, 12]
        let offsets = [1000.0, 2500, 400, 1800, 3000].map { log($0 * 0.004) }
        let design = try DesignMatrix(columns: [("x", [0.1, 0.5, -0.3, 0.2, 0.9])], intercept: false)
        let fit = try PoissonRegression(counts: counts, design: design, offset: offsets)
        var expected = 0.0
        for (y, o) in zip(counts, offsets) { expected += 2 * ((y > 0 ? y * (log(y) - o) : 0) - (y - exp(o))) }
        #expect(isClose(fit.nullDeviance, expected, relative: 1e-13))
        #expect(fit.dfNull == 5 && fit.dfResidual == 4)
        #expect(fit.terms.map(\.term) == ["x"])
    }

    /// 200 seeded replications of 85 regions, deaths ~ Poisson(N·exp(β₀ + β₁x₁ + β₂x₂)):
    /// each 95% Wald interval should cover its coefficient about 190 times.
    @Test func confidenceIntervalsCoverTheTruthAtTheNominalRate() throws {
        let truth = [-7.0, 0.3, -0.2]
        var covered = [0, 0, 0]
        var random = SeededRandom(seed: 2024)
        for _ in 0..<200 {
            let x1 = (0..<85).map { _ in random.normal() }
            let x2 = (0..<85).map { _ in random.uniform(0, 2) }
            let populations = (0..<85).map { _ in random.uniform(5_000, 50_000).rounded() }
            let counts = (0..<85).map {
                random.poisson(populations[$0] * exp(truth[0] + truth[1] * x1[$0] + truth[2] * x2[$0]))
            }
            let fit = try PoissonRegression(
                counts: counts, design: DesignMatrix(columns: [("x1", x1), ("x2", x2)]),
                offset: populations.map { log($0) })
            for j in 0..<3 where fit.terms[j].confidenceInterval.contains(truth[j]) { covered[j] += 1 }
        }
        for count in covered { #expect((181...199).contains(count), "covered \(count) of 200") }
    }
}
