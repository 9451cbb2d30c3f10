extension ReportPageBuilder {
    /// The maps: the tile grid, and the choropleth when outlines were given.
    var map: ReportPage.Section? {
        let maps = figures(.map)
        guard !maps.isEmpty else { return nil }
        return ReportPage.Section(id: "map", title: MapText.in(language).title, blocks: maps.map { .figure($0) })
    }
}
