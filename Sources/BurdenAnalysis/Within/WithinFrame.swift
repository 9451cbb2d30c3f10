import BurdenData

/// The regions an analysis of groups within regions uses: those with deaths counted and
/// a composition, aligned — deaths, men by group — and those with deaths it had to
/// leave out, with why.
struct WithinFrame {
    let regions: [Region]
    let deaths: [Int]
    /// Nᵢ_g per region.
    let men: [[Double]]
    let groups: [String]
    let dropped: [RegionalFrame.Dropped]

    /// Builds the frame.
    ///
    /// - Parameter excluding: region codes to leave out (the capitals, for the sensitivity run).
    /// - Throws: ``AnalysisError`` when the counts name a region the table lacks, deaths
    ///   exceed a region's men, or fewer than three regions remain.
    init(counts: RegionalCounts, table: RegionTable, composition: GroupComposition, excluding: Set<String> = [])
        throws(AnalysisError)
    {
        for code in counts.deaths.keys.sorted() where table.region(code: code) == nil {
            throw AnalysisError("the counts name region '\(code)', which the region table lacks")
        }
        let byCode = Dictionary(uniqueKeysWithValues: zip(composition.regions, composition.counts))
        var regions: [Region] = []
        var deaths: [Int] = []
        var men: [[Double]] = []
        var dropped: [RegionalFrame.Dropped] = []
        for region in table.regions where !excluding.contains(region.code) {
            let count = counts.deaths[region.code] ?? 0
            guard let row = byCode[region.code] else {
                if count > 0 {
                    dropped.append(.init(code: region.code, name: region.name, reason: "no \(composition.split) composition (\(count) deaths)"))
                }
                continue
            }
            guard Double(count) <= row.reduce(0, +) else {
                throw AnalysisError("\(region.name) has \(count) deaths but \(row.reduce(0, +)) men in the composition")
            }
            regions.append(region)
            deaths.append(count)
            men.append(row)
        }
        guard regions.count >= 3 else {
            throw AnalysisError("\(regions.count) regions have a \(composition.split) composition; ecological inference needs at least 3")
        }
        guard deaths.contains(where: { $0 > 0 }) else { throw AnalysisError("no deaths in the regions with a composition") }
        self.regions = regions
        self.deaths = deaths
        self.men = men
        self.groups = composition.groups
        self.dropped = dropped
    }

    /// The men of each group, summed over the regions.
    var menTotals: [Double] {
        (0..<groups.count).map { g in men.reduce(0) { $0 + $1[g] } }
    }

    /// All deaths.
    var totalDeaths: Int { deaths.reduce(0, +) }

    /// The regional covariate `name` for every region, or the regions that lack it.
    func covariate(_ name: String, table: RegionTable) throws(AnalysisError) -> (values: [Double?], column: String) {
        let column = try CovariateName.column(name, in: table)
        return (regions.map { CovariateName.value(column, for: $0, in: table) }, column)
    }
}
