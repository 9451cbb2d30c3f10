import BurdenStats

extension RegressionTerm {
    /// The term as broom's `tidy()` names it: term, estimate, std_error, statistic,
    /// p_value, conf_low, conf_high.
    var tidyCells: [Cell] {
        [.text(term), .number(estimate), .number(stdError), .number(statistic), .number(pValue), .number(confLow), .number(confHigh)]
    }

    static let tidyColumns: [TidyTable.Column] = [
        .init("term"), .init("estimate", decimals: 5), .init("std_error", decimals: 5), .init("statistic", decimals: 3),
        .init("p_value", decimals: 4), .init("conf_low", decimals: 5), .init("conf_high", decimals: 5),
    ]
}
