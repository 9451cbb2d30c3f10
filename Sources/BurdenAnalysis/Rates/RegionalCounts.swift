import BurdenData

/// Deaths per region, and how many deaths have no region: the input of the rate
/// analyses, built from records or read from a table of published counts.
public struct RegionalCounts: Sendable, Hashable {
    /// Deaths by region code.
    public let deaths: [String: Int]
    /// Deaths whose region is unknown; reported, never dropped silently.
    public let unassigned: Int

    /// Creates counts from a map of region code to deaths.
    public init(deaths: [String: Int], unassigned: Int = 0) {
        self.deaths = deaths
        self.unassigned = unassigned
    }

    /// Counts records by region; records without a region count as unassigned.
    public init(records: some Sequence<CasualtyRecord>) {
        var deaths = CodeTally()
        var unassigned = 0
        for record in records {
            if let code = record.regionCode { deaths.add(code) } else { unassigned += 1 }
        }
        self.init(deaths: deaths.counts, unassigned: unassigned)
    }

    /// All deaths, with or without a region.
    public var total: Int { deaths.values.reduce(unassigned, +) }
}
