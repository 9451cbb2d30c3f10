/// Kitagawa's (1955) two-factor decomposition of the difference of two crude rates
/// into the part that goes with composition and the part that goes with the rates.
///
/// With groups g, shares s_g (summing to 1 in each population) and rates r_g, the crude
/// rates are C = Σ_g s_g·r_g, and
///
///     C_A − C_B = Σ_g (s_A,g − s_B,g)·(r_A,g + r_B,g)/2   [composition]
///               + Σ_g (r_A,g − r_B,g)·(s_A,g + s_B,g)/2   [rates]
///
/// exactly: each factor's difference weighted by the mean of the other.
///
/// Kitagawa, E. M. (1955). Components of a difference between two rates. Journal of the
/// American Statistical Association 50(272):1168–1194.
public enum KitagawaDecomposition {
    /// The two components.
    ///
    /// - Parameters:
    ///   - sharesA, ratesA: population A's group shares and rates.
    ///   - sharesB, ratesB: population B's, in the same group order.
    /// - Returns: (composition, rates); their sum is C_A − C_B.
    /// - Precondition: four arrays of one length.
    /// - Complexity: O(R).
    public static func decompose(sharesA: [Double], ratesA: [Double], sharesB: [Double], ratesB: [Double])
        -> (composition: Double, rates: Double)
    {
        precondition(Set([sharesA.count, ratesA.count, sharesB.count, ratesB.count]).count == 1, "one value per group")
        var composition = 0.0
        var rates = 0.0
        for g in sharesA.indices {
            composition += (sharesA[g] - sharesB[g]) * (ratesA[g] + ratesB[g]) / 2
            rates += (ratesA[g] - ratesB[g]) * (sharesA[g] + sharesB[g]) / 2
        }
        return (composition, rates)
    }
}
