import BurdenStats
import BurdenTestSupport
import Testing

/// Builds the design of a fixture case: its named columns after an intercept.
func fixtureDesign(_ columns: [ModelsFixture.Column]) throws -> DesignMatrix {
    try DesignMatrix(columns: columns.map { ($0.name, $0.values) })
}

/// Checks a coefficient table against the reference, every column to `relative`.
///
/// A confidence limit is compared relative to the larger of its own size and the term's
/// standard error: a limit near zero is the difference of two numbers of the size of
/// β̂ and c·SE, and its digits are counted at that scale.
func expectCoefficients(
    _ terms: [RegressionTerm], _ expected: some ModelsFixture.Coefficients, relative: Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(terms.map(\.term) == expected.terms, sourceLocation: sourceLocation)
    for (j, term) in terms.enumerated() where j < expected.terms.count {
        let scale = max(expected.std_error[j], 0)
        let checks: [(String, Double, Double, Double)] = [
            ("estimate", term.estimate, expected.estimate[j], 0),
            ("std_error", term.stdError, expected.std_error[j], 0),
            ("statistic", term.statistic, expected.statistic[j], 0),
            ("p_value", term.pValue, expected.p_value[j], 1e-300),
            ("conf_low", term.confLow, expected.conf_low[j], relative * scale),
            ("conf_high", term.confHigh, expected.conf_high[j], relative * scale),
        ]
        for (name, actual, reference, absolute) in checks {
            #expect(
                isClose(actual, reference, relative: relative, absolute: absolute),
                "\(term.term) \(name): \(actual) vs \(reference) (relative error \(relativeError(actual, reference)))",
                sourceLocation: sourceLocation)
        }
    }
}

/// Checks a scalar against the reference to `relative`.
func expectClose(
    _ actual: Double, _ expected: Double, relative: Double, _ name: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        isClose(actual, expected, relative: relative),
        "\(name): \(actual) vs \(expected) (relative error \(relativeError(actual, expected)))",
        sourceLocation: sourceLocation)
}
