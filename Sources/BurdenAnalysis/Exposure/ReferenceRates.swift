import BurdenData

/// The deaths a group would show at the rates of a list: each band of the group
/// (`age_band,people[,region]`) times the rate of the list's deaths at those ages over
/// the population of those ages (METHODS.md §14) — the rates of `warburden rates`,
/// national or of the band's region.
///
/// Populations by age come from the region table's columns named like the
/// denominator with a band of ages in the name: with `men_16_61_2021` (men aged
/// 16–61 at the 2021 census), every column `men_A_B_2021`. A band of the group takes
/// the narrowest such column whose ages hold it, and the list's deaths at those ages;
/// deaths without an age are shared out among the ages in proportion to those with one
/// (in the band's region, or in all regions). Where no column holds the band, or the
/// list has no ages (a counts table), the band takes the all-ages rate: every death
/// over the denominator. Each row says which it took.
///
/// National rates count, like the rates' headline, the regions with a population:
/// Σ deaths / Σ population over them; deaths without a region are left out.
struct ReferenceRates {
    /// A band of the group at its reference rate.
    struct Band {
        /// The band of the group and its region.
        let band: AgeGroup, region: String?, people: Double
        /// The ages of the rate: a band of a population column, or `nil` for all ages.
        let rateAges: AgeGroup?
        /// The column of the rate's population.
        let column: String
        /// The deaths and the population of the rate.
        let deaths: Double, population: Double
        var rate: Double { deaths / population }
        var expected: Double { people * rate }
    }

    let bands: [Band]
    /// The deaths of the list without an age, shared out among the ages.
    let withoutAge: Int

    /// The rates of `rows` from `dataset` against the population column `denominator`.
    ///
    /// - Complexity: O(records × bands).
    /// - Throws: ``AnalysisError`` for a region the table lacks or a population of 0.
    init(rows: [GroupSizeTable.Row], dataset: AnalysisDataset, denominator: String) throws(AnalysisError) {
        let table = dataset.table
        let denominatorName = Self.nameParts(of: denominator)
        let bandColumns = table.columns.compactMap { column -> (name: String, ages: AgeGroup)? in
            let parts = Self.nameParts(of: column.name)
            guard parts.prefix == denominatorName.prefix, parts.year == denominatorName.year, let ages = parts.ages else { return nil }
            return (column.name, ages)
        }
        let records = dataset.records ?? []
        let hasAges = records.contains { $0.age != nil }
        withoutAge = records.count(where: { $0.age == nil })
        var bands: [Band] = []
        for row in rows {
            let codes: [String]
            if let region = row.region {
                guard table.region(code: region) != nil else {
                    throw AnalysisError("the group's region \(region) is not in the region table")
                }
                codes = [region]
            } else {
                codes = table.regions.map(\.code)
            }
            let holder = bandColumns.filter { Self.holds($0.ages, row.band) }.min { Self.width($0.ages) < Self.width($1.ages) }
            var band: Band?
            if let holder, hasAges {
                let counted = Set(codes.filter { table.value(holder.name, for: $0) != nil })
                let population = counted.reduce(0) { $0 + (table.value(holder.name, for: $1) ?? 0) }
                var (inBand, known, all) = (0, 0, 0)
                for record in records {
                    guard let code = record.regionCode, counted.contains(code) else { continue }
                    all += 1
                    guard let age = record.age else { continue }
                    known += 1
                    if holder.ages.contains(age) { inBand += 1 }
                }
                if known > 0 {
                    band = Band(
                        band: row.band, region: row.region, people: row.people, rateAges: holder.ages, column: holder.name,
                        deaths: Double(inBand) * Double(all) / Double(known), population: population)
                }
            }
            if band == nil {
                let counted = codes.filter { table.value(denominator, for: $0) != nil }
                let population = counted.reduce(0) { $0 + (table.value(denominator, for: $1) ?? 0) }
                let deaths = counted.reduce(0) { $0 + (dataset.counts.deaths[$1] ?? 0) }
                band = Band(
                    band: row.band, region: row.region, people: row.people, rateAges: nil, column: denominator,
                    deaths: Double(deaths), population: population)
            }
            guard let band, band.population > 0 else {
                throw AnalysisError(
                    "the population of the rate for the band \(row.band)\(row.region.map { " in \($0)" } ?? "") is 0: no rate to expect deaths at")
            }
            bands.append(band)
        }
        self.bands = bands
    }

    /// The deaths expected: Σ people × rate.
    var expected: Double { bands.reduce(0) { $0 + $1.expected } }
}

extension ReferenceRates {
    /// The parts of a column's name that say whom it counts: `men_16_61_2021` is men
    /// (`prefix`) aged 16–61 (`ages`) in 2021 (`year`); `population` has a prefix only.
    static func nameParts(of name: String) -> (prefix: String, ages: AgeGroup?, year: String?) {
        var words = name.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        func number(_ word: String) -> Int? { word.allSatisfy { $0.isASCII && $0.isNumber } ? Int(word) : nil }
        var year: String?
        if words.count > 1, let last = words.last, last.count == 4, number(last) != nil {
            year = last
            words.removeLast()
        }
        var ages: AgeGroup?
        if words.count > 2, let upper = number(words[words.count - 1]), let lower = number(words[words.count - 2]), lower <= upper {
            ages = AgeGroup(lower: lower, upper: upper)
            words.removeLast(2)
        }
        return (words.joined(separator: "_"), ages, year)
    }

    /// Whether every age of `inner` is in `outer`.
    static func holds(_ outer: AgeGroup, _ inner: AgeGroup) -> Bool {
        guard outer.lower <= inner.lower else { return false }
        switch (outer.upper, inner.upper) {
        case (nil, _): return true
        case (.some, nil): return false
        case (let end?, let innerEnd?): return innerEnd <= end
        }
    }

    /// The years a band spans (open bands the widest).
    private static func width(_ band: AgeGroup) -> Int { band.upper.map { $0 - band.lower } ?? .max }
}
