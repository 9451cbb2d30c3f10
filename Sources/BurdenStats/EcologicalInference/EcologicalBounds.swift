/// The method of bounds (Duncan & Davis 1953): what each group's deaths — and so its
/// rate — can be in each region given only the region's deaths and its men by group,
/// with no assumption at all.
///
/// In region i with dᵢ deaths and Nᵢ_g men in group g (Nᵢ = Σ_g Nᵢ_g), the deaths of
/// group g satisfy 0 ≤ dᵢ_g ≤ Nᵢ_g and Σ_g dᵢ_g = dᵢ, so
///
///     Lᵢ_g = max(0, dᵢ − (Nᵢ − Nᵢ_g)),   Uᵢ_g = min(dᵢ, Nᵢ_g)
///
/// and the rate lies in [Lᵢ_g/Nᵢ_g, Uᵢ_g/Nᵢ_g]. Every value between is attained with
/// the other groups filling the rest, so the bounds are sharp. Regions vary
/// independently, so the bounds of the country's deaths in group g are [Σᵢ Lᵢ_g, Σᵢ Uᵢ_g],
/// of its rate those over Σᵢ Nᵢ_g, and of the group's share of the dead those over Σᵢ dᵢ.
/// With two groups and the first group's deaths D₁ ∈ [ΣL₁, ΣU₁], the other's are D − D₁
/// and the ratio of their rates (D₁/M₁)/((D − D₁)/M₂) increases with D₁, so its bounds are
/// the ratio at the two ends (+∞ when D₁ can be all the deaths).
///
/// When deaths are rare (dᵢ far below every Nᵢ_g) the bounds are [0, dᵢ/Nᵢ_g]: only a
/// group that is absent from a region (Moscow's rural men) pins the others' rates.
///
/// Duncan, O. D., Davis, B. (1953). An alternative to ecological correlation. American
/// Sociological Review 18(6):665–666.
public struct EcologicalBounds: Sendable, Hashable, Codable {
    /// One region's bounds, per group.
    public struct Region: Sendable, Hashable, Codable {
        /// The fewest deaths the group can have.
        public let lowerDeaths: [Double]
        /// The most deaths the group can have.
        public let upperDeaths: [Double]
        /// The lowest rate, L/N (`nil` when the group has no men).
        public let lowerRate: [Double?]
        /// The highest rate, U/N (`nil` when the group has no men).
        public let upperRate: [Double?]
    }

    /// The regions, in input order.
    public let regions: [Region]
    /// The country's fewest deaths per group, Σᵢ Lᵢ_g.
    public let lowerDeaths: [Double]
    /// The country's most deaths per group, Σᵢ Uᵢ_g.
    public let upperDeaths: [Double]
    /// The men per group, Σᵢ Nᵢ_g.
    public let men: [Double]
    /// All deaths, Σᵢ dᵢ.
    public let deaths: Double

    /// Computes the bounds.
    ///
    /// - Parameters:
    ///   - deaths: dᵢ per region.
    ///   - groups: Nᵢ_g per region, one row of R counts each.
    /// - Precondition: one row per region, every row of the same length ≥ 2, values ≥ 0.
    /// - Complexity: O(n·R).
    public init(deaths: [Double], groups: [[Double]]) {
        precondition(deaths.count == groups.count, "one row of group counts per region")
        let width = groups.first?.count ?? 0
        precondition(width >= 2 && groups.allSatisfy { $0.count == width }, "every region needs the same R ≥ 2 groups")
        var lowerTotal = [Double](repeating: 0, count: width)
        var upperTotal = [Double](repeating: 0, count: width)
        var men = [Double](repeating: 0, count: width)
        regions = zip(deaths, groups).map { d, row in
            let total = row.reduce(0, +)
            var lower: [Double] = []
            var upper: [Double] = []
            for (g, count) in row.enumerated() {
                let low = max(0, d - (total - count))
                let high = min(d, count)
                lower.append(low)
                upper.append(high)
                lowerTotal[g] += low
                upperTotal[g] += high
                men[g] += count
            }
            return Region(
                lowerDeaths: lower, upperDeaths: upper,
                lowerRate: zip(lower, row).map { $1 > 0 ? $0 / $1 : nil },
                upperRate: zip(upper, row).map { $1 > 0 ? $0 / $1 : nil })
        }
        self.lowerDeaths = lowerTotal
        self.upperDeaths = upperTotal
        self.men = men
        self.deaths = deaths.reduce(0, +)
    }

    /// The country's rate bounds of group g, [ΣL/M, ΣU/M].
    public func rate(group g: Int) -> ConfidenceInterval {
        ConfidenceInterval(lower: lowerDeaths[g] / men[g], upper: upperDeaths[g] / men[g])
    }

    /// The bounds of group g's share of the dead, [ΣL/D, ΣU/D].
    public func share(group g: Int) -> ConfidenceInterval {
        ConfidenceInterval(lower: lowerDeaths[g] / deaths, upper: upperDeaths[g] / deaths)
    }

    /// With two groups, the bounds of the ratio of the first group's rate to the
    /// second's; `nil` with more groups.
    public var ratio: ConfidenceInterval? {
        guard men.count == 2 else { return nil }
        func ratio(_ first: Double) -> Double {
            let second = deaths - first
            return second > 0 ? (first / men[0]) / (second / men[1]) : .infinity
        }
        return ConfidenceInterval(lower: ratio(lowerDeaths[0]), upper: ratio(upperDeaths[0]))
    }
}
