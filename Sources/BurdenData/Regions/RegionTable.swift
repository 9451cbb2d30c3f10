/// A set of regions with their numeric figures: the built-in reference for Russia,
/// or a table a user supplies for any country.
///
/// Columns are stored by column (one array of values per figure), aligned with
/// ``regions``. Look a region up by code with ``region(code:)`` and a figure with
/// ``value(_:for:)``.
public struct RegionTable: Sendable {
    /// The country the table describes (`RU`), or a user's label.
    public let country: String
    /// The regions, in the table's order.
    public let regions: [Region]
    /// The numeric columns, each aligned with ``regions``.
    public let columns: [RegionColumn]
    /// Units above the regions (the country, federal districts, composites).
    public let aggregates: [RegionAggregate]
    /// The column used as the population at risk unless a command names another.
    public let defaultDenominator: String

    private let rowByCode: [String: Int]
    private let columnByName: [String: Int]

    /// Creates a table, checking that codes and column names are unique and columns align.
    ///
    /// - Throws: ``DataError`` naming the duplicate code or column, or the column whose
    ///   length differs from the number of regions.
    public init(
        country: String,
        regions: [Region],
        columns: [RegionColumn],
        aggregates: [RegionAggregate] = [],
        defaultDenominator: String
    ) throws(DataError) {
        var rowByCode: [String: Int] = [:]
        for (row, region) in regions.enumerated() {
            if rowByCode.updateValue(row, forKey: region.code) != nil {
                throw DataError(.invalidRegionTable, "duplicate region code '\(region.code)'")
            }
        }
        var columnByName: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            if columnByName.updateValue(index, forKey: column.name) != nil {
                throw DataError(.invalidRegionTable, "duplicate column '\(column.name)'")
            }
            if column.values.count != regions.count {
                throw DataError(
                    .invalidRegionTable,
                    "column '\(column.name)' has \(column.values.count) values for \(regions.count) regions")
            }
        }
        guard columnByName[defaultDenominator] != nil else {
            throw DataError(.invalidRegionTable, "no denominator column '\(defaultDenominator)'")
        }
        self.country = country
        self.regions = regions
        self.columns = columns
        self.aggregates = aggregates
        self.defaultDenominator = defaultDenominator
        self.rowByCode = rowByCode
        self.columnByName = columnByName
    }

    /// The position of the region with this code in ``regions``.
    public func row(of code: String) -> Int? { rowByCode[code] }

    /// The region with this code.
    public func region(code: String) -> Region? { rowByCode[code].map { regions[$0] } }

    /// The column with this name.
    public func column(named name: String) -> RegionColumn? { columnByName[name].map { columns[$0] } }

    /// The figure of `column` for the region `code`; `nil` when either is unknown or the value is missing.
    public func value(_ column: String, for code: String) -> Double? {
        guard let row = rowByCode[code], let index = columnByName[column] else { return nil }
        return columns[index].values[row]
    }

    /// The aggregate with this code.
    public func aggregate(code: String) -> RegionAggregate? { aggregates.first { $0.code == code } }
}
