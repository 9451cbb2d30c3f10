import BurdenData

/// The regions an analysis of regional figures uses, as aligned columns: deaths, the
/// population at risk and covariates — and the regions it had to leave out, with why.
///
/// A region is used when it has a positive population and every covariate; the others
/// are listed in ``dropped`` (never left out silently).
public struct RegionalFrame: Sendable, Hashable {
    /// A region left out, and why.
    public struct Dropped: Sendable, Hashable, Codable {
        public let code: String
        public let name: String
        public let reason: String
    }

    /// The regions used, in table order.
    public let regions: [Region]
    /// Deaths per region.
    public let deaths: [Double]
    /// The population at risk per region.
    public let populations: [Double]
    /// The denominator column.
    public let denominator: String
    /// Covariate columns (their table names), aligned with ``regions``.
    public let covariates: [(name: String, values: [Double])]
    /// Regions left out.
    public let dropped: [Dropped]

    public static func == (a: RegionalFrame, b: RegionalFrame) -> Bool {
        a.regions == b.regions && a.deaths == b.deaths && a.populations == b.populations
            && a.covariates.map(\.name) == b.covariates.map(\.name) && a.covariates.map(\.values) == b.covariates.map(\.values)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(regions)
        hasher.combine(deaths)
    }

    /// Builds the frame.
    ///
    /// - Parameters:
    ///   - counts: deaths per region.
    ///   - table: the regions and figures.
    ///   - denominator: the population column; the table's default when `nil`.
    ///   - covariates: covariate names (table columns or published names).
    /// - Throws: ``AnalysisError`` for an unknown column or when no region is complete.
    public init(counts: RegionalCounts, table: RegionTable, denominator: String? = nil, covariates: [String] = [])
        throws(AnalysisError)
    {
        let population = denominator ?? table.defaultDenominator
        guard table.column(named: population) != nil else {
            let known = table.columns.map(\.name).joined(separator: ", ")
            throw AnalysisError("unknown denominator '\(population)'; the region table has: \(known)")
        }
        let columns = try covariates.map { name throws(AnalysisError) in try CovariateName.column(name, in: table) }
        var regions: [Region] = []
        var deaths: [Double] = []
        var populations: [Double] = []
        var values = Array(repeating: [Double](), count: columns.count)
        var dropped: [Dropped] = []
        for region in table.regions {
            guard let people = table.value(population, for: region.code), people > 0 else {
                let count = counts.deaths[region.code] ?? 0
                if count > 0 {
                    dropped.append(Dropped(code: region.code, name: region.name, reason: "no \(population) (\(count) deaths)"))
                }
                continue
            }
            let missing = columns.filter { CovariateName.value($0, for: region, in: table) == nil }
            guard missing.isEmpty else {
                dropped.append(Dropped(code: region.code, name: region.name, reason: "no \(missing.joined(separator: ", "))"))
                continue
            }
            regions.append(region)
            deaths.append(Double(counts.deaths[region.code] ?? 0))
            populations.append(people)
            for (slot, column) in columns.enumerated() {
                values[slot].append(CovariateName.value(column, for: region, in: table)!)
            }
        }
        guard !regions.isEmpty else { throw AnalysisError("no region has \(population) and every covariate") }
        self.regions = regions
        self.deaths = deaths
        self.populations = populations
        self.denominator = population
        self.covariates = zip(columns, values).map { ($0, $1) }
        self.dropped = dropped
    }

    /// Rates per `per` people, region by region.
    public func rates(per: Double = 100_000) -> [Double] {
        zip(deaths, populations).map { $0 * per / $1 }
    }
}
