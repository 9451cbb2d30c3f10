import BurdenData

extension RegionTable {
    /// The reference as a tidy document: one row per unit under `regions` (names,
    /// classification and every figure), and under `columns` what each figure is
    /// and its primary source.
    public var document: TidyDocument {
        var columns: [TidyTable.Column] = [
            .init("code"), .init("name"), .init("name_official", inTerminal: false),
            .init("name_native", inTerminal: false), .init("name_native_short", inTerminal: false),
            .init("federal_district"), .init("kind"), .init("status"), .init("national_republic"),
            .init("titular_groups", inTerminal: false), .init("okato", inTerminal: false),
            .init("oktmo", inTerminal: false),
        ]
        let terminalFigures: Set<String> = [defaultDenominator, "population_2021", "urban_share_2021"]
        columns += self.columns.map { .init($0.name, decimals: 2, inTerminal: terminalFigures.contains($0.name)) }
        let rows: [[Cell]] = regions.enumerated().map { row, region in
            [
                .text(region.code), .text(region.name), .text(region.officialName), .text(region.nativeName),
                .text(region.nativeShortName), .text(region.federalDistrict?.rawValue), .text(region.kind?.rawValue),
                .text(region.status.rawValue), .boolean(region.isNationalRepublic), .list(region.titularGroups),
                .text(region.okato), .text(region.oktmo),
            ] + self.columns.map { .count($0.values[row]) }
        }
        let sources = TidyTable(
            name: "columns",
            columns: [.init("column"), .init("label"), .init("unit"), .init("year"), .init("source"), .init("url"), .init("note")],
            rows: self.columns.map { column in
                [
                    .text(column.name), .text(column.label), .text(column.unit), .text(column.source?.year),
                    .text(column.source?.title), .text(column.source?.url), .text(column.source?.note),
                ]
            },
            inTerminal: false)
        return TidyDocument(
            metadata: [
                .init("country", .text(country)), .init("count", .integer(regions.count)),
                .init("default_denominator", .text(defaultDenominator)),
            ],
            tables: [TidyTable(name: "regions", columns: columns, rows: rows), sources],
            notes: ["--format csv or json gives every name and figure; `columns` (json) cites each figure's source."]
        )
    }
}
