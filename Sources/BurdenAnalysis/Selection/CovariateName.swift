import BurdenData

/// Names of region covariates as users write them: the reference's own column names,
/// or the names of Bessudnov (2023)'s replication (`percBelowSubsistence`,
/// `percentNonRus`…), which R users will type.
public enum CovariateName {
    /// The published names and the reference columns they mean.
    public static let publishedNames: [String: String] = [
        "percBelowSubsistence": "below_subsistence_pct_2020",
        "unemploymentRate": "unemployment_pct_2020",
        "meanIncome": "mean_income_2020",
        "subsistenceLevel": "subsistence_level_2020",
        "percRus": "russian_share_men_2010",
        "percentNonRus": "non_russian_share_men_2010",
        "nMen16_615_2021": "men_16_61_2021",
    ]

    /// A covariate every table has: 1 for a national republic, 0 otherwise.
    public static let nationalRepublic = "national_republic"

    /// The value of a covariate for a region: a column's figure, or the republic indicator.
    public static func value(_ column: String, for region: Region, in table: RegionTable) -> Double? {
        column == nationalRepublic ? (region.isNationalRepublic ? 1 : 0) : table.value(column, for: region.code)
    }

    /// The table column a name means (or ``nationalRepublic``).
    ///
    /// - Throws: ``AnalysisError`` listing the table's columns when the name is unknown.
    public static func column(_ name: String, in table: RegionTable) throws(AnalysisError) -> String {
        if table.column(named: name) != nil || name == nationalRepublic { return name }
        if let column = publishedNames[name], table.column(named: column) != nil { return column }
        let known = (table.columns.map(\.name) + [nationalRepublic]).joined(separator: ", ")
        throw AnalysisError("unknown covariate '\(name)'; the region table has: \(known)")
    }
}
