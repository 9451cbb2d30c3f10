/// How the baseline trend of the sex ratio of deaths is fitted (METHODS.md §9).
public enum ExcessFit: String, Sendable, Hashable, Codable, CaseIterable {
    /// ratio_y = a + b·y by least squares: the published method (Kobak et al. 2025).
    /// The ± of a year is female_t × √(s²·(1 + x₀ᵀ(XᵀX)⁻¹x₀)), the prediction standard
    /// deviation of the line at t times the year's female deaths.
    case linear
    /// ln ratio_y = a + b·y by least squares, an exponential trend that cannot predict a
    /// negative ratio. The predicted ratio is exp(â + b̂·t); its ± is carried to the
    /// ratio scale by the delta method: female_t × exp(â + b̂·t) × (prediction standard
    /// deviation of the log line at t).
    case log
}
