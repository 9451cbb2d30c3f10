@testable import BurdenStats
import BurdenTestSupport
import Testing

/// The log-gamma, digamma and trigamma differences inside the negative-binomial likelihood.
struct GammaDifferencesTests {
    @Test("lnΓ(θ+y) − lnΓ(θ) − y·ln θ, ψ(θ+y) − ψ(θ) and ψ′(θ+y) − ψ′(θ) match mpmath to 1e-13 relative, θ up to 1e10",
          arguments: ModelsFixture.shared.gamma_differences)
    func differencesMatchMpmath(_ reference: ModelsFixture.GammaDifference) {
        let y = reference.y
        let theta = reference.theta
        let logRatio = GammaDifferences.logGammaRatio(y, theta)
        let digamma = GammaDifferences.digamma(y, theta)
        let trigamma = GammaDifferences.trigamma(y, theta)
        #expect(isClose(logRatio, reference.log_gamma_ratio, relative: 1e-13, absolute: 1e-300),
                "lnΓ ratio \(logRatio) vs \(reference.log_gamma_ratio) (\(relativeError(logRatio, reference.log_gamma_ratio)))")
        #expect(isClose(digamma, reference.digamma, relative: 1e-13, absolute: 1e-300),
                "ψ difference \(digamma) vs \(reference.digamma) (\(relativeError(digamma, reference.digamma)))")
        #expect(isClose(trigamma, reference.trigamma, relative: 1e-13, absolute: 1e-300),
                "ψ′ difference \(trigamma) vs \(reference.trigamma) (\(relativeError(trigamma, reference.trigamma)))")
    }
}
