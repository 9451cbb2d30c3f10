extension GroupComposition {
    /// Urban and rural men aged 16–61 from a region table's columns
    /// `men_urban_16_61_2021` and `men_rural_16_61_2021` (the built-in reference: the
    /// 2021 census, table 2; see docs/DATA.md).
    ///
    /// - Throws: ``DataError`` when the table lacks the columns or no region has both.
    public static func urban(table: RegionTable) throws(DataError) -> GroupComposition {
        try fromColumns(
            table: table, split: "urban", groups: ["urban", "rural"],
            columns: ["men_urban_16_61_2021", "men_rural_16_61_2021"]) { $0 }
    }

    /// Ethnic Russian and other men aged 16–61: each region's `men_16_61_2021` split by
    /// the Russian share among the men of the same cohort who stated an ethnicity at the
    /// 2010 census (aged 4–50 then): N_russian = N · R/S, N_other = N − N_russian, with
    /// R = `russian_men_4_50_2010` and S = `men_ethnicity_stated_4_50_2010`.
    ///
    /// The men who stated no ethnicity are taken to be like those who did, and the
    /// cohort's composition to be unchanged from 2010 to 2021. Crimea and Sevastopol
    /// had no 2010 census and have no composition.
    ///
    /// - Throws: ``DataError`` when the table lacks the columns or no region has them.
    public static func ethnicRussian(table: RegionTable) throws(DataError) -> GroupComposition {
        try fromColumns(
            table: table, split: "ethnic-russian", groups: ["russian", "other"],
            columns: ["men_16_61_2021", "russian_men_4_50_2010", "men_ethnicity_stated_4_50_2010"]
        ) { values in
            guard values[2] > 0 else { return nil }
            let russian = values[0] * values[1] / values[2]
            return [russian, values[0] - russian]
        }
    }

    /// A composition computed from columns of a region table, region by region; regions
    /// with a missing value, for which `groupCounts` gives `nil`, or whose groups sum to
    /// zero are left out.
    private static func fromColumns(
        table: RegionTable, split: String, groups: [String], columns: [String], groupCounts: ([Double]) -> [Double]?
    ) throws(DataError) -> GroupComposition {
        for name in columns where table.column(named: name) == nil {
            throw DataError(.invalidArgument, "the region table has no column '\(name)', which the \(split) split needs")
        }
        var regions: [String] = []
        var counts: [[Double]] = []
        for region in table.regions {
            let values = columns.compactMap { table.value($0, for: region.code) }
            guard values.count == columns.count, let row = groupCounts(values), row.reduce(0, +) > 0 else { continue }
            regions.append(region.code)
            counts.append(row)
        }
        guard !regions.isEmpty else {
            throw DataError(.invalidArgument, "no region of the table has every column of the \(split) split")
        }
        let sources = columns.compactMap { table.column(named: $0)?.source?.title }
        return try GroupComposition(
            split: split, groups: groups, regions: regions, counts: counts,
            source: Array(Set(sources)).sorted().joined(separator: "; "))
    }
}
