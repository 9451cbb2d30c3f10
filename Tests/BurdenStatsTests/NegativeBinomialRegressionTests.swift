import BurdenStats
import BurdenTestSupport
import Foundation
import Testing

struct NegativeBinomialRegressionTests {
    @Test("NB2 with offset matches statsmodels NegativeBinomial to 1e-6 relative: coefficients, α and its SE, ℓ, deviances",
          arguments: ModelsFixture.shared.negative_binomial)
    func negativeBinomialMatchesStatsmodels(_ reference: ModelsFixture.NegativeBinomial) throws {
        let fit = try NegativeBinomialRegression(
            counts: reference.response, design: fixtureDesign(reference.columns), offset: reference.offset)
        expectCoefficients(fit.terms, reference, relative: 1e-6)
        for (j, term) in fit.terms.enumerated() {
            expectClose(term.incidenceRateRatio, reference.irr[j], relative: 1e-6, "\(term.term) IRR")
            expectClose(term.incidenceRateRatioInterval.lower, reference.irr_low[j], relative: 1e-6, "\(term.term) IRR low")
            expectClose(term.incidenceRateRatioInterval.upper, reference.irr_high[j], relative: 1e-6, "\(term.term) IRR high")
        }
        expectClose(fit.alpha, reference.alpha, relative: 1e-6, "alpha")
        expectClose(fit.alphaStdError, reference.alpha_std_error, relative: 1e-6, "alpha SE")
        expectClose(fit.theta, reference.theta, relative: 1e-6, "theta")
        expectClose(fit.logLikelihood, reference.log_likelihood, relative: 1e-6, "log-likelihood")
        expectClose(fit.aic, reference.aic, relative: 1e-6, "AIC")
        expectClose(fit.bic, reference.bic, relative: 1e-6, "BIC")
        expectClose(fit.deviance, reference.deviance, relative: 1e-6, "deviance")
        expectClose(fit.nullDeviance, reference.null_deviance, relative: 1e-6, "null deviance")
        expectClose(fit.pearsonChiSquared, reference.pearson_chi2, relative: 1e-6, "Pearson χ²")
        expectClose(fit.dispersion, reference.dispersion, relative: 1e-6, "dispersion")
        #expect(Double(fit.dfResidual) == reference.df_residual)
        #expect(Double(fit.dfNull) == reference.df_null)
        #expect(fit.nobs == reference.nobs)
    }

    @Test func underdispersedCountsHaveNoNegativeBinomialFit() throws {
        let input = ModelsFixture.shared.errors.underdispersed
        let error = #expect(throws: StatsError.self) {
            try NegativeBinomialRegression(counts: input.response, design: fixtureDesign(input.columns), offset: input.offset)
        }
        #expect(error?.code == .boundaryEstimate)
    }

    @Test func rankDeficientDesignNamesTheDependentColumn() throws {
        let input = ModelsFixture.shared.errors.rank_deficient
        let error = #expect(throws: StatsError.self) {
            try NegativeBinomialRegression(counts: input.response, design: fixtureDesign(input.columns), offset: input.offset)
        }
        #expect(error?.description == "rank-deficient design: column 'x3' is a linear combination of earlier columns")
    }

    /// 200 seeded replications of 100 observations, y ~ NB2(N·exp(β₀ + β₁x), α = 0.5):
    /// each 95% Wald interval should cover its coefficient about 190 times, and α̂ should
    /// centre on 0.5.
    @Test func confidenceIntervalsCoverTheTruthAtTheNominalRate() throws {
        let truth = [-5.0, 0.4]
        let alpha = 0.5
        var covered = [0, 0]
        var alphas: [Double] = []
        var random = SeededRandom(seed: 2025)
        for _ in 0..<200 {
            let x = (0..<100).map { _ in random.normal() }
            let populations = (0..<100).map { _ in random.uniform(1_000, 5_000).rounded() }
            let counts = (0..<100).map { i in
                let mu = populations[i] * exp(truth[0] + truth[1] * x[i])
                return random.poisson(random.gamma(shape: 1 / alpha) * alpha * mu)
            }
            let fit = try NegativeBinomialRegression(
                counts: counts, design: DesignMatrix(columns: [("x", x)]), offset: populations.map { log($0) })
            for j in 0..<2 where fit.terms[j].confidenceInterval.contains(truth[j]) { covered[j] += 1 }
            alphas.append(fit.alpha)
        }
        for count in covered { #expect((181...199).contains(count), "covered \(count) of 200") }
        let meanAlpha = alphas.reduce(0, +) / Double(alphas.count)
        #expect(abs(meanAlpha - alpha) < 0.05, "mean α̂ \(meanAlpha)")
    }
}
