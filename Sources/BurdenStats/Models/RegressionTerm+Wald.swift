/// The reference distribution of a Wald statistic: the standard normal for the count
/// models' z, Student's t for least squares and quasi-likelihood.
enum WaldReference {
    /// The standard normal (z).
    case normal
    /// Student's t with the given degrees of freedom.
    case studentT(Double)

    /// The two-sided p-value 2·P(T > |statistic|).
    func twoSidedPValue(_ statistic: Double) -> Double {
        switch self {
        case .normal: return 2 * Normal.survival(abs(statistic))
        case .studentT(let df): return 2 * StudentT(degreesOfFreedom: df).survival(abs(statistic))
        }
    }

    /// The critical value c with P(T > c) = (1 − confidence)/2.
    func criticalValue(confidence: Double) -> Double {
        switch self {
        case .normal: return Normal.upperQuantile((1 - confidence) / 2)
        case .studentT(let df): return StudentT(degreesOfFreedom: df).upperQuantile((1 - confidence) / 2)
        }
    }
}

extension RegressionTerm {
    /// The table of Wald rows: estimate, SE = √(covariance diagonal), statistic, p-value, interval.
    static func table(
        names: [String], estimates: [Double], standardErrors: [Double], reference: WaldReference, confidence: Double
    ) -> [RegressionTerm] {
        let critical = reference.criticalValue(confidence: confidence)
        return names.indices.map { j in
            let estimate = estimates[j]
            let se = standardErrors[j]
            let statistic = estimate / se
            return RegressionTerm(
                term: names[j], estimate: estimate, stdError: se, statistic: statistic,
                pValue: reference.twoSidedPValue(statistic), confLow: estimate - critical * se,
                confHigh: estimate + critical * se)
        }
    }
}
