/// A numeric column of a ``RegionTable``: one figure per region (a census count,
/// a covariate), with what it measures and where it comes from.
public struct RegionColumn: Sendable, Hashable {
    /// The column's name, snake_case (`men_16_61_2021`).
    public let name: String
    /// A human label (`Men aged 16–61 (working age), 2021 census`).
    public let label: String
    /// The unit of the values (`persons`, `percent`, `RUB per month`).
    public let unit: String
    /// The primary source of the figures, when known.
    public let source: SourceCitation?
    /// One value per region, in the order of ``RegionTable/regions``; `nil` where missing.
    public let values: [Double?]

    /// Creates a column; `values` must align with the regions of the table that will hold it.
    public init(name: String, label: String, unit: String, source: SourceCitation? = nil, values: [Double?]) {
        self.name = name
        self.label = label
        self.unit = unit
        self.source = source
        self.values = values
    }
}

/// Where a figure comes from: the primary publisher's table, its year, and how we read it.
public struct SourceCitation: Sendable, Hashable, Codable {
    /// The primary source (`Rosstat, All-Russian Population Census 2020 …`).
    public let title: String
    /// The reference year of the figures.
    public let year: String?
    /// A web address of the primary source.
    public let url: String?
    /// How the figures reached the project (the compiled copy read), or caveats.
    public let note: String?

    /// Creates a citation.
    public init(title: String, year: String? = nil, url: String? = nil, note: String? = nil) {
        self.title = title
        self.year = year
        self.url = url
        self.note = note
    }
}
