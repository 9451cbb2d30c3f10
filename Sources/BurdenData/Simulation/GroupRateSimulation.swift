/// Deaths drawn with known death rates for groups within regions — urban and rural men,
/// ethnic Russians and others — so that every method of ecological inference can be
/// tested against the truth it should recover.
///
/// For region i and group g of a ``GroupComposition`` the true rate is
///
///     λᵢ_g = max(0, base_g + slope_g·(xᵢ − x̄)) · exp(σzᵢ_g − σ²/2)
///
/// with xᵢ a column of the region table (x̄ its men-weighted mean over the regions
/// drawn), slopes that make the group rates vary with it — the aggregation bias that
/// Goodman's constant-rate regression cannot see — and a log-normal heterogeneity of
/// scale σ (zᵢ_g standard normal, by the sum of twelve uniforms less 6). Deaths are
/// dᵢ_g ~ Poisson(Nᵢ_g·λᵢ_g). The draws use the project's seeded generator, integer
/// thresholds and ``PortableExp`` only, so a seed gives the same deaths on every platform.
public struct GroupRateSimulation: Sendable {
    /// The rates and how they vary.
    public struct Model: Sendable, Hashable {
        /// base_g, deaths per man, per group.
        public var baseRates: [Double]
        /// slope_g per unit of ``covariate`` (zeros: no aggregation bias).
        public var slopes: [Double]
        /// The region-table column the rates vary with.
        public var covariate: String?
        /// σ, the log-normal heterogeneity of each region's group rates (0: none).
        public var heterogeneity: Double

        /// Creates a model.
        public init(baseRates: [Double], slopes: [Double]? = nil, covariate: String? = nil, heterogeneity: Double = 0) {
            self.baseRates = baseRates
            self.slopes = slopes ?? baseRates.map { _ in 0 }
            self.covariate = covariate
            self.heterogeneity = heterogeneity
        }
    }

    /// The regions drawn (those of the composition in the table, with the covariate).
    public let regions: [String]
    /// Nᵢ_g.
    public let men: [[Double]]
    /// The true λᵢ_g.
    public let rates: [[Double]]
    /// The drawn dᵢ_g.
    public let groupDeaths: [[Int]]

    /// Draws the deaths.
    ///
    /// - Throws: ``DataError`` when the model's groups do not match the composition or
    ///   the covariate is not a column of the table.
    /// - Complexity: O(Σ expected deaths / 256 + regions × groups).
    public init(table: RegionTable, composition: GroupComposition, model: Model, seed: UInt64) throws(DataError) {
        let r = composition.groups.count
        guard model.baseRates.count == r, model.slopes.count == r else {
            throw DataError(.invalidArgument, "the simulation gives \(model.baseRates.count) rates for \(r) groups")
        }
        if let name = model.covariate, table.column(named: name) == nil {
            throw DataError(.invalidArgument, "the simulation's covariate '\(name)' is not a column of the region table")
        }
        var regions: [String] = []
        var men: [[Double]] = []
        var values: [Double] = []
        for (code, row) in zip(composition.regions, composition.counts) where table.region(code: code) != nil {
            let value = model.covariate.map { table.value($0, for: code) } ?? 0
            guard let value else { continue }
            regions.append(code)
            men.append(row)
            values.append(value)
        }
        let people = men.map { $0.reduce(0, +) }
        let mean = zip(values, people).reduce(0) { $0 + $1.0 * $1.1 } / people.reduce(0, +)
        var random = SeededGenerator(seed: seed)
        let sigma = model.heterogeneity
        var rates: [[Double]] = []
        var deaths: [[Int]] = []
        for (row, value) in zip(men, values) {
            var regionRates: [Double] = []
            var regionDeaths: [Int] = []
            for g in 0..<r {
                var rate = max(0, model.baseRates[g] + model.slopes[g] * (value - mean))
                if sigma > 0 {
                    var z = -6.0
                    for _ in 0..<12 { z += random.nextUnit() }
                    rate *= PortableExp.exp(sigma * z - sigma * sigma / 2)
                }
                regionRates.append(rate)
                regionDeaths.append(Self.poisson(row[g] * rate, using: &random))
            }
            rates.append(regionRates)
            deaths.append(regionDeaths)
        }
        self.regions = regions
        self.men = men
        self.rates = rates
        self.groupDeaths = deaths
    }

    /// The deaths of each region, all groups together, by code.
    public var deathsByRegion: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(regions, groupDeaths.map { $0.reduce(0, +) }))
    }

    /// The true rate of group g over all regions, Σᵢ Nᵢ_g·λᵢ_g / Σᵢ Nᵢ_g (the expected rate).
    public func expectedRate(group g: Int) -> Double {
        zip(men, rates).reduce(0) { $0 + $1.0[g] * $1.1[g] } / men.reduce(0) { $0 + $1[g] }
    }

    /// The realized rate of group g, Σᵢ dᵢ_g / Σᵢ Nᵢ_g.
    public func realizedRate(group g: Int) -> Double {
        Double(groupDeaths.reduce(0) { $0 + $1[g] }) / men.reduce(0) { $0 + $1[g] }
    }

    /// The records of a list with these deaths: one per death, with its region only,
    /// ids from 1, regions in composition order.
    public var records: [CasualtyRecord] {
        var records: [CasualtyRecord] = []
        for (code, row) in zip(regions, groupDeaths) {
            for _ in 0..<row.reduce(0, +) { records.append(CasualtyRecord(id: String(records.count + 1), regionCode: code)) }
        }
        return records
    }

    /// A Poisson draw by inversion, the mean split into parts of at most 256 (a sum of
    /// Poisson counts is Poisson), each from P(0) = e^{−μ} by the recurrence
    /// P(k + 1) = P(k)·μ/(k + 1).
    static func poisson(_ mean: Double, using random: inout SeededGenerator) -> Int {
        var remaining = mean
        var count = 0
        while remaining > 0 {
            let part = min(remaining, 256)
            remaining -= part
            let u = random.nextUnit()
            var k = 0
            var probability = PortableExp.exp(-part)
            var cumulative = probability
            while u >= cumulative, k < 10_000 {
                k += 1
                probability *= part / Double(k)
                cumulative += probability
            }
            count += k
        }
        return count
    }
}
